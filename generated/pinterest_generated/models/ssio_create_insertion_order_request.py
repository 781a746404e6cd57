from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.ssio_create_insertion_order_request_order_line_type import (
    SSIOCreateInsertionOrderRequestOrderLineType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="SSIOCreateInsertionOrderRequest")


@_attrs_define
class SSIOCreateInsertionOrderRequest:
    """
    Attributes:
        billing_contact_email (str): The billing contact email Example: test@example.
        billing_contact_firstname (str): The billing contact first name
        billing_contact_lastname (str): The billing contact last name
        media_contact_email (str): The media contact email Example: test@example.
        media_contact_firstname (str): The media contact first name
        media_contact_lastname (str): The media contact last name
        po_number (str): The po number
        start_date (str): Starting date of time period. Format: YYYY-MM-DD Example: 2020-12-20.
        accepted_terms_id (str): The SFDC id for the terms
        billto_billing_address_id (str): The bill-to billing address id
        billto_business_address_id (str): The bill-to business address id
        billto_company_id (str): The bill-to company id
        currency_info (Currency): Currency Codes from ISO 4217
        order_line_type (SSIOCreateInsertionOrderRequestOrderLineType): Type can be Budget or Perpetual
        order_name (str): The order name
        pmp_id (str): The pmp id
        agency_link (str | Unset): URL link for agency
        budget_amount (float | Unset): If Budget order line, the budget amount. Example: 5000000.
        end_date (str | Unset): End date of time period. Format: YYYY-MM-DD Example: 2020-12-20.
        user_email (str | Unset): The email of user submitting the insertion order Example: test@example.
        accepted_terms_time (int | Unset): The UTC timestamp (to the nearest sec) of when terms were accepted
        estimated_monthly_spend (float | Unset): If Ongoing (perpetual) order line, the estimated monthly spend
    """

    billing_contact_email: str
    billing_contact_firstname: str
    billing_contact_lastname: str
    media_contact_email: str
    media_contact_firstname: str
    media_contact_lastname: str
    po_number: str
    start_date: str
    accepted_terms_id: str
    billto_billing_address_id: str
    billto_business_address_id: str
    billto_company_id: str
    currency_info: Currency
    order_line_type: SSIOCreateInsertionOrderRequestOrderLineType
    order_name: str
    pmp_id: str
    agency_link: str | Unset = UNSET
    budget_amount: float | Unset = UNSET
    end_date: str | Unset = UNSET
    user_email: str | Unset = UNSET
    accepted_terms_time: int | Unset = UNSET
    estimated_monthly_spend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_contact_email = self.billing_contact_email

        billing_contact_firstname = self.billing_contact_firstname

        billing_contact_lastname = self.billing_contact_lastname

        media_contact_email = self.media_contact_email

        media_contact_firstname = self.media_contact_firstname

        media_contact_lastname = self.media_contact_lastname

        po_number = self.po_number

        start_date = self.start_date

        accepted_terms_id = self.accepted_terms_id

        billto_billing_address_id = self.billto_billing_address_id

        billto_business_address_id = self.billto_business_address_id

        billto_company_id = self.billto_company_id

        currency_info = None if self.currency_info is None else self.currency_info.value

        order_line_type = None if self.order_line_type is None else self.order_line_type.value

        order_name = self.order_name

        pmp_id = self.pmp_id

        agency_link = self.agency_link

        budget_amount = self.budget_amount

        end_date = self.end_date

        user_email = self.user_email

        accepted_terms_time = self.accepted_terms_time

        estimated_monthly_spend = self.estimated_monthly_spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_contact_email": billing_contact_email,
                "billing_contact_firstname": billing_contact_firstname,
                "billing_contact_lastname": billing_contact_lastname,
                "media_contact_email": media_contact_email,
                "media_contact_firstname": media_contact_firstname,
                "media_contact_lastname": media_contact_lastname,
                "po_number": po_number,
                "start_date": start_date,
                "accepted_terms_id": accepted_terms_id,
                "billto_billing_address_id": billto_billing_address_id,
                "billto_business_address_id": billto_business_address_id,
                "billto_company_id": billto_company_id,
                "currency_info": currency_info,
                "order_line_type": order_line_type,
                "order_name": order_name,
                "pmp_id": pmp_id,
            }
        )
        if agency_link is not UNSET:
            field_dict["agency_link"] = agency_link
        if budget_amount is not UNSET:
            field_dict["budget_amount"] = budget_amount
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if accepted_terms_time is not UNSET:
            field_dict["accepted_terms_time"] = accepted_terms_time
        if estimated_monthly_spend is not UNSET:
            field_dict["estimated_monthly_spend"] = estimated_monthly_spend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        billing_contact_email = d.pop("billing_contact_email")
        if billing_contact_email is None:
            billing_contact_email = tolerate_null("billing_contact_email")

        billing_contact_firstname = d.pop("billing_contact_firstname")
        if billing_contact_firstname is None:
            billing_contact_firstname = tolerate_null("billing_contact_firstname")

        billing_contact_lastname = d.pop("billing_contact_lastname")
        if billing_contact_lastname is None:
            billing_contact_lastname = tolerate_null("billing_contact_lastname")

        media_contact_email = d.pop("media_contact_email")
        if media_contact_email is None:
            media_contact_email = tolerate_null("media_contact_email")

        media_contact_firstname = d.pop("media_contact_firstname")
        if media_contact_firstname is None:
            media_contact_firstname = tolerate_null("media_contact_firstname")

        media_contact_lastname = d.pop("media_contact_lastname")
        if media_contact_lastname is None:
            media_contact_lastname = tolerate_null("media_contact_lastname")

        po_number = d.pop("po_number")
        if po_number is None:
            po_number = tolerate_null("po_number")

        start_date = d.pop("start_date")
        if start_date is None:
            start_date = tolerate_null("start_date")

        accepted_terms_id = d.pop("accepted_terms_id")
        if accepted_terms_id is None:
            accepted_terms_id = tolerate_null("accepted_terms_id")

        billto_billing_address_id = d.pop("billto_billing_address_id")
        if billto_billing_address_id is None:
            billto_billing_address_id = tolerate_null("billto_billing_address_id")

        billto_business_address_id = d.pop("billto_business_address_id")
        if billto_business_address_id is None:
            billto_business_address_id = tolerate_null("billto_business_address_id")

        billto_company_id = d.pop("billto_company_id")
        if billto_company_id is None:
            billto_company_id = tolerate_null("billto_company_id")

        _currency_info = d.pop("currency_info")
        currency_info = (
            tolerate_null("currency_info") if _currency_info is None else Currency(_currency_info)
        )

        _order_line_type = d.pop("order_line_type")
        order_line_type = (
            tolerate_null("order_line_type")
            if _order_line_type is None
            else SSIOCreateInsertionOrderRequestOrderLineType(_order_line_type)
        )

        order_name = d.pop("order_name")
        if order_name is None:
            order_name = tolerate_null("order_name")

        pmp_id = d.pop("pmp_id")
        if pmp_id is None:
            pmp_id = tolerate_null("pmp_id")

        agency_link = d.pop("agency_link", UNSET)
        if agency_link is None:
            agency_link = tolerate_null("agency_link")

        budget_amount = d.pop("budget_amount", UNSET)
        if budget_amount is None:
            budget_amount = tolerate_null("budget_amount")

        end_date = d.pop("end_date", UNSET)
        if end_date is None:
            end_date = tolerate_null("end_date")

        user_email = d.pop("user_email", UNSET)
        if user_email is None:
            user_email = tolerate_null("user_email")

        accepted_terms_time = d.pop("accepted_terms_time", UNSET)
        if accepted_terms_time is None:
            accepted_terms_time = tolerate_null("accepted_terms_time")

        estimated_monthly_spend = d.pop("estimated_monthly_spend", UNSET)
        if estimated_monthly_spend is None:
            estimated_monthly_spend = tolerate_null("estimated_monthly_spend")

        ssio_create_insertion_order_request = cls(
            billing_contact_email=billing_contact_email,
            billing_contact_firstname=billing_contact_firstname,
            billing_contact_lastname=billing_contact_lastname,
            media_contact_email=media_contact_email,
            media_contact_firstname=media_contact_firstname,
            media_contact_lastname=media_contact_lastname,
            po_number=po_number,
            start_date=start_date,
            accepted_terms_id=accepted_terms_id,
            billto_billing_address_id=billto_billing_address_id,
            billto_business_address_id=billto_business_address_id,
            billto_company_id=billto_company_id,
            currency_info=currency_info,
            order_line_type=order_line_type,
            order_name=order_name,
            pmp_id=pmp_id,
            agency_link=agency_link,
            budget_amount=budget_amount,
            end_date=end_date,
            user_email=user_email,
            accepted_terms_time=accepted_terms_time,
            estimated_monthly_spend=estimated_monthly_spend,
        )

        if d:
            tolerate_unknown_fields("SSIOCreateInsertionOrderRequest", d)

        ssio_create_insertion_order_request.additional_properties = d
        return ssio_create_insertion_order_request

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
