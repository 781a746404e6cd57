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
    from ..models.ssio_account_address import SSIOAccountAddress


T = TypeVar("T", bound="SSIOAccountItem")


@_attrs_define
class SSIOAccountItem:
    """
    Attributes:
        addresses (list[SSIOAccountAddress] | Unset): Address information that is associated with this account.
        id (str | Unset): Salesforce id for billto_info Example: 0011N00001LW8kAQAT.
        io_terms (str | Unset): Salesforce text for IO Terms and Conditions Example: The IO is governed by the terms
            available at https://business.pinterest.com/en/pinterest-advertising-services-agreement/. If a budget is listed
            on this IO, the parties agree that Advertiser (or if applicable, its Agency) may apply any of the budget to any
            auction bid type or ad product. Price will be determined by auction closing price, plus any applicable non-
            auction fees. The terms of the Agreement supersede any terms on this IO. ANY ADDITIONAL TERMS AND CONDITIONS ON
            THIS IO ARE NULL AND VOID..
        io_terms_id (str | Unset): Salesforce id for IO Terms and Conditions Example: a2S1N000000bKHgUAM.
        io_type (str | Unset): Insertion Order Type - Pinterest Paper or Agency Paper Example: Pinterest Paper.
        row_terms (str | Unset): Salesforce text for Rest of the World Terms and Conditions Example: The IO is governed
            by the terms available at
            https://business.pinterest.com/en-gb/pinterest-advertising-services-agreement.
        row_terms_id (str | Unset): Salesforce id for Rest of the World Terms and Conditions Example:
            a2S1N000000bKHhUAM.
        us_terms (str | Unset): Salesforce text for US Terms and Conditions Example: This Insertion Order ("IO") is
            subject to the Pinterest Addendum To IAB Standard Terms and Conditions for Internet Advertising For Media Buys
            One Year or Less (Version 3.0), as executed by Pinterest, Inc. and GroupM Worldwide LLC on May 7, 2014 and
            Amendment No. 1 to Pinterest Addendum to IAB Standard Terms and Conditions for Internet Advertising For Media
            Buys One Year or Less (Version 3.0) as executed by Pinterest, Inc. and GroupM Worldwide LLC on August 20, 2015.
            The parties agree that Agency may apply any of the budget listed on this IO to any auction bid type or ad
            product. Price will be determined by auction closing price, plus any applicable non-auction fees.The terms of
            the Addendum supersede any terms on this IO. ANY ADDITIONAL TERMS AND CONDITIONS ON THIS IO ARE NULL AND VOID..
        us_terms_id (str | Unset): Salesforce id for US Terms and Conditions Example: a2S1N000000bKIOUA2.
    """

    addresses: list[SSIOAccountAddress] | Unset = UNSET
    id: str | Unset = UNSET
    io_terms: str | Unset = UNSET
    io_terms_id: str | Unset = UNSET
    io_type: str | Unset = UNSET
    row_terms: str | Unset = UNSET
    row_terms_id: str | Unset = UNSET
    us_terms: str | Unset = UNSET
    us_terms_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            if self.addresses is None:
                addresses = None
            else:
                addresses = []
                for addresses_item_data in self.addresses:
                    addresses_item = (
                        None if addresses_item_data is None else addresses_item_data.to_dict()
                    )
                    addresses.append(addresses_item)

        id = self.id

        io_terms = self.io_terms

        io_terms_id = self.io_terms_id

        io_type = self.io_type

        row_terms = self.row_terms

        row_terms_id = self.row_terms_id

        us_terms = self.us_terms

        us_terms_id = self.us_terms_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if id is not UNSET:
            field_dict["id"] = id
        if io_terms is not UNSET:
            field_dict["io_terms"] = io_terms
        if io_terms_id is not UNSET:
            field_dict["io_terms_id"] = io_terms_id
        if io_type is not UNSET:
            field_dict["io_type"] = io_type
        if row_terms is not UNSET:
            field_dict["row_terms"] = row_terms
        if row_terms_id is not UNSET:
            field_dict["row_terms_id"] = row_terms_id
        if us_terms is not UNSET:
            field_dict["us_terms"] = us_terms
        if us_terms_id is not UNSET:
            field_dict["us_terms_id"] = us_terms_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ssio_account_address import SSIOAccountAddress

        d = dict(src_dict)
        _addresses = d.pop("addresses", UNSET)
        addresses: list[SSIOAccountAddress] | Unset = UNSET
        if _addresses is None:
            addresses = tolerate_null("addresses")
        elif not isinstance(_addresses, Unset):
            addresses = []
            for addresses_item_data in _addresses:
                _addresses_item = addresses_item_data
                addresses_item = (
                    tolerate_null("addresses_item")
                    if _addresses_item is None
                    else SSIOAccountAddress.from_dict(_addresses_item)
                )

                addresses.append(addresses_item)

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        io_terms = d.pop("io_terms", UNSET)
        if io_terms is None:
            io_terms = tolerate_null("io_terms")

        io_terms_id = d.pop("io_terms_id", UNSET)
        if io_terms_id is None:
            io_terms_id = tolerate_null("io_terms_id")

        io_type = d.pop("io_type", UNSET)
        if io_type is None:
            io_type = tolerate_null("io_type")

        row_terms = d.pop("row_terms", UNSET)
        if row_terms is None:
            row_terms = tolerate_null("row_terms")

        row_terms_id = d.pop("row_terms_id", UNSET)
        if row_terms_id is None:
            row_terms_id = tolerate_null("row_terms_id")

        us_terms = d.pop("us_terms", UNSET)
        if us_terms is None:
            us_terms = tolerate_null("us_terms")

        us_terms_id = d.pop("us_terms_id", UNSET)
        if us_terms_id is None:
            us_terms_id = tolerate_null("us_terms_id")

        ssio_account_item = cls(
            addresses=addresses,
            id=id,
            io_terms=io_terms,
            io_terms_id=io_terms_id,
            io_type=io_type,
            row_terms=row_terms,
            row_terms_id=row_terms_id,
            us_terms=us_terms,
            us_terms_id=us_terms_id,
        )

        if d:
            tolerate_unknown_fields("SSIOAccountItem", d)

        ssio_account_item.additional_properties = d
        return ssio_account_item

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
