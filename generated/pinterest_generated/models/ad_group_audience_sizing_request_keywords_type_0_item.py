from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_type_response import MatchTypeResponse
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdGroupAudienceSizingRequestKeywordsType0Item")


@_attrs_define
class AdGroupAudienceSizingRequestKeywordsType0Item:
    """
    Attributes:
        match_type (MatchTypeResponse | None):
        value (str): Keyword value (120 chars max).
    """

    match_type: MatchTypeResponse | None
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match_type: None | str
        if isinstance(self.match_type, MatchTypeResponse):
            match_type = None if self.match_type is None else self.match_type.value
        else:
            match_type = self.match_type

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "match_type": match_type,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_match_type(data: object) -> MatchTypeResponse | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_match_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _match_type_type_1 = data
                match_type_type_1 = (
                    tolerate_null("match_type_type_1")
                    if _match_type_type_1 is None
                    else MatchTypeResponse(_match_type_type_1)
                )

                return match_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchTypeResponse | None, data)

        match_type = _parse_match_type(d.pop("match_type"))

        value = d.pop("value")
        if value is None:
            value = tolerate_null("value")

        ad_group_audience_sizing_request_keywords_type_0_item = cls(
            match_type=match_type,
            value=value,
        )

        if d:
            tolerate_unknown_fields("AdGroupAudienceSizingRequestKeywordsType0Item", d)

        ad_group_audience_sizing_request_keywords_type_0_item.additional_properties = d
        return ad_group_audience_sizing_request_keywords_type_0_item

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
