from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_type import AudienceType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.audience_rule import AudienceRule


T = TypeVar("T", bound="AudienceCreateRequest")


@_attrs_define
class AudienceCreateRequest:
    """
    Attributes:
        name (str): Audience name. Example: string.
        rule (AudienceRule): JSON object defining targeted audience users. Example rule formats per audience
            type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id":
            ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and
            "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: {
            "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web",
            "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to
            specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more
            about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience"
            target="_blank">engagement audiences</a>.
        audience_type (AudienceType): Audience type Example: ACTALIKE.
        ad_account_id (str | Unset): Ad account ID. Example: 549755885175.
        description (str | Unset): Audience description. Example: string.
    """

    name: str
    rule: AudienceRule
    audience_type: AudienceType
    ad_account_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rule = None if self.rule is None else self.rule.to_dict()

        audience_type = None if self.audience_type is None else self.audience_type.value

        ad_account_id = self.ad_account_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "rule": rule,
                "audience_type": audience_type,
            }
        )
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_rule import AudienceRule

        d = dict(src_dict)
        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        _rule = d.pop("rule")
        rule = tolerate_null("rule") if _rule is None else AudienceRule.from_dict(_rule)

        _audience_type = d.pop("audience_type")
        audience_type = (
            tolerate_null("audience_type")
            if _audience_type is None
            else AudienceType(_audience_type)
        )

        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        description = d.pop("description", UNSET)
        if description is None:
            description = tolerate_null("description")

        audience_create_request = cls(
            name=name,
            rule=rule,
            audience_type=audience_type,
            ad_account_id=ad_account_id,
            description=description,
        )

        if d:
            tolerate_unknown_fields("AudienceCreateRequest", d)

        audience_create_request.additional_properties = d
        return audience_create_request

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
