from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_feed_processing_status import CatalogsFeedProcessingStatus
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_feed_ingestion_details import CatalogsFeedIngestionDetails
    from ..models.catalogs_feed_product_counts import CatalogsFeedProductCounts
    from ..models.catalogs_feed_validation_details import CatalogsFeedValidationDetails
    from ..models.catalogs_feed_video_counts import CatalogsFeedVideoCounts


T = TypeVar("T", bound="CatalogsFeedProcessingResult")


@_attrs_define
class CatalogsFeedProcessingResult:
    """
    Attributes:
        created_at (datetime.datetime):  Example: 2022-03-14T15:15:22Z.
        id (str):
        updated_at (datetime.datetime):  Example: 2022-03-14T15:16:34Z.
        ingestion_details (CatalogsFeedIngestionDetails):
        product_counts (CatalogsFeedProductCounts | None):
        status (CatalogsFeedProcessingStatus):
        validation_details (CatalogsFeedValidationDetails):
        video_counts (CatalogsFeedVideoCounts | Unset): Counts of total, ingested, and not ingested videos in the feed
            file. The counts may not appear early in the process.
    """

    created_at: datetime.datetime
    id: str
    updated_at: datetime.datetime
    ingestion_details: CatalogsFeedIngestionDetails
    product_counts: CatalogsFeedProductCounts | None
    status: CatalogsFeedProcessingStatus
    validation_details: CatalogsFeedValidationDetails
    video_counts: CatalogsFeedVideoCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_feed_product_counts import CatalogsFeedProductCounts

        created_at = None if self.created_at is None else self.created_at.isoformat()

        id = self.id

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        ingestion_details = (
            None if self.ingestion_details is None else self.ingestion_details.to_dict()
        )

        product_counts: dict[str, Any] | None
        if isinstance(self.product_counts, CatalogsFeedProductCounts):
            product_counts = None if self.product_counts is None else self.product_counts.to_dict()
        else:
            product_counts = self.product_counts

        status = None if self.status is None else self.status.value

        validation_details = (
            None if self.validation_details is None else self.validation_details.to_dict()
        )

        video_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_counts, Unset):
            video_counts = None if self.video_counts is None else self.video_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "updated_at": updated_at,
                "ingestion_details": ingestion_details,
                "product_counts": product_counts,
                "status": status,
                "validation_details": validation_details,
            }
        )
        if video_counts is not UNSET:
            field_dict["video_counts"] = video_counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_feed_ingestion_details import CatalogsFeedIngestionDetails
        from ..models.catalogs_feed_product_counts import CatalogsFeedProductCounts
        from ..models.catalogs_feed_validation_details import CatalogsFeedValidationDetails
        from ..models.catalogs_feed_video_counts import CatalogsFeedVideoCounts

        d = dict(src_dict)
        _created_at = d.pop("created_at")
        created_at = (
            tolerate_null("created_at")
            if _created_at is None
            else datetime.datetime.fromisoformat(_created_at)
        )

        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _updated_at = d.pop("updated_at")
        updated_at = (
            tolerate_null("updated_at")
            if _updated_at is None
            else datetime.datetime.fromisoformat(_updated_at)
        )

        _ingestion_details = d.pop("ingestion_details")
        ingestion_details = (
            tolerate_null("ingestion_details")
            if _ingestion_details is None
            else CatalogsFeedIngestionDetails.from_dict(_ingestion_details)
        )

        def _parse_product_counts(data: object) -> CatalogsFeedProductCounts | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_product_counts(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _product_counts_type_1 = data
                product_counts_type_1 = (
                    tolerate_null("product_counts_type_1")
                    if _product_counts_type_1 is None
                    else CatalogsFeedProductCounts.from_dict(_product_counts_type_1)
                )

                return product_counts_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogsFeedProductCounts | None, data)

        product_counts = _parse_product_counts(d.pop("product_counts"))

        _status = d.pop("status")
        status = (
            tolerate_null("status") if _status is None else CatalogsFeedProcessingStatus(_status)
        )

        _validation_details = d.pop("validation_details")
        validation_details = (
            tolerate_null("validation_details")
            if _validation_details is None
            else CatalogsFeedValidationDetails.from_dict(_validation_details)
        )

        _video_counts = d.pop("video_counts", UNSET)
        video_counts: CatalogsFeedVideoCounts | Unset
        if isinstance(_video_counts, Unset):
            video_counts = UNSET
        elif _video_counts is None:
            video_counts = tolerate_null("video_counts")
        else:
            video_counts = CatalogsFeedVideoCounts.from_dict(_video_counts)

        catalogs_feed_processing_result = cls(
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            ingestion_details=ingestion_details,
            product_counts=product_counts,
            status=status,
            validation_details=validation_details,
            video_counts=video_counts,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedProcessingResult", d)

        catalogs_feed_processing_result.additional_properties = d
        return catalogs_feed_processing_result

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
