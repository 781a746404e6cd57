from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_summary_status import CampaignSummaryStatus
from ..models.objective_type import ObjectiveType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BulkDownloadRequestCampaignFilter")


@_attrs_define
class BulkDownloadRequestCampaignFilter:
    """
    Attributes:
        campaign_status (list[CampaignSummaryStatus] | Unset):
        end_time (str | Unset): Unix UTC timestamp. Example: 1622848072.
        name (str | Unset): Campaign name Example: campaign name.
        objective_type (list[ObjectiveType] | Unset):
        start_time (str | Unset): Unix UTC timestamp. Example: 1622848072.
    """

    campaign_status: list[CampaignSummaryStatus] | Unset = UNSET
    end_time: str | Unset = UNSET
    name: str | Unset = UNSET
    objective_type: list[ObjectiveType] | Unset = UNSET
    start_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_status: list[str] | Unset = UNSET
        if not isinstance(self.campaign_status, Unset):
            if self.campaign_status is None:
                campaign_status = None
            else:
                campaign_status = []
                for campaign_status_item_data in self.campaign_status:
                    campaign_status_item = (
                        None
                        if campaign_status_item_data is None
                        else campaign_status_item_data.value
                    )
                    campaign_status.append(campaign_status_item)

        end_time = self.end_time

        name = self.name

        objective_type: list[str] | Unset = UNSET
        if not isinstance(self.objective_type, Unset):
            if self.objective_type is None:
                objective_type = None
            else:
                objective_type = []
                for objective_type_item_data in self.objective_type:
                    objective_type_item = (
                        None if objective_type_item_data is None else objective_type_item_data.value
                    )
                    objective_type.append(objective_type_item)

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_status is not UNSET:
            field_dict["campaign_status"] = campaign_status
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if name is not UNSET:
            field_dict["name"] = name
        if objective_type is not UNSET:
            field_dict["objective_type"] = objective_type
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _campaign_status = d.pop("campaign_status", UNSET)
        campaign_status: list[CampaignSummaryStatus] | Unset = UNSET
        if _campaign_status is None:
            campaign_status = tolerate_null("campaign_status")
        elif not isinstance(_campaign_status, Unset):
            campaign_status = []
            for campaign_status_item_data in _campaign_status:
                _campaign_status_item = campaign_status_item_data
                campaign_status_item = (
                    tolerate_null("campaign_status_item")
                    if _campaign_status_item is None
                    else CampaignSummaryStatus(_campaign_status_item)
                )

                campaign_status.append(campaign_status_item)

        end_time = d.pop("end_time", UNSET)
        if end_time is None:
            end_time = tolerate_null("end_time")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        _objective_type = d.pop("objective_type", UNSET)
        objective_type: list[ObjectiveType] | Unset = UNSET
        if _objective_type is None:
            objective_type = tolerate_null("objective_type")
        elif not isinstance(_objective_type, Unset):
            objective_type = []
            for objective_type_item_data in _objective_type:
                _objective_type_item = objective_type_item_data
                objective_type_item = (
                    tolerate_null("objective_type_item")
                    if _objective_type_item is None
                    else ObjectiveType(_objective_type_item)
                )

                objective_type.append(objective_type_item)

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = tolerate_null("start_time")

        bulk_download_request_campaign_filter = cls(
            campaign_status=campaign_status,
            end_time=end_time,
            name=name,
            objective_type=objective_type,
            start_time=start_time,
        )

        if d:
            tolerate_unknown_fields("BulkDownloadRequestCampaignFilter", d)

        bulk_download_request_campaign_filter.additional_properties = d
        return bulk_download_request_campaign_filter

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
