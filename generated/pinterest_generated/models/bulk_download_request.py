from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_entity_type import BulkEntityType
from ..models.bulk_output_format import BulkOutputFormat
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.bulk_download_request_campaign_filter import BulkDownloadRequestCampaignFilter


T = TypeVar("T", bound="BulkDownloadRequest")


@_attrs_define
class BulkDownloadRequest:
    """Ad entities to get in bulk request.

    Attributes:
        campaign_filter (BulkDownloadRequestCampaignFilter | Unset):
        entity_ids (list[str] | Unset): All entities specified by these IDs as well as their children and grandchildren
            will be downloaded if the entity type is one of the types requested to be downloaded.
        entity_types (list[BulkEntityType] | Unset): All entity types specified will be downloaded. Fewer types result
            in faster downloads. Example: ['CAMPAIGN', 'AD_GROUP'].
        output_format (BulkOutputFormat | Unset): Bulk file output format Default: BulkOutputFormat.JSON.
        updated_since (str | Unset): Unix UTC timestamp to retrieve all entities that have changed since this time.
            Example: 1622848072.
    """

    campaign_filter: BulkDownloadRequestCampaignFilter | Unset = UNSET
    entity_ids: list[str] | Unset = UNSET
    entity_types: list[BulkEntityType] | Unset = UNSET
    output_format: BulkOutputFormat | Unset = UNSET
    updated_since: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_filter, Unset):
            campaign_filter = (
                None if self.campaign_filter is None else self.campaign_filter.to_dict()
            )

        entity_ids: list[str] | Unset = UNSET
        if not isinstance(self.entity_ids, Unset):
            entity_ids = self.entity_ids

        entity_types: list[str] | Unset = UNSET
        if not isinstance(self.entity_types, Unset):
            if self.entity_types is None:
                entity_types = None
            else:
                entity_types = []
                for entity_types_item_data in self.entity_types:
                    entity_types_item = (
                        None if entity_types_item_data is None else entity_types_item_data.value
                    )
                    entity_types.append(entity_types_item)

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = None if self.output_format is None else self.output_format.value

        updated_since = self.updated_since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_filter is not UNSET:
            field_dict["campaign_filter"] = campaign_filter
        if entity_ids is not UNSET:
            field_dict["entity_ids"] = entity_ids
        if entity_types is not UNSET:
            field_dict["entity_types"] = entity_types
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if updated_since is not UNSET:
            field_dict["updated_since"] = updated_since

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_download_request_campaign_filter import BulkDownloadRequestCampaignFilter

        d = dict(src_dict)
        _campaign_filter = d.pop("campaign_filter", UNSET)
        campaign_filter: BulkDownloadRequestCampaignFilter | Unset
        if isinstance(_campaign_filter, Unset):
            campaign_filter = UNSET
        elif _campaign_filter is None:
            campaign_filter = tolerate_null("campaign_filter")
        else:
            campaign_filter = BulkDownloadRequestCampaignFilter.from_dict(_campaign_filter)

        _entity_ids = d.pop("entity_ids", UNSET)
        entity_ids = (
            tolerate_null("entity_ids") if _entity_ids is None else cast(list[str], _entity_ids)
        )

        _entity_types = d.pop("entity_types", UNSET)
        entity_types: list[BulkEntityType] | Unset = UNSET
        if _entity_types is None:
            entity_types = tolerate_null("entity_types")
        elif not isinstance(_entity_types, Unset):
            entity_types = []
            for entity_types_item_data in _entity_types:
                _entity_types_item = entity_types_item_data
                entity_types_item = (
                    tolerate_null("entity_types_item")
                    if _entity_types_item is None
                    else BulkEntityType(_entity_types_item)
                )

                entity_types.append(entity_types_item)

        _output_format = d.pop("output_format", UNSET)
        output_format: BulkOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        elif _output_format is None:
            output_format = tolerate_null("output_format")
        else:
            output_format = BulkOutputFormat(_output_format)

        updated_since = d.pop("updated_since", UNSET)
        if updated_since is None:
            updated_since = tolerate_null("updated_since")

        bulk_download_request = cls(
            campaign_filter=campaign_filter,
            entity_ids=entity_ids,
            entity_types=entity_types,
            output_format=output_format,
            updated_since=updated_since,
        )

        if d:
            tolerate_unknown_fields("BulkDownloadRequest", d)

        bulk_download_request.additional_properties = d
        return bulk_download_request

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
