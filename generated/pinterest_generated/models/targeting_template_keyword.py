from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_type import MatchType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TargetingTemplateKeyword")


@_attrs_define
class TargetingTemplateKeyword:
    """
    Attributes:
        match_type (MatchType | Unset): Keyword match type Example: BROAD.
        value (str | Unset): The keyword targeting (120 chars max). Example: couples halloween costumes.
    """

    match_type: MatchType | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match_type: str | Unset = UNSET
        if not isinstance(self.match_type, Unset):
            match_type = None if self.match_type is None else self.match_type.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _match_type = d.pop("match_type", UNSET)
        match_type: MatchType | Unset
        if isinstance(_match_type, Unset):
            match_type = UNSET
        elif _match_type is None:
            match_type = tolerate_null("match_type")
        else:
            match_type = MatchType(_match_type)

        value = d.pop("value", UNSET)
        if value is None:
            value = tolerate_null("value")

        targeting_template_keyword = cls(
            match_type=match_type,
            value=value,
        )

        if d:
            tolerate_unknown_fields("TargetingTemplateKeyword", d)

        targeting_template_keyword.additional_properties = d
        return targeting_template_keyword

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
