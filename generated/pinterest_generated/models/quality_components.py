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
    from ..models.quality_components_advertiser_external_id import (
        QualityComponentsAdvertiserExternalId,
    )
    from ..models.quality_components_click_id_epik import QualityComponentsClickIdEpik
    from ..models.quality_components_external_event_id import QualityComponentsExternalEventId
    from ..models.quality_components_hashed_email import QualityComponentsHashedEmail
    from ..models.quality_components_hashed_maid import QualityComponentsHashedMaid
    from ..models.quality_components_ip_address import QualityComponentsIpAddress
    from ..models.quality_components_order_id import QualityComponentsOrderId
    from ..models.quality_components_order_value import QualityComponentsOrderValue
    from ..models.quality_components_product_id import QualityComponentsProductId
    from ..models.quality_components_source_url import QualityComponentsSourceUrl
    from ..models.quality_components_user_agent import QualityComponentsUserAgent


T = TypeVar("T", bound="QualityComponents")


@_attrs_define
class QualityComponents:
    """Set of quality components, with each component containing a event coverage and details.

    Attributes:
        advertiser_external_id (QualityComponentsAdvertiserExternalId | Unset):
        click_id_epik (QualityComponentsClickIdEpik | Unset):
        external_event_id (QualityComponentsExternalEventId | Unset): Dedup components.
        hashed_email (QualityComponentsHashedEmail | Unset): User matching identifiers.
        hashed_maid (QualityComponentsHashedMaid | Unset):
        ip_address (QualityComponentsIpAddress | Unset):
        order_id (QualityComponentsOrderId | Unset):
        order_value (QualityComponentsOrderValue | Unset):
        product_id (QualityComponentsProductId | Unset): Product/event metadata.
        source_url (QualityComponentsSourceUrl | Unset):
        user_agent (QualityComponentsUserAgent | Unset):
    """

    advertiser_external_id: QualityComponentsAdvertiserExternalId | Unset = UNSET
    click_id_epik: QualityComponentsClickIdEpik | Unset = UNSET
    external_event_id: QualityComponentsExternalEventId | Unset = UNSET
    hashed_email: QualityComponentsHashedEmail | Unset = UNSET
    hashed_maid: QualityComponentsHashedMaid | Unset = UNSET
    ip_address: QualityComponentsIpAddress | Unset = UNSET
    order_id: QualityComponentsOrderId | Unset = UNSET
    order_value: QualityComponentsOrderValue | Unset = UNSET
    product_id: QualityComponentsProductId | Unset = UNSET
    source_url: QualityComponentsSourceUrl | Unset = UNSET
    user_agent: QualityComponentsUserAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advertiser_external_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advertiser_external_id, Unset):
            advertiser_external_id = (
                None
                if self.advertiser_external_id is None
                else self.advertiser_external_id.to_dict()
            )

        click_id_epik: dict[str, Any] | Unset = UNSET
        if not isinstance(self.click_id_epik, Unset):
            click_id_epik = None if self.click_id_epik is None else self.click_id_epik.to_dict()

        external_event_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_event_id, Unset):
            external_event_id = (
                None if self.external_event_id is None else self.external_event_id.to_dict()
            )

        hashed_email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hashed_email, Unset):
            hashed_email = None if self.hashed_email is None else self.hashed_email.to_dict()

        hashed_maid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hashed_maid, Unset):
            hashed_maid = None if self.hashed_maid is None else self.hashed_maid.to_dict()

        ip_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_address, Unset):
            ip_address = None if self.ip_address is None else self.ip_address.to_dict()

        order_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = None if self.order_id is None else self.order_id.to_dict()

        order_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_value, Unset):
            order_value = None if self.order_value is None else self.order_value.to_dict()

        product_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = None if self.product_id is None else self.product_id.to_dict()

        source_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_url, Unset):
            source_url = None if self.source_url is None else self.source_url.to_dict()

        user_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_agent, Unset):
            user_agent = None if self.user_agent is None else self.user_agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advertiser_external_id is not UNSET:
            field_dict["advertiser_external_id"] = advertiser_external_id
        if click_id_epik is not UNSET:
            field_dict["click_id_epik"] = click_id_epik
        if external_event_id is not UNSET:
            field_dict["external_event_id"] = external_event_id
        if hashed_email is not UNSET:
            field_dict["hashed_email"] = hashed_email
        if hashed_maid is not UNSET:
            field_dict["hashed_maid"] = hashed_maid
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_value is not UNSET:
            field_dict["order_value"] = order_value
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quality_components_advertiser_external_id import (
            QualityComponentsAdvertiserExternalId,
        )
        from ..models.quality_components_click_id_epik import QualityComponentsClickIdEpik
        from ..models.quality_components_external_event_id import QualityComponentsExternalEventId
        from ..models.quality_components_hashed_email import QualityComponentsHashedEmail
        from ..models.quality_components_hashed_maid import QualityComponentsHashedMaid
        from ..models.quality_components_ip_address import QualityComponentsIpAddress
        from ..models.quality_components_order_id import QualityComponentsOrderId
        from ..models.quality_components_order_value import QualityComponentsOrderValue
        from ..models.quality_components_product_id import QualityComponentsProductId
        from ..models.quality_components_source_url import QualityComponentsSourceUrl
        from ..models.quality_components_user_agent import QualityComponentsUserAgent

        d = dict(src_dict)
        _advertiser_external_id = d.pop("advertiser_external_id", UNSET)
        advertiser_external_id: QualityComponentsAdvertiserExternalId | Unset
        if isinstance(_advertiser_external_id, Unset):
            advertiser_external_id = UNSET
        elif _advertiser_external_id is None:
            advertiser_external_id = tolerate_null("advertiser_external_id")
        else:
            advertiser_external_id = QualityComponentsAdvertiserExternalId.from_dict(
                _advertiser_external_id
            )

        _click_id_epik = d.pop("click_id_epik", UNSET)
        click_id_epik: QualityComponentsClickIdEpik | Unset
        if isinstance(_click_id_epik, Unset):
            click_id_epik = UNSET
        elif _click_id_epik is None:
            click_id_epik = tolerate_null("click_id_epik")
        else:
            click_id_epik = QualityComponentsClickIdEpik.from_dict(_click_id_epik)

        _external_event_id = d.pop("external_event_id", UNSET)
        external_event_id: QualityComponentsExternalEventId | Unset
        if isinstance(_external_event_id, Unset):
            external_event_id = UNSET
        elif _external_event_id is None:
            external_event_id = tolerate_null("external_event_id")
        else:
            external_event_id = QualityComponentsExternalEventId.from_dict(_external_event_id)

        _hashed_email = d.pop("hashed_email", UNSET)
        hashed_email: QualityComponentsHashedEmail | Unset
        if isinstance(_hashed_email, Unset):
            hashed_email = UNSET
        elif _hashed_email is None:
            hashed_email = tolerate_null("hashed_email")
        else:
            hashed_email = QualityComponentsHashedEmail.from_dict(_hashed_email)

        _hashed_maid = d.pop("hashed_maid", UNSET)
        hashed_maid: QualityComponentsHashedMaid | Unset
        if isinstance(_hashed_maid, Unset):
            hashed_maid = UNSET
        elif _hashed_maid is None:
            hashed_maid = tolerate_null("hashed_maid")
        else:
            hashed_maid = QualityComponentsHashedMaid.from_dict(_hashed_maid)

        _ip_address = d.pop("ip_address", UNSET)
        ip_address: QualityComponentsIpAddress | Unset
        if isinstance(_ip_address, Unset):
            ip_address = UNSET
        elif _ip_address is None:
            ip_address = tolerate_null("ip_address")
        else:
            ip_address = QualityComponentsIpAddress.from_dict(_ip_address)

        _order_id = d.pop("order_id", UNSET)
        order_id: QualityComponentsOrderId | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        elif _order_id is None:
            order_id = tolerate_null("order_id")
        else:
            order_id = QualityComponentsOrderId.from_dict(_order_id)

        _order_value = d.pop("order_value", UNSET)
        order_value: QualityComponentsOrderValue | Unset
        if isinstance(_order_value, Unset):
            order_value = UNSET
        elif _order_value is None:
            order_value = tolerate_null("order_value")
        else:
            order_value = QualityComponentsOrderValue.from_dict(_order_value)

        _product_id = d.pop("product_id", UNSET)
        product_id: QualityComponentsProductId | Unset
        if isinstance(_product_id, Unset):
            product_id = UNSET
        elif _product_id is None:
            product_id = tolerate_null("product_id")
        else:
            product_id = QualityComponentsProductId.from_dict(_product_id)

        _source_url = d.pop("source_url", UNSET)
        source_url: QualityComponentsSourceUrl | Unset
        if isinstance(_source_url, Unset):
            source_url = UNSET
        elif _source_url is None:
            source_url = tolerate_null("source_url")
        else:
            source_url = QualityComponentsSourceUrl.from_dict(_source_url)

        _user_agent = d.pop("user_agent", UNSET)
        user_agent: QualityComponentsUserAgent | Unset
        if isinstance(_user_agent, Unset):
            user_agent = UNSET
        elif _user_agent is None:
            user_agent = tolerate_null("user_agent")
        else:
            user_agent = QualityComponentsUserAgent.from_dict(_user_agent)

        quality_components = cls(
            advertiser_external_id=advertiser_external_id,
            click_id_epik=click_id_epik,
            external_event_id=external_event_id,
            hashed_email=hashed_email,
            hashed_maid=hashed_maid,
            ip_address=ip_address,
            order_id=order_id,
            order_value=order_value,
            product_id=product_id,
            source_url=source_url,
            user_agent=user_agent,
        )

        if d:
            tolerate_unknown_fields("QualityComponents", d)

        quality_components.additional_properties = d
        return quality_components

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
