from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_type import OperationType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BusinessSharedAudience")


@_attrs_define
class BusinessSharedAudience:
    """
    Attributes:
        audience_id (str): Unique identifier of an audience Example: 2542621871096.
        operation_type (OperationType): Operation type to share a specific audience or revoke access to a previously
            shared audience
        recipient_business_ids (list[str]): List of business IDs to share with or revoke from.
    """

    audience_id: str
    operation_type: OperationType
    recipient_business_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience_id = self.audience_id

        operation_type = None if self.operation_type is None else self.operation_type.value

        recipient_business_ids = self.recipient_business_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audience_id": audience_id,
                "operation_type": operation_type,
                "recipient_business_ids": recipient_business_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audience_id = d.pop("audience_id")
        if audience_id is None:
            audience_id = tolerate_null("audience_id")

        _operation_type = d.pop("operation_type")
        operation_type = (
            tolerate_null("operation_type")
            if _operation_type is None
            else OperationType(_operation_type)
        )

        _recipient_business_ids = d.pop("recipient_business_ids")
        recipient_business_ids = (
            tolerate_null("recipient_business_ids")
            if _recipient_business_ids is None
            else cast(list[str], _recipient_business_ids)
        )

        business_shared_audience = cls(
            audience_id=audience_id,
            operation_type=operation_type,
            recipient_business_ids=recipient_business_ids,
        )

        if d:
            tolerate_unknown_fields("BusinessSharedAudience", d)

        business_shared_audience.additional_properties = d
        return business_shared_audience

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
