from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="SSIOInsertionOrderStatus")


@_attrs_define
class SSIOInsertionOrderStatus:
    """
    Attributes:
        creation_time (None | str | Unset): Salesforce insertion order creation time Example: 2017-06-21T23:11:11.000Z.
        pin_order_id (str | Unset): Salesforce order id Example: 0Q01N0000015hekSAB.
        status (str | Unset): Salesforce insertion order status Example: Approved.
    """

    creation_time: None | str | Unset = UNSET
    pin_order_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_time: None | str | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = self.creation_time

        pin_order_id = self.pin_order_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if pin_order_id is not UNSET:
            field_dict["pin_order_id"] = pin_order_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_creation_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_creation_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        creation_time = _parse_creation_time(d.pop("creation_time", UNSET))

        pin_order_id = d.pop("pin_order_id", UNSET)
        if pin_order_id is None:
            pin_order_id = tolerate_null("pin_order_id")

        status = d.pop("status", UNSET)
        if status is None:
            status = tolerate_null("status")

        ssio_insertion_order_status = cls(
            creation_time=creation_time,
            pin_order_id=pin_order_id,
            status=status,
        )

        if d:
            tolerate_unknown_fields("SSIOInsertionOrderStatus", d)

        ssio_insertion_order_status.additional_properties = d
        return ssio_insertion_order_status

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
