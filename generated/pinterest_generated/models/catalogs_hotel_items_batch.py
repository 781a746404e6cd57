from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_operation_status import BatchOperationStatus
from ..models.catalogs_type import CatalogsType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.hotel_processing_record import HotelProcessingRecord


T = TypeVar("T", bound="CatalogsHotelItemsBatch")


@_attrs_define
class CatalogsHotelItemsBatch:
    """Object describing the catalogs hotel items batch

    Attributes:
        catalog_type (CatalogsType): Type of the catalog entity.
        batch_id (str | Unset): Id of the catalogs items batch Example:
            595953100599279259-66753b9bb65c46c49bd8503b27fecf9e.
        completed_time (datetime.datetime | None | Unset): Date and time (UTC) of the batch completion: YYYY-MM-
            DD'T'hh:mm:ss Example: 2024-01-01T20:20:00.
        created_time (datetime.datetime | Unset): Date and time (UTC) of the batch creation: YYYY-MM-DD'T'hh:mm:ss
            Example: 2024-01-01T20:10:40.
        items (list[HotelProcessingRecord] | Unset): Array with the catalogs items processing records part of the
            catalogs items batch
        status (BatchOperationStatus | Unset): The status of the operation performed by the batch Example: PROCESSING.
    """

    catalog_type: CatalogsType
    batch_id: str | Unset = UNSET
    completed_time: datetime.datetime | None | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    items: list[HotelProcessingRecord] | Unset = UNSET
    status: BatchOperationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        batch_id = self.batch_id

        completed_time: None | str | Unset
        if isinstance(self.completed_time, Unset):
            completed_time = UNSET
        elif isinstance(self.completed_time, datetime.datetime):
            completed_time = (
                None if self.completed_time is None else self.completed_time.isoformat()
            )
        else:
            completed_time = self.completed_time

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = None if self.created_time is None else self.created_time.isoformat()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            if self.items is None:
                items = None
            else:
                items = []
                for items_item_data in self.items:
                    items_item = None if items_item_data is None else items_item_data.to_dict()
                    items.append(items_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_type": catalog_type,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if completed_time is not UNSET:
            field_dict["completed_time"] = completed_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if items is not UNSET:
            field_dict["items"] = items
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hotel_processing_record import HotelProcessingRecord

        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type") if _catalog_type is None else CatalogsType(_catalog_type)
        )

        batch_id = d.pop("batch_id", UNSET)
        if batch_id is None:
            batch_id = tolerate_null("batch_id")

        def _parse_completed_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_completed_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _completed_time_type_0 = data
                completed_time_type_0 = (
                    tolerate_null("completed_time_type_0")
                    if _completed_time_type_0 is None
                    else datetime.datetime.fromisoformat(_completed_time_type_0)
                )

                return completed_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_time = _parse_completed_time(d.pop("completed_time", UNSET))

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        elif _created_time is None:
            created_time = tolerate_null("created_time")
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _items = d.pop("items", UNSET)
        items: list[HotelProcessingRecord] | Unset = UNSET
        if _items is None:
            items = tolerate_null("items")
        elif not isinstance(_items, Unset):
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                items_item = (
                    tolerate_null("items_item")
                    if _items_item is None
                    else HotelProcessingRecord.from_dict(_items_item)
                )

                items.append(items_item)

        _status = d.pop("status", UNSET)
        status: BatchOperationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = BatchOperationStatus(_status)

        catalogs_hotel_items_batch = cls(
            catalog_type=catalog_type,
            batch_id=batch_id,
            completed_time=completed_time,
            created_time=created_time,
            items=items,
            status=status,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelItemsBatch", d)

        catalogs_hotel_items_batch.additional_properties = d
        return catalogs_hotel_items_batch

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
