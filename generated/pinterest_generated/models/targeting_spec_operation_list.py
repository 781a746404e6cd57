from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.targeting_spec_operation_list_operation import TargetingSpecOperationListOperation
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TargetingSpecOperationList")


@_attrs_define
class TargetingSpecOperationList:
    """
    Attributes:
        field (str):
        operation (TargetingSpecOperationListOperation):
        values (list[str] | None):
    """

    field: str
    operation: TargetingSpecOperationListOperation
    values: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operation = None if self.operation is None else self.operation.value

        values: list[str] | None
        if isinstance(self.values, list):
            values = self.values

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
        field = d.pop("field")
        if field is None:
            field = tolerate_null("field")

        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation")
            if _operation is None
            else TargetingSpecOperationListOperation(_operation)
        )

        def _parse_values(data: object) -> list[str] | None:
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
                values_type_0 = (
                    tolerate_null("values_type_0")
                    if _values_type_0 is None
                    else cast(list[str], _values_type_0)
                )

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        values = _parse_values(d.pop("values"))

        targeting_spec_operation_list = cls(
            field=field,
            operation=operation,
            values=values,
        )

        if d:
            tolerate_unknown_fields("TargetingSpecOperationList", d)

        targeting_spec_operation_list.additional_properties = d
        return targeting_spec_operation_list

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
