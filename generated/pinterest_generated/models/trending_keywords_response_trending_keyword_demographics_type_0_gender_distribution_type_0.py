from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0_gender_distribution import (
    TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0GenderDistribution,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
)

T = TypeVar(
    "T", bound="TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0"
)


@_attrs_define
class TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0:
    """This represents a mapping from gender to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.

        Example:
            {'female': 0.85, 'male': 0.09, 'unspecified': 0.06}

        Attributes:
            gender_distribution
                (TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0GenderDistribution | Unset):
    """

    gender_distribution: (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0GenderDistribution
        | Unset
    ) = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender_distribution: str | Unset = UNSET
        if not isinstance(self.gender_distribution, Unset):
            gender_distribution = (
                None if self.gender_distribution is None else self.gender_distribution.value
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gender_distribution is not UNSET:
            field_dict["gender_distribution"] = gender_distribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _gender_distribution = d.pop("gender_distribution", UNSET)
        gender_distribution: (
            TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0GenderDistribution
            | Unset
        )
        if isinstance(_gender_distribution, Unset):
            gender_distribution = UNSET
        elif _gender_distribution is None:
            gender_distribution = tolerate_null("gender_distribution")
        else:
            gender_distribution = TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0GenderDistribution(
                _gender_distribution
            )

        trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0 = cls(
            gender_distribution=gender_distribution,
        )

        trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0.additional_properties = d
        return trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
