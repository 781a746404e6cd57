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
    from ..models.ssio_account_item import SSIOAccountItem
    from ..models.ssio_account_pmp_name import SSIOAccountPMPName


T = TypeVar("T", bound="SSIOAccountResponse")


@_attrs_define
class SSIOAccountResponse:
    """
    Attributes:
        billto_infos (list[SSIOAccountItem] | Unset): An array of Salesforce account information that includes address,
            io terms, etc.
        can_edit (bool | Unset): Advertiser eligible to update order lines Example: True.
        currency (str | Unset):  Example: USD.
        eligible (bool | Unset): Advertiser eligible to create order lines Example: True.
        error (str | Unset): Error indicator from Salesforce which could be "No Error" Example: No Error.
        pmp_names (list[SSIOAccountPMPName] | Unset):
    """

    billto_infos: list[SSIOAccountItem] | Unset = UNSET
    can_edit: bool | Unset = UNSET
    currency: str | Unset = UNSET
    eligible: bool | Unset = UNSET
    error: str | Unset = UNSET
    pmp_names: list[SSIOAccountPMPName] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billto_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.billto_infos, Unset):
            if self.billto_infos is None:
                billto_infos = None
            else:
                billto_infos = []
                for billto_infos_item_data in self.billto_infos:
                    billto_infos_item = (
                        None if billto_infos_item_data is None else billto_infos_item_data.to_dict()
                    )
                    billto_infos.append(billto_infos_item)

        can_edit = self.can_edit

        currency = self.currency

        eligible = self.eligible

        error = self.error

        pmp_names: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pmp_names, Unset):
            if self.pmp_names is None:
                pmp_names = None
            else:
                pmp_names = []
                for pmp_names_item_data in self.pmp_names:
                    pmp_names_item = (
                        None if pmp_names_item_data is None else pmp_names_item_data.to_dict()
                    )
                    pmp_names.append(pmp_names_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billto_infos is not UNSET:
            field_dict["billto_infos"] = billto_infos
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit
        if currency is not UNSET:
            field_dict["currency"] = currency
        if eligible is not UNSET:
            field_dict["eligible"] = eligible
        if error is not UNSET:
            field_dict["error"] = error
        if pmp_names is not UNSET:
            field_dict["pmp_names"] = pmp_names

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ssio_account_item import SSIOAccountItem
        from ..models.ssio_account_pmp_name import SSIOAccountPMPName

        d = dict(src_dict)
        _billto_infos = d.pop("billto_infos", UNSET)
        billto_infos: list[SSIOAccountItem] | Unset = UNSET
        if _billto_infos is None:
            billto_infos = tolerate_null("billto_infos")
        elif not isinstance(_billto_infos, Unset):
            billto_infos = []
            for billto_infos_item_data in _billto_infos:
                _billto_infos_item = billto_infos_item_data
                billto_infos_item = (
                    tolerate_null("billto_infos_item")
                    if _billto_infos_item is None
                    else SSIOAccountItem.from_dict(_billto_infos_item)
                )

                billto_infos.append(billto_infos_item)

        can_edit = d.pop("can_edit", UNSET)
        if can_edit is None:
            can_edit = tolerate_null("can_edit")

        currency = d.pop("currency", UNSET)
        if currency is None:
            currency = tolerate_null("currency")

        eligible = d.pop("eligible", UNSET)
        if eligible is None:
            eligible = tolerate_null("eligible")

        error = d.pop("error", UNSET)
        if error is None:
            error = tolerate_null("error")

        _pmp_names = d.pop("pmp_names", UNSET)
        pmp_names: list[SSIOAccountPMPName] | Unset = UNSET
        if _pmp_names is None:
            pmp_names = tolerate_null("pmp_names")
        elif not isinstance(_pmp_names, Unset):
            pmp_names = []
            for pmp_names_item_data in _pmp_names:
                _pmp_names_item = pmp_names_item_data
                pmp_names_item = (
                    tolerate_null("pmp_names_item")
                    if _pmp_names_item is None
                    else SSIOAccountPMPName.from_dict(_pmp_names_item)
                )

                pmp_names.append(pmp_names_item)

        ssio_account_response = cls(
            billto_infos=billto_infos,
            can_edit=can_edit,
            currency=currency,
            eligible=eligible,
            error=error,
            pmp_names=pmp_names,
        )

        if d:
            tolerate_unknown_fields("SSIOAccountResponse", d)

        ssio_account_response.additional_properties = d
        return ssio_account_response

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
