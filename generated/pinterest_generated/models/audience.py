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
    from ..models.audience_rule import AudienceRule


T = TypeVar("T", bound="Audience")


@_attrs_define
class Audience:
    """
    Attributes:
        ad_account_id (str | Unset): Ad account ID. Example: 549755885175.
        audience_type (str | Unset): <a href="/docs/reference/glossary/#Audience Types">Audience types</a>: ACTALIKE,
            ENGAGEMENT, CUSTOMER_LIST and VISITOR
        created_by_company_name (None | str | Unset): The company that created this audience. Example: Pinterest.
        created_timestamp (int | None | Unset): Creation time. Unix timestamp in seconds. Example: 1451431341.
        description (None | str | Unset): Audience description. Example: People who love making quilts..
        id (str | Unset): Audience ID. Example: 1234.
        name (str | Unset): Audience name. Example: ACME Tools.
        rule (AudienceRule | Unset): JSON object defining targeted audience users. Example rule formats per audience
            type:<br>CUSTOMER_LIST: { "customer_list_id": "&lt;customer list ID&gt;"}<br>ACTALIKE: { "seed_id":
            ["&lt;audience ID&gt;"], "country": "US", "percentage": "10" }<br>(Valid countries include: "US", "CA", and
            "GB". Percentage should be 1-10.<br>The targeted audience should be this % size across Pinterest.)<br>VISITOR: {
            "visitor_source_id": ["&lt;conversion tag ID&gt;"], "retention_days": "180", "event_source": {"=": ["web",
            "mobile"]}, "ingestion_source": {"=": ["tag"]}}<br>(Retention days should be 1-540. Retention applies to
            specific customers.)<br>ENGAGEMENT: {"engagement_domain": ["www.example.com"], "engager_type": 1}<br>Learn more
            about <a href="/docs/work-with-targets-and-audiences/create-audiences/#engagement-audience"
            target="_blank">engagement audiences</a>.
        size (int | None | Unset): Audience size. Example: 1000.
        status (str | Unset): Audience status. READY, INITIALIZING, TOO_SMALL - Each audience list needs to have at
            least 100 people with Pinterest accounts before you can start using it.
        type_ (str | Unset): Always "audience". Example: audience.
        updated_timestamp (int | None | Unset): Last update time. Unix timestamp in seconds. Example: 1451431341.
    """

    ad_account_id: str | Unset = UNSET
    audience_type: str | Unset = UNSET
    created_by_company_name: None | str | Unset = UNSET
    created_timestamp: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    rule: AudienceRule | Unset = UNSET
    size: int | None | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    updated_timestamp: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        audience_type = self.audience_type

        created_by_company_name: None | str | Unset
        if isinstance(self.created_by_company_name, Unset):
            created_by_company_name = UNSET
        else:
            created_by_company_name = self.created_by_company_name

        created_timestamp: int | None | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        name = self.name

        rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule, Unset):
            rule = None if self.rule is None else self.rule.to_dict()

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        status = self.status

        type_ = self.type_

        updated_timestamp: int | None | Unset
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if audience_type is not UNSET:
            field_dict["audience_type"] = audience_type
        if created_by_company_name is not UNSET:
            field_dict["created_by_company_name"] = created_by_company_name
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if rule is not UNSET:
            field_dict["rule"] = rule
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_rule import AudienceRule

        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        audience_type = d.pop("audience_type", UNSET)
        if audience_type is None:
            audience_type = tolerate_null("audience_type")

        def _parse_created_by_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_created_by_company_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        created_by_company_name = _parse_created_by_company_name(
            d.pop("created_by_company_name", UNSET)
        )

        def _parse_created_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_created_timestamp(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        created_timestamp = _parse_created_timestamp(d.pop("created_timestamp", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_description(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

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

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_size(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        status = d.pop("status", UNSET)
        if status is None:
            status = tolerate_null("status")

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        def _parse_updated_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_updated_timestamp(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        updated_timestamp = _parse_updated_timestamp(d.pop("updated_timestamp", UNSET))

        audience = cls(
            ad_account_id=ad_account_id,
            audience_type=audience_type,
            created_by_company_name=created_by_company_name,
            created_timestamp=created_timestamp,
            description=description,
            id=id,
            name=name,
            rule=rule,
            size=size,
            status=status,
            type_=type_,
            updated_timestamp=updated_timestamp,
        )

        if d:
            tolerate_unknown_fields("Audience", d)

        audience.additional_properties = d
        return audience

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
