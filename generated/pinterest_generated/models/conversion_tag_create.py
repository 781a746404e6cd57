from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar("T", bound="ConversionTagCreate")


@_attrs_define
class ConversionTagCreate:
    """Resource create operation model.

    Attributes:
        name (str): Conversion tag name. Example: ACME Checkout Test Tag.
        aem_db_enabled (bool | None | Unset): Whether Automatic Enhanced Match birthdate is enabled. See [Enhanced
            match](https://help.pinterest.com/en/business/article/enhanced-match) for more information. Default: False.
        aem_enabled (bool | None | Unset): Whether Automatic Enhanced Match email is enabled. See [Enhanced
            match](https://help.pinterest.com/en/business/article/enhanced-match) for more information. Default: False.
        aem_external_id_enabled (bool | None | Unset): Whether Automatic Enhanced Match location is enabled. See
            [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information. Default:
            False.
        aem_fnln_enabled (bool | None | Unset): Whether Automatic Enhanced Match name is enabled. See [Enhanced
            match](https://help.pinterest.com/en/business/article/enhanced-match) for more information. Default: False.
        aem_ge_enabled (bool | None | Unset): Whether Automatic Enhanced Match gender is enabled. See [Enhanced
            match](https://help.pinterest.com/en/business/article/enhanced-match) for more information. Default: False.
        aem_loc_enabled (bool | None | Unset): Whether Automatic Enhanced Match location is enabled. See [Enhanced
            match](https://help.pinterest.com/en/business/article/enhanced-match) for more information. Default: False.
        aem_ph_enabled (bool | None | Unset): Whether Automatic Enhanced Match phone is enabled. See [Enhanced
            match](https://help.pinterest.com/en/business/article/enhanced-match) for more information. Default: False.
        md_frequency (float | None | Unset): Metadata ingestion frequency. Default: 1.0. Example: 0.6.
    """

    name: str
    aem_db_enabled: bool | None | Unset = UNSET
    aem_enabled: bool | None | Unset = UNSET
    aem_external_id_enabled: bool | None | Unset = UNSET
    aem_fnln_enabled: bool | None | Unset = UNSET
    aem_ge_enabled: bool | None | Unset = UNSET
    aem_loc_enabled: bool | None | Unset = UNSET
    aem_ph_enabled: bool | None | Unset = UNSET
    md_frequency: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        aem_db_enabled: bool | None | Unset
        if isinstance(self.aem_db_enabled, Unset):
            aem_db_enabled = UNSET
        else:
            aem_db_enabled = self.aem_db_enabled

        aem_enabled: bool | None | Unset
        if isinstance(self.aem_enabled, Unset):
            aem_enabled = UNSET
        else:
            aem_enabled = self.aem_enabled

        aem_external_id_enabled: bool | None | Unset
        if isinstance(self.aem_external_id_enabled, Unset):
            aem_external_id_enabled = UNSET
        else:
            aem_external_id_enabled = self.aem_external_id_enabled

        aem_fnln_enabled: bool | None | Unset
        if isinstance(self.aem_fnln_enabled, Unset):
            aem_fnln_enabled = UNSET
        else:
            aem_fnln_enabled = self.aem_fnln_enabled

        aem_ge_enabled: bool | None | Unset
        if isinstance(self.aem_ge_enabled, Unset):
            aem_ge_enabled = UNSET
        else:
            aem_ge_enabled = self.aem_ge_enabled

        aem_loc_enabled: bool | None | Unset
        if isinstance(self.aem_loc_enabled, Unset):
            aem_loc_enabled = UNSET
        else:
            aem_loc_enabled = self.aem_loc_enabled

        aem_ph_enabled: bool | None | Unset
        if isinstance(self.aem_ph_enabled, Unset):
            aem_ph_enabled = UNSET
        else:
            aem_ph_enabled = self.aem_ph_enabled

        md_frequency: float | None | Unset
        if isinstance(self.md_frequency, Unset):
            md_frequency = UNSET
        else:
            md_frequency = self.md_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if aem_db_enabled is not UNSET:
            field_dict["aem_db_enabled"] = aem_db_enabled
        if aem_enabled is not UNSET:
            field_dict["aem_enabled"] = aem_enabled
        if aem_external_id_enabled is not UNSET:
            field_dict["aem_external_id_enabled"] = aem_external_id_enabled
        if aem_fnln_enabled is not UNSET:
            field_dict["aem_fnln_enabled"] = aem_fnln_enabled
        if aem_ge_enabled is not UNSET:
            field_dict["aem_ge_enabled"] = aem_ge_enabled
        if aem_loc_enabled is not UNSET:
            field_dict["aem_loc_enabled"] = aem_loc_enabled
        if aem_ph_enabled is not UNSET:
            field_dict["aem_ph_enabled"] = aem_ph_enabled
        if md_frequency is not UNSET:
            field_dict["md_frequency"] = md_frequency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        def _parse_aem_db_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_aem_db_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        aem_db_enabled = _parse_aem_db_enabled(d.pop("aem_db_enabled", UNSET))

        def _parse_aem_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_aem_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        aem_enabled = _parse_aem_enabled(d.pop("aem_enabled", UNSET))

        def _parse_aem_external_id_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_aem_external_id_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        aem_external_id_enabled = _parse_aem_external_id_enabled(
            d.pop("aem_external_id_enabled", UNSET)
        )

        def _parse_aem_fnln_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_aem_fnln_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        aem_fnln_enabled = _parse_aem_fnln_enabled(d.pop("aem_fnln_enabled", UNSET))

        def _parse_aem_ge_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_aem_ge_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        aem_ge_enabled = _parse_aem_ge_enabled(d.pop("aem_ge_enabled", UNSET))

        def _parse_aem_loc_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_aem_loc_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        aem_loc_enabled = _parse_aem_loc_enabled(d.pop("aem_loc_enabled", UNSET))

        def _parse_aem_ph_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_aem_ph_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        aem_ph_enabled = _parse_aem_ph_enabled(d.pop("aem_ph_enabled", UNSET))

        def _parse_md_frequency(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_md_frequency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        md_frequency = _parse_md_frequency(d.pop("md_frequency", UNSET))

        conversion_tag_create = cls(
            name=name,
            aem_db_enabled=aem_db_enabled,
            aem_enabled=aem_enabled,
            aem_external_id_enabled=aem_external_id_enabled,
            aem_fnln_enabled=aem_fnln_enabled,
            aem_ge_enabled=aem_ge_enabled,
            aem_loc_enabled=aem_loc_enabled,
            aem_ph_enabled=aem_ph_enabled,
            md_frequency=md_frequency,
        )

        if d:
            tolerate_unknown_fields("ConversionTagCreate", d)

        conversion_tag_create.additional_properties = d
        return conversion_tag_create

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
