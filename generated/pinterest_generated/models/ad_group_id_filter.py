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

T = TypeVar("T", bound="AdGroupIdFilter")


@_attrs_define
class AdGroupIdFilter:
    """
    Attributes:
        ad_group_ids (list[str] | Unset): List of ad group ids Example: ['12345678'].
    """

    ad_group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.ad_group_ids, Unset):
            ad_group_ids = self.ad_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_group_ids is not UNSET:
            field_dict["ad_group_ids"] = ad_group_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _ad_group_ids = d.pop("ad_group_ids", UNSET)
        ad_group_ids = (
            tolerate_null("ad_group_ids")
            if _ad_group_ids is None
            else cast(list[str], _ad_group_ids)
        )

        ad_group_id_filter = cls(
            ad_group_ids=ad_group_ids,
        )

        if d:
            tolerate_unknown_fields("AdGroupIdFilter", d)

        ad_group_id_filter.additional_properties = d
        return ad_group_id_filter

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
