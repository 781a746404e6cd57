from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_feed_processing_status import CatalogsFeedProcessingStatus
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsFeedIngestion")


@_attrs_define
class CatalogsFeedIngestion:
    """
    Attributes:
        created_at (datetime.datetime):  Example: 2022-03-14T15:16:34Z.
        feed_id (str):  Example: 56789.
        id (str):  Example: 01234.
        status (CatalogsFeedProcessingStatus):
    """

    created_at: datetime.datetime
    feed_id: str
    id: str
    status: CatalogsFeedProcessingStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = None if self.created_at is None else self.created_at.isoformat()

        feed_id = self.feed_id

        id = self.id

        status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "feed_id": feed_id,
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _created_at = d.pop("created_at")
        created_at = (
            tolerate_null("created_at")
            if _created_at is None
            else datetime.datetime.fromisoformat(_created_at)
        )

        feed_id = d.pop("feed_id")
        if feed_id is None:
            feed_id = tolerate_null("feed_id")

        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _status = d.pop("status")
        status = (
            tolerate_null("status") if _status is None else CatalogsFeedProcessingStatus(_status)
        )

        catalogs_feed_ingestion = cls(
            created_at=created_at,
            feed_id=feed_id,
            id=id,
            status=status,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedIngestion", d)

        catalogs_feed_ingestion.additional_properties = d
        return catalogs_feed_ingestion

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
