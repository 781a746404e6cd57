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

T = TypeVar("T", bound="UserWebsiteVerificationCode")


@_attrs_define
class UserWebsiteVerificationCode:
    """
    Attributes:
        dns_txt_record (str | Unset): DNS TXT record to check against for the website to be claimed Example: pinterest-
            site-verification=e1edcc1a43976c646367e9c6c9a9b7b6.
        file_content (str | Unset): A full html file to upload to the website in order for it to be claimed
        filename (str | Unset): File expected to find on the website being claimed Example: pinterest-e1edc.html.
        metatag (str | Unset): Metatag the verification process searchs for the website to be claimed Example: <meta
            name="p:domain_verify" content="e1edcc1a43976c646367e9c6c9a9b7b6"/>.
        verification_code (str | Unset): Code to check against the user claiming the website Example:
            e1edcc1a43976c646367e9c6c9a9b7b6.
    """

    dns_txt_record: str | Unset = UNSET
    file_content: str | Unset = UNSET
    filename: str | Unset = UNSET
    metatag: str | Unset = UNSET
    verification_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns_txt_record = self.dns_txt_record

        file_content = self.file_content

        filename = self.filename

        metatag = self.metatag

        verification_code = self.verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns_txt_record is not UNSET:
            field_dict["dns_txt_record"] = dns_txt_record
        if file_content is not UNSET:
            field_dict["file_content"] = file_content
        if filename is not UNSET:
            field_dict["filename"] = filename
        if metatag is not UNSET:
            field_dict["metatag"] = metatag
        if verification_code is not UNSET:
            field_dict["verification_code"] = verification_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dns_txt_record = d.pop("dns_txt_record", UNSET)
        if dns_txt_record is None:
            dns_txt_record = tolerate_null("dns_txt_record")

        file_content = d.pop("file_content", UNSET)
        if file_content is None:
            file_content = tolerate_null("file_content")

        filename = d.pop("filename", UNSET)
        if filename is None:
            filename = tolerate_null("filename")

        metatag = d.pop("metatag", UNSET)
        if metatag is None:
            metatag = tolerate_null("metatag")

        verification_code = d.pop("verification_code", UNSET)
        if verification_code is None:
            verification_code = tolerate_null("verification_code")

        user_website_verification_code = cls(
            dns_txt_record=dns_txt_record,
            file_content=file_content,
            filename=filename,
            metatag=metatag,
            verification_code=verification_code,
        )

        if d:
            tolerate_unknown_fields("UserWebsiteVerificationCode", d)

        user_website_verification_code.additional_properties = d
        return user_website_verification_code

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
