from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_type import CatalogsType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.item_validation_event import ItemValidationEvent


T = TypeVar("T", bound="CatalogsCreativeAssetsItemErrorResponse")


@_attrs_define
class CatalogsCreativeAssetsItemErrorResponse:
    """Object describing a creative assets item error

    Attributes:
        catalog_type (CatalogsType): Type of the catalog entity.
        errors (list[ItemValidationEvent]): Array with the errors for the item id requested
        creative_assets_id (str | Unset): The catalog creative assets id in the merchant namespace Example: DS0294-M.
    """

    catalog_type: CatalogsType
    errors: list[ItemValidationEvent]
    creative_assets_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        if self.errors is None:
            errors = None
        else:
            errors = []
            for errors_item_data in self.errors:
                errors_item = None if errors_item_data is None else errors_item_data.to_dict()
                errors.append(errors_item)

        creative_assets_id = self.creative_assets_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "catalog_type": catalog_type,
                "errors": errors,
            }
        )
        if creative_assets_id is not UNSET:
            field_dict["creative_assets_id"] = creative_assets_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_validation_event import ItemValidationEvent

        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type") if _catalog_type is None else CatalogsType(_catalog_type)
        )

        _errors = d.pop("errors")
        errors: list[ItemValidationEvent]
        if _errors is None:
            errors = tolerate_null("errors")
        else:
            errors = []
            for errors_item_data in _errors:
                _errors_item = errors_item_data
                errors_item = (
                    tolerate_null("errors_item")
                    if _errors_item is None
                    else ItemValidationEvent.from_dict(_errors_item)
                )

                errors.append(errors_item)

        creative_assets_id = d.pop("creative_assets_id", UNSET)
        if creative_assets_id is None:
            creative_assets_id = tolerate_null("creative_assets_id")

        catalogs_creative_assets_item_error_response = cls(
            catalog_type=catalog_type,
            errors=errors,
            creative_assets_id=creative_assets_id,
        )

        if d:
            tolerate_unknown_fields("CatalogsCreativeAssetsItemErrorResponse", d)
        catalogs_creative_assets_item_error_response.additional_properties = d
        return catalogs_creative_assets_item_error_response

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
