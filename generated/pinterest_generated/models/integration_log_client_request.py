from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_log_client_request_method import IntegrationLogClientRequestMethod
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.integration_log_client_request_request_headers import (
        IntegrationLogClientRequestRequestHeaders,
    )
    from ..models.integration_log_client_request_response_headers import (
        IntegrationLogClientRequestResponseHeaders,
    )


T = TypeVar("T", bound="IntegrationLogClientRequest")


@_attrs_define
class IntegrationLogClientRequest:
    """HTTP request details included in the log sent by the client.

    Attributes:
        host (str): HTTP request host from host header.
        method (IntegrationLogClientRequestMethod):
        path (str): HTTP request path.
        request_headers (IntegrationLogClientRequestRequestHeaders | Unset): HTTP request headers as key-value pairs.
        response_headers (IntegrationLogClientRequestResponseHeaders | Unset): HTTP response headers as key-value pairs.
        response_status_code (int | Unset):
    """

    host: str
    method: IntegrationLogClientRequestMethod
    path: str
    request_headers: IntegrationLogClientRequestRequestHeaders | Unset = UNSET
    response_headers: IntegrationLogClientRequestResponseHeaders | Unset = UNSET
    response_status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        method = None if self.method is None else self.method.value

        path = self.path

        request_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_headers, Unset):
            request_headers = (
                None if self.request_headers is None else self.request_headers.to_dict()
            )

        response_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_headers, Unset):
            response_headers = (
                None if self.response_headers is None else self.response_headers.to_dict()
            )

        response_status_code = self.response_status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "host": host,
                "method": method,
                "path": path,
            }
        )
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if response_headers is not UNSET:
            field_dict["response_headers"] = response_headers
        if response_status_code is not UNSET:
            field_dict["response_status_code"] = response_status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_log_client_request_request_headers import (
            IntegrationLogClientRequestRequestHeaders,
        )
        from ..models.integration_log_client_request_response_headers import (
            IntegrationLogClientRequestResponseHeaders,
        )

        d = dict(src_dict)
        host = d.pop("host")
        if host is None:
            host = tolerate_null("host")

        _method = d.pop("method")
        method = (
            tolerate_null("method")
            if _method is None
            else IntegrationLogClientRequestMethod(_method)
        )

        path = d.pop("path")
        if path is None:
            path = tolerate_null("path")

        _request_headers = d.pop("request_headers", UNSET)
        request_headers: IntegrationLogClientRequestRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        elif _request_headers is None:
            request_headers = tolerate_null("request_headers")
        else:
            request_headers = IntegrationLogClientRequestRequestHeaders.from_dict(_request_headers)

        _response_headers = d.pop("response_headers", UNSET)
        response_headers: IntegrationLogClientRequestResponseHeaders | Unset
        if isinstance(_response_headers, Unset):
            response_headers = UNSET
        elif _response_headers is None:
            response_headers = tolerate_null("response_headers")
        else:
            response_headers = IntegrationLogClientRequestResponseHeaders.from_dict(
                _response_headers
            )

        response_status_code = d.pop("response_status_code", UNSET)
        if response_status_code is None:
            response_status_code = tolerate_null("response_status_code")

        integration_log_client_request = cls(
            host=host,
            method=method,
            path=path,
            request_headers=request_headers,
            response_headers=response_headers,
            response_status_code=response_status_code,
        )

        if d:
            tolerate_unknown_fields("IntegrationLogClientRequest", d)
        integration_log_client_request.additional_properties = d
        return integration_log_client_request

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
