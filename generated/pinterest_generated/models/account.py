from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_account_type import AccountAccountType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        about (str | Unset): Profile about description.
        account_type (AccountAccountType | Unset): Type of account
        board_count (int | None | Unset): User account board count.<br/>**Note**: Board count on user account level may
            differ from counts found elsewhere due to attribution of collaborative Boards. Example: 14.
        business_name (None | str | Unset):
        follower_count (int | None | Unset): User account follower count. Example: 10.
        following_count (int | None | Unset): User account following count. Example: 347.
        id (str | Unset): User account ID. Example: 2783136121146311751.
        monthly_views (int | None | Unset): User account monthly views. Example: 163.
        pin_count (int | None | Unset): User account pin count. This includes both created and saved pins. Example: 339.
        profile_image (str | Unset):
        username (str | Unset):
        website_url (str | Unset):
    """

    about: str | Unset = UNSET
    account_type: AccountAccountType | Unset = UNSET
    board_count: int | None | Unset = UNSET
    business_name: None | str | Unset = UNSET
    follower_count: int | None | Unset = UNSET
    following_count: int | None | Unset = UNSET
    id: str | Unset = UNSET
    monthly_views: int | None | Unset = UNSET
    pin_count: int | None | Unset = UNSET
    profile_image: str | Unset = UNSET
    username: str | Unset = UNSET
    website_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        about = self.about

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = None if self.account_type is None else self.account_type.value

        board_count: int | None | Unset
        if isinstance(self.board_count, Unset):
            board_count = UNSET
        else:
            board_count = self.board_count

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

        follower_count: int | None | Unset
        if isinstance(self.follower_count, Unset):
            follower_count = UNSET
        else:
            follower_count = self.follower_count

        following_count: int | None | Unset
        if isinstance(self.following_count, Unset):
            following_count = UNSET
        else:
            following_count = self.following_count

        id = self.id

        monthly_views: int | None | Unset
        if isinstance(self.monthly_views, Unset):
            monthly_views = UNSET
        else:
            monthly_views = self.monthly_views

        pin_count: int | None | Unset
        if isinstance(self.pin_count, Unset):
            pin_count = UNSET
        else:
            pin_count = self.pin_count

        profile_image = self.profile_image

        username = self.username

        website_url = self.website_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if about is not UNSET:
            field_dict["about"] = about
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if board_count is not UNSET:
            field_dict["board_count"] = board_count
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if follower_count is not UNSET:
            field_dict["follower_count"] = follower_count
        if following_count is not UNSET:
            field_dict["following_count"] = following_count
        if id is not UNSET:
            field_dict["id"] = id
        if monthly_views is not UNSET:
            field_dict["monthly_views"] = monthly_views
        if pin_count is not UNSET:
            field_dict["pin_count"] = pin_count
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if username is not UNSET:
            field_dict["username"] = username
        if website_url is not UNSET:
            field_dict["website_url"] = website_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        about = d.pop("about", UNSET)
        if about is None:
            about = tolerate_null("about")

        _account_type = d.pop("account_type", UNSET)
        account_type: AccountAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        elif _account_type is None:
            account_type = tolerate_null("account_type")
        else:
            account_type = AccountAccountType(_account_type)

        def _parse_board_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_board_count(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        board_count = _parse_board_count(d.pop("board_count", UNSET))

        def _parse_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_business_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        business_name = _parse_business_name(d.pop("business_name", UNSET))

        def _parse_follower_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_follower_count(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        follower_count = _parse_follower_count(d.pop("follower_count", UNSET))

        def _parse_following_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_following_count(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        following_count = _parse_following_count(d.pop("following_count", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_monthly_views(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_monthly_views(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        monthly_views = _parse_monthly_views(d.pop("monthly_views", UNSET))

        def _parse_pin_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_pin_count(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        pin_count = _parse_pin_count(d.pop("pin_count", UNSET))

        profile_image = d.pop("profile_image", UNSET)
        if profile_image is None:
            profile_image = tolerate_null("profile_image")

        username = d.pop("username", UNSET)
        if username is None:
            username = tolerate_null("username")

        website_url = d.pop("website_url", UNSET)
        if website_url is None:
            website_url = tolerate_null("website_url")

        account = cls(
            about=about,
            account_type=account_type,
            board_count=board_count,
            business_name=business_name,
            follower_count=follower_count,
            following_count=following_count,
            id=id,
            monthly_views=monthly_views,
            pin_count=pin_count,
            profile_image=profile_image,
            username=username,
            website_url=website_url,
        )

        if d:
            tolerate_unknown_fields("Account", d)

        account.additional_properties = d
        return account

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
