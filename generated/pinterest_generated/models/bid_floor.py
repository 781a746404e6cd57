from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BidFloor")


@_attrs_define
class BidFloor:
    """
    Example:
        {'bid_floors': [100000, 200000], 'type': 'bidfloor'}

    Attributes:
        bid_floors (list[int] | Unset): A list of bid floors in micro currency. For example, [100000, 200000] Example:
            [100000, 200000].
        type_ (str | Unset): Always the string 'bidfloor' Default: 'bidfloor'. Example: bidfloor.
    """

    bid_floors: list[int] | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bid_floors: list[int] | Unset = UNSET
        if not isinstance(self.bid_floors, Unset):
            bid_floors = self.bid_floors

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bid_floors is not UNSET:
            field_dict["bid_floors"] = bid_floors
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _bid_floors = d.pop("bid_floors", UNSET)
        bid_floors = (
            tolerate_null("bid_floors") if _bid_floors is None else cast(list[int], _bid_floors)
        )

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        bid_floor = cls(
            bid_floors=bid_floors,
            type_=type_,
        )

        if d:
            tolerate_unknown_fields("BidFloor", d)

        bid_floor.additional_properties = d
        return bid_floor

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
