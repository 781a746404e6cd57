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
    from ..models.base_invite_data_response import BaseInviteDataResponse
    from ..models.delete_invites_results_response_array_items_item_exception_type_0 import (
        DeleteInvitesResultsResponseArrayItemsItemExceptionType0,
    )


T = TypeVar("T", bound="DeleteInvitesResultsResponseArrayItemsItem")


@_attrs_define
class DeleteInvitesResultsResponseArrayItemsItem:
    """
    Attributes:
        exception (DeleteInvitesResultsResponseArrayItemsItemExceptionType0 | None | Unset): An exception object if
            there is an error performing the cancellation. It will only be provided if there is an error.
        invite (BaseInviteDataResponse | None | Unset):
    """

    exception: DeleteInvitesResultsResponseArrayItemsItemExceptionType0 | None | Unset = UNSET
    invite: BaseInviteDataResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.base_invite_data_response import BaseInviteDataResponse
        from ..models.delete_invites_results_response_array_items_item_exception_type_0 import (
            DeleteInvitesResultsResponseArrayItemsItemExceptionType0,
        )

        exception: dict[str, Any] | None | Unset
        if isinstance(self.exception, Unset):
            exception = UNSET
        elif isinstance(self.exception, DeleteInvitesResultsResponseArrayItemsItemExceptionType0):
            exception = None if self.exception is None else self.exception.to_dict()
        else:
            exception = self.exception

        invite: dict[str, Any] | None | Unset
        if isinstance(self.invite, Unset):
            invite = UNSET
        elif isinstance(self.invite, BaseInviteDataResponse):
            invite = None if self.invite is None else self.invite.to_dict()
        else:
            invite = self.invite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exception is not UNSET:
            field_dict["exception"] = exception
        if invite is not UNSET:
            field_dict["invite"] = invite

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.base_invite_data_response import BaseInviteDataResponse
        from ..models.delete_invites_results_response_array_items_item_exception_type_0 import (
            DeleteInvitesResultsResponseArrayItemsItemExceptionType0,
        )

        d = dict(src_dict)

        def _parse_exception(
            data: object,
        ) -> DeleteInvitesResultsResponseArrayItemsItemExceptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_exception(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _exception_type_0 = data
                exception_type_0 = (
                    tolerate_null("exception_type_0")
                    if _exception_type_0 is None
                    else DeleteInvitesResultsResponseArrayItemsItemExceptionType0.from_dict(
                        _exception_type_0
                    )
                )

                return exception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DeleteInvitesResultsResponseArrayItemsItemExceptionType0 | None | Unset, data
            )

        exception = _parse_exception(d.pop("exception", UNSET))

        def _parse_invite(data: object) -> BaseInviteDataResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_invite(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _invite_type_1 = data
                invite_type_1 = (
                    tolerate_null("invite_type_1")
                    if _invite_type_1 is None
                    else BaseInviteDataResponse.from_dict(_invite_type_1)
                )

                return invite_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseInviteDataResponse | None | Unset, data)

        invite = _parse_invite(d.pop("invite", UNSET))

        delete_invites_results_response_array_items_item = cls(
            exception=exception,
            invite=invite,
        )

        if d:
            tolerate_unknown_fields("DeleteInvitesResultsResponseArrayItemsItem", d)

        delete_invites_results_response_array_items_item.additional_properties = d
        return delete_invites_results_response_array_items_item

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
