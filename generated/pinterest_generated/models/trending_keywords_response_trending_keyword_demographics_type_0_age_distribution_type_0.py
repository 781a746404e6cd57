from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0_age_distribution import (
    TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0AgeDistribution,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
)

T = TypeVar(
    "T", bound="TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0"
)


@_attrs_define
class TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0:
    """This represents a mapping from age bucket to distribution of search volume for a keyword.
    The sum of all values in this object should approximately be 1.

        Example:
            {'18-24': 0.36, '25-34': 0.38, '35-44': 0.16, '45-49': 0.04, '50-54': 0.04, '55-64': 0.04, '65+': 0.04}

        Attributes:
            age_distribution (TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0AgeDistribution |
                Unset):
    """

    age_distribution: (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0AgeDistribution
        | Unset
    ) = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_distribution: str | Unset = UNSET
        if not isinstance(self.age_distribution, Unset):
            age_distribution = (
                None if self.age_distribution is None else self.age_distribution.value
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_distribution is not UNSET:
            field_dict["age_distribution"] = age_distribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _age_distribution = d.pop("age_distribution", UNSET)
        age_distribution: (
            TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0AgeDistribution
            | Unset
        )
        if isinstance(_age_distribution, Unset):
            age_distribution = UNSET
        elif _age_distribution is None:
            age_distribution = tolerate_null("age_distribution")
        else:
            age_distribution = TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0AgeDistribution(
                _age_distribution
            )

        trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0 = (
            cls(
                age_distribution=age_distribution,
            )
        )

        trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0.additional_properties = d
        return (
            trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0
        )

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
