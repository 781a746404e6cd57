from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_definition_type_scope import AudienceDefinitionTypeScope
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AudienceDefinitionType")


@_attrs_define
class AudienceDefinitionType:
    """Generated audience type to request.

    Attributes:
        scope (AudienceDefinitionTypeScope | Unset):
    """

    scope: AudienceDefinitionTypeScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = None if self.scope is None else self.scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _scope = d.pop("scope", UNSET)
        scope: AudienceDefinitionTypeScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        elif _scope is None:
            scope = tolerate_null("scope")
        else:
            scope = AudienceDefinitionTypeScope(_scope)

        audience_definition_type = cls(
            scope=scope,
        )

        if d:
            tolerate_unknown_fields("AudienceDefinitionType", d)

        audience_definition_type.additional_properties = d
        return audience_definition_type

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
