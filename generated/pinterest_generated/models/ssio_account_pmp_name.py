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

T = TypeVar("T", bound="SSIOAccountPMPName")


@_attrs_define
class SSIOAccountPMPName:
    """
    Attributes:
        id (str | Unset): Salesforce id for PMP Example: 0011N00001LW2aSQAT.
        name (str | Unset): Display name Example: Bidalgo.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        ssio_account_pmp_name = cls(
            id=id,
            name=name,
        )

        if d:
            tolerate_unknown_fields("SSIOAccountPMPName", d)

        ssio_account_pmp_name.additional_properties = d
        return ssio_account_pmp_name

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
