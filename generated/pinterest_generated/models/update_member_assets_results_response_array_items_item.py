from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.users_for_individual_asset_response import UsersForIndividualAssetResponse


T = TypeVar("T", bound="UpdateMemberAssetsResultsResponseArrayItemsItem")


@_attrs_define
class UpdateMemberAssetsResultsResponseArrayItemsItem:
    """
    Attributes:
        response (UsersForIndividualAssetResponse | Unset): An object containing the permissions a business member has
            on the asset.
    """

    response: UsersForIndividualAssetResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = None if self.response is None else self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.users_for_individual_asset_response import UsersForIndividualAssetResponse

        d = dict(src_dict)
        _response = d.pop("response", UNSET)
        response: UsersForIndividualAssetResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        elif _response is None:
            response = tolerate_null("response")
        else:
            response = UsersForIndividualAssetResponse.from_dict(_response)

        update_member_assets_results_response_array_items_item = cls(
            response=response,
        )

        if d:
            tolerate_unknown_fields("UpdateMemberAssetsResultsResponseArrayItemsItem", d)

        update_member_assets_results_response_array_items_item.additional_properties = d
        return update_member_assets_results_response_array_items_item

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
