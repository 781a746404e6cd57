from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_role_check_mode import BusinessRoleCheckMode
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="DeletePartnersRequest")


@_attrs_define
class DeletePartnersRequest:
    """
    Attributes:
        partner_ids (list[str]):
        partner_type (BusinessRoleCheckMode | None | Unset): If partner_type=INTERNAL, the deleted relationship is the
            partnership
            relationship a partner has with you
            If partner_type=EXTERNAL, the deleted relationship is the partnership
            relationship you have with a partner Example: INTERNAL.
    """

    partner_ids: list[str]
    partner_type: BusinessRoleCheckMode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_ids = self.partner_ids

        partner_type: None | str | Unset
        if isinstance(self.partner_type, Unset):
            partner_type = UNSET
        elif isinstance(self.partner_type, BusinessRoleCheckMode):
            partner_type = None if self.partner_type is None else self.partner_type.value
        else:
            partner_type = self.partner_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner_ids": partner_ids,
            }
        )
        if partner_type is not UNSET:
            field_dict["partner_type"] = partner_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _partner_ids = d.pop("partner_ids")
        partner_ids = (
            tolerate_null("partner_ids") if _partner_ids is None else cast(list[str], _partner_ids)
        )

        def _parse_partner_type(data: object) -> BusinessRoleCheckMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _partner_type_type_1 = data
                partner_type_type_1 = (
                    tolerate_null("partner_type_type_1")
                    if _partner_type_type_1 is None
                    else BusinessRoleCheckMode(_partner_type_type_1)
                )

                return partner_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessRoleCheckMode | None | Unset, data)

        partner_type = _parse_partner_type(d.pop("partner_type", UNSET))

        delete_partners_request = cls(
            partner_ids=partner_ids,
            partner_type=partner_type,
        )

        if d:
            tolerate_unknown_fields("DeletePartnersRequest", d)

        delete_partners_request.additional_properties = d
        return delete_partners_request

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
