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

T = TypeVar("T", bound="KeywordUpdate")


@_attrs_define
class KeywordUpdate:
    """
    Attributes:
        id (str): Keyword ID. Example: 2886364308355.
        archived (bool | Unset): Is keyword archived? Example: False.
        bid (int | None | Unset): </p><strong>Note:</strong> bid field has been deprecated. Input will not be set and
            field will return null. Keyword custom bid in microcurrency - null if inherited from parent ad group.
    """

    id: str
    archived: bool | Unset = UNSET
    bid: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        archived = self.archived

        bid: int | None | Unset
        if isinstance(self.bid, Unset):
            bid = UNSET
        else:
            bid = self.bid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if bid is not UNSET:
            field_dict["bid"] = bid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        archived = d.pop("archived", UNSET)
        if archived is None:
            archived = tolerate_null("archived")

        def _parse_bid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bid(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        bid = _parse_bid(d.pop("bid", UNSET))

        keyword_update = cls(
            id=id,
            archived=archived,
            bid=bid,
        )

        if d:
            tolerate_unknown_fields("KeywordUpdate", d)

        keyword_update.additional_properties = d
        return keyword_update

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
