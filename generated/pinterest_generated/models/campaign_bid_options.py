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
    from ..models.app_type_multipliers import AppTypeMultipliers
    from ..models.campaign_audience_multipliers import CampaignAudienceMultipliers
    from ..models.placement_multipliers import PlacementMultipliers


T = TypeVar("T", bound="CampaignBidOptions")


@_attrs_define
class CampaignBidOptions:
    """Object describing the campaign level bid multipliers.

    Attributes:
        app_type_multipliers (AppTypeMultipliers | None | Unset):
        audience_multipliers (CampaignAudienceMultipliers | Unset): This represents a mapping from Audience ID to a bid
            price adjustment.

            Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to
            $10 for example). A value of 0 will stop distribution for this item on the specified audience in `MAX_BID` ad
            groups in `CATALOG_SALES` campaigns. All audience multipliers must be set at the same time. If a multiplier is
            not provided it is assumed to be 1 (no bid adjustment). Example: {'123': 1.1, '456': 1.2}.
        placement_multipliers (None | PlacementMultipliers | Unset):
    """

    app_type_multipliers: AppTypeMultipliers | None | Unset = UNSET
    audience_multipliers: CampaignAudienceMultipliers | Unset = UNSET
    placement_multipliers: None | PlacementMultipliers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_type_multipliers import AppTypeMultipliers
        from ..models.placement_multipliers import PlacementMultipliers

        app_type_multipliers: dict[str, Any] | None | Unset
        if isinstance(self.app_type_multipliers, Unset):
            app_type_multipliers = UNSET
        elif isinstance(self.app_type_multipliers, AppTypeMultipliers):
            app_type_multipliers = (
                None if self.app_type_multipliers is None else self.app_type_multipliers.to_dict()
            )
        else:
            app_type_multipliers = self.app_type_multipliers

        audience_multipliers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audience_multipliers, Unset):
            audience_multipliers = (
                None if self.audience_multipliers is None else self.audience_multipliers.to_dict()
            )

        placement_multipliers: dict[str, Any] | None | Unset
        if isinstance(self.placement_multipliers, Unset):
            placement_multipliers = UNSET
        elif isinstance(self.placement_multipliers, PlacementMultipliers):
            placement_multipliers = (
                None if self.placement_multipliers is None else self.placement_multipliers.to_dict()
            )
        else:
            placement_multipliers = self.placement_multipliers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_type_multipliers is not UNSET:
            field_dict["app_type_multipliers"] = app_type_multipliers
        if audience_multipliers is not UNSET:
            field_dict["audience_multipliers"] = audience_multipliers
        if placement_multipliers is not UNSET:
            field_dict["placement_multipliers"] = placement_multipliers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_type_multipliers import AppTypeMultipliers
        from ..models.campaign_audience_multipliers import CampaignAudienceMultipliers
        from ..models.placement_multipliers import PlacementMultipliers

        d = dict(src_dict)

        def _parse_app_type_multipliers(data: object) -> AppTypeMultipliers | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_app_type_multipliers(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _app_type_multipliers_type_1 = data
                app_type_multipliers_type_1 = (
                    tolerate_null("app_type_multipliers_type_1")
                    if _app_type_multipliers_type_1 is None
                    else AppTypeMultipliers.from_dict(_app_type_multipliers_type_1)
                )

                return app_type_multipliers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppTypeMultipliers | None | Unset, data)

        app_type_multipliers = _parse_app_type_multipliers(d.pop("app_type_multipliers", UNSET))

        _audience_multipliers = d.pop("audience_multipliers", UNSET)
        audience_multipliers: CampaignAudienceMultipliers | Unset
        if isinstance(_audience_multipliers, Unset):
            audience_multipliers = UNSET
        elif _audience_multipliers is None:
            audience_multipliers = tolerate_null("audience_multipliers")
        else:
            audience_multipliers = CampaignAudienceMultipliers.from_dict(_audience_multipliers)

        def _parse_placement_multipliers(data: object) -> None | PlacementMultipliers | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_placement_multipliers(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _placement_multipliers_type_1 = data
                placement_multipliers_type_1 = (
                    tolerate_null("placement_multipliers_type_1")
                    if _placement_multipliers_type_1 is None
                    else PlacementMultipliers.from_dict(_placement_multipliers_type_1)
                )

                return placement_multipliers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlacementMultipliers | Unset, data)

        placement_multipliers = _parse_placement_multipliers(d.pop("placement_multipliers", UNSET))

        campaign_bid_options = cls(
            app_type_multipliers=app_type_multipliers,
            audience_multipliers=audience_multipliers,
            placement_multipliers=placement_multipliers,
        )

        if d:
            tolerate_unknown_fields("CampaignBidOptions", d)

        campaign_bid_options.additional_properties = d
        return campaign_bid_options

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
