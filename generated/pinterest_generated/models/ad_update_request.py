from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.creative_type import CreativeType
from ..models.customizable_cta_type import CustomizableCTAType
from ..models.disclosure_type import DisclosureType
from ..models.entity_status import EntityStatus
from ..models.grid_click_type import GridClickType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.quiz_pin_data import QuizPinData
    from ..models.tracking_urls import TrackingUrls


T = TypeVar("T", bound="AdUpdateRequest")


@_attrs_define
class AdUpdateRequest:
    """
    Attributes:
        id (str): The ID of this ad. Example: 687195134316.
        ad_group_id (str | Unset): ID of the ad group that contains the ad. Example: 2680059592705.
        android_deep_link (None | str | Unset): Deep link URL for Android devices.
        carousel_android_deep_links (list[str] | None | Unset): Comma-separated deep links for the carousel pin on
            Android.
        carousel_destination_urls (list[str] | None | Unset): Comma-separated destination URLs for the carousel pin to
            promote.
        carousel_ios_deep_links (list[str] | None | Unset): Comma-separated deep links for the carousel pin on iOS.
        click_tracking_url (None | str | Unset): Tracking url for the ad clicks.
        creative_type (CreativeType | Unset): Ad creative type enum.
            **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
        customizable_cta_type (CustomizableCTAType | None | Unset):
        destination_url (None | str | Unset): Destination URL.
        disclosure_type (DisclosureType | None | Unset):
        disclosure_url (None | str | Unset): URL for a page that provides disclosures about a pharmaceutical product,
            such as potential side effects. Make sure the URL takes the user directly to the disclosure content and the
            referenced site is secure.
        grid_click_type (GridClickType | None | Unset):
        ios_deep_link (None | str | Unset): Deep link URL for iOS devices.
        is_pin_deleted (bool | Unset): Is original pin deleted? Example: False.
        is_removable (bool | Unset): Is pin repinnable? Example: False.
        lead_form_id (None | str | Unset): Lead form ID for lead ad generation.
        name (None | str | Unset): Name of the ad - 255 chars max.
        quiz_pin_data (None | QuizPinData | Unset): Before creating a quiz ad, you must create an organic Pin using
            POST/Create Pin for each result in the quiz. Quiz ads cannot be saved by a Pinner. Quiz ad results can be saved.
        status (EntityStatus | Unset): Entity status Example: ACTIVE.
        tracking_urls (None | TrackingUrls | Unset):
        view_tracking_url (None | str | Unset): Tracking URL for ad impressions.
        pin_id (None | str | Unset): Pin ID. This field may only be updated for draft ads. Example: 394205773611545468.
    """

    id: str
    ad_group_id: str | Unset = UNSET
    android_deep_link: None | str | Unset = UNSET
    carousel_android_deep_links: list[str] | None | Unset = UNSET
    carousel_destination_urls: list[str] | None | Unset = UNSET
    carousel_ios_deep_links: list[str] | None | Unset = UNSET
    click_tracking_url: None | str | Unset = UNSET
    creative_type: CreativeType | Unset = UNSET
    customizable_cta_type: CustomizableCTAType | None | Unset = UNSET
    destination_url: None | str | Unset = UNSET
    disclosure_type: DisclosureType | None | Unset = UNSET
    disclosure_url: None | str | Unset = UNSET
    grid_click_type: GridClickType | None | Unset = UNSET
    ios_deep_link: None | str | Unset = UNSET
    is_pin_deleted: bool | Unset = UNSET
    is_removable: bool | Unset = UNSET
    lead_form_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    quiz_pin_data: None | QuizPinData | Unset = UNSET
    status: EntityStatus | Unset = UNSET
    tracking_urls: None | TrackingUrls | Unset = UNSET
    view_tracking_url: None | str | Unset = UNSET
    pin_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quiz_pin_data import QuizPinData
        from ..models.tracking_urls import TrackingUrls

        id = self.id

        ad_group_id = self.ad_group_id

        android_deep_link: None | str | Unset
        if isinstance(self.android_deep_link, Unset):
            android_deep_link = UNSET
        else:
            android_deep_link = self.android_deep_link

        carousel_android_deep_links: list[str] | None | Unset
        if isinstance(self.carousel_android_deep_links, Unset):
            carousel_android_deep_links = UNSET
        elif isinstance(self.carousel_android_deep_links, list):
            carousel_android_deep_links = self.carousel_android_deep_links

        else:
            carousel_android_deep_links = self.carousel_android_deep_links

        carousel_destination_urls: list[str] | None | Unset
        if isinstance(self.carousel_destination_urls, Unset):
            carousel_destination_urls = UNSET
        elif isinstance(self.carousel_destination_urls, list):
            carousel_destination_urls = self.carousel_destination_urls

        else:
            carousel_destination_urls = self.carousel_destination_urls

        carousel_ios_deep_links: list[str] | None | Unset
        if isinstance(self.carousel_ios_deep_links, Unset):
            carousel_ios_deep_links = UNSET
        elif isinstance(self.carousel_ios_deep_links, list):
            carousel_ios_deep_links = self.carousel_ios_deep_links

        else:
            carousel_ios_deep_links = self.carousel_ios_deep_links

        click_tracking_url: None | str | Unset
        if isinstance(self.click_tracking_url, Unset):
            click_tracking_url = UNSET
        else:
            click_tracking_url = self.click_tracking_url

        creative_type: str | Unset = UNSET
        if not isinstance(self.creative_type, Unset):
            creative_type = None if self.creative_type is None else self.creative_type.value

        customizable_cta_type: None | str | Unset
        if isinstance(self.customizable_cta_type, Unset):
            customizable_cta_type = UNSET
        elif isinstance(self.customizable_cta_type, CustomizableCTAType):
            customizable_cta_type = (
                None if self.customizable_cta_type is None else self.customizable_cta_type.value
            )
        else:
            customizable_cta_type = self.customizable_cta_type

        destination_url: None | str | Unset
        if isinstance(self.destination_url, Unset):
            destination_url = UNSET
        else:
            destination_url = self.destination_url

        disclosure_type: None | str | Unset
        if isinstance(self.disclosure_type, Unset):
            disclosure_type = UNSET
        elif isinstance(self.disclosure_type, DisclosureType):
            disclosure_type = None if self.disclosure_type is None else self.disclosure_type.value
        else:
            disclosure_type = self.disclosure_type

        disclosure_url: None | str | Unset
        if isinstance(self.disclosure_url, Unset):
            disclosure_url = UNSET
        else:
            disclosure_url = self.disclosure_url

        grid_click_type: None | str | Unset
        if isinstance(self.grid_click_type, Unset):
            grid_click_type = UNSET
        elif isinstance(self.grid_click_type, GridClickType):
            grid_click_type = None if self.grid_click_type is None else self.grid_click_type.value
        else:
            grid_click_type = self.grid_click_type

        ios_deep_link: None | str | Unset
        if isinstance(self.ios_deep_link, Unset):
            ios_deep_link = UNSET
        else:
            ios_deep_link = self.ios_deep_link

        is_pin_deleted = self.is_pin_deleted

        is_removable = self.is_removable

        lead_form_id: None | str | Unset
        if isinstance(self.lead_form_id, Unset):
            lead_form_id = UNSET
        else:
            lead_form_id = self.lead_form_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        quiz_pin_data: dict[str, Any] | None | Unset
        if isinstance(self.quiz_pin_data, Unset):
            quiz_pin_data = UNSET
        elif isinstance(self.quiz_pin_data, QuizPinData):
            quiz_pin_data = None if self.quiz_pin_data is None else self.quiz_pin_data.to_dict()
        else:
            quiz_pin_data = self.quiz_pin_data

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        tracking_urls: dict[str, Any] | None | Unset
        if isinstance(self.tracking_urls, Unset):
            tracking_urls = UNSET
        elif isinstance(self.tracking_urls, TrackingUrls):
            tracking_urls = None if self.tracking_urls is None else self.tracking_urls.to_dict()
        else:
            tracking_urls = self.tracking_urls

        view_tracking_url: None | str | Unset
        if isinstance(self.view_tracking_url, Unset):
            view_tracking_url = UNSET
        else:
            view_tracking_url = self.view_tracking_url

        pin_id: None | str | Unset
        if isinstance(self.pin_id, Unset):
            pin_id = UNSET
        else:
            pin_id = self.pin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if ad_group_id is not UNSET:
            field_dict["ad_group_id"] = ad_group_id
        if android_deep_link is not UNSET:
            field_dict["android_deep_link"] = android_deep_link
        if carousel_android_deep_links is not UNSET:
            field_dict["carousel_android_deep_links"] = carousel_android_deep_links
        if carousel_destination_urls is not UNSET:
            field_dict["carousel_destination_urls"] = carousel_destination_urls
        if carousel_ios_deep_links is not UNSET:
            field_dict["carousel_ios_deep_links"] = carousel_ios_deep_links
        if click_tracking_url is not UNSET:
            field_dict["click_tracking_url"] = click_tracking_url
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type
        if customizable_cta_type is not UNSET:
            field_dict["customizable_cta_type"] = customizable_cta_type
        if destination_url is not UNSET:
            field_dict["destination_url"] = destination_url
        if disclosure_type is not UNSET:
            field_dict["disclosure_type"] = disclosure_type
        if disclosure_url is not UNSET:
            field_dict["disclosure_url"] = disclosure_url
        if grid_click_type is not UNSET:
            field_dict["grid_click_type"] = grid_click_type
        if ios_deep_link is not UNSET:
            field_dict["ios_deep_link"] = ios_deep_link
        if is_pin_deleted is not UNSET:
            field_dict["is_pin_deleted"] = is_pin_deleted
        if is_removable is not UNSET:
            field_dict["is_removable"] = is_removable
        if lead_form_id is not UNSET:
            field_dict["lead_form_id"] = lead_form_id
        if name is not UNSET:
            field_dict["name"] = name
        if quiz_pin_data is not UNSET:
            field_dict["quiz_pin_data"] = quiz_pin_data
        if status is not UNSET:
            field_dict["status"] = status
        if tracking_urls is not UNSET:
            field_dict["tracking_urls"] = tracking_urls
        if view_tracking_url is not UNSET:
            field_dict["view_tracking_url"] = view_tracking_url
        if pin_id is not UNSET:
            field_dict["pin_id"] = pin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quiz_pin_data import QuizPinData
        from ..models.tracking_urls import TrackingUrls

        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        ad_group_id = d.pop("ad_group_id", UNSET)
        if ad_group_id is None:
            ad_group_id = tolerate_null("ad_group_id")

        def _parse_android_deep_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_android_deep_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        android_deep_link = _parse_android_deep_link(d.pop("android_deep_link", UNSET))

        def _parse_carousel_android_deep_links(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_carousel_android_deep_links(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _carousel_android_deep_links_type_0 = data
                carousel_android_deep_links_type_0 = (
                    tolerate_null("carousel_android_deep_links_type_0")
                    if _carousel_android_deep_links_type_0 is None
                    else cast(list[str], _carousel_android_deep_links_type_0)
                )

                return carousel_android_deep_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        carousel_android_deep_links = _parse_carousel_android_deep_links(
            d.pop("carousel_android_deep_links", UNSET)
        )

        def _parse_carousel_destination_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_carousel_destination_urls(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _carousel_destination_urls_type_0 = data
                carousel_destination_urls_type_0 = (
                    tolerate_null("carousel_destination_urls_type_0")
                    if _carousel_destination_urls_type_0 is None
                    else cast(list[str], _carousel_destination_urls_type_0)
                )

                return carousel_destination_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        carousel_destination_urls = _parse_carousel_destination_urls(
            d.pop("carousel_destination_urls", UNSET)
        )

        def _parse_carousel_ios_deep_links(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_carousel_ios_deep_links(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _carousel_ios_deep_links_type_0 = data
                carousel_ios_deep_links_type_0 = (
                    tolerate_null("carousel_ios_deep_links_type_0")
                    if _carousel_ios_deep_links_type_0 is None
                    else cast(list[str], _carousel_ios_deep_links_type_0)
                )

                return carousel_ios_deep_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        carousel_ios_deep_links = _parse_carousel_ios_deep_links(
            d.pop("carousel_ios_deep_links", UNSET)
        )

        def _parse_click_tracking_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_click_tracking_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        click_tracking_url = _parse_click_tracking_url(d.pop("click_tracking_url", UNSET))

        _creative_type = d.pop("creative_type", UNSET)
        creative_type: CreativeType | Unset
        if isinstance(_creative_type, Unset):
            creative_type = UNSET
        elif _creative_type is None:
            creative_type = tolerate_null("creative_type")
        else:
            creative_type = CreativeType(_creative_type)

        def _parse_customizable_cta_type(data: object) -> CustomizableCTAType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_customizable_cta_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _customizable_cta_type_type_1 = data
                customizable_cta_type_type_1 = (
                    tolerate_null("customizable_cta_type_type_1")
                    if _customizable_cta_type_type_1 is None
                    else CustomizableCTAType(_customizable_cta_type_type_1)
                )

                return customizable_cta_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomizableCTAType | None | Unset, data)

        customizable_cta_type = _parse_customizable_cta_type(d.pop("customizable_cta_type", UNSET))

        def _parse_destination_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_destination_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        destination_url = _parse_destination_url(d.pop("destination_url", UNSET))

        def _parse_disclosure_type(data: object) -> DisclosureType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_disclosure_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _disclosure_type_type_1 = data
                disclosure_type_type_1 = (
                    tolerate_null("disclosure_type_type_1")
                    if _disclosure_type_type_1 is None
                    else DisclosureType(_disclosure_type_type_1)
                )

                return disclosure_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DisclosureType | None | Unset, data)

        disclosure_type = _parse_disclosure_type(d.pop("disclosure_type", UNSET))

        def _parse_disclosure_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_disclosure_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        disclosure_url = _parse_disclosure_url(d.pop("disclosure_url", UNSET))

        def _parse_grid_click_type(data: object) -> GridClickType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_grid_click_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _grid_click_type_type_1 = data
                grid_click_type_type_1 = (
                    tolerate_null("grid_click_type_type_1")
                    if _grid_click_type_type_1 is None
                    else GridClickType(_grid_click_type_type_1)
                )

                return grid_click_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GridClickType | None | Unset, data)

        grid_click_type = _parse_grid_click_type(d.pop("grid_click_type", UNSET))

        def _parse_ios_deep_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ios_deep_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ios_deep_link = _parse_ios_deep_link(d.pop("ios_deep_link", UNSET))

        is_pin_deleted = d.pop("is_pin_deleted", UNSET)
        if is_pin_deleted is None:
            is_pin_deleted = tolerate_null("is_pin_deleted")

        is_removable = d.pop("is_removable", UNSET)
        if is_removable is None:
            is_removable = tolerate_null("is_removable")

        def _parse_lead_form_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_lead_form_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        lead_form_id = _parse_lead_form_id(d.pop("lead_form_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_quiz_pin_data(data: object) -> None | QuizPinData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_quiz_pin_data(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _quiz_pin_data_type_1 = data
                quiz_pin_data_type_1 = (
                    tolerate_null("quiz_pin_data_type_1")
                    if _quiz_pin_data_type_1 is None
                    else QuizPinData.from_dict(_quiz_pin_data_type_1)
                )

                return quiz_pin_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuizPinData | Unset, data)

        quiz_pin_data = _parse_quiz_pin_data(d.pop("quiz_pin_data", UNSET))

        _status = d.pop("status", UNSET)
        status: EntityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = EntityStatus(_status)

        def _parse_tracking_urls(data: object) -> None | TrackingUrls | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_tracking_urls(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _tracking_urls_type_1 = data
                tracking_urls_type_1 = (
                    tolerate_null("tracking_urls_type_1")
                    if _tracking_urls_type_1 is None
                    else TrackingUrls.from_dict(_tracking_urls_type_1)
                )

                return tracking_urls_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackingUrls | Unset, data)

        tracking_urls = _parse_tracking_urls(d.pop("tracking_urls", UNSET))

        def _parse_view_tracking_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_view_tracking_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        view_tracking_url = _parse_view_tracking_url(d.pop("view_tracking_url", UNSET))

        def _parse_pin_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_pin_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        pin_id = _parse_pin_id(d.pop("pin_id", UNSET))

        ad_update_request = cls(
            id=id,
            ad_group_id=ad_group_id,
            android_deep_link=android_deep_link,
            carousel_android_deep_links=carousel_android_deep_links,
            carousel_destination_urls=carousel_destination_urls,
            carousel_ios_deep_links=carousel_ios_deep_links,
            click_tracking_url=click_tracking_url,
            creative_type=creative_type,
            customizable_cta_type=customizable_cta_type,
            destination_url=destination_url,
            disclosure_type=disclosure_type,
            disclosure_url=disclosure_url,
            grid_click_type=grid_click_type,
            ios_deep_link=ios_deep_link,
            is_pin_deleted=is_pin_deleted,
            is_removable=is_removable,
            lead_form_id=lead_form_id,
            name=name,
            quiz_pin_data=quiz_pin_data,
            status=status,
            tracking_urls=tracking_urls,
            view_tracking_url=view_tracking_url,
            pin_id=pin_id,
        )

        if d:
            tolerate_unknown_fields("AdUpdateRequest", d)

        ad_update_request.additional_properties = d
        return ad_update_request

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
