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

T = TypeVar("T", bound="CatalogsHotelAttributesMainImage")


@_attrs_define
class CatalogsHotelAttributesMainImage:
    """The main hotel image

    Attributes:
        link (str | Unset): <p><= 2000 characters</p>
            <p>The link to the main hotel image. Image should be at least
            75x75 pixels to avoid errors. Use the additional_image_link field to add
            more images of your hotel. The URL of your main_image.link must be accessible
            by the Pinterest user-agent, and send the accurate image. Please make
            sure there is no template or placeholder image at the link. Must start
            with http:// or https://.</p>
        tag (list[str] | None | Unset): Tag appended to the image that identifies image category or details. There can
            be multiple tags associated with an image
    """

    link: str | Unset = UNSET
    tag: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        tag: list[str] | None | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, list):
            tag = self.tag

        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["link"] = link
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        link = d.pop("link", UNSET)
        if link is None:
            link = tolerate_null("link")

        def _parse_tag(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _tag_type_0 = data
                tag_type_0 = (
                    tolerate_null("tag_type_0")
                    if _tag_type_0 is None
                    else cast(list[str], _tag_type_0)
                )

                return tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        catalogs_hotel_attributes_main_image = cls(
            link=link,
            tag=tag,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelAttributesMainImage", d)

        catalogs_hotel_attributes_main_image.additional_properties = d
        return catalogs_hotel_attributes_main_image

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
