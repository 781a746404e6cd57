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
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="PinsSaveBody")


@_attrs_define
class PinsSaveBody:
    """
    Attributes:
        board_id (None | str | Unset): Unique identifier of the board to which the pin will be saved.
        board_section_id (None | str | Unset): Unique identifier of the board section to which the pin will be saved.
    """

    board_id: None | str | Unset = UNSET
    board_section_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_id: None | str | Unset
        if isinstance(self.board_id, Unset):
            board_id = UNSET
        else:
            board_id = self.board_id

        board_section_id: None | str | Unset
        if isinstance(self.board_section_id, Unset):
            board_section_id = UNSET
        else:
            board_section_id = self.board_section_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if board_section_id is not UNSET:
            field_dict["board_section_id"] = board_section_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_board_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_board_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        board_id = _parse_board_id(d.pop("board_id", UNSET))

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

        pins_save_body = cls(
            board_id=board_id,
            board_section_id=board_section_id,
        )

        if d:
            tolerate_unknown_fields("PinsSaveBody", d)

        pins_save_body.additional_properties = d
        return pins_save_body

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
