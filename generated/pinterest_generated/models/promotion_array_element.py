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
    from ..models.exception import Exception_
    from ..models.promotion_response import PromotionResponse


T = TypeVar("T", bound="PromotionArrayElement")


@_attrs_define
class PromotionArrayElement:
    """
    Attributes:
        data (PromotionResponse | Unset):
        exception (Exception_ | Unset):
    """

    data: PromotionResponse | Unset = UNSET
    exception: Exception_ | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = None if self.data is None else self.data.to_dict()

        exception: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exception, Unset):
            exception = None if self.exception is None else self.exception.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if exception is not UNSET:
            field_dict["exception"] = exception

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.exception import Exception_
        from ..models.promotion_response import PromotionResponse

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: PromotionResponse | Unset
        if isinstance(_data, Unset):
            data = UNSET
        elif _data is None:
            data = tolerate_null("data")
        else:
            data = PromotionResponse.from_dict(_data)

        _exception = d.pop("exception", UNSET)
        exception: Exception_ | Unset
        if isinstance(_exception, Unset):
            exception = UNSET
        elif _exception is None:
            exception = tolerate_null("exception")
        else:
            exception = Exception_.from_dict(_exception)

        promotion_array_element = cls(
            data=data,
            exception=exception,
        )

        if d:
            tolerate_unknown_fields("PromotionArrayElement", d)

        promotion_array_element.additional_properties = d
        return promotion_array_element

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
