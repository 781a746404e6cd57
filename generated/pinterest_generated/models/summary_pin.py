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
    tolerate_unknown_discriminator,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.pin_media_with_image import PinMediaWithImage
    from ..models.pin_media_with_image_and_video import PinMediaWithImageAndVideo
    from ..models.pin_media_with_images import PinMediaWithImages
    from ..models.pin_media_with_video import PinMediaWithVideo
    from ..models.pin_media_with_videos import PinMediaWithVideos


T = TypeVar("T", bound="SummaryPin")


@_attrs_define
class SummaryPin:
    """Summarized pin information

    Attributes:
        alt_text (None | str | Unset):
        description (None | str | Unset):
        id (str | Unset):
        link (None | str | Unset):  Example: https://www.pinterest.com/.
        media (PinMediaWithImage | PinMediaWithImageAndVideo | PinMediaWithImages | PinMediaWithVideo |
            PinMediaWithVideos | Unset): Pin media that can be an image, video, or a mix of both.
        title (None | str | Unset):
    """

    alt_text: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    link: None | str | Unset = UNSET
    media: (
        PinMediaWithImage
        | PinMediaWithImageAndVideo
        | PinMediaWithImages
        | PinMediaWithVideo
        | PinMediaWithVideos
        | Unset
    ) = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pin_media_with_image import PinMediaWithImage
        from ..models.pin_media_with_images import PinMediaWithImages
        from ..models.pin_media_with_video import PinMediaWithVideo
        from ..models.pin_media_with_videos import PinMediaWithVideos

        alt_text: None | str | Unset
        if isinstance(self.alt_text, Unset):
            alt_text = UNSET
        else:
            alt_text = self.alt_text

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

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
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if link is not UNSET:
            field_dict["link"] = link
        if media is not UNSET:
            field_dict["media"] = media
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pin_media_with_image import PinMediaWithImage
        from ..models.pin_media_with_image_and_video import PinMediaWithImageAndVideo
        from ..models.pin_media_with_images import PinMediaWithImages
        from ..models.pin_media_with_video import PinMediaWithVideo
        from ..models.pin_media_with_videos import PinMediaWithVideos

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

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

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

        summary_pin = cls(
            alt_text=alt_text,
            description=description,
            id=id,
            link=link,
            media=media,
            title=title,
        )

        if d:
            tolerate_unknown_fields("SummaryPin", d)

        summary_pin.additional_properties = d
        return summary_pin

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
