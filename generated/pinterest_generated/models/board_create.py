from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.board_privacy import BoardPrivacy
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BoardCreate")


@_attrs_define
class BoardCreate:
    """Resource create operation model.

    Attributes:
        name (str):
                Name of the board.

                **Note:** If you create an ad-only board by setting `is_ads_only`
                to `true`, the board name automatically becomes "Ad-only Pins". Example: Summer recipes.
        description (None | str | Unset):  Example: My favorite summer recipes.
        is_ads_only (bool | Unset): If set to `true`, the board will be ad-only and can store ad-only Pins. Default:
            False. Example: True.
        privacy (BoardPrivacy | Unset):  Default: BoardPrivacy.PUBLIC.
    """

    name: str
    description: None | str | Unset = UNSET
    is_ads_only: bool | Unset = UNSET
    privacy: BoardPrivacy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_ads_only = self.is_ads_only

        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = None if self.privacy is None else self.privacy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_ads_only is not UNSET:
            field_dict["is_ads_only"] = is_ads_only
        if privacy is not UNSET:
            field_dict["privacy"] = privacy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_description(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_ads_only = d.pop("is_ads_only", UNSET)
        if is_ads_only is None:
            is_ads_only = tolerate_null("is_ads_only")

        _privacy = d.pop("privacy", UNSET)
        privacy: BoardPrivacy | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        elif _privacy is None:
            privacy = tolerate_null("privacy")
        else:
            privacy = BoardPrivacy(_privacy)

        board_create = cls(
            name=name,
            description=description,
            is_ads_only=is_ads_only,
            privacy=privacy,
        )

        if d:
            tolerate_unknown_fields("BoardCreate", d)

        board_create.additional_properties = d
        return board_create

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
