from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enhanced_match_status_type import EnhancedMatchStatusType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.conversion_tag_configs import ConversionTagConfigs


T = TypeVar("T", bound="ConversionTagCommon")


@_attrs_define
class ConversionTagCommon:
    """
    Attributes:
        name (str): Conversion tag name. Example: ACME Checkout Test Tag.
        code_snippet (str | Unset): Tag code snippet. Example: <script type=text/javascript> [...].
        configs (ConversionTagConfigs | Unset):
        enhanced_match_status (EnhancedMatchStatusType | None | Unset): The enhanced match status of the tag Example:
            VALIDATION_COMPLETE.
        id (str | Unset): Tag ID. Example: 2617998078212.
        last_fired_time_ms (float | None | Unset): Time for the last event fired. Example: 1599030000000.
        version (str | Unset): Version number. Example: 3.
    """

    name: str
    code_snippet: str | Unset = UNSET
    configs: ConversionTagConfigs | Unset = UNSET
    enhanced_match_status: EnhancedMatchStatusType | None | Unset = UNSET
    id: str | Unset = UNSET
    last_fired_time_ms: float | None | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code_snippet = self.code_snippet

        configs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = None if self.configs is None else self.configs.to_dict()

        enhanced_match_status: None | str | Unset
        if isinstance(self.enhanced_match_status, Unset):
            enhanced_match_status = UNSET
        elif isinstance(self.enhanced_match_status, EnhancedMatchStatusType):
            enhanced_match_status = (
                None if self.enhanced_match_status is None else self.enhanced_match_status.value
            )
        else:
            enhanced_match_status = self.enhanced_match_status

        id = self.id

        last_fired_time_ms: float | None | Unset
        if isinstance(self.last_fired_time_ms, Unset):
            last_fired_time_ms = UNSET
        else:
            last_fired_time_ms = self.last_fired_time_ms

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if code_snippet is not UNSET:
            field_dict["code_snippet"] = code_snippet
        if configs is not UNSET:
            field_dict["configs"] = configs
        if enhanced_match_status is not UNSET:
            field_dict["enhanced_match_status"] = enhanced_match_status
        if id is not UNSET:
            field_dict["id"] = id
        if last_fired_time_ms is not UNSET:
            field_dict["last_fired_time_ms"] = last_fired_time_ms
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion_tag_configs import ConversionTagConfigs

        d = dict(src_dict)
        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        code_snippet = d.pop("code_snippet", UNSET)
        if code_snippet is None:
            code_snippet = tolerate_null("code_snippet")

        _configs = d.pop("configs", UNSET)
        configs: ConversionTagConfigs | Unset
        if isinstance(_configs, Unset):
            configs = UNSET
        elif _configs is None:
            configs = tolerate_null("configs")
        else:
            configs = ConversionTagConfigs.from_dict(_configs)

        def _parse_enhanced_match_status(data: object) -> EnhancedMatchStatusType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_enhanced_match_status(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _enhanced_match_status_type_1 = data
                enhanced_match_status_type_1 = (
                    tolerate_null("enhanced_match_status_type_1")
                    if _enhanced_match_status_type_1 is None
                    else EnhancedMatchStatusType(_enhanced_match_status_type_1)
                )

                return enhanced_match_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnhancedMatchStatusType | None | Unset, data)

        enhanced_match_status = _parse_enhanced_match_status(d.pop("enhanced_match_status", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_last_fired_time_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_last_fired_time_ms(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        last_fired_time_ms = _parse_last_fired_time_ms(d.pop("last_fired_time_ms", UNSET))

        version = d.pop("version", UNSET)
        if version is None:
            version = tolerate_null("version")

        conversion_tag_common = cls(
            name=name,
            code_snippet=code_snippet,
            configs=configs,
            enhanced_match_status=enhanced_match_status,
            id=id,
            last_fired_time_ms=last_fired_time_ms,
            version=version,
        )

        if d:
            tolerate_unknown_fields("ConversionTagCommon", d)

        conversion_tag_common.additional_properties = d
        return conversion_tag_common

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
