from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_goal_metadata_conversion_tag_v3_goal_metadata_conversion_event import (
    OptimizationGoalMetadataConversionTagV3GoalMetadataConversionEvent,
)
from ..models.optimization_goal_metadata_conversion_tag_v3_goal_metadata_conversion_learning_mode_type import (
    OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType,
)
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.optimization_goal_metadata_conversion_tag_v3_goal_metadata_attribution_windows import (
        OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows,
    )


T = TypeVar("T", bound="OptimizationGoalMetadataConversionTagV3GoalMetadata")


@_attrs_define
class OptimizationGoalMetadataConversionTagV3GoalMetadata:
    """
    Attributes:
        attribution_windows (OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows | Unset):
        conversion_event (OptimizationGoalMetadataConversionTagV3GoalMetadataConversionEvent | Unset):
        conversion_tag_id (str | Unset):
        cpa_goal_value_in_micro_currency (str | Unset):
        is_roas_optimized (bool | None | Unset): Pinterest Performance+ ROAS bidding. When enabled, Pinterest will
            optimize for conversion value instead of conversion volume. Only supported when `conversion_event` is set to
            `"CHECKOUT"` and `bid_strategy_type` is set to `"AUTOMATIC_BID"`. <br>This parameter is not enabled for all
            advertisers. <a href="https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-
            features/">Learn more</a>.
        learning_mode_type (None | OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType |
            Unset): Conversion learning model type Example: ACTIVE.
        reporting_event (str | Unset): Event name for custom or standard events mapped to an oCPM model Example:
            INITIATE_CHECKOUT.
    """

    attribution_windows: (
        OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows | Unset
    ) = UNSET
    conversion_event: OptimizationGoalMetadataConversionTagV3GoalMetadataConversionEvent | Unset = (
        UNSET
    )
    conversion_tag_id: str | Unset = UNSET
    cpa_goal_value_in_micro_currency: str | Unset = UNSET
    is_roas_optimized: bool | None | Unset = UNSET
    learning_mode_type: (
        None | OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType | Unset
    ) = UNSET
    reporting_event: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribution_windows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribution_windows, Unset):
            attribution_windows = (
                None if self.attribution_windows is None else self.attribution_windows.to_dict()
            )

        conversion_event: str | Unset = UNSET
        if not isinstance(self.conversion_event, Unset):
            conversion_event = (
                None if self.conversion_event is None else self.conversion_event.value
            )

        conversion_tag_id = self.conversion_tag_id

        cpa_goal_value_in_micro_currency = self.cpa_goal_value_in_micro_currency

        is_roas_optimized: bool | None | Unset
        if isinstance(self.is_roas_optimized, Unset):
            is_roas_optimized = UNSET
        else:
            is_roas_optimized = self.is_roas_optimized

        learning_mode_type: None | str | Unset
        if isinstance(self.learning_mode_type, Unset):
            learning_mode_type = UNSET
        elif isinstance(
            self.learning_mode_type,
            OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType,
        ):
            learning_mode_type = (
                None if self.learning_mode_type is None else self.learning_mode_type.value
            )
        else:
            learning_mode_type = self.learning_mode_type

        reporting_event = self.reporting_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribution_windows is not UNSET:
            field_dict["attribution_windows"] = attribution_windows
        if conversion_event is not UNSET:
            field_dict["conversion_event"] = conversion_event
        if conversion_tag_id is not UNSET:
            field_dict["conversion_tag_id"] = conversion_tag_id
        if cpa_goal_value_in_micro_currency is not UNSET:
            field_dict["cpa_goal_value_in_micro_currency"] = cpa_goal_value_in_micro_currency
        if is_roas_optimized is not UNSET:
            field_dict["is_roas_optimized"] = is_roas_optimized
        if learning_mode_type is not UNSET:
            field_dict["learning_mode_type"] = learning_mode_type
        if reporting_event is not UNSET:
            field_dict["reporting_event"] = reporting_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.optimization_goal_metadata_conversion_tag_v3_goal_metadata_attribution_windows import (
            OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows,
        )

        d = dict(src_dict)
        _attribution_windows = d.pop("attribution_windows", UNSET)
        attribution_windows: (
            OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows | Unset
        )
        if isinstance(_attribution_windows, Unset):
            attribution_windows = UNSET
        elif _attribution_windows is None:
            attribution_windows = tolerate_null("attribution_windows")
        else:
            attribution_windows = (
                OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows.from_dict(
                    _attribution_windows
                )
            )

        _conversion_event = d.pop("conversion_event", UNSET)
        conversion_event: OptimizationGoalMetadataConversionTagV3GoalMetadataConversionEvent | Unset
        if isinstance(_conversion_event, Unset):
            conversion_event = UNSET
        elif _conversion_event is None:
            conversion_event = tolerate_null("conversion_event")
        else:
            conversion_event = OptimizationGoalMetadataConversionTagV3GoalMetadataConversionEvent(
                _conversion_event
            )

        conversion_tag_id = d.pop("conversion_tag_id", UNSET)
        if conversion_tag_id is None:
            conversion_tag_id = tolerate_null("conversion_tag_id")

        cpa_goal_value_in_micro_currency = d.pop("cpa_goal_value_in_micro_currency", UNSET)
        if cpa_goal_value_in_micro_currency is None:
            cpa_goal_value_in_micro_currency = tolerate_null("cpa_goal_value_in_micro_currency")

        def _parse_is_roas_optimized(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_is_roas_optimized(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        is_roas_optimized = _parse_is_roas_optimized(d.pop("is_roas_optimized", UNSET))

        def _parse_learning_mode_type(
            data: object,
        ) -> (
            None
            | OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType
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
                        return _parse_learning_mode_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _learning_mode_type_type_1 = data
                learning_mode_type_type_1 = (
                    tolerate_null("learning_mode_type_type_1")
                    if _learning_mode_type_type_1 is None
                    else OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType(
                        _learning_mode_type_type_1
                    )
                )

                return learning_mode_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType
                | Unset,
                data,
            )

        learning_mode_type = _parse_learning_mode_type(d.pop("learning_mode_type", UNSET))

        reporting_event = d.pop("reporting_event", UNSET)
        if reporting_event is None:
            reporting_event = tolerate_null("reporting_event")

        optimization_goal_metadata_conversion_tag_v3_goal_metadata = cls(
            attribution_windows=attribution_windows,
            conversion_event=conversion_event,
            conversion_tag_id=conversion_tag_id,
            cpa_goal_value_in_micro_currency=cpa_goal_value_in_micro_currency,
            is_roas_optimized=is_roas_optimized,
            learning_mode_type=learning_mode_type,
            reporting_event=reporting_event,
        )

        if d:
            tolerate_unknown_fields("OptimizationGoalMetadataConversionTagV3GoalMetadata", d)

        optimization_goal_metadata_conversion_tag_v3_goal_metadata.additional_properties = d
        return optimization_goal_metadata_conversion_tag_v3_goal_metadata

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
