from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leads_export_status import LeadsExportStatus
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="LeadsExportResponseData")


@_attrs_define
class LeadsExportResponseData:
    """
    Attributes:
        download_url (None | str | Unset):
        export_status (LeadsExportStatus | Unset): Status of a leads export job Example: IN_PROGRESS.
    """

    download_url: None | str | Unset = UNSET
    export_status: LeadsExportStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        export_status: str | Unset = UNSET
        if not isinstance(self.export_status, Unset):
            export_status = None if self.export_status is None else self.export_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if export_status is not UNSET:
            field_dict["export_status"] = export_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_download_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        _export_status = d.pop("export_status", UNSET)
        export_status: LeadsExportStatus | Unset
        if isinstance(_export_status, Unset):
            export_status = UNSET
        elif _export_status is None:
            export_status = tolerate_null("export_status")
        else:
            export_status = LeadsExportStatus(_export_status)

        leads_export_response_data = cls(
            download_url=download_url,
            export_status=export_status,
        )

        if d:
            tolerate_unknown_fields("LeadsExportResponseData", d)

        leads_export_response_data.additional_properties = d
        return leads_export_response_data

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
