from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.board_media import BoardMedia
    from ..models.board_owner import BoardOwner


T = TypeVar("T", bound="Board")


@_attrs_define
class Board:
    """Board model containing properties related to a Pinterest Board.

    Attributes:
        id (str):  Example: 549755885175.
        name (str):
                Name of the board.

                **Note:** If you create an ad-only board by setting `is_ads_only`
                to `true`, the board name automatically becomes "Ad-only Pins". Example: Summer recipes.
        board_pins_modified_at (datetime.datetime | Unset): Date and time of last board pins modified.
        collaborator_count (int | Unset): Count of collaborators on the board. Example: 17.
        created_at (datetime.datetime | Unset): Date and time of board creation.
        description (None | str | Unset):  Example: My favorite summer recipes.
        follower_count (int | Unset): Board follower count. Example: 13.
        is_ads_only (bool | Unset): If set to `true`, the board will be ad-only and can store ad-only Pins. Default:
            False. Example: True.
        media (BoardMedia | Unset):
        owner (BoardOwner | Unset):
        pin_count (int | Unset): Count of Pins on the board. Example: 5.
        privacy (BoardPrivacy | Unset):  Default: BoardPrivacy.PUBLIC.
    """

    id: str
    name: str
    board_pins_modified_at: datetime.datetime | Unset = UNSET
    collaborator_count: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    follower_count: int | Unset = UNSET
    is_ads_only: bool | Unset = UNSET
    media: BoardMedia | Unset = UNSET
    owner: BoardOwner | Unset = UNSET
    pin_count: int | Unset = UNSET
    privacy: BoardPrivacy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        board_pins_modified_at: str | Unset = UNSET
        if not isinstance(self.board_pins_modified_at, Unset):
            board_pins_modified_at = (
                None
                if self.board_pins_modified_at is None
                else self.board_pins_modified_at.isoformat()
            )

        collaborator_count = self.collaborator_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = None if self.created_at is None else self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        follower_count = self.follower_count

        is_ads_only = self.is_ads_only

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = None if self.media is None else self.media.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = None if self.owner is None else self.owner.to_dict()

        pin_count = self.pin_count

        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = None if self.privacy is None else self.privacy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if board_pins_modified_at is not UNSET:
            field_dict["board_pins_modified_at"] = board_pins_modified_at
        if collaborator_count is not UNSET:
            field_dict["collaborator_count"] = collaborator_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if follower_count is not UNSET:
            field_dict["follower_count"] = follower_count
        if is_ads_only is not UNSET:
            field_dict["is_ads_only"] = is_ads_only
        if media is not UNSET:
            field_dict["media"] = media
        if owner is not UNSET:
            field_dict["owner"] = owner
        if pin_count is not UNSET:
            field_dict["pin_count"] = pin_count
        if privacy is not UNSET:
            field_dict["privacy"] = privacy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.board_media import BoardMedia
        from ..models.board_owner import BoardOwner

        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        _board_pins_modified_at = d.pop("board_pins_modified_at", UNSET)
        board_pins_modified_at: datetime.datetime | Unset
        if isinstance(_board_pins_modified_at, Unset):
            board_pins_modified_at = UNSET
        elif _board_pins_modified_at is None:
            board_pins_modified_at = tolerate_null("board_pins_modified_at")
        else:
            board_pins_modified_at = datetime.datetime.fromisoformat(_board_pins_modified_at)

        collaborator_count = d.pop("collaborator_count", UNSET)
        if collaborator_count is None:
            collaborator_count = tolerate_null("collaborator_count")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        elif _created_at is None:
            created_at = tolerate_null("created_at")
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

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

        follower_count = d.pop("follower_count", UNSET)
        if follower_count is None:
            follower_count = tolerate_null("follower_count")

        is_ads_only = d.pop("is_ads_only", UNSET)
        if is_ads_only is None:
            is_ads_only = tolerate_null("is_ads_only")

        _media = d.pop("media", UNSET)
        media: BoardMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        elif _media is None:
            media = tolerate_null("media")
        else:
            media = BoardMedia.from_dict(_media)

        _owner = d.pop("owner", UNSET)
        owner: BoardOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        elif _owner is None:
            owner = tolerate_null("owner")
        else:
            owner = BoardOwner.from_dict(_owner)

        pin_count = d.pop("pin_count", UNSET)
        if pin_count is None:
            pin_count = tolerate_null("pin_count")

        _privacy = d.pop("privacy", UNSET)
        privacy: BoardPrivacy | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        elif _privacy is None:
            privacy = tolerate_null("privacy")
        else:
            privacy = BoardPrivacy(_privacy)

        board = cls(
            id=id,
            name=name,
            board_pins_modified_at=board_pins_modified_at,
            collaborator_count=collaborator_count,
            created_at=created_at,
            description=description,
            follower_count=follower_count,
            is_ads_only=is_ads_only,
            media=media,
            owner=owner,
            pin_count=pin_count,
            privacy=privacy,
        )

        if d:
            tolerate_unknown_fields("Board", d)

        board.additional_properties = d
        return board

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
