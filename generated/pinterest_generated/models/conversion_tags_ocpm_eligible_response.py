from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
)

if TYPE_CHECKING:
    from ..models.conversion_event_response import ConversionEventResponse


T = TypeVar("T", bound="ConversionTagsOcpmEligibleResponse")


@_attrs_define
class ConversionTagsOcpmEligibleResponse:
    """
    Example:
        {'12345': [{'conversion_event': 'PAGE_LOAD', 'created_time': 1564768710, 'conversion_tag_id': '2614324385652',
            'ad_account_id': '549757463328'}, {'conversion_event': 'CHECKOUT', 'created_time': 1564710210,
            'conversion_tag_id': '2614324315793', 'ad_account_id': '549757463328'}]}

    """

    additional_properties: dict[str, list[ConversionEventResponse]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if prop is None:
                field_dict[prop_name] = None
            else:
                field_dict[prop_name] = []
                for additional_property_item_data in prop:
                    additional_property_item = (
                        None
                        if additional_property_item_data is None
                        else additional_property_item_data.to_dict()
                    )
                    field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion_event_response import ConversionEventResponse

        d = dict(src_dict)
        conversion_tags_ocpm_eligible_response = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            additional_property: list[ConversionEventResponse]
            if _additional_property is None:
                additional_property = tolerate_null("AdditionalProperty")
            else:
                additional_property = []
                for additional_property_item_data in _additional_property:
                    _additional_property_item = additional_property_item_data
                    additional_property_item = (
                        tolerate_null("AdditionalProperty_item")
                        if _additional_property_item is None
                        else ConversionEventResponse.from_dict(_additional_property_item)
                    )

                    additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        conversion_tags_ocpm_eligible_response.additional_properties = additional_properties
        return conversion_tags_ocpm_eligible_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[ConversionEventResponse]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[ConversionEventResponse]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
