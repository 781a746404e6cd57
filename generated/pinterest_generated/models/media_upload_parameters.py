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

T = TypeVar("T", bound="MediaUploadParameters")


@_attrs_define
class MediaUploadParameters:
    """
    Attributes:
        content_type (str | Unset):  Example: multipart/form-data.
        key (str | Unset):  Example: uploads/11/aa/22/3:video:203014033110991560:5212123920968240771.
        policy (str | Unset):  Example: eyJleHBpcmF0aW9uIjoiMj..==.
        x_amz_algorithm (str | Unset):  Example: AWS4-HMAC-SHA256.
        x_amz_credential (str | Unset):  Example: ASIA6QZJ64OPIKV7FRVX/20220127/us-east-1/s3/aws4_request.
        x_amz_date (str | Unset):  Example: 20220127T185143Z.
        x_amz_security_token (str | Unset):  Example: IQoJb3JpZ2luX2VjEJr...==.
        x_amz_signature (str | Unset):  Example: fcd6309a6aaee213348666a72abed8b44552a43acb6b340e8e1b288d21a5fe92.
    """

    content_type: str | Unset = UNSET
    key: str | Unset = UNSET
    policy: str | Unset = UNSET
    x_amz_algorithm: str | Unset = UNSET
    x_amz_credential: str | Unset = UNSET
    x_amz_date: str | Unset = UNSET
    x_amz_security_token: str | Unset = UNSET
    x_amz_signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        key = self.key

        policy = self.policy

        x_amz_algorithm = self.x_amz_algorithm

        x_amz_credential = self.x_amz_credential

        x_amz_date = self.x_amz_date

        x_amz_security_token = self.x_amz_security_token

        x_amz_signature = self.x_amz_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["Content-Type"] = content_type
        if key is not UNSET:
            field_dict["key"] = key
        if policy is not UNSET:
            field_dict["policy"] = policy
        if x_amz_algorithm is not UNSET:
            field_dict["x-amz-algorithm"] = x_amz_algorithm
        if x_amz_credential is not UNSET:
            field_dict["x-amz-credential"] = x_amz_credential
        if x_amz_date is not UNSET:
            field_dict["x-amz-date"] = x_amz_date
        if x_amz_security_token is not UNSET:
            field_dict["x-amz-security-token"] = x_amz_security_token
        if x_amz_signature is not UNSET:
            field_dict["x-amz-signature"] = x_amz_signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("Content-Type", UNSET)
        if content_type is None:
            content_type = tolerate_null("Content-Type")

        key = d.pop("key", UNSET)
        if key is None:
            key = tolerate_null("key")

        policy = d.pop("policy", UNSET)
        if policy is None:
            policy = tolerate_null("policy")

        x_amz_algorithm = d.pop("x-amz-algorithm", UNSET)
        if x_amz_algorithm is None:
            x_amz_algorithm = tolerate_null("x-amz-algorithm")

        x_amz_credential = d.pop("x-amz-credential", UNSET)
        if x_amz_credential is None:
            x_amz_credential = tolerate_null("x-amz-credential")

        x_amz_date = d.pop("x-amz-date", UNSET)
        if x_amz_date is None:
            x_amz_date = tolerate_null("x-amz-date")

        x_amz_security_token = d.pop("x-amz-security-token", UNSET)
        if x_amz_security_token is None:
            x_amz_security_token = tolerate_null("x-amz-security-token")

        x_amz_signature = d.pop("x-amz-signature", UNSET)
        if x_amz_signature is None:
            x_amz_signature = tolerate_null("x-amz-signature")

        media_upload_parameters = cls(
            content_type=content_type,
            key=key,
            policy=policy,
            x_amz_algorithm=x_amz_algorithm,
            x_amz_credential=x_amz_credential,
            x_amz_date=x_amz_date,
            x_amz_security_token=x_amz_security_token,
            x_amz_signature=x_amz_signature,
        )

        if d:
            tolerate_unknown_fields("MediaUploadParameters", d)

        media_upload_parameters.additional_properties = d
        return media_upload_parameters

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
