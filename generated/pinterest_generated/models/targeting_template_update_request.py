from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.targeting_template_update_request_operation_type import (
    TargetingTemplateUpdateRequestOperationType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.targeting_spec import TargetingSpec


T = TypeVar("T", bound="TargetingTemplateUpdateRequest")


@_attrs_define
class TargetingTemplateUpdateRequest:
    """
    Attributes:
        id (str): Targeting template ID Example: 643.
        operation_type (TargetingTemplateUpdateRequestOperationType):
        targeting_attributes (TargetingSpec | Unset): Ad group targeting specification defining the ad group target
            audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"],
            "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
    """

    id: str
    operation_type: TargetingTemplateUpdateRequestOperationType
    targeting_attributes: TargetingSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        operation_type = None if self.operation_type is None else self.operation_type.value

        targeting_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targeting_attributes, Unset):
            targeting_attributes = (
                None if self.targeting_attributes is None else self.targeting_attributes.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "operation_type": operation_type,
            }
        )
        if targeting_attributes is not UNSET:
            field_dict["targeting_attributes"] = targeting_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.targeting_spec import TargetingSpec

        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _operation_type = d.pop("operation_type")
        operation_type = (
            tolerate_null("operation_type")
            if _operation_type is None
            else TargetingTemplateUpdateRequestOperationType(_operation_type)
        )

        _targeting_attributes = d.pop("targeting_attributes", UNSET)
        targeting_attributes: TargetingSpec | Unset
        if isinstance(_targeting_attributes, Unset):
            targeting_attributes = UNSET
        elif _targeting_attributes is None:
            targeting_attributes = tolerate_null("targeting_attributes")
        else:
            targeting_attributes = TargetingSpec.from_dict(_targeting_attributes)

        targeting_template_update_request = cls(
            id=id,
            operation_type=operation_type,
            targeting_attributes=targeting_attributes,
        )

        if d:
            tolerate_unknown_fields("TargetingTemplateUpdateRequest", d)

        targeting_template_update_request.additional_properties = d
        return targeting_template_update_request

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
