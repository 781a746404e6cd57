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
    from ..models.base_invite_data_response_invite_data import BaseInviteDataResponseInviteData
    from ..models.business_access_user_summary import BusinessAccessUserSummary
    from ..models.invite_assets_summary import InviteAssetsSummary


T = TypeVar("T", bound="InviteResponse")


@_attrs_define
class InviteResponse:
    """
    Attributes:
        id (str | Unset): Unique identifier of the invite/request. Example: 383791336903426391.
        invite_data (BaseInviteDataResponseInviteData | Unset): Metadata for the invite/request.
        is_received_invite (bool | Unset): Indicates whether the invite/request was received.
        user (BusinessAccessUserSummary | Unset): Metadata of the member/partner that has access to the asset.
        assets_summary (InviteAssetsSummary | None | Unset):
        business_roles (list[str] | Unset): The access level a user would be granted on the business if the
            invite/request is accepted. This can be EMPLOYEE, BIZ_ADMIN, or PARTNER. Example: ['BIZ_ADMIN'].
        created_by_business (BusinessAccessUserSummary | None | Unset): Metadata for the business that created the
            invite/request.
        created_by_user (BusinessAccessUserSummary | None | Unset): Metadata for the user that created the
            invite/request.
        created_time (int | Unset): The time the invite/request was created. Returned in milliseconds. Example:
            1646767577816.
    """

    id: str | Unset = UNSET
    invite_data: BaseInviteDataResponseInviteData | Unset = UNSET
    is_received_invite: bool | Unset = UNSET
    user: BusinessAccessUserSummary | Unset = UNSET
    assets_summary: InviteAssetsSummary | None | Unset = UNSET
    business_roles: list[str] | Unset = UNSET
    created_by_business: BusinessAccessUserSummary | None | Unset = UNSET
    created_by_user: BusinessAccessUserSummary | None | Unset = UNSET
    created_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_access_user_summary import BusinessAccessUserSummary
        from ..models.invite_assets_summary import InviteAssetsSummary

        id = self.id

        invite_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite_data, Unset):
            invite_data = None if self.invite_data is None else self.invite_data.to_dict()

        is_received_invite = self.is_received_invite

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = None if self.user is None else self.user.to_dict()

        assets_summary: dict[str, Any] | None | Unset
        if isinstance(self.assets_summary, Unset):
            assets_summary = UNSET
        elif isinstance(self.assets_summary, InviteAssetsSummary):
            assets_summary = None if self.assets_summary is None else self.assets_summary.to_dict()
        else:
            assets_summary = self.assets_summary

        business_roles: list[str] | Unset = UNSET
        if not isinstance(self.business_roles, Unset):
            business_roles = self.business_roles

        created_by_business: dict[str, Any] | None | Unset
        if isinstance(self.created_by_business, Unset):
            created_by_business = UNSET
        elif isinstance(self.created_by_business, BusinessAccessUserSummary):
            created_by_business = (
                None if self.created_by_business is None else self.created_by_business.to_dict()
            )
        else:
            created_by_business = self.created_by_business

        created_by_user: dict[str, Any] | None | Unset
        if isinstance(self.created_by_user, Unset):
            created_by_user = UNSET
        elif isinstance(self.created_by_user, BusinessAccessUserSummary):
            created_by_user = (
                None if self.created_by_user is None else self.created_by_user.to_dict()
            )
        else:
            created_by_user = self.created_by_user

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invite_data is not UNSET:
            field_dict["invite_data"] = invite_data
        if is_received_invite is not UNSET:
            field_dict["is_received_invite"] = is_received_invite
        if user is not UNSET:
            field_dict["user"] = user
        if assets_summary is not UNSET:
            field_dict["assets_summary"] = assets_summary
        if business_roles is not UNSET:
            field_dict["business_roles"] = business_roles
        if created_by_business is not UNSET:
            field_dict["created_by_business"] = created_by_business
        if created_by_user is not UNSET:
            field_dict["created_by_user"] = created_by_user
        if created_time is not UNSET:
            field_dict["created_time"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.base_invite_data_response_invite_data import BaseInviteDataResponseInviteData
        from ..models.business_access_user_summary import BusinessAccessUserSummary
        from ..models.invite_assets_summary import InviteAssetsSummary

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        _invite_data = d.pop("invite_data", UNSET)
        invite_data: BaseInviteDataResponseInviteData | Unset
        if isinstance(_invite_data, Unset):
            invite_data = UNSET
        elif _invite_data is None:
            invite_data = tolerate_null("invite_data")
        else:
            invite_data = BaseInviteDataResponseInviteData.from_dict(_invite_data)

        is_received_invite = d.pop("is_received_invite", UNSET)
        if is_received_invite is None:
            is_received_invite = tolerate_null("is_received_invite")

        _user = d.pop("user", UNSET)
        user: BusinessAccessUserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        elif _user is None:
            user = tolerate_null("user")
        else:
            user = BusinessAccessUserSummary.from_dict(_user)

        def _parse_assets_summary(data: object) -> InviteAssetsSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_assets_summary(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _assets_summary_type_1 = data
                assets_summary_type_1 = (
                    tolerate_null("assets_summary_type_1")
                    if _assets_summary_type_1 is None
                    else InviteAssetsSummary.from_dict(_assets_summary_type_1)
                )

                return assets_summary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InviteAssetsSummary | None | Unset, data)

        assets_summary = _parse_assets_summary(d.pop("assets_summary", UNSET))

        _business_roles = d.pop("business_roles", UNSET)
        business_roles = (
            tolerate_null("business_roles")
            if _business_roles is None
            else cast(list[str], _business_roles)
        )

        def _parse_created_by_business(data: object) -> BusinessAccessUserSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_created_by_business(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _created_by_business_type_1 = data
                created_by_business_type_1 = (
                    tolerate_null("created_by_business_type_1")
                    if _created_by_business_type_1 is None
                    else BusinessAccessUserSummary.from_dict(_created_by_business_type_1)
                )

                return created_by_business_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessAccessUserSummary | None | Unset, data)

        created_by_business = _parse_created_by_business(d.pop("created_by_business", UNSET))

        def _parse_created_by_user(data: object) -> BusinessAccessUserSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_created_by_user(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _created_by_user_type_1 = data
                created_by_user_type_1 = (
                    tolerate_null("created_by_user_type_1")
                    if _created_by_user_type_1 is None
                    else BusinessAccessUserSummary.from_dict(_created_by_user_type_1)
                )

                return created_by_user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessAccessUserSummary | None | Unset, data)

        created_by_user = _parse_created_by_user(d.pop("created_by_user", UNSET))

        created_time = d.pop("created_time", UNSET)
        if created_time is None:
            created_time = tolerate_null("created_time")

        invite_response = cls(
            id=id,
            invite_data=invite_data,
            is_received_invite=is_received_invite,
            user=user,
            assets_summary=assets_summary,
            business_roles=business_roles,
            created_by_business=created_by_business,
            created_by_user=created_by_user,
            created_time=created_time,
        )

        if d:
            tolerate_unknown_fields("InviteResponse", d)

        invite_response.additional_properties = d
        return invite_response

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
