from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_status import EntityStatus
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.tracking_urls import TrackingUrls


T = TypeVar("T", bound="CampaignCommon")


@_attrs_define
class CampaignCommon:
    """Campaign Data

    Attributes:
        ad_account_id (str | Unset): Campaign's Advertiser ID. If you want to create a campaign in a Business Account
            shared account you need to specify the Business Access advertiser ID in both the query path param as well as the
            request body schema. Example: 549755885175.
        daily_spend_cap (int | None | Unset): Campaign daily spending cap. Required for Campaign Budget Optimization
            (CBO) campaigns. This and "lifetime_spend_cap" cannot be set at the same time. Example: 1432744744.
        end_time (int | None | Unset): Timestamp in Unix format for scheduling when ads in the campaign stop appearing.
            Must occur after any end times for child ad groups. If `end_time` is not specified for the campaign, ads run
            indefinitely unless you update the campaign, changing their status to `paused`. Learn about <a href="/docs/api-
            features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
            Different end times can be set for the campaign's child ad groups, but they cannot occur after an `end_time`
            specified for the campaign.
            - If your campaign has a child ad group with an end time specified, and if you update that campaign with an
            `end_time` that is earlier than that of the ad group, the campaign `end_time` will supersede the ad group
            `end_time`, and the request will not return an error.
            - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a
            href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are
            listed with the start and end times that you assigned them, regardless of supersedence. Example: 1644023526.
        is_automated_campaign (bool | None | Unset): Specifies whether the campaign was created in the automated
            campaign flow Example: True.
        is_flexible_daily_budgets (bool | None | Unset): Determine if a campaign has setup for flexible daily budgets,
            also known as "Pinterest Performance+ budgets". Example: True.
        lifetime_spend_cap (int | None | Unset): Campaign total spending cap. Required for Campaign Budget Optimization
            (CBO) campaigns. This and "daily_spend_cap" cannot be set at the same time. Example: 1432744744.
        name (str | Unset): Campaign name. Example: ACME Tools.
        order_line_id (None | str | Unset): Order line ID that appears on the invoice. Example: 549755885175.
        start_time (int | None | Unset): Timestamp in Unix format for scheduling when ads in the campaign start to
            appear. Must precede any start times set for child ad groups. Defaults to current time if no time is specified.
            Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling
            campaigns</a>.
            Different start times can be set for the campaign's child ad groups, but they cannot occur before a `start_time`
            specified for the campaign.
            - If your campaign has a child ad group with a start time specified, and if you update that campaign with a
            `start_time` that is later than that of the ad group, the campaign `start_time` will supersede the ad group
            `start_time`, and the request will not return an error.
            - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a
            href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are
            listed with the start and end times that you assigned them, regardless of supersedence. Example: 1580865126.
        status (EntityStatus | Unset): Entity status Example: ACTIVE.
        tracking_urls (None | TrackingUrls | Unset):
    """

    ad_account_id: str | Unset = UNSET
    daily_spend_cap: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    is_automated_campaign: bool | None | Unset = UNSET
    is_flexible_daily_budgets: bool | None | Unset = UNSET
    lifetime_spend_cap: int | None | Unset = UNSET
    name: str | Unset = UNSET
    order_line_id: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    status: EntityStatus | Unset = UNSET
    tracking_urls: None | TrackingUrls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tracking_urls import TrackingUrls

        ad_account_id = self.ad_account_id

        daily_spend_cap: int | None | Unset
        if isinstance(self.daily_spend_cap, Unset):
            daily_spend_cap = UNSET
        else:
            daily_spend_cap = self.daily_spend_cap

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        is_automated_campaign: bool | None | Unset
        if isinstance(self.is_automated_campaign, Unset):
            is_automated_campaign = UNSET
        else:
            is_automated_campaign = self.is_automated_campaign

        is_flexible_daily_budgets: bool | None | Unset
        if isinstance(self.is_flexible_daily_budgets, Unset):
            is_flexible_daily_budgets = UNSET
        else:
            is_flexible_daily_budgets = self.is_flexible_daily_budgets

        lifetime_spend_cap: int | None | Unset
        if isinstance(self.lifetime_spend_cap, Unset):
            lifetime_spend_cap = UNSET
        else:
            lifetime_spend_cap = self.lifetime_spend_cap

        name = self.name

        order_line_id: None | str | Unset
        if isinstance(self.order_line_id, Unset):
            order_line_id = UNSET
        else:
            order_line_id = self.order_line_id

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        tracking_urls: dict[str, Any] | None | Unset
        if isinstance(self.tracking_urls, Unset):
            tracking_urls = UNSET
        elif isinstance(self.tracking_urls, TrackingUrls):
            tracking_urls = None if self.tracking_urls is None else self.tracking_urls.to_dict()
        else:
            tracking_urls = self.tracking_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if daily_spend_cap is not UNSET:
            field_dict["daily_spend_cap"] = daily_spend_cap
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if is_automated_campaign is not UNSET:
            field_dict["is_automated_campaign"] = is_automated_campaign
        if is_flexible_daily_budgets is not UNSET:
            field_dict["is_flexible_daily_budgets"] = is_flexible_daily_budgets
        if lifetime_spend_cap is not UNSET:
            field_dict["lifetime_spend_cap"] = lifetime_spend_cap
        if name is not UNSET:
            field_dict["name"] = name
        if order_line_id is not UNSET:
            field_dict["order_line_id"] = order_line_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if tracking_urls is not UNSET:
            field_dict["tracking_urls"] = tracking_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tracking_urls import TrackingUrls

        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        def _parse_daily_spend_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_daily_spend_cap(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        daily_spend_cap = _parse_daily_spend_cap(d.pop("daily_spend_cap", UNSET))

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_end_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_is_automated_campaign(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_is_automated_campaign(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        is_automated_campaign = _parse_is_automated_campaign(d.pop("is_automated_campaign", UNSET))

        def _parse_is_flexible_daily_budgets(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_is_flexible_daily_budgets(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        is_flexible_daily_budgets = _parse_is_flexible_daily_budgets(
            d.pop("is_flexible_daily_budgets", UNSET)
        )

        def _parse_lifetime_spend_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_lifetime_spend_cap(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        lifetime_spend_cap = _parse_lifetime_spend_cap(d.pop("lifetime_spend_cap", UNSET))

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        def _parse_order_line_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_order_line_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        order_line_id = _parse_order_line_id(d.pop("order_line_id", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_start_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        _status = d.pop("status", UNSET)
        status: EntityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = EntityStatus(_status)

        def _parse_tracking_urls(data: object) -> None | TrackingUrls | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_tracking_urls(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _tracking_urls_type_1 = data
                tracking_urls_type_1 = (
                    tolerate_null("tracking_urls_type_1")
                    if _tracking_urls_type_1 is None
                    else TrackingUrls.from_dict(_tracking_urls_type_1)
                )

                return tracking_urls_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackingUrls | Unset, data)

        tracking_urls = _parse_tracking_urls(d.pop("tracking_urls", UNSET))

        campaign_common = cls(
            ad_account_id=ad_account_id,
            daily_spend_cap=daily_spend_cap,
            end_time=end_time,
            is_automated_campaign=is_automated_campaign,
            is_flexible_daily_budgets=is_flexible_daily_budgets,
            lifetime_spend_cap=lifetime_spend_cap,
            name=name,
            order_line_id=order_line_id,
            start_time=start_time,
            status=status,
            tracking_urls=tracking_urls,
        )

        if d:
            tolerate_unknown_fields("CampaignCommon", d)

        campaign_common.additional_properties = d
        return campaign_common

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
