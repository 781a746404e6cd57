from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="SSIOInsertionOrderCommon")


@_attrs_define
class SSIOInsertionOrderCommon:
    """
    Attributes:
        agency_link (str | Unset): URL link for agency
        billing_contact_email (str | Unset): The billing contact email Example: test@example.
        billing_contact_firstname (str | Unset): The billing contact first name
        billing_contact_lastname (str | Unset): The billing contact last name
        budget_amount (float | Unset): If Budget order line, the budget amount. Example: 5000000.
        end_date (str | Unset): End date of time period. Format: YYYY-MM-DD Example: 2020-12-20.
        media_contact_email (str | Unset): The media contact email Example: test@example.
        media_contact_firstname (str | Unset): The media contact first name
        media_contact_lastname (str | Unset): The media contact last name
        po_number (str | Unset): The po number
        start_date (str | Unset): Starting date of time period. Format: YYYY-MM-DD Example: 2020-12-20.
        user_email (str | Unset): The email of user submitting the insertion order Example: test@example.
    """

    agency_link: str | Unset = UNSET
    billing_contact_email: str | Unset = UNSET
    billing_contact_firstname: str | Unset = UNSET
    billing_contact_lastname: str | Unset = UNSET
    budget_amount: float | Unset = UNSET
    end_date: str | Unset = UNSET
    media_contact_email: str | Unset = UNSET
    media_contact_firstname: str | Unset = UNSET
    media_contact_lastname: str | Unset = UNSET
    po_number: str | Unset = UNSET
    start_date: str | Unset = UNSET
    user_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency_link = self.agency_link

        billing_contact_email = self.billing_contact_email

        billing_contact_firstname = self.billing_contact_firstname

        billing_contact_lastname = self.billing_contact_lastname

        budget_amount = self.budget_amount

        end_date = self.end_date

        media_contact_email = self.media_contact_email

        media_contact_firstname = self.media_contact_firstname

        media_contact_lastname = self.media_contact_lastname

        po_number = self.po_number

        start_date = self.start_date

        user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agency_link is not UNSET:
            field_dict["agency_link"] = agency_link
        if billing_contact_email is not UNSET:
            field_dict["billing_contact_email"] = billing_contact_email
        if billing_contact_firstname is not UNSET:
            field_dict["billing_contact_firstname"] = billing_contact_firstname
        if billing_contact_lastname is not UNSET:
            field_dict["billing_contact_lastname"] = billing_contact_lastname
        if budget_amount is not UNSET:
            field_dict["budget_amount"] = budget_amount
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if media_contact_email is not UNSET:
            field_dict["media_contact_email"] = media_contact_email
        if media_contact_firstname is not UNSET:
            field_dict["media_contact_firstname"] = media_contact_firstname
        if media_contact_lastname is not UNSET:
            field_dict["media_contact_lastname"] = media_contact_lastname
        if po_number is not UNSET:
            field_dict["po_number"] = po_number
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agency_link = d.pop("agency_link", UNSET)
        if agency_link is None:
            agency_link = tolerate_null("agency_link")

        billing_contact_email = d.pop("billing_contact_email", UNSET)
        if billing_contact_email is None:
            billing_contact_email = tolerate_null("billing_contact_email")

        billing_contact_firstname = d.pop("billing_contact_firstname", UNSET)
        if billing_contact_firstname is None:
            billing_contact_firstname = tolerate_null("billing_contact_firstname")

        billing_contact_lastname = d.pop("billing_contact_lastname", UNSET)
        if billing_contact_lastname is None:
            billing_contact_lastname = tolerate_null("billing_contact_lastname")

        budget_amount = d.pop("budget_amount", UNSET)
        if budget_amount is None:
            budget_amount = tolerate_null("budget_amount")

        end_date = d.pop("end_date", UNSET)
        if end_date is None:
            end_date = tolerate_null("end_date")

        media_contact_email = d.pop("media_contact_email", UNSET)
        if media_contact_email is None:
            media_contact_email = tolerate_null("media_contact_email")

        media_contact_firstname = d.pop("media_contact_firstname", UNSET)
        if media_contact_firstname is None:
            media_contact_firstname = tolerate_null("media_contact_firstname")

        media_contact_lastname = d.pop("media_contact_lastname", UNSET)
        if media_contact_lastname is None:
            media_contact_lastname = tolerate_null("media_contact_lastname")

        po_number = d.pop("po_number", UNSET)
        if po_number is None:
            po_number = tolerate_null("po_number")

        start_date = d.pop("start_date", UNSET)
        if start_date is None:
            start_date = tolerate_null("start_date")

        user_email = d.pop("user_email", UNSET)
        if user_email is None:
            user_email = tolerate_null("user_email")

        ssio_insertion_order_common = cls(
            agency_link=agency_link,
            billing_contact_email=billing_contact_email,
            billing_contact_firstname=billing_contact_firstname,
            billing_contact_lastname=billing_contact_lastname,
            budget_amount=budget_amount,
            end_date=end_date,
            media_contact_email=media_contact_email,
            media_contact_firstname=media_contact_firstname,
            media_contact_lastname=media_contact_lastname,
            po_number=po_number,
            start_date=start_date,
            user_email=user_email,
        )

        if d:
            tolerate_unknown_fields("SSIOInsertionOrderCommon", d)

        ssio_insertion_order_common.additional_properties = d
        return ssio_insertion_order_common

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
