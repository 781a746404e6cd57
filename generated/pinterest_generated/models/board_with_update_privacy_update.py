from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.board_update_privacy import BoardUpdatePrivacy
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BoardWithUpdatePrivacyUpdate")


@_attrs_define
class BoardWithUpdatePrivacyUpdate:
    """Resource create or update operation model.

    Attributes:
        description (None | str | Unset):  Example: My favorite summer recipes.
        name (str | Unset):
                Name of the board.

                **Note:** If you create an ad-only board by setting `is_ads_only`
                to `true`, the board name automatically becomes "Ad-only Pins". Example: Summer recipes.
        privacy (BoardUpdatePrivacy | Unset):
    """

    description: None | str | Unset = UNSET
    name: str | Unset = UNSET
    privacy: BoardUpdatePrivacy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name = self.name

        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = None if self.privacy is None else self.privacy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if privacy is not UNSET:
            field_dict["privacy"] = privacy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        _privacy = d.pop("privacy", UNSET)
        privacy: BoardUpdatePrivacy | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        elif _privacy is None:
            privacy = tolerate_null("privacy")
        else:
            privacy = BoardUpdatePrivacy(_privacy)

        board_with_update_privacy_update = cls(
            description=description,
            name=name,
            privacy=privacy,
        )

        if d:
            tolerate_unknown_fields("BoardWithUpdatePrivacyUpdate", d)

        board_with_update_privacy_update.additional_properties = d
        return board_with_update_privacy_update

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
