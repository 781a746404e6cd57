from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.customer_list_upload import CustomerListUpload
    from ..models.s3_multipart_upload_data import S3MultipartUploadData


T = TypeVar("T", bound="CustomerListUploadCreateResponse")


@_attrs_define
class CustomerListUploadCreateResponse:
    """
    Attributes:
        customer_list_upload (CustomerListUpload):
        s3_multipart_upload_data (S3MultipartUploadData):
    """

    customer_list_upload: CustomerListUpload
    s3_multipart_upload_data: S3MultipartUploadData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_list_upload = (
            None if self.customer_list_upload is None else self.customer_list_upload.to_dict()
        )

        s3_multipart_upload_data = (
            None
            if self.s3_multipart_upload_data is None
            else self.s3_multipart_upload_data.to_dict()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_list_upload": customer_list_upload,
                "s3_multipart_upload_data": s3_multipart_upload_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_list_upload import CustomerListUpload
        from ..models.s3_multipart_upload_data import S3MultipartUploadData

        d = dict(src_dict)
        _customer_list_upload = d.pop("customer_list_upload")
        customer_list_upload = (
            tolerate_null("customer_list_upload")
            if _customer_list_upload is None
            else CustomerListUpload.from_dict(_customer_list_upload)
        )

        _s3_multipart_upload_data = d.pop("s3_multipart_upload_data")
        s3_multipart_upload_data = (
            tolerate_null("s3_multipart_upload_data")
            if _s3_multipart_upload_data is None
            else S3MultipartUploadData.from_dict(_s3_multipart_upload_data)
        )

        customer_list_upload_create_response = cls(
            customer_list_upload=customer_list_upload,
            s3_multipart_upload_data=s3_multipart_upload_data,
        )

        if d:
            tolerate_unknown_fields("CustomerListUploadCreateResponse", d)

        customer_list_upload_create_response.additional_properties = d
        return customer_list_upload_create_response

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
