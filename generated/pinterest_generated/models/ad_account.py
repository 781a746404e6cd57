from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_access_role import BusinessAccessRole
from ..models.country import Country
from ..models.currency import Currency
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.ad_account_owner import AdAccountOwner


T = TypeVar("T", bound="AdAccount")


@_attrs_define
class AdAccount:
    """
    Attributes:
        id (str):
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        created_time (int | None | Unset):  Creation time. Unix timestamp in seconds.
        currency (Currency | Unset): Currency Codes from ISO 4217
        name (str | Unset): Ad account name.
        owner (AdAccountOwner | Unset):
        permissions (list[BusinessAccessRole] | Unset):
        updated_time (int | None | Unset):
    """

    id: str
    country: Country | Unset = UNSET
    created_time: int | None | Unset = UNSET
    currency: Currency | Unset = UNSET
    name: str | Unset = UNSET
    owner: AdAccountOwner | Unset = UNSET
    permissions: list[BusinessAccessRole] | Unset = UNSET
    updated_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = None if self.country is None else self.country.value

        created_time: int | None | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = None if self.currency is None else self.currency.value

        name = self.name

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = None if self.owner is None else self.owner.to_dict()

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            if self.permissions is None:
                permissions = None
            else:
                permissions = []
                for permissions_item_data in self.permissions:
                    permissions_item = (
                        None if permissions_item_data is None else permissions_item_data.value
                    )
                    permissions.append(permissions_item)

        updated_time: int | None | Unset
        if isinstance(self.updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if currency is not UNSET:
            field_dict["currency"] = currency
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ad_account_owner import AdAccountOwner

        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        elif _country is None:
            country = tolerate_null("country")
        else:
            country = Country(_country)

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

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        elif _currency is None:
            currency = tolerate_null("currency")
        else:
            currency = Currency(_currency)

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        _owner = d.pop("owner", UNSET)
        owner: AdAccountOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        elif _owner is None:
            owner = tolerate_null("owner")
        else:
            owner = AdAccountOwner.from_dict(_owner)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[BusinessAccessRole] | Unset = UNSET
        if _permissions is None:
            permissions = tolerate_null("permissions")
        elif not isinstance(_permissions, Unset):
            permissions = []
            for permissions_item_data in _permissions:
                _permissions_item = permissions_item_data
                permissions_item = (
                    tolerate_null("permissions_item")
                    if _permissions_item is None
                    else BusinessAccessRole(_permissions_item)
                )

                permissions.append(permissions_item)

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

        ad_account = cls(
            id=id,
            country=country,
            created_time=created_time,
            currency=currency,
            name=name,
            owner=owner,
            permissions=permissions,
            updated_time=updated_time,
        )

        if d:
            tolerate_unknown_fields("AdAccount", d)

        ad_account.additional_properties = d
        return ad_account

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
