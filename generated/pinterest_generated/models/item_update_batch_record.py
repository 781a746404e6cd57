from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_mask_field_type import UpdateMaskFieldType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.updatable_item_attributes import UpdatableItemAttributes


T = TypeVar("T", bound="ItemUpdateBatchRecord")


@_attrs_define
class ItemUpdateBatchRecord:
    """Object describing an item batch record to update items

    Attributes:
        attributes (UpdatableItemAttributes | Unset):
        item_id (str | Unset): The catalog item id in the merchant namespace Example: DS0294-M.
        update_mask (list[UpdateMaskFieldType] | None | Unset): The list of product attributes to be updated. Attributes
            specified in the update mask without a value specified in the body will be deleted from the product item.
            Example: ['ad_link', 'adult', 'age_group', 'availability', 'average_review_rating', 'brand', 'checkout_enabled',
            'color', 'condition', 'custom_label_0', 'custom_label_1', 'custom_label_2', 'custom_label_3', 'custom_label_4',
            'description', 'free_shipping_label', 'free_shipping_limit', 'gender', 'google_product_category', 'gtin',
            'item_group_id', 'last_updated_time', 'link', 'material', 'min_ad_price', 'mpn', 'number_of_ratings',
            'number_of_reviews', 'pattern', 'price', 'product_type', 'sale_price', 'shipping', 'shipping_height',
            'shipping_weight', 'shipping_width', 'size', 'size_system', 'size_type', 'tax', 'title', 'variant_names',
            'variant_values'].
    """

    attributes: UpdatableItemAttributes | Unset = UNSET
    item_id: str | Unset = UNSET
    update_mask: list[UpdateMaskFieldType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = None if self.attributes is None else self.attributes.to_dict()

        item_id = self.item_id

        update_mask: list[str] | None | Unset
        if isinstance(self.update_mask, Unset):
            update_mask = UNSET
        elif isinstance(self.update_mask, list):
            if self.update_mask is None:
                update_mask = None
            else:
                update_mask = []
                for update_mask_type_0_item_data in self.update_mask:
                    update_mask_type_0_item = (
                        None
                        if update_mask_type_0_item_data is None
                        else update_mask_type_0_item_data.value
                    )
                    update_mask.append(update_mask_type_0_item)

        else:
            update_mask = self.update_mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if update_mask is not UNSET:
            field_dict["update_mask"] = update_mask

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.updatable_item_attributes import UpdatableItemAttributes

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: UpdatableItemAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        elif _attributes is None:
            attributes = tolerate_null("attributes")
        else:
            attributes = UpdatableItemAttributes.from_dict(_attributes)

        item_id = d.pop("item_id", UNSET)
        if item_id is None:
            item_id = tolerate_null("item_id")

        def _parse_update_mask(data: object) -> list[UpdateMaskFieldType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_update_mask(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _update_mask_type_0 = data
                update_mask_type_0: list[UpdateMaskFieldType]
                if _update_mask_type_0 is None:
                    update_mask_type_0 = tolerate_null("update_mask_type_0")
                else:
                    update_mask_type_0 = []
                    for update_mask_type_0_item_data in _update_mask_type_0:
                        _update_mask_type_0_item = update_mask_type_0_item_data
                        update_mask_type_0_item = (
                            tolerate_null("update_mask_type_0_item")
                            if _update_mask_type_0_item is None
                            else UpdateMaskFieldType(_update_mask_type_0_item)
                        )

                        update_mask_type_0.append(update_mask_type_0_item)

                return update_mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdateMaskFieldType] | None | Unset, data)

        update_mask = _parse_update_mask(d.pop("update_mask", UNSET))

        item_update_batch_record = cls(
            attributes=attributes,
            item_id=item_id,
            update_mask=update_mask,
        )

        if d:
            tolerate_unknown_fields("ItemUpdateBatchRecord", d)

        item_update_batch_record.additional_properties = d
        return item_update_batch_record

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
