from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="SSIOOrderLine")


@_attrs_define
class SSIOOrderLine:
    """
    Attributes:
        accepted_terms_id (None | str | Unset): The SFDC id for the terms
        accepted_terms_time (None | str | Unset): The UTC timestamp (to the nearest sec) of when terms were accepted
            Example: 2020-10-06T13:07:04.000Z.
        ads_manager_order_line_id (None | str | Unset): Ads manager OrderLineId
        agency_link (None | str | Unset): Agency link
        bill_to_company_name (None | str | Unset): Bill To Company name Example: Home Depot Inc..
        billing_contact_email (None | str | Unset): Billing contact email Example: mail@test.com.
        billing_contact_firstname (None | str | Unset): Billing contact first name Example: Mary.
        billing_contact_lastname (None | str | Unset): Billing contact last name Example: Smith.
        budget_amount (float | None | Unset): If Budget order line, the budget amount. Example: 5000000.
        currency_info (Currency | None | Unset):
        end_date (datetime.date | None | Unset): End date of the order line. Example: 2020-10-05.
        estimated_monthly_spend (float | None | Unset): If Ongoing (perpetual) order line, the estimated monthly spend
        last_modified_date_time (None | str | Unset): Last modified date. Example: 2020-10-06T13:07:04.000Z.
        media_contact_email (None | str | Unset): Billing media email Example: mail@test.com.
        media_contact_firstname (None | str | Unset): Billing contact first name Example: John.
        media_contact_lastname (None | str | Unset): Billing contact first name Example: Doe.
        order_name (None | str | Unset): The order name
        pin_order_id (None | str | Unset): The pin order id associated with the order line in SFDC
        pmp_name (None | str | Unset): The Pinterest marketing partner name
        po_number (None | str | Unset): The po number
        salesforce_order_line_id (None | str | Unset): OrderLineId in SFDC
        start_date (datetime.date | None | Unset): Start date of the order line. Example: 2018-03-01.
    """

    accepted_terms_id: None | str | Unset = UNSET
    accepted_terms_time: None | str | Unset = UNSET
    ads_manager_order_line_id: None | str | Unset = UNSET
    agency_link: None | str | Unset = UNSET
    bill_to_company_name: None | str | Unset = UNSET
    billing_contact_email: None | str | Unset = UNSET
    billing_contact_firstname: None | str | Unset = UNSET
    billing_contact_lastname: None | str | Unset = UNSET
    budget_amount: float | None | Unset = UNSET
    currency_info: Currency | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    estimated_monthly_spend: float | None | Unset = UNSET
    last_modified_date_time: None | str | Unset = UNSET
    media_contact_email: None | str | Unset = UNSET
    media_contact_firstname: None | str | Unset = UNSET
    media_contact_lastname: None | str | Unset = UNSET
    order_name: None | str | Unset = UNSET
    pin_order_id: None | str | Unset = UNSET
    pmp_name: None | str | Unset = UNSET
    po_number: None | str | Unset = UNSET
    salesforce_order_line_id: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_terms_id: None | str | Unset
        if isinstance(self.accepted_terms_id, Unset):
            accepted_terms_id = UNSET
        else:
            accepted_terms_id = self.accepted_terms_id

        accepted_terms_time: None | str | Unset
        if isinstance(self.accepted_terms_time, Unset):
            accepted_terms_time = UNSET
        else:
            accepted_terms_time = self.accepted_terms_time

        ads_manager_order_line_id: None | str | Unset
        if isinstance(self.ads_manager_order_line_id, Unset):
            ads_manager_order_line_id = UNSET
        else:
            ads_manager_order_line_id = self.ads_manager_order_line_id

        agency_link: None | str | Unset
        if isinstance(self.agency_link, Unset):
            agency_link = UNSET
        else:
            agency_link = self.agency_link

        bill_to_company_name: None | str | Unset
        if isinstance(self.bill_to_company_name, Unset):
            bill_to_company_name = UNSET
        else:
            bill_to_company_name = self.bill_to_company_name

        billing_contact_email: None | str | Unset
        if isinstance(self.billing_contact_email, Unset):
            billing_contact_email = UNSET
        else:
            billing_contact_email = self.billing_contact_email

        billing_contact_firstname: None | str | Unset
        if isinstance(self.billing_contact_firstname, Unset):
            billing_contact_firstname = UNSET
        else:
            billing_contact_firstname = self.billing_contact_firstname

        billing_contact_lastname: None | str | Unset
        if isinstance(self.billing_contact_lastname, Unset):
            billing_contact_lastname = UNSET
        else:
            billing_contact_lastname = self.billing_contact_lastname

        budget_amount: float | None | Unset
        if isinstance(self.budget_amount, Unset):
            budget_amount = UNSET
        else:
            budget_amount = self.budget_amount

        currency_info: None | str | Unset
        if isinstance(self.currency_info, Unset):
            currency_info = UNSET
        elif isinstance(self.currency_info, Currency):
            currency_info = None if self.currency_info is None else self.currency_info.value
        else:
            currency_info = self.currency_info

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = None if self.end_date is None else self.end_date.isoformat()
        else:
            end_date = self.end_date

        estimated_monthly_spend: float | None | Unset
        if isinstance(self.estimated_monthly_spend, Unset):
            estimated_monthly_spend = UNSET
        else:
            estimated_monthly_spend = self.estimated_monthly_spend

        last_modified_date_time: None | str | Unset
        if isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = self.last_modified_date_time

        media_contact_email: None | str | Unset
        if isinstance(self.media_contact_email, Unset):
            media_contact_email = UNSET
        else:
            media_contact_email = self.media_contact_email

        media_contact_firstname: None | str | Unset
        if isinstance(self.media_contact_firstname, Unset):
            media_contact_firstname = UNSET
        else:
            media_contact_firstname = self.media_contact_firstname

        media_contact_lastname: None | str | Unset
        if isinstance(self.media_contact_lastname, Unset):
            media_contact_lastname = UNSET
        else:
            media_contact_lastname = self.media_contact_lastname

        order_name: None | str | Unset
        if isinstance(self.order_name, Unset):
            order_name = UNSET
        else:
            order_name = self.order_name

        pin_order_id: None | str | Unset
        if isinstance(self.pin_order_id, Unset):
            pin_order_id = UNSET
        else:
            pin_order_id = self.pin_order_id

        pmp_name: None | str | Unset
        if isinstance(self.pmp_name, Unset):
            pmp_name = UNSET
        else:
            pmp_name = self.pmp_name

        po_number: None | str | Unset
        if isinstance(self.po_number, Unset):
            po_number = UNSET
        else:
            po_number = self.po_number

        salesforce_order_line_id: None | str | Unset
        if isinstance(self.salesforce_order_line_id, Unset):
            salesforce_order_line_id = UNSET
        else:
            salesforce_order_line_id = self.salesforce_order_line_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = None if self.start_date is None else self.start_date.isoformat()
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_terms_id is not UNSET:
            field_dict["accepted_terms_id"] = accepted_terms_id
        if accepted_terms_time is not UNSET:
            field_dict["accepted_terms_time"] = accepted_terms_time
        if ads_manager_order_line_id is not UNSET:
            field_dict["ads_manager_order_line_id"] = ads_manager_order_line_id
        if agency_link is not UNSET:
            field_dict["agency_link"] = agency_link
        if bill_to_company_name is not UNSET:
            field_dict["bill_to_company_name"] = bill_to_company_name
        if billing_contact_email is not UNSET:
            field_dict["billing_contact_email"] = billing_contact_email
        if billing_contact_firstname is not UNSET:
            field_dict["billing_contact_firstname"] = billing_contact_firstname
        if billing_contact_lastname is not UNSET:
            field_dict["billing_contact_lastname"] = billing_contact_lastname
        if budget_amount is not UNSET:
            field_dict["budget_amount"] = budget_amount
        if currency_info is not UNSET:
            field_dict["currency_info"] = currency_info
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if estimated_monthly_spend is not UNSET:
            field_dict["estimated_monthly_spend"] = estimated_monthly_spend
        if last_modified_date_time is not UNSET:
            field_dict["last_modified_date_time"] = last_modified_date_time
        if media_contact_email is not UNSET:
            field_dict["media_contact_email"] = media_contact_email
        if media_contact_firstname is not UNSET:
            field_dict["media_contact_firstname"] = media_contact_firstname
        if media_contact_lastname is not UNSET:
            field_dict["media_contact_lastname"] = media_contact_lastname
        if order_name is not UNSET:
            field_dict["order_name"] = order_name
        if pin_order_id is not UNSET:
            field_dict["pin_order_id"] = pin_order_id
        if pmp_name is not UNSET:
            field_dict["pmp_name"] = pmp_name
        if po_number is not UNSET:
            field_dict["po_number"] = po_number
        if salesforce_order_line_id is not UNSET:
            field_dict["salesforce_order_line_id"] = salesforce_order_line_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_accepted_terms_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_accepted_terms_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        accepted_terms_id = _parse_accepted_terms_id(d.pop("accepted_terms_id", UNSET))

        def _parse_accepted_terms_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_accepted_terms_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        accepted_terms_time = _parse_accepted_terms_time(d.pop("accepted_terms_time", UNSET))

        def _parse_ads_manager_order_line_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ads_manager_order_line_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ads_manager_order_line_id = _parse_ads_manager_order_line_id(
            d.pop("ads_manager_order_line_id", UNSET)
        )

        def _parse_agency_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_agency_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        agency_link = _parse_agency_link(d.pop("agency_link", UNSET))

        def _parse_bill_to_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bill_to_company_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        bill_to_company_name = _parse_bill_to_company_name(d.pop("bill_to_company_name", UNSET))

        def _parse_billing_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_billing_contact_email(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        billing_contact_email = _parse_billing_contact_email(d.pop("billing_contact_email", UNSET))

        def _parse_billing_contact_firstname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_billing_contact_firstname(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        billing_contact_firstname = _parse_billing_contact_firstname(
            d.pop("billing_contact_firstname", UNSET)
        )

        def _parse_billing_contact_lastname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_billing_contact_lastname(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        billing_contact_lastname = _parse_billing_contact_lastname(
            d.pop("billing_contact_lastname", UNSET)
        )

        def _parse_budget_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_budget_amount(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        budget_amount = _parse_budget_amount(d.pop("budget_amount", UNSET))

        def _parse_currency_info(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_currency_info(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _currency_info_type_1 = data
                currency_info_type_1 = (
                    tolerate_null("currency_info_type_1")
                    if _currency_info_type_1 is None
                    else Currency(_currency_info_type_1)
                )

                return currency_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        currency_info = _parse_currency_info(d.pop("currency_info", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_end_date(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _end_date_type_0 = data
                end_date_type_0 = (
                    tolerate_null("end_date_type_0")
                    if _end_date_type_0 is None
                    else datetime.date.fromisoformat(_end_date_type_0)
                )

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_estimated_monthly_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_estimated_monthly_spend(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        estimated_monthly_spend = _parse_estimated_monthly_spend(
            d.pop("estimated_monthly_spend", UNSET)
        )

        def _parse_last_modified_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_last_modified_date_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        last_modified_date_time = _parse_last_modified_date_time(
            d.pop("last_modified_date_time", UNSET)
        )

        def _parse_media_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_media_contact_email(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        media_contact_email = _parse_media_contact_email(d.pop("media_contact_email", UNSET))

        def _parse_media_contact_firstname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_media_contact_firstname(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        media_contact_firstname = _parse_media_contact_firstname(
            d.pop("media_contact_firstname", UNSET)
        )

        def _parse_media_contact_lastname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_media_contact_lastname(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        media_contact_lastname = _parse_media_contact_lastname(
            d.pop("media_contact_lastname", UNSET)
        )

        def _parse_order_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_order_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        order_name = _parse_order_name(d.pop("order_name", UNSET))

        def _parse_pin_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_pin_order_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        pin_order_id = _parse_pin_order_id(d.pop("pin_order_id", UNSET))

        def _parse_pmp_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_pmp_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        pmp_name = _parse_pmp_name(d.pop("pmp_name", UNSET))

        def _parse_po_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_po_number(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        po_number = _parse_po_number(d.pop("po_number", UNSET))

        def _parse_salesforce_order_line_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_salesforce_order_line_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        salesforce_order_line_id = _parse_salesforce_order_line_id(
            d.pop("salesforce_order_line_id", UNSET)
        )

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_start_date(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _start_date_type_0 = data
                start_date_type_0 = (
                    tolerate_null("start_date_type_0")
                    if _start_date_type_0 is None
                    else datetime.date.fromisoformat(_start_date_type_0)
                )

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        ssio_order_line = cls(
            accepted_terms_id=accepted_terms_id,
            accepted_terms_time=accepted_terms_time,
            ads_manager_order_line_id=ads_manager_order_line_id,
            agency_link=agency_link,
            bill_to_company_name=bill_to_company_name,
            billing_contact_email=billing_contact_email,
            billing_contact_firstname=billing_contact_firstname,
            billing_contact_lastname=billing_contact_lastname,
            budget_amount=budget_amount,
            currency_info=currency_info,
            end_date=end_date,
            estimated_monthly_spend=estimated_monthly_spend,
            last_modified_date_time=last_modified_date_time,
            media_contact_email=media_contact_email,
            media_contact_firstname=media_contact_firstname,
            media_contact_lastname=media_contact_lastname,
            order_name=order_name,
            pin_order_id=pin_order_id,
            pmp_name=pmp_name,
            po_number=po_number,
            salesforce_order_line_id=salesforce_order_line_id,
            start_date=start_date,
        )

        if d:
            tolerate_unknown_fields("SSIOOrderLine", d)

        ssio_order_line.additional_properties = d
        return ssio_order_line

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
