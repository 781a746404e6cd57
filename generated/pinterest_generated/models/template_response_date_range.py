from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.template_response_date_range_absolute_date_range_type_0 import (
        TemplateResponseDateRangeAbsoluteDateRangeType0,
    )
    from ..models.template_response_date_range_dynamic_date_range_type_0 import (
        TemplateResponseDateRangeDynamicDateRangeType0,
    )
    from ..models.template_response_date_range_relative_date_range_type_0 import (
        TemplateResponseDateRangeRelativeDateRangeType0,
    )


T = TypeVar("T", bound="TemplateResponseDateRange")


@_attrs_define
class TemplateResponseDateRange:
    """
    Attributes:
        absolute_date_range (None | TemplateResponseDateRangeAbsoluteDateRangeType0 | Unset): The absolute date range of
            the template Example: {'end_date': 6.027456183070403, 'type': 'absolute', 'start_date': 0.8008281904610115}.
        dynamic_date_range (None | TemplateResponseDateRangeDynamicDateRangeType0 | Unset): The dynamic date range of
            the template Example: {'range': 'YEAR_TO_DATE', 'type': 'dynamic'}.
        relative_date_range (None | TemplateResponseDateRangeRelativeDateRangeType0 | Unset): The relative date range of
            the template Example: {'end_days_in_past': 7, 'type': 'relative', 'start_days_in_past': 14}.
    """

    absolute_date_range: None | TemplateResponseDateRangeAbsoluteDateRangeType0 | Unset = UNSET
    dynamic_date_range: None | TemplateResponseDateRangeDynamicDateRangeType0 | Unset = UNSET
    relative_date_range: None | TemplateResponseDateRangeRelativeDateRangeType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_response_date_range_absolute_date_range_type_0 import (
            TemplateResponseDateRangeAbsoluteDateRangeType0,
        )
        from ..models.template_response_date_range_dynamic_date_range_type_0 import (
            TemplateResponseDateRangeDynamicDateRangeType0,
        )
        from ..models.template_response_date_range_relative_date_range_type_0 import (
            TemplateResponseDateRangeRelativeDateRangeType0,
        )

        absolute_date_range: dict[str, Any] | None | Unset
        if isinstance(self.absolute_date_range, Unset):
            absolute_date_range = UNSET
        elif isinstance(self.absolute_date_range, TemplateResponseDateRangeAbsoluteDateRangeType0):
            absolute_date_range = (
                None if self.absolute_date_range is None else self.absolute_date_range.to_dict()
            )
        else:
            absolute_date_range = self.absolute_date_range

        dynamic_date_range: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_date_range, Unset):
            dynamic_date_range = UNSET
        elif isinstance(self.dynamic_date_range, TemplateResponseDateRangeDynamicDateRangeType0):
            dynamic_date_range = (
                None if self.dynamic_date_range is None else self.dynamic_date_range.to_dict()
            )
        else:
            dynamic_date_range = self.dynamic_date_range

        relative_date_range: dict[str, Any] | None | Unset
        if isinstance(self.relative_date_range, Unset):
            relative_date_range = UNSET
        elif isinstance(self.relative_date_range, TemplateResponseDateRangeRelativeDateRangeType0):
            relative_date_range = (
                None if self.relative_date_range is None else self.relative_date_range.to_dict()
            )
        else:
            relative_date_range = self.relative_date_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if absolute_date_range is not UNSET:
            field_dict["absolute_date_range"] = absolute_date_range
        if dynamic_date_range is not UNSET:
            field_dict["dynamic_date_range"] = dynamic_date_range
        if relative_date_range is not UNSET:
            field_dict["relative_date_range"] = relative_date_range

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_response_date_range_absolute_date_range_type_0 import (
            TemplateResponseDateRangeAbsoluteDateRangeType0,
        )
        from ..models.template_response_date_range_dynamic_date_range_type_0 import (
            TemplateResponseDateRangeDynamicDateRangeType0,
        )
        from ..models.template_response_date_range_relative_date_range_type_0 import (
            TemplateResponseDateRangeRelativeDateRangeType0,
        )

        d = dict(src_dict)

        def _parse_absolute_date_range(
            data: object,
        ) -> None | TemplateResponseDateRangeAbsoluteDateRangeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_absolute_date_range(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _absolute_date_range_type_0 = data
                absolute_date_range_type_0 = (
                    tolerate_null("absolute_date_range_type_0")
                    if _absolute_date_range_type_0 is None
                    else TemplateResponseDateRangeAbsoluteDateRangeType0.from_dict(
                        _absolute_date_range_type_0
                    )
                )

                return absolute_date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateResponseDateRangeAbsoluteDateRangeType0 | Unset, data)

        absolute_date_range = _parse_absolute_date_range(d.pop("absolute_date_range", UNSET))

        def _parse_dynamic_date_range(
            data: object,
        ) -> None | TemplateResponseDateRangeDynamicDateRangeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_dynamic_date_range(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _dynamic_date_range_type_0 = data
                dynamic_date_range_type_0 = (
                    tolerate_null("dynamic_date_range_type_0")
                    if _dynamic_date_range_type_0 is None
                    else TemplateResponseDateRangeDynamicDateRangeType0.from_dict(
                        _dynamic_date_range_type_0
                    )
                )

                return dynamic_date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateResponseDateRangeDynamicDateRangeType0 | Unset, data)

        dynamic_date_range = _parse_dynamic_date_range(d.pop("dynamic_date_range", UNSET))

        def _parse_relative_date_range(
            data: object,
        ) -> None | TemplateResponseDateRangeRelativeDateRangeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_relative_date_range(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _relative_date_range_type_0 = data
                relative_date_range_type_0 = (
                    tolerate_null("relative_date_range_type_0")
                    if _relative_date_range_type_0 is None
                    else TemplateResponseDateRangeRelativeDateRangeType0.from_dict(
                        _relative_date_range_type_0
                    )
                )

                return relative_date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateResponseDateRangeRelativeDateRangeType0 | Unset, data)

        relative_date_range = _parse_relative_date_range(d.pop("relative_date_range", UNSET))

        template_response_date_range = cls(
            absolute_date_range=absolute_date_range,
            dynamic_date_range=dynamic_date_range,
            relative_date_range=relative_date_range,
        )

        if d:
            tolerate_unknown_fields("TemplateResponseDateRange", d)

        template_response_date_range.additional_properties = d
        return template_response_date_range

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
