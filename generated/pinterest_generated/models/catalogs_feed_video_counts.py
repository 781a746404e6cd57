from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsFeedVideoCounts")


@_attrs_define
class CatalogsFeedVideoCounts:
    """Counts of total, ingested, and not ingested videos in the feed file. The counts may not appear early in the process.

    Attributes:
        ingested_videos (int | Unset): The number of videos successfully ingested from the feed file.
        not_ingested_videos (int | Unset): The number of videos that were not ingested from the feed file.
        total_videos (int | Unset): The number of videos in the feed file.
    """

    ingested_videos: int | Unset = UNSET
    not_ingested_videos: int | Unset = UNSET
    total_videos: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ingested_videos = self.ingested_videos

        not_ingested_videos = self.not_ingested_videos

        total_videos = self.total_videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ingested_videos is not UNSET:
            field_dict["ingested_videos"] = ingested_videos
        if not_ingested_videos is not UNSET:
            field_dict["not_ingested_videos"] = not_ingested_videos
        if total_videos is not UNSET:
            field_dict["total_videos"] = total_videos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ingested_videos = d.pop("ingested_videos", UNSET)
        if ingested_videos is None:
            ingested_videos = tolerate_null("ingested_videos")

        not_ingested_videos = d.pop("not_ingested_videos", UNSET)
        if not_ingested_videos is None:
            not_ingested_videos = tolerate_null("not_ingested_videos")

        total_videos = d.pop("total_videos", UNSET)
        if total_videos is None:
            total_videos = tolerate_null("total_videos")

        catalogs_feed_video_counts = cls(
            ingested_videos=ingested_videos,
            not_ingested_videos=not_ingested_videos,
            total_videos=total_videos,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedVideoCounts", d)

        catalogs_feed_video_counts.additional_properties = d
        return catalogs_feed_video_counts

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
