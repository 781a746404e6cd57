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
    from ..models.pin_media_source_image_base_64 import PinMediaSourceImageBase64
    from ..models.pin_media_source_image_url import PinMediaSourceImageURL
    from ..models.pin_media_source_images_base_64 import PinMediaSourceImagesBase64
    from ..models.pin_media_source_images_url import PinMediaSourceImagesURL
    from ..models.pin_media_source_pin_url import PinMediaSourcePinURL
    from ..models.pin_media_source_video_id import PinMediaSourceVideoID


T = TypeVar("T", bound="PinCreate")


@_attrs_define
class PinCreate:
    """Resource create operation model.

    Attributes:
        alt_text (None | str | Unset):
        board_id (str | Unset): The board to which this Pin belongs.
        board_section_id (None | str | Unset): The board section to which this Pin belongs.
        description (None | str | Unset):
        dominant_color (None | str | Unset): Dominant pin color. Hex number, e.g. `#6E7874`.
        link (None | str | Unset):
        media_source (PinMediaSourceImageBase64 | PinMediaSourceImagesBase64 | PinMediaSourceImagesURL |
            PinMediaSourceImageURL | PinMediaSourcePinURL | PinMediaSourceVideoID | Unset): Pin media source that can be an
            image, video, or a mix of both passed in as a request.
        parent_pin_id (None | str | Unset): The source pin id if this pin was saved from another pin. [Learn
            more](https://help.pinterest.com/article/save-pins-on-pinterest).
        sponsor_id (None | str | Unset): The sponsor account id to request paid partnership from.  Currently the field
            is only available to a list of users in a closed beta.
        title (None | str | Unset):
    """

    alt_text: None | str | Unset = UNSET
    board_id: str | Unset = UNSET
    board_section_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    dominant_color: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    media_source: (
        PinMediaSourceImageBase64
        | PinMediaSourceImagesBase64
        | PinMediaSourceImagesURL
        | PinMediaSourceImageURL
        | PinMediaSourcePinURL
        | PinMediaSourceVideoID
        | Unset
    ) = UNSET
    parent_pin_id: None | str | Unset = UNSET
    sponsor_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pin_media_source_image_base_64 import PinMediaSourceImageBase64
        from ..models.pin_media_source_image_url import PinMediaSourceImageURL
        from ..models.pin_media_source_images_base_64 import PinMediaSourceImagesBase64
        from ..models.pin_media_source_images_url import PinMediaSourceImagesURL
        from ..models.pin_media_source_video_id import PinMediaSourceVideoID

        alt_text: None | str | Unset
        if isinstance(self.alt_text, Unset):
            alt_text = UNSET
        else:
            alt_text = self.alt_text

        board_id = self.board_id

        board_section_id: None | str | Unset
        if isinstance(self.board_section_id, Unset):
            board_section_id = UNSET
        else:
            board_section_id = self.board_section_id

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

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        media_source: dict[str, Any] | Unset
        if isinstance(self.media_source, Unset):
            media_source = UNSET
        elif (
            isinstance(self.media_source, PinMediaSourceImageBase64)
            or isinstance(self.media_source, PinMediaSourceImageURL)
            or isinstance(self.media_source, PinMediaSourceVideoID)
            or isinstance(self.media_source, PinMediaSourceImagesBase64)
            or isinstance(self.media_source, PinMediaSourceImagesURL)
        ):
            media_source = None if self.media_source is None else self.media_source.to_dict()
        else:
            media_source = None if self.media_source is None else self.media_source.to_dict()

        parent_pin_id: None | str | Unset
        if isinstance(self.parent_pin_id, Unset):
            parent_pin_id = UNSET
        else:
            parent_pin_id = self.parent_pin_id

        sponsor_id: None | str | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if board_section_id is not UNSET:
            field_dict["board_section_id"] = board_section_id
        if description is not UNSET:
            field_dict["description"] = description
        if dominant_color is not UNSET:
            field_dict["dominant_color"] = dominant_color
        if link is not UNSET:
            field_dict["link"] = link
        if media_source is not UNSET:
            field_dict["media_source"] = media_source
        if parent_pin_id is not UNSET:
            field_dict["parent_pin_id"] = parent_pin_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pin_media_source_image_base_64 import PinMediaSourceImageBase64
        from ..models.pin_media_source_image_url import PinMediaSourceImageURL
        from ..models.pin_media_source_images_base_64 import PinMediaSourceImagesBase64
        from ..models.pin_media_source_images_url import PinMediaSourceImagesURL
        from ..models.pin_media_source_pin_url import PinMediaSourcePinURL
        from ..models.pin_media_source_video_id import PinMediaSourceVideoID

        d = dict(src_dict)

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

        def _parse_media_source(
            data: object,
        ) -> (
            PinMediaSourceImageBase64
            | PinMediaSourceImagesBase64
            | PinMediaSourceImagesURL
            | PinMediaSourceImageURL
            | PinMediaSourcePinURL
            | PinMediaSourceVideoID
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if data is None:
                return cast(
                    PinMediaSourceImageBase64
                    | PinMediaSourceImagesBase64
                    | PinMediaSourceImagesURL
                    | PinMediaSourceImageURL
                    | PinMediaSourcePinURL
                    | PinMediaSourceVideoID
                    | Unset,
                    tolerate_null("media_source"),
                )
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_media_source(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_source_type_0 = data
                componentsschemas_pin_media_source_type_0 = (
                    tolerate_null("/components/schemas/PinMediaSource_type_0")
                    if _componentsschemas_pin_media_source_type_0 is None
                    else PinMediaSourceImageBase64.from_dict(
                        _componentsschemas_pin_media_source_type_0
                    )
                )

                return componentsschemas_pin_media_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_source_type_1 = data
                componentsschemas_pin_media_source_type_1 = (
                    tolerate_null("/components/schemas/PinMediaSource_type_1")
                    if _componentsschemas_pin_media_source_type_1 is None
                    else PinMediaSourceImageURL.from_dict(
                        _componentsschemas_pin_media_source_type_1
                    )
                )

                return componentsschemas_pin_media_source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_source_type_2 = data
                componentsschemas_pin_media_source_type_2 = (
                    tolerate_null("/components/schemas/PinMediaSource_type_2")
                    if _componentsschemas_pin_media_source_type_2 is None
                    else PinMediaSourceVideoID.from_dict(_componentsschemas_pin_media_source_type_2)
                )

                return componentsschemas_pin_media_source_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_source_type_3 = data
                componentsschemas_pin_media_source_type_3 = (
                    tolerate_null("/components/schemas/PinMediaSource_type_3")
                    if _componentsschemas_pin_media_source_type_3 is None
                    else PinMediaSourceImagesBase64.from_dict(
                        _componentsschemas_pin_media_source_type_3
                    )
                )

                return componentsschemas_pin_media_source_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_pin_media_source_type_4 = data
                componentsschemas_pin_media_source_type_4 = (
                    tolerate_null("/components/schemas/PinMediaSource_type_4")
                    if _componentsschemas_pin_media_source_type_4 is None
                    else PinMediaSourceImagesURL.from_dict(
                        _componentsschemas_pin_media_source_type_4
                    )
                )

                return componentsschemas_pin_media_source_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_pin_media_source_type_5 = data
            componentsschemas_pin_media_source_type_5 = (
                tolerate_null("/components/schemas/PinMediaSource_type_5")
                if _componentsschemas_pin_media_source_type_5 is None
                else PinMediaSourcePinURL.from_dict(_componentsschemas_pin_media_source_type_5)
            )

            return componentsschemas_pin_media_source_type_5

        media_source = _parse_media_source(d.pop("media_source", UNSET))

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

        def _parse_sponsor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_sponsor_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))

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

        pin_create = cls(
            alt_text=alt_text,
            board_id=board_id,
            board_section_id=board_section_id,
            description=description,
            dominant_color=dominant_color,
            link=link,
            media_source=media_source,
            parent_pin_id=parent_pin_id,
            sponsor_id=sponsor_id,
            title=title,
        )

        if d:
            tolerate_unknown_fields("PinCreate", d)

        pin_create.additional_properties = d
        return pin_create

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
