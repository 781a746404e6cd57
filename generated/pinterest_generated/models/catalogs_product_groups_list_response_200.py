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
    tolerate_unknown_discriminator,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_creative_assets_product_group import CatalogsCreativeAssetsProductGroup
    from ..models.catalogs_hotel_product_group import CatalogsHotelProductGroup
    from ..models.catalogs_retail_product_group import CatalogsRetailProductGroup


T = TypeVar("T", bound="CatalogsProductGroupsListResponse200")


@_attrs_define
class CatalogsProductGroupsListResponse200:
    """
    Attributes:
        items (list[CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup]):
        bookmark (None | str | Unset):
    """

    items: list[
        CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup
    ]
    bookmark: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_hotel_product_group import CatalogsHotelProductGroup
        from ..models.catalogs_retail_product_group import CatalogsRetailProductGroup

        if self.items is None:
            items = None
        else:
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                if isinstance(items_item_data, CatalogsRetailProductGroup) or isinstance(
                    items_item_data, CatalogsHotelProductGroup
                ):
                    items_item = None if items_item_data is None else items_item_data.to_dict()
                else:
                    items_item = None if items_item_data is None else items_item_data.to_dict()

                items.append(items_item)

        bookmark: None | str | Unset
        if isinstance(self.bookmark, Unset):
            bookmark = UNSET
        else:
            bookmark = self.bookmark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if bookmark is not UNSET:
            field_dict["bookmark"] = bookmark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_creative_assets_product_group import (
            CatalogsCreativeAssetsProductGroup,
        )
        from ..models.catalogs_hotel_product_group import CatalogsHotelProductGroup
        from ..models.catalogs_retail_product_group import CatalogsRetailProductGroup

        d = dict(src_dict)
        _items = d.pop("items")
        items: list[
            CatalogsCreativeAssetsProductGroup
            | CatalogsHotelProductGroup
            | CatalogsRetailProductGroup
        ]
        if _items is None:
            items = tolerate_null("items")
        else:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> (
                    CatalogsCreativeAssetsProductGroup
                    | CatalogsHotelProductGroup
                    | CatalogsRetailProductGroup
                ):
                    if data is None:
                        return cast(
                            CatalogsCreativeAssetsProductGroup
                            | CatalogsHotelProductGroup
                            | CatalogsRetailProductGroup,
                            tolerate_null("items_item"),
                        )
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_items_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                    if isinstance(data, dict):
                        discriminator = data.get("catalog_type")
                        if discriminator == "CREATIVE_ASSETS":
                            _componentsschemas_catalogs_vertical_product_group_type_2 = data
                            componentsschemas_catalogs_vertical_product_group_type_2 = (
                                tolerate_null(
                                    "/components/schemas/CatalogsVerticalProductGroup_type_2"
                                )
                                if _componentsschemas_catalogs_vertical_product_group_type_2 is None
                                else CatalogsCreativeAssetsProductGroup.from_dict(
                                    _componentsschemas_catalogs_vertical_product_group_type_2
                                )
                            )

                            return componentsschemas_catalogs_vertical_product_group_type_2
                        if discriminator == "HOTEL":
                            _componentsschemas_catalogs_vertical_product_group_type_1 = data
                            componentsschemas_catalogs_vertical_product_group_type_1 = (
                                tolerate_null(
                                    "/components/schemas/CatalogsVerticalProductGroup_type_1"
                                )
                                if _componentsschemas_catalogs_vertical_product_group_type_1 is None
                                else CatalogsHotelProductGroup.from_dict(
                                    _componentsschemas_catalogs_vertical_product_group_type_1
                                )
                            )

                            return componentsschemas_catalogs_vertical_product_group_type_1
                        if discriminator == "RETAIL":
                            _componentsschemas_catalogs_vertical_product_group_type_0 = data
                            componentsschemas_catalogs_vertical_product_group_type_0 = (
                                tolerate_null(
                                    "/components/schemas/CatalogsVerticalProductGroup_type_0"
                                )
                                if _componentsschemas_catalogs_vertical_product_group_type_0 is None
                                else CatalogsRetailProductGroup.from_dict(
                                    _componentsschemas_catalogs_vertical_product_group_type_0
                                )
                            )

                            return componentsschemas_catalogs_vertical_product_group_type_0
                        tolerate_unknown_discriminator("catalog_type", discriminator)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_vertical_product_group_type_0 = data
                        componentsschemas_catalogs_vertical_product_group_type_0 = (
                            tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_0")
                            if _componentsschemas_catalogs_vertical_product_group_type_0 is None
                            else CatalogsRetailProductGroup.from_dict(
                                _componentsschemas_catalogs_vertical_product_group_type_0
                            )
                        )

                        return componentsschemas_catalogs_vertical_product_group_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_vertical_product_group_type_1 = data
                        componentsschemas_catalogs_vertical_product_group_type_1 = (
                            tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_1")
                            if _componentsschemas_catalogs_vertical_product_group_type_1 is None
                            else CatalogsHotelProductGroup.from_dict(
                                _componentsschemas_catalogs_vertical_product_group_type_1
                            )
                        )

                        return componentsschemas_catalogs_vertical_product_group_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _componentsschemas_catalogs_vertical_product_group_type_2 = data
                    componentsschemas_catalogs_vertical_product_group_type_2 = (
                        tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_2")
                        if _componentsschemas_catalogs_vertical_product_group_type_2 is None
                        else CatalogsCreativeAssetsProductGroup.from_dict(
                            _componentsschemas_catalogs_vertical_product_group_type_2
                        )
                    )

                    return componentsschemas_catalogs_vertical_product_group_type_2

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        def _parse_bookmark(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bookmark(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        bookmark = _parse_bookmark(d.pop("bookmark", UNSET))

        catalogs_product_groups_list_response_200 = cls(
            items=items,
            bookmark=bookmark,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupsListResponse200", d)

        catalogs_product_groups_list_response_200.additional_properties = d
        return catalogs_product_groups_list_response_200

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
