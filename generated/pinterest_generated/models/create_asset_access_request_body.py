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
    from ..models.create_asset_access_request_body_asset_requests_item import (
        CreateAssetAccessRequestBodyAssetRequestsItem,
    )


T = TypeVar("T", bound="CreateAssetAccessRequestBody")


@_attrs_define
class CreateAssetAccessRequestBody:
    """An object containing a list of all the asset access requests

    Attributes:
        asset_requests (list[CreateAssetAccessRequestBodyAssetRequestsItem]):
    """

    asset_requests: list[CreateAssetAccessRequestBodyAssetRequestsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.asset_requests is None:
            asset_requests = None
        else:
            asset_requests = []
            for asset_requests_item_data in self.asset_requests:
                asset_requests_item = (
                    None if asset_requests_item_data is None else asset_requests_item_data.to_dict()
                )
                asset_requests.append(asset_requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_requests": asset_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_asset_access_request_body_asset_requests_item import (
            CreateAssetAccessRequestBodyAssetRequestsItem,
        )

        d = dict(src_dict)
        _asset_requests = d.pop("asset_requests")
        asset_requests: list[CreateAssetAccessRequestBodyAssetRequestsItem]
        if _asset_requests is None:
            asset_requests = tolerate_null("asset_requests")
        else:
            asset_requests = []
            for asset_requests_item_data in _asset_requests:
                _asset_requests_item = asset_requests_item_data
                asset_requests_item = (
                    tolerate_null("asset_requests_item")
                    if _asset_requests_item is None
                    else CreateAssetAccessRequestBodyAssetRequestsItem.from_dict(
                        _asset_requests_item
                    )
                )

                asset_requests.append(asset_requests_item)

        create_asset_access_request_body = cls(
            asset_requests=asset_requests,
        )

        if d:
            tolerate_unknown_fields("CreateAssetAccessRequestBody", d)

        create_asset_access_request_body.additional_properties = d
        return create_asset_access_request_body

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
