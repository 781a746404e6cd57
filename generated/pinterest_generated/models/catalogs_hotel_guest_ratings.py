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

T = TypeVar("T", bound="CatalogsHotelGuestRatings")


@_attrs_define
class CatalogsHotelGuestRatings:
    """If specified, you must provide all properties

    Attributes:
        max_score (float | None | Unset): Max value for the hotel rating score.
        number_of_reviewers (int | None | Unset): Total number of people who have rated this hotel.
        rating_system (None | str | Unset): System you use for guest reviews.
        score (float | None | Unset): Your hotel's rating.
    """

    max_score: float | None | Unset = UNSET
    number_of_reviewers: int | None | Unset = UNSET
    rating_system: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_score: float | None | Unset
        if isinstance(self.max_score, Unset):
            max_score = UNSET
        else:
            max_score = self.max_score

        number_of_reviewers: int | None | Unset
        if isinstance(self.number_of_reviewers, Unset):
            number_of_reviewers = UNSET
        else:
            number_of_reviewers = self.number_of_reviewers

        rating_system: None | str | Unset
        if isinstance(self.rating_system, Unset):
            rating_system = UNSET
        else:
            rating_system = self.rating_system

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_score is not UNSET:
            field_dict["max_score"] = max_score
        if number_of_reviewers is not UNSET:
            field_dict["number_of_reviewers"] = number_of_reviewers
        if rating_system is not UNSET:
            field_dict["rating_system"] = rating_system
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_max_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_max_score(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        max_score = _parse_max_score(d.pop("max_score", UNSET))

        def _parse_number_of_reviewers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_number_of_reviewers(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        number_of_reviewers = _parse_number_of_reviewers(d.pop("number_of_reviewers", UNSET))

        def _parse_rating_system(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_rating_system(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        rating_system = _parse_rating_system(d.pop("rating_system", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_score(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        catalogs_hotel_guest_ratings = cls(
            max_score=max_score,
            number_of_reviewers=number_of_reviewers,
            rating_system=rating_system,
            score=score,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelGuestRatings", d)

        catalogs_hotel_guest_ratings.additional_properties = d
        return catalogs_hotel_guest_ratings

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
