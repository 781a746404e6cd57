from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.order_line import OrderLine
    from ..models.order_line_error import OrderLineError


T = TypeVar("T", bound="OrderLineResponse")


@_attrs_define
class OrderLineResponse:
    """
    Attributes:
        errors (list[OrderLineError] | Unset): Error list if update(s) fail.
        order_line (list[OrderLine] | Unset): Order Line object array.
    """

    errors: list[OrderLineError] | Unset = UNSET
    order_line: list[OrderLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            if self.errors is None:
                errors = None
            else:
                errors = []
                for errors_item_data in self.errors:
                    errors_item = None if errors_item_data is None else errors_item_data.to_dict()
                    errors.append(errors_item)

        order_line: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_line, Unset):
            if self.order_line is None:
                order_line = None
            else:
                order_line = []
                for order_line_item_data in self.order_line:
                    order_line_item = (
                        None if order_line_item_data is None else order_line_item_data.to_dict()
                    )
                    order_line.append(order_line_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if order_line is not UNSET:
            field_dict["order_line"] = order_line

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_line import OrderLine
        from ..models.order_line_error import OrderLineError

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[OrderLineError] | Unset = UNSET
        if _errors is None:
            errors = tolerate_null("errors")
        elif not isinstance(_errors, Unset):
            errors = []
            for errors_item_data in _errors:
                _errors_item = errors_item_data
                errors_item = (
                    tolerate_null("errors_item")
                    if _errors_item is None
                    else OrderLineError.from_dict(_errors_item)
                )

                errors.append(errors_item)

        _order_line = d.pop("order_line", UNSET)
        order_line: list[OrderLine] | Unset = UNSET
        if _order_line is None:
            order_line = tolerate_null("order_line")
        elif not isinstance(_order_line, Unset):
            order_line = []
            for order_line_item_data in _order_line:
                _order_line_item = order_line_item_data
                order_line_item = (
                    tolerate_null("order_line_item")
                    if _order_line_item is None
                    else OrderLine.from_dict(_order_line_item)
                )

                order_line.append(order_line_item)

        order_line_response = cls(
            errors=errors,
            order_line=order_line,
        )

        if d:
            tolerate_unknown_fields("OrderLineResponse", d)

        order_line_response.additional_properties = d
        return order_line_response

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
