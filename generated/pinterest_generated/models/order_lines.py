from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_line_paid_type import OrderLinePaidType
from ..models.order_line_status import OrderLineStatus
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="OrderLines")


@_attrs_define
class OrderLines:
    """Order Line

    Attributes:
        ad_account_id (str | Unset): Ad account ID. Example: 549755885175.
        budget (float | None | Unset): Order line budget in micro currency. Example: 5000000.
        end_time (float | None | Unset): End time. Unix timestamp. Example: 1461269616.
        id (str | Unset): Order line ID. Example: 2680059592705.
        name (None | str | Unset): Order line name. Example: Order Line Name 1.
        paid_budget (float | None | Unset): Order line paid budget in micro currency. Example: 5000000.
        paid_type (None | OrderLinePaidType | Unset): Order line paid type. Example: PAID.
        purchase_order_id (None | str | Unset): Purchase order ID. Example: PO12345.
        start_time (float | Unset): Start time. Unix timestamp. Example: 1452208622.
        status (OrderLineStatus | Unset): Order Line Status Example: ACTIVE.
        type_ (str | Unset): Always "orderline". Example: orderline.
    """

    ad_account_id: str | Unset = UNSET
    budget: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    paid_budget: float | None | Unset = UNSET
    paid_type: None | OrderLinePaidType | Unset = UNSET
    purchase_order_id: None | str | Unset = UNSET
    start_time: float | Unset = UNSET
    status: OrderLineStatus | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        budget: float | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        else:
            budget = self.budget

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        paid_budget: float | None | Unset
        if isinstance(self.paid_budget, Unset):
            paid_budget = UNSET
        else:
            paid_budget = self.paid_budget

        paid_type: None | str | Unset
        if isinstance(self.paid_type, Unset):
            paid_type = UNSET
        elif isinstance(self.paid_type, OrderLinePaidType):
            paid_type = None if self.paid_type is None else self.paid_type.value
        else:
            paid_type = self.paid_type

        purchase_order_id: None | str | Unset
        if isinstance(self.purchase_order_id, Unset):
            purchase_order_id = UNSET
        else:
            purchase_order_id = self.purchase_order_id

        start_time = self.start_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if budget is not UNSET:
            field_dict["budget"] = budget
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if paid_budget is not UNSET:
            field_dict["paid_budget"] = paid_budget
        if paid_type is not UNSET:
            field_dict["paid_type"] = paid_type
        if purchase_order_id is not UNSET:
            field_dict["purchase_order_id"] = purchase_order_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        def _parse_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_budget(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        def _parse_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_end_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_paid_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_paid_budget(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        paid_budget = _parse_paid_budget(d.pop("paid_budget", UNSET))

        def _parse_paid_type(data: object) -> None | OrderLinePaidType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_paid_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _paid_type_type_1 = data
                paid_type_type_1 = (
                    tolerate_null("paid_type_type_1")
                    if _paid_type_type_1 is None
                    else OrderLinePaidType(_paid_type_type_1)
                )

                return paid_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderLinePaidType | Unset, data)

        paid_type = _parse_paid_type(d.pop("paid_type", UNSET))

        def _parse_purchase_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_purchase_order_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        purchase_order_id = _parse_purchase_order_id(d.pop("purchase_order_id", UNSET))

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = tolerate_null("start_time")

        _status = d.pop("status", UNSET)
        status: OrderLineStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = OrderLineStatus(_status)

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        order_lines = cls(
            ad_account_id=ad_account_id,
            budget=budget,
            end_time=end_time,
            id=id,
            name=name,
            paid_budget=paid_budget,
            paid_type=paid_type,
            purchase_order_id=purchase_order_id,
            start_time=start_time,
            status=status,
            type_=type_,
        )

        if d:
            tolerate_unknown_fields("OrderLines", d)

        order_lines.additional_properties = d
        return order_lines

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
