from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_definition_scope_scope import AudienceDefinitionScopeScope
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AudienceDefinitionScope")


@_attrs_define
class AudienceDefinitionScope:
    """Generated audience scope to request.

    Attributes:
        scope (AudienceDefinitionScopeScope | Unset):
    """

    scope: AudienceDefinitionScopeScope | Unset = UNSET
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
        scope: AudienceDefinitionScopeScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        elif _scope is None:
            scope = tolerate_null("scope")
        else:
            scope = AudienceDefinitionScopeScope(_scope)

        audience_definition_scope = cls(
            scope=scope,
        )

        if d:
            tolerate_unknown_fields("AudienceDefinitionScope", d)

        audience_definition_scope.additional_properties = d
        return audience_definition_scope

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
