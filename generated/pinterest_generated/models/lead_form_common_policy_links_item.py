from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="LeadFormCommonPolicyLinksItem")


@_attrs_define
class LeadFormCommonPolicyLinksItem:
    """
    Attributes:
        label (str | Unset): Policy label for an additional policy link.
        link (str | Unset): Policy link for an additional policy link.
    """

    label: str | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if label is None:
            label = tolerate_null("label")

        link = d.pop("link", UNSET)
        if link is None:
            link = tolerate_null("link")

        lead_form_common_policy_links_item = cls(
            label=label,
            link=link,
        )

        if d:
            tolerate_unknown_fields("LeadFormCommonPolicyLinksItem", d)

        lead_form_common_policy_links_item.additional_properties = d
        return lead_form_common_policy_links_item

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
