from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_hotel_address import CatalogsHotelAddress
    from ..models.catalogs_hotel_guest_ratings import CatalogsHotelGuestRatings


T = TypeVar("T", bound="CatalogsUpdatableHotelAttributes")


@_attrs_define
class CatalogsUpdatableHotelAttributes:
    """
    Attributes:
        address (CatalogsHotelAddress | Unset):
        base_price (None | str | Unset): Base price of the hotel room per night followed by the ISO currency code
            Example: 100 USD.
        brand (None | str | Unset): The brand to which this hotel belongs to.
        category (None | str | Unset): The type of property. The category can be any type of internal description
            desired.
        custom_label_0 (None | str | Unset): Custom grouping of hotels
        custom_label_1 (None | str | Unset): Custom grouping of hotels
        custom_label_2 (None | str | Unset): Custom grouping of hotels
        custom_label_3 (None | str | Unset): Custom grouping of hotels
        custom_label_4 (None | str | Unset): Custom grouping of hotels
        description (None | str | Unset): Brief description of the hotel.
        guest_ratings (CatalogsHotelGuestRatings | Unset): If specified, you must provide all properties
        latitude (float | Unset): Latitude of the hotel.
        link (None | str | Unset): Link to the product page
        longitude (float | None | Unset): Longitude of the hotel.
        name (None | str | Unset): The hotel's name.
        neighborhood (list[str] | None | Unset): A list of neighborhoods where the hotel is located
        sale_price (None | str | Unset): Sale price of a hotel room per night. Used to advertise discounts off the
            regular price of the hotel. Example: 90 USD.
    """

    address: CatalogsHotelAddress | Unset = UNSET
    base_price: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    custom_label_0: None | str | Unset = UNSET
    custom_label_1: None | str | Unset = UNSET
    custom_label_2: None | str | Unset = UNSET
    custom_label_3: None | str | Unset = UNSET
    custom_label_4: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    guest_ratings: CatalogsHotelGuestRatings | Unset = UNSET
    latitude: float | Unset = UNSET
    link: None | str | Unset = UNSET
    longitude: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    neighborhood: list[str] | None | Unset = UNSET
    sale_price: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = None if self.address is None else self.address.to_dict()

        base_price: None | str | Unset
        if isinstance(self.base_price, Unset):
            base_price = UNSET
        else:
            base_price = self.base_price

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        custom_label_0: None | str | Unset
        if isinstance(self.custom_label_0, Unset):
            custom_label_0 = UNSET
        else:
            custom_label_0 = self.custom_label_0

        custom_label_1: None | str | Unset
        if isinstance(self.custom_label_1, Unset):
            custom_label_1 = UNSET
        else:
            custom_label_1 = self.custom_label_1

        custom_label_2: None | str | Unset
        if isinstance(self.custom_label_2, Unset):
            custom_label_2 = UNSET
        else:
            custom_label_2 = self.custom_label_2

        custom_label_3: None | str | Unset
        if isinstance(self.custom_label_3, Unset):
            custom_label_3 = UNSET
        else:
            custom_label_3 = self.custom_label_3

        custom_label_4: None | str | Unset
        if isinstance(self.custom_label_4, Unset):
            custom_label_4 = UNSET
        else:
            custom_label_4 = self.custom_label_4

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        guest_ratings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest_ratings, Unset):
            guest_ratings = None if self.guest_ratings is None else self.guest_ratings.to_dict()

        latitude = self.latitude

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        neighborhood: list[str] | None | Unset
        if isinstance(self.neighborhood, Unset):
            neighborhood = UNSET
        elif isinstance(self.neighborhood, list):
            neighborhood = self.neighborhood

        else:
            neighborhood = self.neighborhood

        sale_price: None | str | Unset
        if isinstance(self.sale_price, Unset):
            sale_price = UNSET
        else:
            sale_price = self.sale_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if base_price is not UNSET:
            field_dict["base_price"] = base_price
        if brand is not UNSET:
            field_dict["brand"] = brand
        if category is not UNSET:
            field_dict["category"] = category
        if custom_label_0 is not UNSET:
            field_dict["custom_label_0"] = custom_label_0
        if custom_label_1 is not UNSET:
            field_dict["custom_label_1"] = custom_label_1
        if custom_label_2 is not UNSET:
            field_dict["custom_label_2"] = custom_label_2
        if custom_label_3 is not UNSET:
            field_dict["custom_label_3"] = custom_label_3
        if custom_label_4 is not UNSET:
            field_dict["custom_label_4"] = custom_label_4
        if description is not UNSET:
            field_dict["description"] = description
        if guest_ratings is not UNSET:
            field_dict["guest_ratings"] = guest_ratings
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if link is not UNSET:
            field_dict["link"] = link
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if name is not UNSET:
            field_dict["name"] = name
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if sale_price is not UNSET:
            field_dict["sale_price"] = sale_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_hotel_address import CatalogsHotelAddress
        from ..models.catalogs_hotel_guest_ratings import CatalogsHotelGuestRatings

        d = dict(src_dict)
        _address = d.pop("address", UNSET)
        address: CatalogsHotelAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        elif _address is None:
            address = tolerate_null("address")
        else:
            address = CatalogsHotelAddress.from_dict(_address)

        def _parse_base_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_base_price(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        base_price = _parse_base_price(d.pop("base_price", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_brand(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_category(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_custom_label_0(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_0(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_0 = _parse_custom_label_0(d.pop("custom_label_0", UNSET))

        def _parse_custom_label_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_1(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_1 = _parse_custom_label_1(d.pop("custom_label_1", UNSET))

        def _parse_custom_label_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_2(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_2 = _parse_custom_label_2(d.pop("custom_label_2", UNSET))

        def _parse_custom_label_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_3(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_3 = _parse_custom_label_3(d.pop("custom_label_3", UNSET))

        def _parse_custom_label_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_4(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_4 = _parse_custom_label_4(d.pop("custom_label_4", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_description(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _guest_ratings = d.pop("guest_ratings", UNSET)
        guest_ratings: CatalogsHotelGuestRatings | Unset
        if isinstance(_guest_ratings, Unset):
            guest_ratings = UNSET
        elif _guest_ratings is None:
            guest_ratings = tolerate_null("guest_ratings")
        else:
            guest_ratings = CatalogsHotelGuestRatings.from_dict(_guest_ratings)

        latitude = d.pop("latitude", UNSET)
        if latitude is None:
            latitude = tolerate_null("latitude")

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_longitude(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

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

        def _parse_neighborhood(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_neighborhood(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _neighborhood_type_0 = data
                neighborhood_type_0 = (
                    tolerate_null("neighborhood_type_0")
                    if _neighborhood_type_0 is None
                    else cast(list[str], _neighborhood_type_0)
                )

                return neighborhood_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        neighborhood = _parse_neighborhood(d.pop("neighborhood", UNSET))

        def _parse_sale_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_sale_price(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        sale_price = _parse_sale_price(d.pop("sale_price", UNSET))

        catalogs_updatable_hotel_attributes = cls(
            address=address,
            base_price=base_price,
            brand=brand,
            category=category,
            custom_label_0=custom_label_0,
            custom_label_1=custom_label_1,
            custom_label_2=custom_label_2,
            custom_label_3=custom_label_3,
            custom_label_4=custom_label_4,
            description=description,
            guest_ratings=guest_ratings,
            latitude=latitude,
            link=link,
            longitude=longitude,
            name=name,
            neighborhood=neighborhood,
            sale_price=sale_price,
        )

        if d:
            tolerate_unknown_fields("CatalogsUpdatableHotelAttributes", d)

        catalogs_updatable_hotel_attributes.additional_properties = d
        return catalogs_updatable_hotel_attributes

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
