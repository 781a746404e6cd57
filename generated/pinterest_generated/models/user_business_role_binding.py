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
    from ..models.business_member_assets_summary import BusinessMemberAssetsSummary


T = TypeVar("T", bound="UserBusinessRoleBinding")


@_attrs_define
class UserBusinessRoleBinding:
    """
    Attributes:
        assets_summary (BusinessMemberAssetsSummary | None | Unset):
        business_roles (list[str] | Unset): The access level a user has on the business. This can be EMPLOYEE,
            BIZ_ADMIN, or PARTNER. Example: ['BIZ_ADMIN'].
        created_by_business (BusinessAccessUserSummary | None | Unset): Metadata for the business that created the
            business relationship.
        created_by_user (BusinessAccessUserSummary | None | Unset): Metadata for the user that created the business
            relationship.
        created_time (int | None | Unset): The time the business relationship was created. Returned in milliseconds.
            Example: 1646767577816.
        id (str | Unset): Unique identifier of the business member/business partner/employer. Example:
            383791336903426391.
        is_shared_partner (bool | Unset): This field is only relevant when business_role="PARTNER".
            <br>If is_shared_partner=FALSE, the partner can access your business assets. If assets_summary
            is not empty, the assets listed are your business assets the partner has access to.
            <br>If is_shared_partner=TRUE, you can access the partner's business asset. If assets_summary
            is not empty, the assets listed are the partner's business assets you have access to. Example: False.
        user (BusinessAccessUserSummary | None | Unset): Metadata for the business member/business partner/employer.
    """

    assets_summary: BusinessMemberAssetsSummary | None | Unset = UNSET
    business_roles: list[str] | Unset = UNSET
    created_by_business: BusinessAccessUserSummary | None | Unset = UNSET
    created_by_user: BusinessAccessUserSummary | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    id: str | Unset = UNSET
    is_shared_partner: bool | Unset = UNSET
    user: BusinessAccessUserSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_access_user_summary import BusinessAccessUserSummary
        from ..models.business_member_assets_summary import BusinessMemberAssetsSummary

        assets_summary: dict[str, Any] | None | Unset
        if isinstance(self.assets_summary, Unset):
            assets_summary = UNSET
        elif isinstance(self.assets_summary, BusinessMemberAssetsSummary):
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

        created_time: int | None | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        id = self.id

        is_shared_partner = self.is_shared_partner

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, BusinessAccessUserSummary):
            user = None if self.user is None else self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if id is not UNSET:
            field_dict["id"] = id
        if is_shared_partner is not UNSET:
            field_dict["is_shared_partner"] = is_shared_partner
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_access_user_summary import BusinessAccessUserSummary
        from ..models.business_member_assets_summary import BusinessMemberAssetsSummary

        d = dict(src_dict)

        def _parse_assets_summary(data: object) -> BusinessMemberAssetsSummary | None | Unset:
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
                    else BusinessMemberAssetsSummary.from_dict(_assets_summary_type_1)
                )

                return assets_summary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessMemberAssetsSummary | None | Unset, data)

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

        is_shared_partner = d.pop("is_shared_partner", UNSET)
        if is_shared_partner is None:
            is_shared_partner = tolerate_null("is_shared_partner")

        def _parse_user(data: object) -> BusinessAccessUserSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_user(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _user_type_1 = data
                user_type_1 = (
                    tolerate_null("user_type_1")
                    if _user_type_1 is None
                    else BusinessAccessUserSummary.from_dict(_user_type_1)
                )

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessAccessUserSummary | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        user_business_role_binding = cls(
            assets_summary=assets_summary,
            business_roles=business_roles,
            created_by_business=created_by_business,
            created_by_user=created_by_user,
            created_time=created_time,
            id=id,
            is_shared_partner=is_shared_partner,
            user=user,
        )

        if d:
            tolerate_unknown_fields("UserBusinessRoleBinding", d)

        user_business_role_binding.additional_properties = d
        return user_business_role_binding

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
