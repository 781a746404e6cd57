from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.business_access_error import BusinessAccessError


T = TypeVar("T", bound="UpdatePartnerResultsResponseArrayItemsItem")


@_attrs_define
class UpdatePartnerResultsResponseArrayItemsItem:
    """
    Attributes:
        exception (BusinessAccessError | None | Unset):
        member_or_partner_id (None | str | Unset):  Example: 1234567890123.
    """

    exception: BusinessAccessError | None | Unset = UNSET
    member_or_partner_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_access_error import BusinessAccessError

        exception: dict[str, Any] | None | Unset
        if isinstance(self.exception, Unset):
            exception = UNSET
        elif isinstance(self.exception, BusinessAccessError):
            exception = None if self.exception is None else self.exception.to_dict()
        else:
            exception = self.exception

        member_or_partner_id: None | str | Unset
        if isinstance(self.member_or_partner_id, Unset):
            member_or_partner_id = UNSET
        else:
            member_or_partner_id = self.member_or_partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exception is not UNSET:
            field_dict["exception"] = exception
        if member_or_partner_id is not UNSET:
            field_dict["member_or_partner_id"] = member_or_partner_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_access_error import BusinessAccessError

        d = dict(src_dict)

        def _parse_exception(data: object) -> BusinessAccessError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_exception(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _exception_type_1 = data
                exception_type_1 = (
                    tolerate_null("exception_type_1")
                    if _exception_type_1 is None
                    else BusinessAccessError.from_dict(_exception_type_1)
                )

                return exception_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessAccessError | None | Unset, data)

        exception = _parse_exception(d.pop("exception", UNSET))

        def _parse_member_or_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_member_or_partner_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        member_or_partner_id = _parse_member_or_partner_id(d.pop("member_or_partner_id", UNSET))

        update_partner_results_response_array_items_item = cls(
            exception=exception,
            member_or_partner_id=member_or_partner_id,
        )

        if d:
            tolerate_unknown_fields("UpdatePartnerResultsResponseArrayItemsItem", d)

        update_partner_results_response_array_items_item.additional_properties = d
        return update_partner_results_response_array_items_item

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
