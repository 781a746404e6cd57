from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_feed_processing_schedule_timezone_type_1 import (
    CatalogsFeedProcessingScheduleTimezoneType1,
)
from ..models.catalogs_feed_processing_schedule_timezone_type_2_type_1 import (
    CatalogsFeedProcessingScheduleTimezoneType2Type1,
)
from ..models.catalogs_feed_processing_schedule_timezone_type_3_type_1 import (
    CatalogsFeedProcessingScheduleTimezoneType3Type1,
)
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsFeedProcessingSchedule")


@_attrs_define
class CatalogsFeedProcessingSchedule:
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a
    feed (otherwise random).

        Attributes:
            time (str): A time in format HH:MM with leading 0 (zero) Example: 02:59.
            timezone (CatalogsFeedProcessingScheduleTimezoneType1 | CatalogsFeedProcessingScheduleTimezoneType2Type1 |
                CatalogsFeedProcessingScheduleTimezoneType3Type1 | None): The timezone considered for the processing schedule
                time.
    """

    time: str
    timezone: (
        CatalogsFeedProcessingScheduleTimezoneType1
        | CatalogsFeedProcessingScheduleTimezoneType2Type1
        | CatalogsFeedProcessingScheduleTimezoneType3Type1
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        timezone: None | str
        if (
            isinstance(self.timezone, CatalogsFeedProcessingScheduleTimezoneType1)
            or isinstance(self.timezone, CatalogsFeedProcessingScheduleTimezoneType2Type1)
            or isinstance(self.timezone, CatalogsFeedProcessingScheduleTimezoneType3Type1)
        ):
            timezone = None if self.timezone is None else self.timezone.value
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        time = d.pop("time")
        if time is None:
            time = tolerate_null("time")

        def _parse_timezone(
            data: object,
        ) -> (
            CatalogsFeedProcessingScheduleTimezoneType1
            | CatalogsFeedProcessingScheduleTimezoneType2Type1
            | CatalogsFeedProcessingScheduleTimezoneType3Type1
            | None
        ):
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_timezone(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _timezone_type_1 = data
                timezone_type_1 = (
                    tolerate_null("timezone_type_1")
                    if _timezone_type_1 is None
                    else CatalogsFeedProcessingScheduleTimezoneType1(_timezone_type_1)
                )

                return timezone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _timezone_type_2_type_1 = data
                timezone_type_2_type_1 = (
                    tolerate_null("timezone_type_2_type_1")
                    if _timezone_type_2_type_1 is None
                    else CatalogsFeedProcessingScheduleTimezoneType2Type1(_timezone_type_2_type_1)
                )

                return timezone_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _timezone_type_3_type_1 = data
                timezone_type_3_type_1 = (
                    tolerate_null("timezone_type_3_type_1")
                    if _timezone_type_3_type_1 is None
                    else CatalogsFeedProcessingScheduleTimezoneType3Type1(_timezone_type_3_type_1)
                )

                return timezone_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CatalogsFeedProcessingScheduleTimezoneType1
                | CatalogsFeedProcessingScheduleTimezoneType2Type1
                | CatalogsFeedProcessingScheduleTimezoneType3Type1
                | None,
                data,
            )

        timezone = _parse_timezone(d.pop("timezone"))

        catalogs_feed_processing_schedule = cls(
            time=time,
            timezone=timezone,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedProcessingSchedule", d)

        catalogs_feed_processing_schedule.additional_properties = d
        return catalogs_feed_processing_schedule

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
