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
    from ..models.create_asset_access_request_error_message_type_0_item import (
        CreateAssetAccessRequestErrorMessageType0Item,
    )
    from ..models.create_asset_access_request_response_invites_type_0 import (
        CreateAssetAccessRequestResponseInvitesType0,
    )


T = TypeVar("T", bound="CreateAssetAccessRequestResponse")


@_attrs_define
class CreateAssetAccessRequestResponse:
    """
    Attributes:
        exceptions (list[CreateAssetAccessRequestErrorMessageType0Item] | None | Unset): A list of errors associated
            with the asset access requests. Will be returned if there is an error.
        invites (CreateAssetAccessRequestResponseInvitesType0 | None | Unset):  Example: {'766456567741825556':
            '5349280584552211583', '733242520489967216': '5349280584552211845'}.
    """

    exceptions: list[CreateAssetAccessRequestErrorMessageType0Item] | None | Unset = UNSET
    invites: CreateAssetAccessRequestResponseInvitesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_asset_access_request_response_invites_type_0 import (
            CreateAssetAccessRequestResponseInvitesType0,
        )

        exceptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.exceptions, Unset):
            exceptions = UNSET
        elif isinstance(self.exceptions, list):
            if self.exceptions is None:
                exceptions = None
            else:
                exceptions = []
                for (
                    componentsschemas_create_asset_access_request_error_message_type_0_item_data
                ) in self.exceptions:
                    componentsschemas_create_asset_access_request_error_message_type_0_item = (
                        None
                        if componentsschemas_create_asset_access_request_error_message_type_0_item_data
                        is None
                        else componentsschemas_create_asset_access_request_error_message_type_0_item_data.to_dict()
                    )
                    exceptions.append(
                        componentsschemas_create_asset_access_request_error_message_type_0_item
                    )

        else:
            exceptions = self.exceptions

        invites: dict[str, Any] | None | Unset
        if isinstance(self.invites, Unset):
            invites = UNSET
        elif isinstance(self.invites, CreateAssetAccessRequestResponseInvitesType0):
            invites = None if self.invites is None else self.invites.to_dict()
        else:
            invites = self.invites

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exceptions is not UNSET:
            field_dict["exceptions"] = exceptions
        if invites is not UNSET:
            field_dict["invites"] = invites

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_asset_access_request_error_message_type_0_item import (
            CreateAssetAccessRequestErrorMessageType0Item,
        )
        from ..models.create_asset_access_request_response_invites_type_0 import (
            CreateAssetAccessRequestResponseInvitesType0,
        )

        d = dict(src_dict)

        def _parse_exceptions(
            data: object,
        ) -> list[CreateAssetAccessRequestErrorMessageType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_exceptions(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _componentsschemas_create_asset_access_request_error_message_type_0 = data
                componentsschemas_create_asset_access_request_error_message_type_0: list[
                    CreateAssetAccessRequestErrorMessageType0Item
                ]
                if _componentsschemas_create_asset_access_request_error_message_type_0 is None:
                    componentsschemas_create_asset_access_request_error_message_type_0 = (
                        tolerate_null(
                            "/components/schemas/CreateAssetAccessRequestErrorMessage_type_0"
                        )
                    )
                else:
                    componentsschemas_create_asset_access_request_error_message_type_0 = []
                    for (
                        componentsschemas_create_asset_access_request_error_message_type_0_item_data
                    ) in _componentsschemas_create_asset_access_request_error_message_type_0:
                        _componentsschemas_create_asset_access_request_error_message_type_0_item = componentsschemas_create_asset_access_request_error_message_type_0_item_data
                        componentsschemas_create_asset_access_request_error_message_type_0_item = (
                            tolerate_null(
                                "/components/schemas/CreateAssetAccessRequestErrorMessage_type_0_item"
                            )
                            if _componentsschemas_create_asset_access_request_error_message_type_0_item
                            is None
                            else CreateAssetAccessRequestErrorMessageType0Item.from_dict(
                                _componentsschemas_create_asset_access_request_error_message_type_0_item
                            )
                        )

                        componentsschemas_create_asset_access_request_error_message_type_0.append(
                            componentsschemas_create_asset_access_request_error_message_type_0_item
                        )

                return componentsschemas_create_asset_access_request_error_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateAssetAccessRequestErrorMessageType0Item] | None | Unset, data)

        exceptions = _parse_exceptions(d.pop("exceptions", UNSET))

        def _parse_invites(
            data: object,
        ) -> CreateAssetAccessRequestResponseInvitesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_invites(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _invites_type_0 = data
                invites_type_0 = (
                    tolerate_null("invites_type_0")
                    if _invites_type_0 is None
                    else CreateAssetAccessRequestResponseInvitesType0.from_dict(_invites_type_0)
                )

                return invites_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAssetAccessRequestResponseInvitesType0 | None | Unset, data)

        invites = _parse_invites(d.pop("invites", UNSET))

        create_asset_access_request_response = cls(
            exceptions=exceptions,
            invites=invites,
        )

        if d:
            tolerate_unknown_fields("CreateAssetAccessRequestResponse", d)

        create_asset_access_request_response.additional_properties = d
        return create_asset_access_request_response

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
