from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shared_audience_account_account_type import SharedAudienceAccountAccountType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="SharedAudienceAccount")


@_attrs_define
class SharedAudienceAccount:
    """
    Attributes:
        account_id (str): Account ID (ad account or business ID). Example: 549755885175.
        account_name (str): Account name. Example: Home Depot USA.
        account_type (SharedAudienceAccountAccountType): account type
        shared_on_timestamp (int): Epoch timestamp in seconds for the shared audience event Example: 1677003860.
    """

    account_id: str
    account_name: str
    account_type: SharedAudienceAccountAccountType
    shared_on_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_name = self.account_name

        account_type = None if self.account_type is None else self.account_type.value

        shared_on_timestamp = self.shared_on_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "account_name": account_name,
                "account_type": account_type,
                "shared_on_timestamp": shared_on_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("account_id")
        if account_id is None:
            account_id = tolerate_null("account_id")

        account_name = d.pop("account_name")
        if account_name is None:
            account_name = tolerate_null("account_name")

        _account_type = d.pop("account_type")
        account_type = (
            tolerate_null("account_type")
            if _account_type is None
            else SharedAudienceAccountAccountType(_account_type)
        )

        shared_on_timestamp = d.pop("shared_on_timestamp")
        if shared_on_timestamp is None:
            shared_on_timestamp = tolerate_null("shared_on_timestamp")

        shared_audience_account = cls(
            account_id=account_id,
            account_name=account_name,
            account_type=account_type,
            shared_on_timestamp=shared_on_timestamp,
        )

        if d:
            tolerate_unknown_fields("SharedAudienceAccount", d)

        shared_audience_account.additional_properties = d
        return shared_audience_account

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
