from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.business_access_user_summary import BusinessAccessUserSummary


T = TypeVar("T", bound="AssetGroupBinding")


@_attrs_define
class AssetGroupBinding:
    """
    Attributes:
        ad_accounts_ids (list[str] | None | Unset): A list of ad account IDs under the asset group Example:
            ['549755885175'].
        asset_group_description (None | str | Unset): Asset group description Example: Asset group that has ad accounts
            used in Canada.
        asset_group_name (None | str | Unset): Asset Group name Example: Canada Ad Accounts.
        asset_group_types (list[str] | Unset): Asset group types Example: ['LOCATION_OR_LANGUAGE'].
        catalogs_ids (list[str] | None | Unset): A list of catalog IDs under asset group Example: ['4836859046874'].
        created_by (BusinessAccessUserSummary | None | Unset): The data of the user that created the asset group.
        created_time (int | None | Unset): The creation time of the asset group Example: 1646767577816.
        id (str | Unset): Asset Group ID. Example: 666791336903426391.
        owner (BusinessAccessUserSummary | None | Unset): The data of the business that owns the asset group.
        profiles_ids (list[str] | None | Unset): A list of profile IDs under asset group Example:
            ['630433785246278264'].
        updated_time (int | None | Unset): The last update time of the asset group Example: 1646767577816.
    """

    ad_accounts_ids: list[str] | None | Unset = UNSET
    asset_group_description: None | str | Unset = UNSET
    asset_group_name: None | str | Unset = UNSET
    asset_group_types: list[str] | Unset = UNSET
    catalogs_ids: list[str] | None | Unset = UNSET
    created_by: BusinessAccessUserSummary | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    id: str | Unset = UNSET
    owner: BusinessAccessUserSummary | None | Unset = UNSET
    profiles_ids: list[str] | None | Unset = UNSET
    updated_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_access_user_summary import BusinessAccessUserSummary

        ad_accounts_ids: list[str] | None | Unset
        if isinstance(self.ad_accounts_ids, Unset):
            ad_accounts_ids = UNSET
        elif isinstance(self.ad_accounts_ids, list):
            ad_accounts_ids = self.ad_accounts_ids

        else:
            ad_accounts_ids = self.ad_accounts_ids

        asset_group_description: None | str | Unset
        if isinstance(self.asset_group_description, Unset):
            asset_group_description = UNSET
        else:
            asset_group_description = self.asset_group_description

        asset_group_name: None | str | Unset
        if isinstance(self.asset_group_name, Unset):
            asset_group_name = UNSET
        else:
            asset_group_name = self.asset_group_name

        asset_group_types: list[str] | Unset = UNSET
        if not isinstance(self.asset_group_types, Unset):
            asset_group_types = self.asset_group_types

        catalogs_ids: list[str] | None | Unset
        if isinstance(self.catalogs_ids, Unset):
            catalogs_ids = UNSET
        elif isinstance(self.catalogs_ids, list):
            catalogs_ids = self.catalogs_ids

        else:
            catalogs_ids = self.catalogs_ids

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, BusinessAccessUserSummary):
            created_by = None if self.created_by is None else self.created_by.to_dict()
        else:
            created_by = self.created_by

        created_time: int | None | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        id = self.id

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, BusinessAccessUserSummary):
            owner = None if self.owner is None else self.owner.to_dict()
        else:
            owner = self.owner

        profiles_ids: list[str] | None | Unset
        if isinstance(self.profiles_ids, Unset):
            profiles_ids = UNSET
        elif isinstance(self.profiles_ids, list):
            profiles_ids = self.profiles_ids

        else:
            profiles_ids = self.profiles_ids

        updated_time: int | None | Unset
        if isinstance(self.updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_accounts_ids is not UNSET:
            field_dict["ad_accounts_ids"] = ad_accounts_ids
        if asset_group_description is not UNSET:
            field_dict["asset_group_description"] = asset_group_description
        if asset_group_name is not UNSET:
            field_dict["asset_group_name"] = asset_group_name
        if asset_group_types is not UNSET:
            field_dict["asset_group_types"] = asset_group_types
        if catalogs_ids is not UNSET:
            field_dict["catalogs_ids"] = catalogs_ids
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if id is not UNSET:
            field_dict["id"] = id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if profiles_ids is not UNSET:
            field_dict["profiles_ids"] = profiles_ids
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_access_user_summary import BusinessAccessUserSummary

        d = dict(src_dict)

        def _parse_ad_accounts_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_accounts_ids(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _ad_accounts_ids_type_0 = data
                ad_accounts_ids_type_0 = (
                    tolerate_null("ad_accounts_ids_type_0")
                    if _ad_accounts_ids_type_0 is None
                    else cast(list[str], _ad_accounts_ids_type_0)
                )

                return ad_accounts_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ad_accounts_ids = _parse_ad_accounts_ids(d.pop("ad_accounts_ids", UNSET))

        def _parse_asset_group_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_asset_group_description(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        asset_group_description = _parse_asset_group_description(
            d.pop("asset_group_description", UNSET)
        )

        def _parse_asset_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_asset_group_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        asset_group_name = _parse_asset_group_name(d.pop("asset_group_name", UNSET))

        _asset_group_types = d.pop("asset_group_types", UNSET)
        asset_group_types = (
            tolerate_null("asset_group_types")
            if _asset_group_types is None
            else cast(list[str], _asset_group_types)
        )

        def _parse_catalogs_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_catalogs_ids(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _catalogs_ids_type_0 = data
                catalogs_ids_type_0 = (
                    tolerate_null("catalogs_ids_type_0")
                    if _catalogs_ids_type_0 is None
                    else cast(list[str], _catalogs_ids_type_0)
                )

                return catalogs_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        catalogs_ids = _parse_catalogs_ids(d.pop("catalogs_ids", UNSET))

        def _parse_created_by(data: object) -> BusinessAccessUserSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_created_by(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _created_by_type_1 = data
                created_by_type_1 = (
                    tolerate_null("created_by_type_1")
                    if _created_by_type_1 is None
                    else BusinessAccessUserSummary.from_dict(_created_by_type_1)
                )

                return created_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessAccessUserSummary | None | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_created_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_created_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_owner(data: object) -> BusinessAccessUserSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_owner(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _owner_type_1 = data
                owner_type_1 = (
                    tolerate_null("owner_type_1")
                    if _owner_type_1 is None
                    else BusinessAccessUserSummary.from_dict(_owner_type_1)
                )

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessAccessUserSummary | None | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_profiles_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_profiles_ids(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _profiles_ids_type_0 = data
                profiles_ids_type_0 = (
                    tolerate_null("profiles_ids_type_0")
                    if _profiles_ids_type_0 is None
                    else cast(list[str], _profiles_ids_type_0)
                )

                return profiles_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        profiles_ids = _parse_profiles_ids(d.pop("profiles_ids", UNSET))

        def _parse_updated_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_updated_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        updated_time = _parse_updated_time(d.pop("updated_time", UNSET))

        asset_group_binding = cls(
            ad_accounts_ids=ad_accounts_ids,
            asset_group_description=asset_group_description,
            asset_group_name=asset_group_name,
            asset_group_types=asset_group_types,
            catalogs_ids=catalogs_ids,
            created_by=created_by,
            created_time=created_time,
            id=id,
            owner=owner,
            profiles_ids=profiles_ids,
            updated_time=updated_time,
        )

        if d:
            tolerate_unknown_fields("AssetGroupBinding", d)

        asset_group_binding.additional_properties = d
        return asset_group_binding

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
