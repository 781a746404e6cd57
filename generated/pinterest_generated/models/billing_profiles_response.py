from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_profiles_response_billing_type import BillingProfilesResponseBillingType
from ..models.billing_profiles_response_card_type import BillingProfilesResponseCardType
from ..models.billing_profiles_response_payment_method_brand import (
    BillingProfilesResponsePaymentMethodBrand,
)
from ..models.billing_profiles_response_status import BillingProfilesResponseStatus
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BillingProfilesResponse")


@_attrs_define
class BillingProfilesResponse:
    """
    Attributes:
        advertiser_id (str | Unset): Advertiser ID of the billing. Example: 12312451231.
        billing_type (BillingProfilesResponseBillingType | Unset): Billing type of the advertiser Example: CREDIT_CARD.
        card_type (BillingProfilesResponseCardType | Unset): Type of the card. Example: VISA.
        id (str | Unset): Billing ID. Example: 12312451231.
        payment_method_brand (BillingProfilesResponsePaymentMethodBrand | Unset): Brand of the payment method. Example:
            VISA.
        status (BillingProfilesResponseStatus | Unset): Status of the billing. Example: INVALID.
    """

    advertiser_id: str | Unset = UNSET
    billing_type: BillingProfilesResponseBillingType | Unset = UNSET
    card_type: BillingProfilesResponseCardType | Unset = UNSET
    id: str | Unset = UNSET
    payment_method_brand: BillingProfilesResponsePaymentMethodBrand | Unset = UNSET
    status: BillingProfilesResponseStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advertiser_id = self.advertiser_id

        billing_type: str | Unset = UNSET
        if not isinstance(self.billing_type, Unset):
            billing_type = None if self.billing_type is None else self.billing_type.value

        card_type: str | Unset = UNSET
        if not isinstance(self.card_type, Unset):
            card_type = None if self.card_type is None else self.card_type.value

        id = self.id

        payment_method_brand: str | Unset = UNSET
        if not isinstance(self.payment_method_brand, Unset):
            payment_method_brand = (
                None if self.payment_method_brand is None else self.payment_method_brand.value
            )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if id is not UNSET:
            field_dict["id"] = id
        if payment_method_brand is not UNSET:
            field_dict["payment_method_brand"] = payment_method_brand
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        advertiser_id = d.pop("advertiser_id", UNSET)
        if advertiser_id is None:
            advertiser_id = tolerate_null("advertiser_id")

        _billing_type = d.pop("billing_type", UNSET)
        billing_type: BillingProfilesResponseBillingType | Unset
        if isinstance(_billing_type, Unset):
            billing_type = UNSET
        elif _billing_type is None:
            billing_type = tolerate_null("billing_type")
        else:
            billing_type = BillingProfilesResponseBillingType(_billing_type)

        _card_type = d.pop("card_type", UNSET)
        card_type: BillingProfilesResponseCardType | Unset
        if isinstance(_card_type, Unset):
            card_type = UNSET
        elif _card_type is None:
            card_type = tolerate_null("card_type")
        else:
            card_type = BillingProfilesResponseCardType(_card_type)

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        _payment_method_brand = d.pop("payment_method_brand", UNSET)
        payment_method_brand: BillingProfilesResponsePaymentMethodBrand | Unset
        if isinstance(_payment_method_brand, Unset):
            payment_method_brand = UNSET
        elif _payment_method_brand is None:
            payment_method_brand = tolerate_null("payment_method_brand")
        else:
            payment_method_brand = BillingProfilesResponsePaymentMethodBrand(_payment_method_brand)

        _status = d.pop("status", UNSET)
        status: BillingProfilesResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = BillingProfilesResponseStatus(_status)

        billing_profiles_response = cls(
            advertiser_id=advertiser_id,
            billing_type=billing_type,
            card_type=card_type,
            id=id,
            payment_method_brand=payment_method_brand,
            status=status,
        )

        if d:
            tolerate_unknown_fields("BillingProfilesResponse", d)

        billing_profiles_response.additional_properties = d
        return billing_profiles_response

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
