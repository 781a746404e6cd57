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

T = TypeVar("T", bound="DeletePartnersResponse")


@_attrs_define
class DeletePartnersResponse:
    """An object with a list of partners that were deleted.

    Attributes:
        deleted_partners (list[str] | Unset): List of partners whose business partnership have been terminated. Example:
            ['809944451643622187', '383791336903426391'].
    """

    deleted_partners: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_partners: list[str] | Unset = UNSET
        if not isinstance(self.deleted_partners, Unset):
            deleted_partners = self.deleted_partners

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted_partners is not UNSET:
            field_dict["deleted_partners"] = deleted_partners

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _deleted_partners = d.pop("deleted_partners", UNSET)
        deleted_partners = (
            tolerate_null("deleted_partners")
            if _deleted_partners is None
            else cast(list[str], _deleted_partners)
        )

        delete_partners_response = cls(
            deleted_partners=deleted_partners,
        )

        if d:
            tolerate_unknown_fields("DeletePartnersResponse", d)

        delete_partners_response.additional_properties = d
        return delete_partners_response

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
