from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_type import OperationType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="SharedAudienceCommon")


@_attrs_define
class SharedAudienceCommon:
    """
    Attributes:
        audience_id (str | Unset): Unique identifier of an audience Example: 2542621871096.
        operation_type (OperationType | Unset): Operation type to share a specific audience or revoke access to a
            previously shared audience
    """

    audience_id: str | Unset = UNSET
    operation_type: OperationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience_id = self.audience_id

        operation_type: str | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = None if self.operation_type is None else self.operation_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audience_id = d.pop("audience_id", UNSET)
        if audience_id is None:
            audience_id = tolerate_null("audience_id")

        _operation_type = d.pop("operation_type", UNSET)
        operation_type: OperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        elif _operation_type is None:
            operation_type = tolerate_null("operation_type")
        else:
            operation_type = OperationType(_operation_type)

        shared_audience_common = cls(
            audience_id=audience_id,
            operation_type=operation_type,
        )

        if d:
            tolerate_unknown_fields("SharedAudienceCommon", d)

        shared_audience_common.additional_properties = d
        return shared_audience_common

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
