from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_upsert_creative_assets_item_operation import (
    CatalogsUpsertCreativeAssetsItemOperation,
)
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_creative_assets_attributes import CatalogsCreativeAssetsAttributes


T = TypeVar("T", bound="CatalogsUpsertCreativeAssetsItem")


@_attrs_define
class CatalogsUpsertCreativeAssetsItem:
    """A creative assets item to be upserted.

    Attributes:
        attributes (CatalogsCreativeAssetsAttributes):
        creative_assets_id (str): The catalog creative assets id in the merchant namespace Example: DS0294-M.
        operation (CatalogsUpsertCreativeAssetsItemOperation):
    """

    attributes: CatalogsCreativeAssetsAttributes
    creative_assets_id: str
    operation: CatalogsUpsertCreativeAssetsItemOperation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = None if self.attributes is None else self.attributes.to_dict()

        creative_assets_id = self.creative_assets_id

        operation = None if self.operation is None else self.operation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "creative_assets_id": creative_assets_id,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_creative_assets_attributes import CatalogsCreativeAssetsAttributes

        d = dict(src_dict)
        _attributes = d.pop("attributes")
        attributes = (
            tolerate_null("attributes")
            if _attributes is None
            else CatalogsCreativeAssetsAttributes.from_dict(_attributes)
        )

        creative_assets_id = d.pop("creative_assets_id")
        if creative_assets_id is None:
            creative_assets_id = tolerate_null("creative_assets_id")

        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation")
            if _operation is None
            else CatalogsUpsertCreativeAssetsItemOperation(_operation)
        )

        catalogs_upsert_creative_assets_item = cls(
            attributes=attributes,
            creative_assets_id=creative_assets_id,
            operation=operation,
        )

        if d:
            tolerate_unknown_fields("CatalogsUpsertCreativeAssetsItem", d)

        catalogs_upsert_creative_assets_item.additional_properties = d
        return catalogs_upsert_creative_assets_item

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
