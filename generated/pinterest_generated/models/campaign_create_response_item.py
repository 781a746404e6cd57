from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.campaign_create_response_data import CampaignCreateResponseData
    from ..models.exception import Exception_


T = TypeVar("T", bound="CampaignCreateResponseItem")


@_attrs_define
class CampaignCreateResponseItem:
    """
    Attributes:
        data (CampaignCreateResponseData | Unset):
        exceptions (list[Exception_] | Unset):
    """

    data: CampaignCreateResponseData | Unset = UNSET
    exceptions: list[Exception_] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = None if self.data is None else self.data.to_dict()

        exceptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exceptions, Unset):
            if self.exceptions is None:
                exceptions = None
            else:
                exceptions = []
                for exceptions_item_data in self.exceptions:
                    exceptions_item = (
                        None if exceptions_item_data is None else exceptions_item_data.to_dict()
                    )
                    exceptions.append(exceptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if exceptions is not UNSET:
            field_dict["exceptions"] = exceptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_create_response_data import CampaignCreateResponseData
        from ..models.exception import Exception_

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: CampaignCreateResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        elif _data is None:
            data = tolerate_null("data")
        else:
            data = CampaignCreateResponseData.from_dict(_data)

        _exceptions = d.pop("exceptions", UNSET)
        exceptions: list[Exception_] | Unset = UNSET
        if _exceptions is None:
            exceptions = tolerate_null("exceptions")
        elif not isinstance(_exceptions, Unset):
            exceptions = []
            for exceptions_item_data in _exceptions:
                _exceptions_item = exceptions_item_data
                exceptions_item = (
                    tolerate_null("exceptions_item")
                    if _exceptions_item is None
                    else Exception_.from_dict(_exceptions_item)
                )

                exceptions.append(exceptions_item)

        campaign_create_response_item = cls(
            data=data,
            exceptions=exceptions,
        )

        if d:
            tolerate_unknown_fields("CampaignCreateResponseItem", d)

        campaign_create_response_item.additional_properties = d
        return campaign_create_response_item

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
