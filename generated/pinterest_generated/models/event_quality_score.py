from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ingestion_source_options import IngestionSourceOptions
from ..models.lookback_period_options import LookbackPeriodOptions
from ..models.overall_status_options import OverallStatusOptions
from ..models.source_platform_options import SourcePlatformOptions
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.quality_components import QualityComponents


T = TypeVar("T", bound="EventQualityScore")


@_attrs_define
class EventQualityScore:
    """Schema for GET Conversion EQS response.

    Attributes:
        ingestion_source (IngestionSourceOptions): List of ingestion sources for a conversion event.
        lookback_period (LookbackPeriodOptions): Days in lookback window in the GET Conversion EQS response.
        overall_status (OverallStatusOptions): Overall status of event quality score.
        quality_components (QualityComponents): Set of quality components, with each component containing a event
            coverage and details.
        source_platform (SourcePlatformOptions): List of source platforms for a conversion event.
    """

    ingestion_source: IngestionSourceOptions
    lookback_period: LookbackPeriodOptions
    overall_status: OverallStatusOptions
    quality_components: QualityComponents
    source_platform: SourcePlatformOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ingestion_source = None if self.ingestion_source is None else self.ingestion_source.value

        lookback_period = None if self.lookback_period is None else self.lookback_period.value

        overall_status = None if self.overall_status is None else self.overall_status.value

        quality_components = (
            None if self.quality_components is None else self.quality_components.to_dict()
        )

        source_platform = None if self.source_platform is None else self.source_platform.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ingestion_source": ingestion_source,
                "lookback_period": lookback_period,
                "overall_status": overall_status,
                "quality_components": quality_components,
                "source_platform": source_platform,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quality_components import QualityComponents

        d = dict(src_dict)
        _ingestion_source = d.pop("ingestion_source")
        ingestion_source = (
            tolerate_null("ingestion_source")
            if _ingestion_source is None
            else IngestionSourceOptions(_ingestion_source)
        )

        _lookback_period = d.pop("lookback_period")
        lookback_period = (
            tolerate_null("lookback_period")
            if _lookback_period is None
            else LookbackPeriodOptions(_lookback_period)
        )

        _overall_status = d.pop("overall_status")
        overall_status = (
            tolerate_null("overall_status")
            if _overall_status is None
            else OverallStatusOptions(_overall_status)
        )

        _quality_components = d.pop("quality_components")
        quality_components = (
            tolerate_null("quality_components")
            if _quality_components is None
            else QualityComponents.from_dict(_quality_components)
        )

        _source_platform = d.pop("source_platform")
        source_platform = (
            tolerate_null("source_platform")
            if _source_platform is None
            else SourcePlatformOptions(_source_platform)
        )

        event_quality_score = cls(
            ingestion_source=ingestion_source,
            lookback_period=lookback_period,
            overall_status=overall_status,
            quality_components=quality_components,
            source_platform=source_platform,
        )

        if d:
            tolerate_unknown_fields("EventQualityScore", d)

        event_quality_score.additional_properties = d
        return event_quality_score

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
