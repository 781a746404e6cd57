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

T = TypeVar("T", bound="CampaignIdFilter")


@_attrs_define
class CampaignIdFilter:
    """
    Attributes:
        campaign_ids (list[str] | Unset): List of campaign ids Example: ['12345678'].
    """

    campaign_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_ids: list[str] | Unset = UNSET
        if not isinstance(self.campaign_ids, Unset):
            campaign_ids = self.campaign_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_ids is not UNSET:
            field_dict["campaign_ids"] = campaign_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _campaign_ids = d.pop("campaign_ids", UNSET)
        campaign_ids = (
            tolerate_null("campaign_ids")
            if _campaign_ids is None
            else cast(list[str], _campaign_ids)
        )

        campaign_id_filter = cls(
            campaign_ids=campaign_ids,
        )

        if d:
            tolerate_unknown_fields("CampaignIdFilter", d)

        campaign_id_filter.additional_properties = d
        return campaign_id_filter

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
