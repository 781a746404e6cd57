from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.creative_type import CreativeType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_discriminator,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.board_owner import BoardOwner
    from ..models.pin_media_with_image import PinMediaWithImage
    from ..models.pin_media_with_image_and_video import PinMediaWithImageAndVideo
    from ..models.pin_media_with_images import PinMediaWithImages
    from ..models.pin_media_with_video import PinMediaWithVideo
    from ..models.pin_media_with_videos import PinMediaWithVideos
    from ..models.pin_pin_metrics_type_0 import PinPinMetricsType0


T = TypeVar("T", bound="Pin")


@_attrs_define
class Pin:
    """Pin model containing properties related to a Pinterest Pin.

    Attributes:
        id (str):
        alt_text (None | str | Unset):
        board_id (str | Unset): The board to which this Pin belongs.
        board_owner (BoardOwner | Unset):
        board_section_id (None | str | Unset): The board section to which this Pin belongs.
        created_at (datetime.datetime | Unset):
        creative_type (CreativeType | None | Unset):
        description (None | str | Unset):
        dominant_color (None | str | Unset): Dominant pin color. Hex number, e.g. `#6E7874`.
        has_been_promoted (bool | Unset): Whether the Pin has been promoted or not.
        is_owner (bool | Unset): Whether the "operation user_account" is the Pin owner.
        is_standard (bool | Unset): Whether the Pin is standard or not. See documentation on [Changes to Pin
            creation](/docs/api-features/content-overview/) for more information.
        link (None | str | Unset):
        media (PinMediaWithImage | PinMediaWithImageAndVideo | PinMediaWithImages | PinMediaWithVideo |
            PinMediaWithVideos | Unset): Pin media that can be an image, video, or a mix of both.
        parent_pin_id (None | str | Unset): The source pin id if this pin was saved from another pin. [Learn
            more](https://help.pinterest.com/article/save-pins-on-pinterest).
        pin_metrics (None | PinPinMetricsType0 | Unset): Pin metrics with associated time intervals if any. Example:
            {'90d': {'pin_click': 7, 'impression': 2, 'clickthrough': 3}, 'lifetime_metrics': {'pin_click': 7, 'impression':
            2, 'clickthrough': 3, 'reaction': 10, 'comment': 2}}.
        title (None | str | Unset):
    """

    id: str
    alt_text: None | str | Unset = UNSET
    board_id: str | Unset = UNSET
    board_owner: BoardOwner | Unset = UNSET
    board_section_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creative_type: CreativeType | None | Unset = UNSET
    description: None | str | Unset = UNSET
    dominant_color: None | str | Unset = UNSET
    has_been_promoted: bool | Unset = UNSET
    is_owner: bool | Unset = UNSET
    is_standard: bool | Unset = UNSET
    link: None | str | Unset = UNSET
    media: (
        PinMediaWithImage
        | PinMediaWithImageAndVideo
        | PinMediaWithImages
        | PinMediaWithVideo
        | PinMediaWithVideos
        | Unset
    ) = UNSET
    parent_pin_id: None | str | Unset = UNSET
    pin_metrics: None | PinPinMetricsType0 | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pin_media_with_image import PinMediaWithImage
        from ..models.pin_media_with_images import PinMediaWithImages
        from ..models.pin_media_with_video import PinMediaWithVideo
        from ..models.pin_media_with_videos import PinMediaWithVideos
        from ..models.pin_pin_metrics_type_0 import PinPinMetricsType0

        id = self.id

        alt_text: None | str | Unset
        if isinstance(self.alt_text, Unset):
            alt_text = UNSET
        else:
            alt_text = self.alt_text

        board_id = self.board_id

        board_owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.board_owner, Unset):
            board_owner = None if self.board_owner is None else self.board_owner.to_dict()

        board_section_id: None | str | Unset
        if isinstance(self.board_section_id, Unset):
            board_section_id = UNSET
        else:
            board_section_id = self.board_section_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = None if self.created_at is None else self.created_at.isoformat()

        creative_type: None | str | Unset
        if isinstance(self.creative_type, Unset):
            creative_type = UNSET
        elif isinstance(self.creative_type, CreativeType):
            creative_type = None if self.creative_type is None else self.creative_type.value
        else:
            creative_type = self.creative_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        dominant_color: None | str | Unset
        if isinstance(self.dominant_color, Unset):
            dominant_color = UNSET
        else:
            dominant_color = self.dominant_color

        has_been_promoted = self.has_been_promoted

        is_owner = self.is_owner

        is_standard = self.is_standard

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        media: dict[str, Any] | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        elif (
            isinstance(self.media, PinMediaWithImage)
            or isinstance(self.media, PinMediaWithVideo)
            or isinstance(self.media, PinMediaWithImages)
            or isinstance(self.media, PinMediaWithVideos)
        ):
            media = None if self.media is None else self.media.to_dict()
        else:
            media = None if self.media is None else self.media.to_dict()

        parent_pin_id: None | str | Unset
        if isinstance(self.parent_pin_id, Unset):
            parent_pin_id = UNSET
        else:
            parent_pin_id = self.parent_pin_id

        pin_metrics: dict[str, Any] | None | Unset
        if isinstance(self.pin_metrics, Unset):
            pin_metrics = UNSET
        elif isinstance(self.pin_metrics, PinPinMetricsType0):
            pin_metrics = None if self.pin_metrics is None else self.pin_metrics.to_dict()
        else:
            pin_metrics = self.pin_metrics

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if board_owner is not UNSET:
            field_dict["board_owner"] = board_owner
        if board_section_id is not UNSET:
            field_dict["board_section_id"] = board_section_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type
        if description is not UNSET:
            field_dict["description"] = description
        if dominant_color is not UNSET:
            field_dict["dominant_color"] = dominant_color
        if has_been_promoted is not UNSET:
            field_dict["has_been_promoted"] = has_been_promoted
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if is_standard is not UNSET:
            field_dict["is_standard"] = is_standard
        if link is not UNSET:
            field_dict["link"] = link
        if media is not UNSET:
            field_dict["media"] = media
        if parent_pin_id is not UNSET:
            field_dict["parent_pin_id"] = parent_pin_id
        if pin_metrics is not UNSET:
            field_dict["pin_metrics"] = pin_metrics
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.board_owner import BoardOwner
        from ..models.pin_media_with_image import PinMediaWithImage
        from ..models.pin_media_with_image_and_video import PinMediaWithImageAndVideo
        from ..models.pin_media_with_images import PinMediaWithImages
        from ..models.pin_media_with_video import PinMediaWithVideo
        from ..models.pin_media_with_videos import PinMediaWithVideos
        from ..models.pin_pin_metrics_type_0 import PinPinMetricsType0

        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        def _parse_alt_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_alt_text(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        alt_text = _parse_alt_text(d.pop("alt_text", UNSET))

        board_id = d.pop("board_id", UNSET)
        if board_id is None:
            board_id = tolerate_null("board_id")

        _board_owner = d.pop("board_owner", UNSET)
        board_owner: BoardOwner | Unset
        if isinstance(_board_owner, Unset):
            board_owner = UNSET
        elif _board_owner is None:
            board_owner = tolerate_null("board_owner")
        else:
            board_owner = BoardOwner.from_dict(_board_owner)

        def _parse_board_section_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_board_section_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        board_section_id = _parse_board_section_id(d.pop("board_section_id", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        elif _created_at is None:
            created_at = tolerate_null("created_at")
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_creative_type(data: object) -> CreativeType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_creative_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _creative_type_type_1 = data
                creative_type_type_1 = (
                    tolerate_null("creative_type_type_1")
                    if _creative_type_type_1 is None
                    else CreativeType(_creative_type_type_1)
                )

                return creative_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreativeType | None | Unset, data)

        creative_type = _parse_creative_type(d.pop("creative_type", UNSET))

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

        def _parse_dominant_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_dominant_color(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        dominant_color = _parse_dominant_color(d.pop("dominant_color", UNSET))

        has_been_promoted = d.pop("has_been_promoted", UNSET)
        if has_been_promoted is None:
            has_been_promoted = tolerate_null("has_been_promoted")

        is_owner = d.pop("is_owner", UNSET)
        if is_owner is None:
            is_owner = tolerate_null("is_owner")

        is_standard = d.pop("is_standard", UNSET)
        if is_standard is None:
            is_standard = tolerate_null("is_standard")

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_media(
            data: object,
        ) -> (
            PinMediaWithImage
            | PinMediaWithImageAndVideo
            | PinMediaWithImages
            | PinMediaWithVideo
            | PinMediaWithVideos
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if data is None:
                return cast(
                    PinMediaWithImage
                    | PinMediaWithImageAndVideo
                    | PinMediaWithImages
                    | PinMediaWithVideo
                    | PinMediaWithVideos
                    | Unset,
                    tolerate_null("media"),
                )
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_media(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if isinstance(data, dict):
                discriminator = data.get("media_type")
                if discriminator == "image":
                    _componentsschemas_pin_media_type_0 = data
                    componentsschemas_pin_media_type_0 = (
                        tolerate_null("/components/schemas/PinMedia_type_0")
                        if _componentsschemas_pin_media_type_0 is None
                        else PinMediaWithImage.from_dict(_componentsschemas_pin_media_type_0)
                    )

                    return componentsschemas_pin_media_type_0
                if discriminator == "multiple_images":
                    _componentsschemas_pin_media_type_2 = data
                    componentsschemas_pin_media_type_2 = (
                        tolerate_null("/components/schemas/PinMedia_type_2")
                        if _componentsschemas_pin_media_type_2 is None
                        else PinMediaWithImages.from_dict(_componentsschemas_pin_media_type_2)
                    )

                    return componentsschemas_pin_media_type_2
                if discriminator == "multiple_mixed":
                    _componentsschemas_pin_media_type_4 = data
                    componentsschemas_pin_media_type_4 = (
                        tolerate_null("/components/schemas/PinMedia_type_4")
                        if _componentsschemas_pin_media_type_4 is None
                        else PinMediaWithImageAndVideo.from_dict(
                            _componentsschemas_pin_media_type_4
                        )
                    )

                    return componentsschemas_pin_media_type_4
                if discriminator == "multiple_videos":
                    _componentsschemas_pin_media_type_3 = data
                    componentsschemas_pin_media_type_3 = (
                        tolerate_null("/components/schemas/PinMedia_type_3")
                        if _componentsschemas_pin_media_type_3 is None
                        else PinMediaWithVideos.from_dict(_componentsschemas_pin_media_type_3)
                    )

                    return componentsschemas_pin_media_type_3
                if discriminator == "video":
                    _componentsschemas_pin_media_type_1 = data
                    componentsschemas_pin_media_type_1 = (
                        tolerate_null("/components/schemas/PinMedia_type_1")
                        if _componentsschemas_pin_media_type_1 is None
                        else PinMediaWithVideo.from_dict(_componentsschemas_pin_media_type_1)
                    )

                    return componentsschemas_pin_media_type_1
                tolerate_unknown_discriminator("media_type", discriminator)

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_type_0 = data
                componentsschemas_pin_media_type_0 = (
                    tolerate_null("/components/schemas/PinMedia_type_0")
                    if _componentsschemas_pin_media_type_0 is None
                    else PinMediaWithImage.from_dict(_componentsschemas_pin_media_type_0)
                )

                return componentsschemas_pin_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_type_1 = data
                componentsschemas_pin_media_type_1 = (
                    tolerate_null("/components/schemas/PinMedia_type_1")
                    if _componentsschemas_pin_media_type_1 is None
                    else PinMediaWithVideo.from_dict(_componentsschemas_pin_media_type_1)
                )

                return componentsschemas_pin_media_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_type_2 = data
                componentsschemas_pin_media_type_2 = (
                    tolerate_null("/components/schemas/PinMedia_type_2")
                    if _componentsschemas_pin_media_type_2 is None
                    else PinMediaWithImages.from_dict(_componentsschemas_pin_media_type_2)
                )

                return componentsschemas_pin_media_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_type_3 = data
                componentsschemas_pin_media_type_3 = (
                    tolerate_null("/components/schemas/PinMedia_type_3")
                    if _componentsschemas_pin_media_type_3 is None
                    else PinMediaWithVideos.from_dict(_componentsschemas_pin_media_type_3)
                )

                return componentsschemas_pin_media_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_pin_media_type_4 = data
            componentsschemas_pin_media_type_4 = (
                tolerate_null("/components/schemas/PinMedia_type_4")
                if _componentsschemas_pin_media_type_4 is None
                else PinMediaWithImageAndVideo.from_dict(_componentsschemas_pin_media_type_4)
            )

            return componentsschemas_pin_media_type_4

        media = _parse_media(d.pop("media", UNSET))

        def _parse_parent_pin_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_parent_pin_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        parent_pin_id = _parse_parent_pin_id(d.pop("parent_pin_id", UNSET))

        def _parse_pin_metrics(data: object) -> None | PinPinMetricsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_pin_metrics(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _pin_metrics_type_0 = data
                pin_metrics_type_0 = (
                    tolerate_null("pin_metrics_type_0")
                    if _pin_metrics_type_0 is None
                    else PinPinMetricsType0.from_dict(_pin_metrics_type_0)
                )

                return pin_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PinPinMetricsType0 | Unset, data)

        pin_metrics = _parse_pin_metrics(d.pop("pin_metrics", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_title(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        pin = cls(
            id=id,
            alt_text=alt_text,
            board_id=board_id,
            board_owner=board_owner,
            board_section_id=board_section_id,
            created_at=created_at,
            creative_type=creative_type,
            description=description,
            dominant_color=dominant_color,
            has_been_promoted=has_been_promoted,
            is_owner=is_owner,
            is_standard=is_standard,
            link=link,
            media=media,
            parent_pin_id=parent_pin_id,
            pin_metrics=pin_metrics,
            title=title,
        )

        if d:
            tolerate_unknown_fields("Pin", d)

        pin.additional_properties = d
        return pin

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
