from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_invoice_response_document_type import BillingInvoiceResponseDocumentType
from ..models.billing_invoice_response_status import BillingInvoiceResponseStatus
from ..models.currency import Currency
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BillingInvoiceResponse")


@_attrs_define
class BillingInvoiceResponse:
    """
    Attributes:
        ad_account_id (str | Unset): The ID of the ad account this invoice belongs to
        ad_account_name (str | Unset): The name of the ad account this invoice belongs to
        amount_billed_micro_currency (int | Unset): The amount billed in this invoice. Denoted in micro currency
        amount_discount_micro_currency (int | None | Unset): The discount in this invoice. Denoted in micro currency
        amount_net_micro_currency (int | None | Unset): The net amount in this invoice. Denoted in micro currency
        amount_tax_micro_currency (int | None | Unset): The tax in this invoice. Denoted in micro currency
        bill_to_country (str | Unset): The country of the bill to address
        billing_period_end_date (datetime.date | Unset): The end date of the billing period. Format: YYYY-MM-DD
        billing_period_start_date (datetime.date | Unset): The start date of the billing period. Format: YYYY-MM-DD
        currency (Currency | Unset): Currency Codes from ISO 4217
        document_type (BillingInvoiceResponseDocumentType | Unset): The type of the document
        id (str | Unset): Unique identifier for the billing invoice
        invoice_due_date (datetime.date | Unset): The date the invoice is due. Format: YYYY-MM-DD
        payment_terms (str | Unset): The payment terms of the invoice Example: NET 30.
        status (BillingInvoiceResponseStatus | Unset): The status of the invoice Example: OPEN.
    """

    ad_account_id: str | Unset = UNSET
    ad_account_name: str | Unset = UNSET
    amount_billed_micro_currency: int | Unset = UNSET
    amount_discount_micro_currency: int | None | Unset = UNSET
    amount_net_micro_currency: int | None | Unset = UNSET
    amount_tax_micro_currency: int | None | Unset = UNSET
    bill_to_country: str | Unset = UNSET
    billing_period_end_date: datetime.date | Unset = UNSET
    billing_period_start_date: datetime.date | Unset = UNSET
    currency: Currency | Unset = UNSET
    document_type: BillingInvoiceResponseDocumentType | Unset = UNSET
    id: str | Unset = UNSET
    invoice_due_date: datetime.date | Unset = UNSET
    payment_terms: str | Unset = UNSET
    status: BillingInvoiceResponseStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        ad_account_name = self.ad_account_name

        amount_billed_micro_currency = self.amount_billed_micro_currency

        amount_discount_micro_currency: int | None | Unset
        if isinstance(self.amount_discount_micro_currency, Unset):
            amount_discount_micro_currency = UNSET
        else:
            amount_discount_micro_currency = self.amount_discount_micro_currency

        amount_net_micro_currency: int | None | Unset
        if isinstance(self.amount_net_micro_currency, Unset):
            amount_net_micro_currency = UNSET
        else:
            amount_net_micro_currency = self.amount_net_micro_currency

        amount_tax_micro_currency: int | None | Unset
        if isinstance(self.amount_tax_micro_currency, Unset):
            amount_tax_micro_currency = UNSET
        else:
            amount_tax_micro_currency = self.amount_tax_micro_currency

        bill_to_country = self.bill_to_country

        billing_period_end_date: str | Unset = UNSET
        if not isinstance(self.billing_period_end_date, Unset):
            billing_period_end_date = (
                None
                if self.billing_period_end_date is None
                else self.billing_period_end_date.isoformat()
            )

        billing_period_start_date: str | Unset = UNSET
        if not isinstance(self.billing_period_start_date, Unset):
            billing_period_start_date = (
                None
                if self.billing_period_start_date is None
                else self.billing_period_start_date.isoformat()
            )

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = None if self.currency is None else self.currency.value

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = None if self.document_type is None else self.document_type.value

        id = self.id

        invoice_due_date: str | Unset = UNSET
        if not isinstance(self.invoice_due_date, Unset):
            invoice_due_date = (
                None if self.invoice_due_date is None else self.invoice_due_date.isoformat()
            )

        payment_terms = self.payment_terms

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if ad_account_name is not UNSET:
            field_dict["ad_account_name"] = ad_account_name
        if amount_billed_micro_currency is not UNSET:
            field_dict["amount_billed_micro_currency"] = amount_billed_micro_currency
        if amount_discount_micro_currency is not UNSET:
            field_dict["amount_discount_micro_currency"] = amount_discount_micro_currency
        if amount_net_micro_currency is not UNSET:
            field_dict["amount_net_micro_currency"] = amount_net_micro_currency
        if amount_tax_micro_currency is not UNSET:
            field_dict["amount_tax_micro_currency"] = amount_tax_micro_currency
        if bill_to_country is not UNSET:
            field_dict["bill_to_country"] = bill_to_country
        if billing_period_end_date is not UNSET:
            field_dict["billing_period_end_date"] = billing_period_end_date
        if billing_period_start_date is not UNSET:
            field_dict["billing_period_start_date"] = billing_period_start_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_due_date is not UNSET:
            field_dict["invoice_due_date"] = invoice_due_date
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        ad_account_name = d.pop("ad_account_name", UNSET)
        if ad_account_name is None:
            ad_account_name = tolerate_null("ad_account_name")

        amount_billed_micro_currency = d.pop("amount_billed_micro_currency", UNSET)
        if amount_billed_micro_currency is None:
            amount_billed_micro_currency = tolerate_null("amount_billed_micro_currency")

        def _parse_amount_discount_micro_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_amount_discount_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        amount_discount_micro_currency = _parse_amount_discount_micro_currency(
            d.pop("amount_discount_micro_currency", UNSET)
        )

        def _parse_amount_net_micro_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_amount_net_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        amount_net_micro_currency = _parse_amount_net_micro_currency(
            d.pop("amount_net_micro_currency", UNSET)
        )

        def _parse_amount_tax_micro_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_amount_tax_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        amount_tax_micro_currency = _parse_amount_tax_micro_currency(
            d.pop("amount_tax_micro_currency", UNSET)
        )

        bill_to_country = d.pop("bill_to_country", UNSET)
        if bill_to_country is None:
            bill_to_country = tolerate_null("bill_to_country")

        _billing_period_end_date = d.pop("billing_period_end_date", UNSET)
        billing_period_end_date: datetime.date | Unset
        if isinstance(_billing_period_end_date, Unset):
            billing_period_end_date = UNSET
        elif _billing_period_end_date is None:
            billing_period_end_date = tolerate_null("billing_period_end_date")
        else:
            billing_period_end_date = datetime.date.fromisoformat(_billing_period_end_date)

        _billing_period_start_date = d.pop("billing_period_start_date", UNSET)
        billing_period_start_date: datetime.date | Unset
        if isinstance(_billing_period_start_date, Unset):
            billing_period_start_date = UNSET
        elif _billing_period_start_date is None:
            billing_period_start_date = tolerate_null("billing_period_start_date")
        else:
            billing_period_start_date = datetime.date.fromisoformat(_billing_period_start_date)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        elif _currency is None:
            currency = tolerate_null("currency")
        else:
            currency = Currency(_currency)

        _document_type = d.pop("document_type", UNSET)
        document_type: BillingInvoiceResponseDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        elif _document_type is None:
            document_type = tolerate_null("document_type")
        else:
            document_type = BillingInvoiceResponseDocumentType(_document_type)

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        _invoice_due_date = d.pop("invoice_due_date", UNSET)
        invoice_due_date: datetime.date | Unset
        if isinstance(_invoice_due_date, Unset):
            invoice_due_date = UNSET
        elif _invoice_due_date is None:
            invoice_due_date = tolerate_null("invoice_due_date")
        else:
            invoice_due_date = datetime.date.fromisoformat(_invoice_due_date)

        payment_terms = d.pop("payment_terms", UNSET)
        if payment_terms is None:
            payment_terms = tolerate_null("payment_terms")

        _status = d.pop("status", UNSET)
        status: BillingInvoiceResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = BillingInvoiceResponseStatus(_status)

        billing_invoice_response = cls(
            ad_account_id=ad_account_id,
            ad_account_name=ad_account_name,
            amount_billed_micro_currency=amount_billed_micro_currency,
            amount_discount_micro_currency=amount_discount_micro_currency,
            amount_net_micro_currency=amount_net_micro_currency,
            amount_tax_micro_currency=amount_tax_micro_currency,
            bill_to_country=bill_to_country,
            billing_period_end_date=billing_period_end_date,
            billing_period_start_date=billing_period_start_date,
            currency=currency,
            document_type=document_type,
            id=id,
            invoice_due_date=invoice_due_date,
            payment_terms=payment_terms,
            status=status,
        )

        if d:
            tolerate_unknown_fields("BillingInvoiceResponse", d)

        billing_invoice_response.additional_properties = d
        return billing_invoice_response

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
