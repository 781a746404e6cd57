from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_category_enum import ProductCategoryEnum
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.product_categories_demographic import ProductCategoriesDemographic
    from ..models.product_categories_metrics_highlights import ProductCategoriesMetricsHighlights
    from ..models.product_category_details_predicted_time_series import (
        ProductCategoryDetailsPredictedTimeSeries,
    )
    from ..models.product_category_details_time_series import ProductCategoryDetailsTimeSeries


T = TypeVar("T", bound="ProductCategoryDetails")


@_attrs_define
class ProductCategoryDetails:
    """Product category details

    Attributes:
        has_prediction (bool):
                Indicates whether the keyword has a prediction available for the next 90 days.
                This field is only applicable when include_prediction query parameter is set to true.
                By default, the value is false and no prediction data is included in the response.
        product_category (ProductCategoryEnum): List of product category details
        demographics (ProductCategoriesDemographic | Unset): Age and gender distribution who engaged with this product
            category in the past 3 months
        metrics_highlights (ProductCategoriesMetricsHighlights | Unset): Key performance metrics highlights for this
            product category
        predicted_time_series (ProductCategoryDetailsPredictedTimeSeries | Unset):
                A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3
            months.
                These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in
            this keyword.
                Similar to the historical time_series, normalization is applied independently to the predicted time series
            of each keyword, but the normalize_against_group query parameter can be used in cases where you wish to compare
            relative predicted volume between keywords.
                **Note**: The cut-off date between historical and predicted time series depends on Pinterest data
            availability. Usually the data needs a few days to be calculated, so the predicted time series may contain some
            past dates compared to today.
                **Note**: The date of each observation is in ISO-8601 format and represents the end of the week. For
            example, a value of 2024-01-07 would include predicted searches for the week ending on 2024-01-07.
        related_searches (list[str] | Unset): Related search terms for this product category
        time_series (ProductCategoryDetailsTimeSeries | Unset): Time series data showing trend values over time, indexed
            between 0 and 100
    """

    has_prediction: bool
    product_category: ProductCategoryEnum
    demographics: ProductCategoriesDemographic | Unset = UNSET
    metrics_highlights: ProductCategoriesMetricsHighlights | Unset = UNSET
    predicted_time_series: ProductCategoryDetailsPredictedTimeSeries | Unset = UNSET
    related_searches: list[str] | Unset = UNSET
    time_series: ProductCategoryDetailsTimeSeries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_prediction = self.has_prediction

        product_category = None if self.product_category is None else self.product_category.value

        demographics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.demographics, Unset):
            demographics = None if self.demographics is None else self.demographics.to_dict()

        metrics_highlights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics_highlights, Unset):
            metrics_highlights = (
                None if self.metrics_highlights is None else self.metrics_highlights.to_dict()
            )

        predicted_time_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.predicted_time_series, Unset):
            predicted_time_series = (
                None if self.predicted_time_series is None else self.predicted_time_series.to_dict()
            )

        related_searches: list[str] | Unset = UNSET
        if not isinstance(self.related_searches, Unset):
            related_searches = self.related_searches

        time_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_series, Unset):
            time_series = None if self.time_series is None else self.time_series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_prediction": has_prediction,
                "product_category": product_category,
            }
        )
        if demographics is not UNSET:
            field_dict["demographics"] = demographics
        if metrics_highlights is not UNSET:
            field_dict["metrics_highlights"] = metrics_highlights
        if predicted_time_series is not UNSET:
            field_dict["predicted_time_series"] = predicted_time_series
        if related_searches is not UNSET:
            field_dict["related_searches"] = related_searches
        if time_series is not UNSET:
            field_dict["time_series"] = time_series

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_categories_demographic import ProductCategoriesDemographic
        from ..models.product_categories_metrics_highlights import (
            ProductCategoriesMetricsHighlights,
        )
        from ..models.product_category_details_predicted_time_series import (
            ProductCategoryDetailsPredictedTimeSeries,
        )
        from ..models.product_category_details_time_series import ProductCategoryDetailsTimeSeries

        d = dict(src_dict)
        has_prediction = d.pop("has_prediction")
        if has_prediction is None:
            has_prediction = tolerate_null("has_prediction")

        _product_category = d.pop("product_category")
        product_category = (
            tolerate_null("product_category")
            if _product_category is None
            else ProductCategoryEnum(_product_category)
        )

        _demographics = d.pop("demographics", UNSET)
        demographics: ProductCategoriesDemographic | Unset
        if isinstance(_demographics, Unset):
            demographics = UNSET
        elif _demographics is None:
            demographics = tolerate_null("demographics")
        else:
            demographics = ProductCategoriesDemographic.from_dict(_demographics)

        _metrics_highlights = d.pop("metrics_highlights", UNSET)
        metrics_highlights: ProductCategoriesMetricsHighlights | Unset
        if isinstance(_metrics_highlights, Unset):
            metrics_highlights = UNSET
        elif _metrics_highlights is None:
            metrics_highlights = tolerate_null("metrics_highlights")
        else:
            metrics_highlights = ProductCategoriesMetricsHighlights.from_dict(_metrics_highlights)

        _predicted_time_series = d.pop("predicted_time_series", UNSET)
        predicted_time_series: ProductCategoryDetailsPredictedTimeSeries | Unset
        if isinstance(_predicted_time_series, Unset):
            predicted_time_series = UNSET
        elif _predicted_time_series is None:
            predicted_time_series = tolerate_null("predicted_time_series")
        else:
            predicted_time_series = ProductCategoryDetailsPredictedTimeSeries.from_dict(
                _predicted_time_series
            )

        _related_searches = d.pop("related_searches", UNSET)
        related_searches = (
            tolerate_null("related_searches")
            if _related_searches is None
            else cast(list[str], _related_searches)
        )

        _time_series = d.pop("time_series", UNSET)
        time_series: ProductCategoryDetailsTimeSeries | Unset
        if isinstance(_time_series, Unset):
            time_series = UNSET
        elif _time_series is None:
            time_series = tolerate_null("time_series")
        else:
            time_series = ProductCategoryDetailsTimeSeries.from_dict(_time_series)

        product_category_details = cls(
            has_prediction=has_prediction,
            product_category=product_category,
            demographics=demographics,
            metrics_highlights=metrics_highlights,
            predicted_time_series=predicted_time_series,
            related_searches=related_searches,
            time_series=time_series,
        )

        if d:
            tolerate_unknown_fields("ProductCategoryDetails", d)

        product_category_details.additional_properties = d
        return product_category_details

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
