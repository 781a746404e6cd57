from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.objective_type import ObjectiveType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.audience_rule_event_source import AudienceRuleEventSource
    from ..models.audience_rule_ingestion_source import AudienceRuleIngestionSource
    from ..models.event_data import EventData


T = TypeVar("T", bound="AudienceRule")


@_attrs_define
class AudienceRule:
    """JSON object defining targeted audience users. Example rule formats per audience type:<br>CUSTOMER_LIST: {
    "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id": ["&lt;audience ID&gt;"], "country": "US",
    "percentage": "10" }<br>(Valid countries include: "US", "CA", and "GB". Percentage should be 1-10.<br>The targeted
    audience should be this % size across Pinterest.)<br>VISITOR: { "visitor_source_id": ["&lt;conversion tag ID&gt;"],
    "retention_days": "180", "event_source": {"=": ["web", "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention
    days should be 1-540. Retention applies to specific customers.)<br>ENGAGEMENT: {"engagement_domain":
    ["www.example.com"], "engager_type": 1}<br>Learn more about <a href="/docs/work-with-targets-and-audiences/create-
    audiences/#engagement-audience" target="_blank">engagement audiences</a>.

        Attributes:
            ad_account_id (str | Unset): Ad account ID. Example: 549755885175.
            ad_id (list[str] | Unset): Ad ID for engagement audience filter. Example: ['687201361754'].
            campaign_id (list[str] | Unset): Campaign ID for engagement audience filter. Example: ['626744528398'].
            country (str | Unset): Valid countries include: "US", "CA", and "GB". Example: US.
            customer_list_id (str | Unset): Customer list ID. For CUSTOMER_LIST `audience_type`. Example: 5497558859876.
            engagement_domain (list[str] | Unset): The audience account's verified domain. **Required** for ENGAGEMENT
                `audience_type`. Example: ['www.somedomain.com'].
            engagement_type (str | Unset): Engagement type enum. Optional for ENGAGEMENT `audience_type`. Supported values
                are `click`, `save`, `closeup`, `comment` and `like`. All engagements are included if this field is not set.
                Example: click.
            engager_type (int | Unset): Optional for ENGAGEMENT. Engager type value should be 1-2. Example: 1.
            event (str | Unset): A Pinterest tag event. Optional for VISITOR `audience_type`. Possible values are
                `pagevisit`, `signup`, `checkout`, `viewcategory`, `search`, `addtocart`, `watchvideo`, `lead`, and `custom`.
                This field also accepts a partner-defined Pinterest tag event. Example: checkout.
            event_data (EventData | Unset):     Optional for VISITOR `audience_type`.
                    With the Pinterest tag, you can use event data to capture event details from your website.
                    This object lists all the available predefined event data fields in the Pinterest tag.
                    You can include these event data fields as part of a VISITOR audience’s `rule`; however, you **must**
                specify an `event` for the `event_data` fields to be evaluated.
                    Besides what’s listed, you can also create your own set of `event_data` fields and define their usages or
                purposes according to your website needs.
                    However, the benefit of using the predefined event data fields is that we can provide various metrics based
                on those fields' data.
                    Examples per `event` type:
                    `pagevisit`
                    "event_data": { "page_name": "My online store 123 | view items | shoe" }
                    `signup`
                    "event_data": { "lead_type": "New release promotion" }
                    `checkout`
                    "event_data": { "value": 116, "order_quantity": 2, "currency": "USD", "line_items": [ { "product_name":
                "Pillows (Set of 2)", "product_id": "11", "product_price": 48, "product_quantity": 1 }, { "product_name":
                "Pillows, Large (Set of 2)", "product_id": "15", "product_price": 68, "product_quantity": 1 } ] }
                    `addtocart`
                    "event_data": { "value": 499, "order_quantity": 1, "currency": "USD", "line_items": [ { "product_name": "Red
                leather boots", "product_id": "3486", "product_category": "shoe", "product_variant_id": "JB11103000",
                "product_price": 499, "product_quantity": "1", "product_brand": "My brand" }]}
                    `watchvideo`
                    "event_data": { "video_title": "My Product Video 01" }
                    `lead`
                    "event_data": { "lead_type": "Newsletter" }
            event_source (AudienceRuleEventSource | Unset): Optional for VISITOR. You can use it as a {'=': [value]}.
                Supported values are: web, mobile, offline Example: {'=': ['web', 'mobile']}.
            ingestion_source (AudienceRuleIngestionSource | Unset): Optional for VISITOR. You can use it as a {'=':
                [value]}. Supported values are: tag, mmp, file_upload, conversions_api Example: {'=': ['tag']}.
            objective_type (list[ObjectiveType] | Unset): Objective for engagement audience filter. Example: ['AWARENESS'].
            percentage (int | Unset): Percentage should be 1-10. The targeted audience should be this % size across
                Pinterest. Example: 3.
            pin_id (list[str] | Unset): IDs of engaged organic pins. Optional for ENGAGEMENT `audience_type`. For example,
                "pin_id:": ["34567"] Example: ['34567'].
            prefill (bool | Unset): Optional for VISITOR `audience_type`. If `true`, the specified rule on existing
                engagement data is applied to pre-populate the audience. If `false`, the audience is empty at creation time. The
                default is `true`. Example: True.
            retention_days (int | Unset): Number of days a Pinterest user remains in the audience. Optional for ENGAGEMENT
                and VISITOR `audience_type`. Accepted range is 1-540. Defaults to 180 if not specified. Example: 30.
            seed_id (list[str] | Unset): Audience ID(s). For ACTALIKE `audience_type`.  Example: ['2542620639259',
                '2542620639261'].
            url (list[str] | Unset): Optional for ENGAGEMENT or VISITOR `audience_type`. For ENGAGEMENT, it is the engaged
                pin's URL. For VISITOR, you can use it as a string or a {operator: value} object for filtering visitors based on
                conversion tag event URLs. Supported operators are [ =, !=, contains, not_contains].<br>Example 1:  "url":
                "http://www.myonlinestore123.com/view_item/shoe"<br>Example 2: "url": {"contains": "/view_item/shoe"}
            visitor_source_id (str | Unset): The conversion tag ID, or the Pinterest tag ID, that you use on your website.
                For VISITOR `audience_type`. Example: 549755885175.
    """

    ad_account_id: str | Unset = UNSET
    ad_id: list[str] | Unset = UNSET
    campaign_id: list[str] | Unset = UNSET
    country: str | Unset = UNSET
    customer_list_id: str | Unset = UNSET
    engagement_domain: list[str] | Unset = UNSET
    engagement_type: str | Unset = UNSET
    engager_type: int | Unset = UNSET
    event: str | Unset = UNSET
    event_data: EventData | Unset = UNSET
    event_source: AudienceRuleEventSource | Unset = UNSET
    ingestion_source: AudienceRuleIngestionSource | Unset = UNSET
    objective_type: list[ObjectiveType] | Unset = UNSET
    percentage: int | Unset = UNSET
    pin_id: list[str] | Unset = UNSET
    prefill: bool | Unset = UNSET
    retention_days: int | Unset = UNSET
    seed_id: list[str] | Unset = UNSET
    url: list[str] | Unset = UNSET
    visitor_source_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        ad_id: list[str] | Unset = UNSET
        if not isinstance(self.ad_id, Unset):
            ad_id = self.ad_id

        campaign_id: list[str] | Unset = UNSET
        if not isinstance(self.campaign_id, Unset):
            campaign_id = self.campaign_id

        country = self.country

        customer_list_id = self.customer_list_id

        engagement_domain: list[str] | Unset = UNSET
        if not isinstance(self.engagement_domain, Unset):
            engagement_domain = self.engagement_domain

        engagement_type = self.engagement_type

        engager_type = self.engager_type

        event = self.event

        event_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_data, Unset):
            event_data = None if self.event_data is None else self.event_data.to_dict()

        event_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_source, Unset):
            event_source = None if self.event_source is None else self.event_source.to_dict()

        ingestion_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ingestion_source, Unset):
            ingestion_source = (
                None if self.ingestion_source is None else self.ingestion_source.to_dict()
            )

        objective_type: list[str] | Unset = UNSET
        if not isinstance(self.objective_type, Unset):
            if self.objective_type is None:
                objective_type = None
            else:
                objective_type = []
                for objective_type_item_data in self.objective_type:
                    objective_type_item = (
                        None if objective_type_item_data is None else objective_type_item_data.value
                    )
                    objective_type.append(objective_type_item)

        percentage = self.percentage

        pin_id: list[str] | Unset = UNSET
        if not isinstance(self.pin_id, Unset):
            pin_id = self.pin_id

        prefill = self.prefill

        retention_days = self.retention_days

        seed_id: list[str] | Unset = UNSET
        if not isinstance(self.seed_id, Unset):
            seed_id = self.seed_id

        url: list[str] | Unset = UNSET
        if not isinstance(self.url, Unset):
            url = self.url

        visitor_source_id = self.visitor_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if ad_id is not UNSET:
            field_dict["ad_id"] = ad_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if country is not UNSET:
            field_dict["country"] = country
        if customer_list_id is not UNSET:
            field_dict["customer_list_id"] = customer_list_id
        if engagement_domain is not UNSET:
            field_dict["engagement_domain"] = engagement_domain
        if engagement_type is not UNSET:
            field_dict["engagement_type"] = engagement_type
        if engager_type is not UNSET:
            field_dict["engager_type"] = engager_type
        if event is not UNSET:
            field_dict["event"] = event
        if event_data is not UNSET:
            field_dict["event_data"] = event_data
        if event_source is not UNSET:
            field_dict["event_source"] = event_source
        if ingestion_source is not UNSET:
            field_dict["ingestion_source"] = ingestion_source
        if objective_type is not UNSET:
            field_dict["objective_type"] = objective_type
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if pin_id is not UNSET:
            field_dict["pin_id"] = pin_id
        if prefill is not UNSET:
            field_dict["prefill"] = prefill
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if seed_id is not UNSET:
            field_dict["seed_id"] = seed_id
        if url is not UNSET:
            field_dict["url"] = url
        if visitor_source_id is not UNSET:
            field_dict["visitor_source_id"] = visitor_source_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_rule_event_source import AudienceRuleEventSource
        from ..models.audience_rule_ingestion_source import AudienceRuleIngestionSource
        from ..models.event_data import EventData

        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        _ad_id = d.pop("ad_id", UNSET)
        ad_id = tolerate_null("ad_id") if _ad_id is None else cast(list[str], _ad_id)

        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id = (
            tolerate_null("campaign_id") if _campaign_id is None else cast(list[str], _campaign_id)
        )

        country = d.pop("country", UNSET)
        if country is None:
            country = tolerate_null("country")

        customer_list_id = d.pop("customer_list_id", UNSET)
        if customer_list_id is None:
            customer_list_id = tolerate_null("customer_list_id")

        _engagement_domain = d.pop("engagement_domain", UNSET)
        engagement_domain = (
            tolerate_null("engagement_domain")
            if _engagement_domain is None
            else cast(list[str], _engagement_domain)
        )

        engagement_type = d.pop("engagement_type", UNSET)
        if engagement_type is None:
            engagement_type = tolerate_null("engagement_type")

        engager_type = d.pop("engager_type", UNSET)
        if engager_type is None:
            engager_type = tolerate_null("engager_type")

        event = d.pop("event", UNSET)
        if event is None:
            event = tolerate_null("event")

        _event_data = d.pop("event_data", UNSET)
        event_data: EventData | Unset
        if isinstance(_event_data, Unset):
            event_data = UNSET
        elif _event_data is None:
            event_data = tolerate_null("event_data")
        else:
            event_data = EventData.from_dict(_event_data)

        _event_source = d.pop("event_source", UNSET)
        event_source: AudienceRuleEventSource | Unset
        if isinstance(_event_source, Unset):
            event_source = UNSET
        elif _event_source is None:
            event_source = tolerate_null("event_source")
        else:
            event_source = AudienceRuleEventSource.from_dict(_event_source)

        _ingestion_source = d.pop("ingestion_source", UNSET)
        ingestion_source: AudienceRuleIngestionSource | Unset
        if isinstance(_ingestion_source, Unset):
            ingestion_source = UNSET
        elif _ingestion_source is None:
            ingestion_source = tolerate_null("ingestion_source")
        else:
            ingestion_source = AudienceRuleIngestionSource.from_dict(_ingestion_source)

        _objective_type = d.pop("objective_type", UNSET)
        objective_type: list[ObjectiveType] | Unset = UNSET
        if _objective_type is None:
            objective_type = tolerate_null("objective_type")
        elif not isinstance(_objective_type, Unset):
            objective_type = []
            for objective_type_item_data in _objective_type:
                _objective_type_item = objective_type_item_data
                objective_type_item = (
                    tolerate_null("objective_type_item")
                    if _objective_type_item is None
                    else ObjectiveType(_objective_type_item)
                )

                objective_type.append(objective_type_item)

        percentage = d.pop("percentage", UNSET)
        if percentage is None:
            percentage = tolerate_null("percentage")

        _pin_id = d.pop("pin_id", UNSET)
        pin_id = tolerate_null("pin_id") if _pin_id is None else cast(list[str], _pin_id)

        prefill = d.pop("prefill", UNSET)
        if prefill is None:
            prefill = tolerate_null("prefill")

        retention_days = d.pop("retention_days", UNSET)
        if retention_days is None:
            retention_days = tolerate_null("retention_days")

        _seed_id = d.pop("seed_id", UNSET)
        seed_id = tolerate_null("seed_id") if _seed_id is None else cast(list[str], _seed_id)

        _url = d.pop("url", UNSET)
        url = tolerate_null("url") if _url is None else cast(list[str], _url)

        visitor_source_id = d.pop("visitor_source_id", UNSET)
        if visitor_source_id is None:
            visitor_source_id = tolerate_null("visitor_source_id")

        audience_rule = cls(
            ad_account_id=ad_account_id,
            ad_id=ad_id,
            campaign_id=campaign_id,
            country=country,
            customer_list_id=customer_list_id,
            engagement_domain=engagement_domain,
            engagement_type=engagement_type,
            engager_type=engager_type,
            event=event,
            event_data=event_data,
            event_source=event_source,
            ingestion_source=ingestion_source,
            objective_type=objective_type,
            percentage=percentage,
            pin_id=pin_id,
            prefill=prefill,
            retention_days=retention_days,
            seed_id=seed_id,
            url=url,
            visitor_source_id=visitor_source_id,
        )

        if d:
            tolerate_unknown_fields("AudienceRule", d)

        audience_rule.additional_properties = d
        return audience_rule

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
