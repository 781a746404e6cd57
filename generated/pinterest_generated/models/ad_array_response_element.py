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
    from ..models.ad_response import AdResponse
    from ..models.exception import Exception_


T = TypeVar("T", bound="AdArrayResponseElement")


@_attrs_define
class AdArrayResponseElement:
    """
    Attributes:
        data (AdResponse | Unset):
        exceptions (Exception_ | Unset):
    """

    data: AdResponse | Unset = UNSET
    exceptions: Exception_ | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = None if self.data is None else self.data.to_dict()

        exceptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exceptions, Unset):
            exceptions = None if self.exceptions is None else self.exceptions.to_dict()

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
        from ..models.ad_response import AdResponse
        from ..models.exception import Exception_

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: AdResponse | Unset
        if isinstance(_data, Unset):
            data = UNSET
        elif _data is None:
            data = tolerate_null("data")
        else:
            data = AdResponse.from_dict(_data)

        _exceptions = d.pop("exceptions", UNSET)
        exceptions: Exception_ | Unset
        if isinstance(_exceptions, Unset):
            exceptions = UNSET
        elif _exceptions is None:
            exceptions = tolerate_null("exceptions")
        else:
            exceptions = Exception_.from_dict(_exceptions)

        ad_array_response_element = cls(
            data=data,
            exceptions=exceptions,
        )

        if d:
            tolerate_unknown_fields("AdArrayResponseElement", d)

        ad_array_response_element.additional_properties = d
        return ad_array_response_element

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
