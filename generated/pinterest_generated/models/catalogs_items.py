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
    from ..models.catalogs_creative_assets_item_error_response import (
        CatalogsCreativeAssetsItemErrorResponse,
    )
    from ..models.catalogs_creative_assets_item_response import CatalogsCreativeAssetsItemResponse
    from ..models.catalogs_hotel_item_error_response import CatalogsHotelItemErrorResponse
    from ..models.catalogs_hotel_item_response import CatalogsHotelItemResponse
    from ..models.catalogs_retail_item_error_response import CatalogsRetailItemErrorResponse
    from ..models.catalogs_retail_item_response import CatalogsRetailItemResponse


T = TypeVar("T", bound="CatalogsItems")


@_attrs_define
class CatalogsItems:
    """Response object of catalogs items

    Attributes:
        items (list[CatalogsCreativeAssetsItemErrorResponse | CatalogsCreativeAssetsItemResponse |
            CatalogsHotelItemErrorResponse | CatalogsHotelItemResponse | CatalogsRetailItemErrorResponse |
            CatalogsRetailItemResponse] | Unset): Array with catalogs items
    """

    items: (
        list[
            CatalogsCreativeAssetsItemErrorResponse
            | CatalogsCreativeAssetsItemResponse
            | CatalogsHotelItemErrorResponse
            | CatalogsHotelItemResponse
            | CatalogsRetailItemErrorResponse
            | CatalogsRetailItemResponse
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_creative_assets_item_response import (
            CatalogsCreativeAssetsItemResponse,
        )
        from ..models.catalogs_hotel_item_error_response import CatalogsHotelItemErrorResponse
        from ..models.catalogs_hotel_item_response import CatalogsHotelItemResponse
        from ..models.catalogs_retail_item_error_response import CatalogsRetailItemErrorResponse
        from ..models.catalogs_retail_item_response import CatalogsRetailItemResponse

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            if self.items is None:
                items = None
            else:
                items = []
                for items_item_data in self.items:
                    items_item: dict[str, Any]
                    if (
                        isinstance(items_item_data, CatalogsRetailItemResponse)
                        or isinstance(items_item_data, CatalogsHotelItemResponse)
                        or isinstance(items_item_data, CatalogsCreativeAssetsItemResponse)
                        or isinstance(items_item_data, CatalogsRetailItemErrorResponse)
                        or isinstance(items_item_data, CatalogsHotelItemErrorResponse)
                    ):
                        items_item = None if items_item_data is None else items_item_data.to_dict()
                    else:
                        items_item = None if items_item_data is None else items_item_data.to_dict()

                    items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_creative_assets_item_error_response import (
            CatalogsCreativeAssetsItemErrorResponse,
        )
        from ..models.catalogs_creative_assets_item_response import (
            CatalogsCreativeAssetsItemResponse,
        )
        from ..models.catalogs_hotel_item_error_response import CatalogsHotelItemErrorResponse
        from ..models.catalogs_hotel_item_response import CatalogsHotelItemResponse
        from ..models.catalogs_retail_item_error_response import CatalogsRetailItemErrorResponse
        from ..models.catalogs_retail_item_response import CatalogsRetailItemResponse

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: (
            list[
                CatalogsCreativeAssetsItemErrorResponse
                | CatalogsCreativeAssetsItemResponse
                | CatalogsHotelItemErrorResponse
                | CatalogsHotelItemResponse
                | CatalogsRetailItemErrorResponse
                | CatalogsRetailItemResponse
            ]
            | Unset
        ) = UNSET
        if _items is None:
            items = tolerate_null("items")
        elif not isinstance(_items, Unset):
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> (
                    CatalogsCreativeAssetsItemErrorResponse
                    | CatalogsCreativeAssetsItemResponse
                    | CatalogsHotelItemErrorResponse
                    | CatalogsHotelItemResponse
                    | CatalogsRetailItemErrorResponse
                    | CatalogsRetailItemResponse
                ):
                    if data is None:
                        return cast(
                            CatalogsCreativeAssetsItemErrorResponse
                            | CatalogsCreativeAssetsItemResponse
                            | CatalogsHotelItemErrorResponse
                            | CatalogsHotelItemResponse
                            | CatalogsRetailItemErrorResponse
                            | CatalogsRetailItemResponse,
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

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_item_response_type_0_type_0 = data
                        componentsschemas_item_response_type_0_type_0 = (
                            tolerate_null("/components/schemas/ItemResponse_type_0_type_0")
                            if _componentsschemas_item_response_type_0_type_0 is None
                            else CatalogsRetailItemResponse.from_dict(
                                _componentsschemas_item_response_type_0_type_0
                            )
                        )

                        return componentsschemas_item_response_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_item_response_type_0_type_1 = data
                        componentsschemas_item_response_type_0_type_1 = (
                            tolerate_null("/components/schemas/ItemResponse_type_0_type_1")
                            if _componentsschemas_item_response_type_0_type_1 is None
                            else CatalogsHotelItemResponse.from_dict(
                                _componentsschemas_item_response_type_0_type_1
                            )
                        )

                        return componentsschemas_item_response_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_item_response_type_0_type_2 = data
                        componentsschemas_item_response_type_0_type_2 = (
                            tolerate_null("/components/schemas/ItemResponse_type_0_type_2")
                            if _componentsschemas_item_response_type_0_type_2 is None
                            else CatalogsCreativeAssetsItemResponse.from_dict(
                                _componentsschemas_item_response_type_0_type_2
                            )
                        )

                        return componentsschemas_item_response_type_0_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_item_response_type_1_type_0 = data
                        componentsschemas_item_response_type_1_type_0 = (
                            tolerate_null("/components/schemas/ItemResponse_type_1_type_0")
                            if _componentsschemas_item_response_type_1_type_0 is None
                            else CatalogsRetailItemErrorResponse.from_dict(
                                _componentsschemas_item_response_type_1_type_0
                            )
                        )

                        return componentsschemas_item_response_type_1_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_item_response_type_1_type_1 = data
                        componentsschemas_item_response_type_1_type_1 = (
                            tolerate_null("/components/schemas/ItemResponse_type_1_type_1")
                            if _componentsschemas_item_response_type_1_type_1 is None
                            else CatalogsHotelItemErrorResponse.from_dict(
                                _componentsschemas_item_response_type_1_type_1
                            )
                        )

                        return componentsschemas_item_response_type_1_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _componentsschemas_item_response_type_1_type_2 = data
                    componentsschemas_item_response_type_1_type_2 = (
                        tolerate_null("/components/schemas/ItemResponse_type_1_type_2")
                        if _componentsschemas_item_response_type_1_type_2 is None
                        else CatalogsCreativeAssetsItemErrorResponse.from_dict(
                            _componentsschemas_item_response_type_1_type_2
                        )
                    )

                    return componentsschemas_item_response_type_1_type_2

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        catalogs_items = cls(
            items=items,
        )

        if d:
            tolerate_unknown_fields("CatalogsItems", d)

        catalogs_items.additional_properties = d
        return catalogs_items

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
