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
    from ..models.trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0 import (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0,
    )
    from ..models.trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0 import (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0,
    )


T = TypeVar("T", bound="TrendingKeywordsResponseTrendingKeywordDemographicsType0")


@_attrs_define
class TrendingKeywordsResponseTrendingKeywordDemographicsType0:
    """A mapping of demographic dimensions (e.g. "gender", "age") to their category distributions. <br />
    For each dimension: <br />
      - Key: The category (e.g., "female", "18-24"). <br />
      - Value: The proportion of search volume (e.g., 0.12 for 12%). <br />
        Values less than 0.05 are set to 0.04 for privacy. <br />
        The sum for all categories in a dimension will approximately equal 1. <br />
        Only applicable when `include_demographics` query parameter is set to `true`.

        Attributes:
            age_distribution (None | TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0 | Unset):
                This represents a mapping from age bucket to distribution of search volume for a keyword.
                The sum of all values in this object should approximately be 1. Example: {'18-24': 0.36, '25-34': 0.38, '35-44':
                0.16, '45-49': 0.04, '50-54': 0.04, '55-64': 0.04, '65+': 0.04}.
            gender_distribution (None | TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0 |
                Unset): This represents a mapping from gender to distribution of search volume for a keyword.
                The sum of all values in this object should approximately be 1. Example: {'female': 0.85, 'male': 0.09,
                'unspecified': 0.06}.
    """

    age_distribution: (
        None | TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0 | Unset
    ) = UNSET
    gender_distribution: (
        None
        | TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0 import (
            TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0,
        )
        from ..models.trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0 import (
            TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0,
        )

        age_distribution: dict[str, Any] | None | Unset
        if isinstance(self.age_distribution, Unset):
            age_distribution = UNSET
        elif isinstance(
            self.age_distribution,
            TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0,
        ):
            age_distribution = (
                None if self.age_distribution is None else self.age_distribution.to_dict()
            )
        else:
            age_distribution = self.age_distribution

        gender_distribution: dict[str, Any] | None | Unset
        if isinstance(self.gender_distribution, Unset):
            gender_distribution = UNSET
        elif isinstance(
            self.gender_distribution,
            TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0,
        ):
            gender_distribution = (
                None if self.gender_distribution is None else self.gender_distribution.to_dict()
            )
        else:
            gender_distribution = self.gender_distribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_distribution is not UNSET:
            field_dict["age_distribution"] = age_distribution
        if gender_distribution is not UNSET:
            field_dict["gender_distribution"] = gender_distribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0 import (
            TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0,
        )
        from ..models.trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0 import (
            TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0,
        )

        d = dict(src_dict)

        def _parse_age_distribution(
            data: object,
        ) -> (
            None
            | TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_age_distribution(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _age_distribution_type_0 = data
                age_distribution_type_0 = (
                    tolerate_null("age_distribution_type_0")
                    if _age_distribution_type_0 is None
                    else TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0.from_dict(
                        _age_distribution_type_0
                    )
                )

                return age_distribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0
                | Unset,
                data,
            )

        age_distribution = _parse_age_distribution(d.pop("age_distribution", UNSET))

        def _parse_gender_distribution(
            data: object,
        ) -> (
            None
            | TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_gender_distribution(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _gender_distribution_type_0 = data
                gender_distribution_type_0 = (
                    tolerate_null("gender_distribution_type_0")
                    if _gender_distribution_type_0 is None
                    else TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0.from_dict(
                        _gender_distribution_type_0
                    )
                )

                return gender_distribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0
                | Unset,
                data,
            )

        gender_distribution = _parse_gender_distribution(d.pop("gender_distribution", UNSET))

        trending_keywords_response_trending_keyword_demographics_type_0 = cls(
            age_distribution=age_distribution,
            gender_distribution=gender_distribution,
        )

        if d:
            tolerate_unknown_fields("TrendingKeywordsResponseTrendingKeywordDemographicsType0", d)

        trending_keywords_response_trending_keyword_demographics_type_0.additional_properties = d
        return trending_keywords_response_trending_keyword_demographics_type_0

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
