from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_update_operation_type import AudienceUpdateOperationType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.audience_rule import AudienceRule


T = TypeVar("T", bound="AudienceUpdateRequest")


@_attrs_define
class AudienceUpdateRequest:
    """
    Attributes:
        ad_account_id (str | Unset): Ad account ID. Example: 549755885175.
        name (str | Unset): Audience name. Example: string.
        rule (AudienceRule | Unset): JSON object defining targeted audience users. Example rule formats per audience
            type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id":
            ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and
            "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: {
            "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web",
            "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to
            specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more
            about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience"
            target="_blank">engagement audiences</a>.
        description (str | Unset): Audience description. Example: string.
        operation_type (AudienceUpdateOperationType | Unset): Audience operation type (update or remove). Example:
            UPDATE.
    """

    ad_account_id: str | Unset = UNSET
    name: str | Unset = UNSET
    rule: AudienceRule | Unset = UNSET
    description: str | Unset = UNSET
    operation_type: AudienceUpdateOperationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        name = self.name

        rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule, Unset):
            rule = None if self.rule is None else self.rule.to_dict()

        description = self.description

        operation_type: str | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = None if self.operation_type is None else self.operation_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if name is not UNSET:
            field_dict["name"] = name
        if rule is not UNSET:
            field_dict["rule"] = rule
        if description is not UNSET:
            field_dict["description"] = description
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_rule import AudienceRule

        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        _rule = d.pop("rule", UNSET)
        rule: AudienceRule | Unset
        if isinstance(_rule, Unset):
            rule = UNSET
        elif _rule is None:
            rule = tolerate_null("rule")
        else:
            rule = AudienceRule.from_dict(_rule)

        description = d.pop("description", UNSET)
        if description is None:
            description = tolerate_null("description")

        _operation_type = d.pop("operation_type", UNSET)
        operation_type: AudienceUpdateOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        elif _operation_type is None:
            operation_type = tolerate_null("operation_type")
        else:
            operation_type = AudienceUpdateOperationType(_operation_type)

        audience_update_request = cls(
            ad_account_id=ad_account_id,
            name=name,
            rule=rule,
            description=description,
            operation_type=operation_type,
        )

        if d:
            tolerate_unknown_fields("AudienceUpdateRequest", d)

        audience_update_request.additional_properties = d
        return audience_update_request

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
