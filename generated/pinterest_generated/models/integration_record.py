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

T = TypeVar("T", bound="IntegrationRecord")


@_attrs_define
class IntegrationRecord:
    """Integration record

    Example:
        {'id': '7329123456789012345', 'external_business_id': '1234567890', 'connected_merchant_id': '1234567890123',
            'connected_user_id': '123456789012345678', 'connected_advertiser_id': '123456789012', 'connected_lba_id':
            '871234567890123456', 'connected_tag_id': '2412345678901', 'partner_access_token': 'ABCLUOJS5XDMWDE',
            'partner_refresh_token': 'ABCLUOJS5XDMWDE', 'partner_primary_email': 'partner@server.com',
            'partner_access_token_expiry': 1621350033000, 'partner_refresh_token_expiry': 1621350033000, 'scopes':
            'accounts:read', 'partner_metadata': '', 'additional_id_1': '123456', 'created_time': 1621350033000,
            'updated_time': 1621350033000}

    Attributes:
        additional_id_1 (None | str | Unset):
        connected_advertiser_id (None | str | Unset):
        connected_lba_id (None | str | Unset):
        connected_merchant_id (None | str | Unset):
        connected_tag_id (None | str | Unset):
        connected_user_id (str | Unset):
        created_time (int | Unset):
        external_business_id (None | str | Unset):
        id (str | Unset):
        partner_access_token (None | str | Unset):
        partner_access_token_expiry (int | None | Unset):
        partner_metadata (None | str | Unset):
        partner_primary_email (None | str | Unset):
        partner_refresh_token (None | str | Unset):
        partner_refresh_token_expiry (int | None | Unset):
        scopes (None | str | Unset):
        updated_time (int | Unset):
    """

    additional_id_1: None | str | Unset = UNSET
    connected_advertiser_id: None | str | Unset = UNSET
    connected_lba_id: None | str | Unset = UNSET
    connected_merchant_id: None | str | Unset = UNSET
    connected_tag_id: None | str | Unset = UNSET
    connected_user_id: str | Unset = UNSET
    created_time: int | Unset = UNSET
    external_business_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    partner_access_token: None | str | Unset = UNSET
    partner_access_token_expiry: int | None | Unset = UNSET
    partner_metadata: None | str | Unset = UNSET
    partner_primary_email: None | str | Unset = UNSET
    partner_refresh_token: None | str | Unset = UNSET
    partner_refresh_token_expiry: int | None | Unset = UNSET
    scopes: None | str | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_id_1: None | str | Unset
        if isinstance(self.additional_id_1, Unset):
            additional_id_1 = UNSET
        else:
            additional_id_1 = self.additional_id_1

        connected_advertiser_id: None | str | Unset
        if isinstance(self.connected_advertiser_id, Unset):
            connected_advertiser_id = UNSET
        else:
            connected_advertiser_id = self.connected_advertiser_id

        connected_lba_id: None | str | Unset
        if isinstance(self.connected_lba_id, Unset):
            connected_lba_id = UNSET
        else:
            connected_lba_id = self.connected_lba_id

        connected_merchant_id: None | str | Unset
        if isinstance(self.connected_merchant_id, Unset):
            connected_merchant_id = UNSET
        else:
            connected_merchant_id = self.connected_merchant_id

        connected_tag_id: None | str | Unset
        if isinstance(self.connected_tag_id, Unset):
            connected_tag_id = UNSET
        else:
            connected_tag_id = self.connected_tag_id

        connected_user_id = self.connected_user_id

        created_time = self.created_time

        external_business_id: None | str | Unset
        if isinstance(self.external_business_id, Unset):
            external_business_id = UNSET
        else:
            external_business_id = self.external_business_id

        id = self.id

        partner_access_token: None | str | Unset
        if isinstance(self.partner_access_token, Unset):
            partner_access_token = UNSET
        else:
            partner_access_token = self.partner_access_token

        partner_access_token_expiry: int | None | Unset
        if isinstance(self.partner_access_token_expiry, Unset):
            partner_access_token_expiry = UNSET
        else:
            partner_access_token_expiry = self.partner_access_token_expiry

        partner_metadata: None | str | Unset
        if isinstance(self.partner_metadata, Unset):
            partner_metadata = UNSET
        else:
            partner_metadata = self.partner_metadata

        partner_primary_email: None | str | Unset
        if isinstance(self.partner_primary_email, Unset):
            partner_primary_email = UNSET
        else:
            partner_primary_email = self.partner_primary_email

        partner_refresh_token: None | str | Unset
        if isinstance(self.partner_refresh_token, Unset):
            partner_refresh_token = UNSET
        else:
            partner_refresh_token = self.partner_refresh_token

        partner_refresh_token_expiry: int | None | Unset
        if isinstance(self.partner_refresh_token_expiry, Unset):
            partner_refresh_token_expiry = UNSET
        else:
            partner_refresh_token_expiry = self.partner_refresh_token_expiry

        scopes: None | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        else:
            scopes = self.scopes

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_id_1 is not UNSET:
            field_dict["additional_id_1"] = additional_id_1
        if connected_advertiser_id is not UNSET:
            field_dict["connected_advertiser_id"] = connected_advertiser_id
        if connected_lba_id is not UNSET:
            field_dict["connected_lba_id"] = connected_lba_id
        if connected_merchant_id is not UNSET:
            field_dict["connected_merchant_id"] = connected_merchant_id
        if connected_tag_id is not UNSET:
            field_dict["connected_tag_id"] = connected_tag_id
        if connected_user_id is not UNSET:
            field_dict["connected_user_id"] = connected_user_id
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if external_business_id is not UNSET:
            field_dict["external_business_id"] = external_business_id
        if id is not UNSET:
            field_dict["id"] = id
        if partner_access_token is not UNSET:
            field_dict["partner_access_token"] = partner_access_token
        if partner_access_token_expiry is not UNSET:
            field_dict["partner_access_token_expiry"] = partner_access_token_expiry
        if partner_metadata is not UNSET:
            field_dict["partner_metadata"] = partner_metadata
        if partner_primary_email is not UNSET:
            field_dict["partner_primary_email"] = partner_primary_email
        if partner_refresh_token is not UNSET:
            field_dict["partner_refresh_token"] = partner_refresh_token
        if partner_refresh_token_expiry is not UNSET:
            field_dict["partner_refresh_token_expiry"] = partner_refresh_token_expiry
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_additional_id_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_additional_id_1(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        additional_id_1 = _parse_additional_id_1(d.pop("additional_id_1", UNSET))

        def _parse_connected_advertiser_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_connected_advertiser_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        connected_advertiser_id = _parse_connected_advertiser_id(
            d.pop("connected_advertiser_id", UNSET)
        )

        def _parse_connected_lba_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_connected_lba_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        connected_lba_id = _parse_connected_lba_id(d.pop("connected_lba_id", UNSET))

        def _parse_connected_merchant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_connected_merchant_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        connected_merchant_id = _parse_connected_merchant_id(d.pop("connected_merchant_id", UNSET))

        def _parse_connected_tag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_connected_tag_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        connected_tag_id = _parse_connected_tag_id(d.pop("connected_tag_id", UNSET))

        connected_user_id = d.pop("connected_user_id", UNSET)
        if connected_user_id is None:
            connected_user_id = tolerate_null("connected_user_id")

        created_time = d.pop("created_time", UNSET)
        if created_time is None:
            created_time = tolerate_null("created_time")

        def _parse_external_business_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_external_business_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        external_business_id = _parse_external_business_id(d.pop("external_business_id", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_partner_access_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_access_token(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        partner_access_token = _parse_partner_access_token(d.pop("partner_access_token", UNSET))

        def _parse_partner_access_token_expiry(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_access_token_expiry(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        partner_access_token_expiry = _parse_partner_access_token_expiry(
            d.pop("partner_access_token_expiry", UNSET)
        )

        def _parse_partner_metadata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_metadata(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        partner_metadata = _parse_partner_metadata(d.pop("partner_metadata", UNSET))

        def _parse_partner_primary_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_primary_email(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        partner_primary_email = _parse_partner_primary_email(d.pop("partner_primary_email", UNSET))

        def _parse_partner_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_refresh_token(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        partner_refresh_token = _parse_partner_refresh_token(d.pop("partner_refresh_token", UNSET))

        def _parse_partner_refresh_token_expiry(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_refresh_token_expiry(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        partner_refresh_token_expiry = _parse_partner_refresh_token_expiry(
            d.pop("partner_refresh_token_expiry", UNSET)
        )

        def _parse_scopes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_scopes(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        updated_time = d.pop("updated_time", UNSET)
        if updated_time is None:
            updated_time = tolerate_null("updated_time")

        integration_record = cls(
            additional_id_1=additional_id_1,
            connected_advertiser_id=connected_advertiser_id,
            connected_lba_id=connected_lba_id,
            connected_merchant_id=connected_merchant_id,
            connected_tag_id=connected_tag_id,
            connected_user_id=connected_user_id,
            created_time=created_time,
            external_business_id=external_business_id,
            id=id,
            partner_access_token=partner_access_token,
            partner_access_token_expiry=partner_access_token_expiry,
            partner_metadata=partner_metadata,
            partner_primary_email=partner_primary_email,
            partner_refresh_token=partner_refresh_token,
            partner_refresh_token_expiry=partner_refresh_token_expiry,
            scopes=scopes,
            updated_time=updated_time,
        )

        if d:
            tolerate_unknown_fields("IntegrationRecord", d)

        integration_record.additional_properties = d
        return integration_record

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
