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
    from ..models.business_member_assets_summary_ad_accounts_item import (
        BusinessMemberAssetsSummaryAdAccountsItem,
    )
    from ..models.business_member_assets_summary_profiles_item import (
        BusinessMemberAssetsSummaryProfilesItem,
    )


T = TypeVar("T", bound="BusinessMemberAssetsSummary")


@_attrs_define
class BusinessMemberAssetsSummary:
    """Ad accounts and profiles the business member/partner has access to.

    Attributes:
        ad_accounts (list[BusinessMemberAssetsSummaryAdAccountsItem] | Unset): List of ad account IDs and respective
            permission levels.
        profiles (list[BusinessMemberAssetsSummaryProfilesItem] | Unset): List of profile IDs and respective permission
            levels.
    """

    ad_accounts: list[BusinessMemberAssetsSummaryAdAccountsItem] | Unset = UNSET
    profiles: list[BusinessMemberAssetsSummaryProfilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ad_accounts, Unset):
            if self.ad_accounts is None:
                ad_accounts = None
            else:
                ad_accounts = []
                for ad_accounts_item_data in self.ad_accounts:
                    ad_accounts_item = (
                        None if ad_accounts_item_data is None else ad_accounts_item_data.to_dict()
                    )
                    ad_accounts.append(ad_accounts_item)

        profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            if self.profiles is None:
                profiles = None
            else:
                profiles = []
                for profiles_item_data in self.profiles:
                    profiles_item = (
                        None if profiles_item_data is None else profiles_item_data.to_dict()
                    )
                    profiles.append(profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_accounts is not UNSET:
            field_dict["ad_accounts"] = ad_accounts
        if profiles is not UNSET:
            field_dict["profiles"] = profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_member_assets_summary_ad_accounts_item import (
            BusinessMemberAssetsSummaryAdAccountsItem,
        )
        from ..models.business_member_assets_summary_profiles_item import (
            BusinessMemberAssetsSummaryProfilesItem,
        )

        d = dict(src_dict)
        _ad_accounts = d.pop("ad_accounts", UNSET)
        ad_accounts: list[BusinessMemberAssetsSummaryAdAccountsItem] | Unset = UNSET
        if _ad_accounts is None:
            ad_accounts = tolerate_null("ad_accounts")
        elif not isinstance(_ad_accounts, Unset):
            ad_accounts = []
            for ad_accounts_item_data in _ad_accounts:
                _ad_accounts_item = ad_accounts_item_data
                ad_accounts_item = (
                    tolerate_null("ad_accounts_item")
                    if _ad_accounts_item is None
                    else BusinessMemberAssetsSummaryAdAccountsItem.from_dict(_ad_accounts_item)
                )

                ad_accounts.append(ad_accounts_item)

        _profiles = d.pop("profiles", UNSET)
        profiles: list[BusinessMemberAssetsSummaryProfilesItem] | Unset = UNSET
        if _profiles is None:
            profiles = tolerate_null("profiles")
        elif not isinstance(_profiles, Unset):
            profiles = []
            for profiles_item_data in _profiles:
                _profiles_item = profiles_item_data
                profiles_item = (
                    tolerate_null("profiles_item")
                    if _profiles_item is None
                    else BusinessMemberAssetsSummaryProfilesItem.from_dict(_profiles_item)
                )

                profiles.append(profiles_item)

        business_member_assets_summary = cls(
            ad_accounts=ad_accounts,
            profiles=profiles,
        )

        if d:
            tolerate_unknown_fields("BusinessMemberAssetsSummary", d)

        business_member_assets_summary.additional_properties = d
        return business_member_assets_summary

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
