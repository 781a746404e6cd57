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
    from ..models.carousel_slot import CarouselSlot


T = TypeVar("T", bound="PinUpdate")


@_attrs_define
class PinUpdate:
    """Resource create or update operation model.

    Attributes:
        alt_text (None | str | Unset):
        board_id (str | Unset): The board to which this Pin belongs.
        board_section_id (None | str | Unset): The board section to which this Pin belongs.
        carousel_slots (list[CarouselSlot] | Unset): Carousel Pin slots data.
        description (None | str | Unset):
        link (None | str | Unset):
        title (None | str | Unset):
    """

    alt_text: None | str | Unset = UNSET
    board_id: str | Unset = UNSET
    board_section_id: None | str | Unset = UNSET
    carousel_slots: list[CarouselSlot] | Unset = UNSET
    description: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        carousel_slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.carousel_slots, Unset):
            if self.carousel_slots is None:
                carousel_slots = None
            else:
                carousel_slots = []
                for carousel_slots_item_data in self.carousel_slots:
                    carousel_slots_item = (
                        None
                        if carousel_slots_item_data is None
                        else carousel_slots_item_data.to_dict()
                    )
                    carousel_slots.append(carousel_slots_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

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
        if carousel_slots is not UNSET:
            field_dict["carousel_slots"] = carousel_slots
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.carousel_slot import CarouselSlot

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

        _carousel_slots = d.pop("carousel_slots", UNSET)
        carousel_slots: list[CarouselSlot] | Unset = UNSET
        if _carousel_slots is None:
            carousel_slots = tolerate_null("carousel_slots")
        elif not isinstance(_carousel_slots, Unset):
            carousel_slots = []
            for carousel_slots_item_data in _carousel_slots:
                _carousel_slots_item = carousel_slots_item_data
                carousel_slots_item = (
                    tolerate_null("carousel_slots_item")
                    if _carousel_slots_item is None
                    else CarouselSlot.from_dict(_carousel_slots_item)
                )

                carousel_slots.append(carousel_slots_item)

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

        pin_update = cls(
            alt_text=alt_text,
            board_id=board_id,
            board_section_id=board_section_id,
            carousel_slots=carousel_slots,
            description=description,
            link=link,
            title=title,
        )

        if d:
            tolerate_unknown_fields("PinUpdate", d)

        pin_update.additional_properties = d
        return pin_update

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
