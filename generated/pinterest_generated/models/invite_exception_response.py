from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar("T", bound="InviteExceptionResponse")


@_attrs_define
class InviteExceptionResponse:
    """An exception object if there is an error performing the action. Will only be provided if there is an error.

    Attributes:
        code (int | Unset): Error code associated with the error in performing the action on the invite/request.
            Example: 403.
        invite_or_request_id (None | str | Unset): Unique identifier of the invite/request. Example: 383791336903426391.
        message (str | Unset): Error message associated with the error in performing the action on the invite/request.
            Example: You hit the maximum number of pending invites allowed..
        users_or_partner_ids (list[str] | None | Unset): A list of users' usernames or emails OR a list of partner ids
            that caused the error. Example: ['businessMember0101', 'business+member@business.com'].
    """

    code: int | Unset = UNSET
    invite_or_request_id: None | str | Unset = UNSET
    message: str | Unset = UNSET
    users_or_partner_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        invite_or_request_id: None | str | Unset
        if isinstance(self.invite_or_request_id, Unset):
            invite_or_request_id = UNSET
        else:
            invite_or_request_id = self.invite_or_request_id

        message = self.message

        users_or_partner_ids: list[str] | None | Unset
        if isinstance(self.users_or_partner_ids, Unset):
            users_or_partner_ids = UNSET
        elif isinstance(self.users_or_partner_ids, list):
            users_or_partner_ids = self.users_or_partner_ids

        else:
            users_or_partner_ids = self.users_or_partner_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if invite_or_request_id is not UNSET:
            field_dict["invite_or_request_id"] = invite_or_request_id
        if message is not UNSET:
            field_dict["message"] = message
        if users_or_partner_ids is not UNSET:
            field_dict["users_or_partner_ids"] = users_or_partner_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if code is None:
            code = tolerate_null("code")

        def _parse_invite_or_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_invite_or_request_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        invite_or_request_id = _parse_invite_or_request_id(d.pop("invite_or_request_id", UNSET))

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        def _parse_users_or_partner_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_users_or_partner_ids(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _users_or_partner_ids_type_0 = data
                users_or_partner_ids_type_0 = (
                    tolerate_null("users_or_partner_ids_type_0")
                    if _users_or_partner_ids_type_0 is None
                    else cast(list[str], _users_or_partner_ids_type_0)
                )

                return users_or_partner_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        users_or_partner_ids = _parse_users_or_partner_ids(d.pop("users_or_partner_ids", UNSET))

        invite_exception_response = cls(
            code=code,
            invite_or_request_id=invite_or_request_id,
            message=message,
            users_or_partner_ids=users_or_partner_ids,
        )

        if d:
            tolerate_unknown_fields("InviteExceptionResponse", d)

        invite_exception_response.additional_properties = d
        return invite_exception_response

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
