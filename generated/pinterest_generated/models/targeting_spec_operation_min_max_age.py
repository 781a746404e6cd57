from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.targeting_spec_operation_min_max_age_field import TargetingSpecOperationMinMaxAgeField
from ..models.targeting_spec_operation_min_max_age_operation import (
    TargetingSpecOperationMinMaxAgeOperation,
)
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TargetingSpecOperationMinMaxAge")


@_attrs_define
class TargetingSpecOperationMinMaxAge:
    """
    Attributes:
        field (TargetingSpecOperationMinMaxAgeField):
        operation (TargetingSpecOperationMinMaxAgeOperation):
        value (None | str):
    """

    field: TargetingSpecOperationMinMaxAgeField
    operation: TargetingSpecOperationMinMaxAgeOperation
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = None if self.field is None else self.field.value

        operation = None if self.operation is None else self.operation.value

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operation": operation,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _field = d.pop("field")
        field = (
            tolerate_null("field")
            if _field is None
            else TargetingSpecOperationMinMaxAgeField(_field)
        )

        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation")
            if _operation is None
            else TargetingSpecOperationMinMaxAgeOperation(_operation)
        )

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_value(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        targeting_spec_operation_min_max_age = cls(
            field=field,
            operation=operation,
            value=value,
        )

        if d:
            tolerate_unknown_fields("TargetingSpecOperationMinMaxAge", d)

        targeting_spec_operation_min_max_age.additional_properties = d
        return targeting_spec_operation_min_max_age

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
