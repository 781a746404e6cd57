from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_insight_type import AudienceInsightType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.audience_category import AudienceCategory
    from ..models.audience_demographics import AudienceDemographics


T = TypeVar("T", bound="AudienceInsightsResponse")


@_attrs_define
class AudienceInsightsResponse:
    """Audience interests and demographics.

    Attributes:
        categories (list[AudienceCategory] | Unset): Category interest distribution
        date (None | str | Unset): Generation date Example: 2022-10-09.
        demographics (AudienceDemographics | Unset): Audience demographics
        size (int | Unset): Population count. Example: 10000.
        size_is_upper_bound (bool | Unset): Indicates whether the audience size has been rounded up to the next highest
            upper boundary. Example: True.
        type_ (AudienceInsightType | Unset):  Example: YOUR_TOTAL_AUDIENCE.
    """

    categories: list[AudienceCategory] | Unset = UNSET
    date: None | str | Unset = UNSET
    demographics: AudienceDemographics | Unset = UNSET
    size: int | Unset = UNSET
    size_is_upper_bound: bool | Unset = UNSET
    type_: AudienceInsightType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            if self.categories is None:
                categories = None
            else:
                categories = []
                for categories_item_data in self.categories:
                    categories_item = (
                        None if categories_item_data is None else categories_item_data.to_dict()
                    )
                    categories.append(categories_item)

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        demographics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.demographics, Unset):
            demographics = None if self.demographics is None else self.demographics.to_dict()

        size = self.size

        size_is_upper_bound = self.size_is_upper_bound

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = None if self.type_ is None else self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories
        if date is not UNSET:
            field_dict["date"] = date
        if demographics is not UNSET:
            field_dict["demographics"] = demographics
        if size is not UNSET:
            field_dict["size"] = size
        if size_is_upper_bound is not UNSET:
            field_dict["size_is_upper_bound"] = size_is_upper_bound
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_category import AudienceCategory
        from ..models.audience_demographics import AudienceDemographics

        d = dict(src_dict)
        _categories = d.pop("categories", UNSET)
        categories: list[AudienceCategory] | Unset = UNSET
        if _categories is None:
            categories = tolerate_null("categories")
        elif not isinstance(_categories, Unset):
            categories = []
            for categories_item_data in _categories:
                _categories_item = categories_item_data
                categories_item = (
                    tolerate_null("categories_item")
                    if _categories_item is None
                    else AudienceCategory.from_dict(_categories_item)
                )

                categories.append(categories_item)

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_date(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        _demographics = d.pop("demographics", UNSET)
        demographics: AudienceDemographics | Unset
        if isinstance(_demographics, Unset):
            demographics = UNSET
        elif _demographics is None:
            demographics = tolerate_null("demographics")
        else:
            demographics = AudienceDemographics.from_dict(_demographics)

        size = d.pop("size", UNSET)
        if size is None:
            size = tolerate_null("size")

        size_is_upper_bound = d.pop("size_is_upper_bound", UNSET)
        if size_is_upper_bound is None:
            size_is_upper_bound = tolerate_null("size_is_upper_bound")

        _type_ = d.pop("type", UNSET)
        type_: AudienceInsightType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        elif _type_ is None:
            type_ = tolerate_null("type")
        else:
            type_ = AudienceInsightType(_type_)

        audience_insights_response = cls(
            categories=categories,
            date=date,
            demographics=demographics,
            size=size,
            size_is_upper_bound=size_is_upper_bound,
            type_=type_,
        )

        if d:
            tolerate_unknown_fields("AudienceInsightsResponse", d)

        audience_insights_response.additional_properties = d
        return audience_insights_response

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
