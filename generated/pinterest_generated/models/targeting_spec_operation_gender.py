from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.targeting_spec_gender import TargetingSpecGender
from ..models.targeting_spec_operation_gender_field import TargetingSpecOperationGenderField
from ..models.targeting_spec_operation_gender_operation import TargetingSpecOperationGenderOperation
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TargetingSpecOperationGender")


@_attrs_define
class TargetingSpecOperationGender:
    """
    Attributes:
        field (TargetingSpecOperationGenderField):
        operation (TargetingSpecOperationGenderOperation):
        values (list[TargetingSpecGender] | None):
    """

    field: TargetingSpecOperationGenderField
    operation: TargetingSpecOperationGenderOperation
    values: list[TargetingSpecGender] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = None if self.field is None else self.field.value

        operation = None if self.operation is None else self.operation.value

        values: list[str] | None
        if isinstance(self.values, list):
            if self.values is None:
                values = None
            else:
                values = []
                for values_type_0_item_data in self.values:
                    values_type_0_item = (
                        None if values_type_0_item_data is None else values_type_0_item_data.value
                    )
                    values.append(values_type_0_item)

        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operation": operation,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _field = d.pop("field")
        field = (
            tolerate_null("field") if _field is None else TargetingSpecOperationGenderField(_field)
        )

        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation")
            if _operation is None
            else TargetingSpecOperationGenderOperation(_operation)
        )

        def _parse_values(data: object) -> list[TargetingSpecGender] | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_values(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _values_type_0 = data
                values_type_0: list[TargetingSpecGender]
                if _values_type_0 is None:
                    values_type_0 = tolerate_null("values_type_0")
                else:
                    values_type_0 = []
                    for values_type_0_item_data in _values_type_0:
                        _values_type_0_item = values_type_0_item_data
                        values_type_0_item = (
                            tolerate_null("values_type_0_item")
                            if _values_type_0_item is None
                            else TargetingSpecGender(_values_type_0_item)
                        )

                        values_type_0.append(values_type_0_item)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetingSpecGender] | None, data)

        values = _parse_values(d.pop("values"))

        targeting_spec_operation_gender = cls(
            field=field,
            operation=operation,
            values=values,
        )

        if d:
            tolerate_unknown_fields("TargetingSpecOperationGender", d)

        targeting_spec_operation_gender.additional_properties = d
        return targeting_spec_operation_gender

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
