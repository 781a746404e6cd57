from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_type_multipliers_apptype import AppTypeMultipliersAPPTYPE
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
)

T = TypeVar("T", bound="AppTypeMultipliers")


@_attrs_define
class AppTypeMultipliers:
    """This represents a mapping from app type targeting criteria to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified app type in `MAX_BID` ad groups in
    `CATALOG_SALES` campaigns. All app type multipliers must be set at the same time. If a multiplier is not provided it
    is assumed to be 1 (no bid adjustment).

        Example:
            {'android_mobile': 1.1, 'android_tablet': 1.1, 'ipad': 1.2, 'iphone': 1.2, 'web': 0.9, 'web_mobile': 0.8}

        Attributes:
            app_type (AppTypeMultipliersAPPTYPE | Unset):
    """

    app_type: AppTypeMultipliersAPPTYPE | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_type: str | Unset = UNSET
        if not isinstance(self.app_type, Unset):
            app_type = None if self.app_type is None else self.app_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_type is not UNSET:
            field_dict["APP_TYPE"] = app_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _app_type = d.pop("APP_TYPE", UNSET)
        app_type: AppTypeMultipliersAPPTYPE | Unset
        if isinstance(_app_type, Unset):
            app_type = UNSET
        elif _app_type is None:
            app_type = tolerate_null("APP_TYPE")
        else:
            app_type = AppTypeMultipliersAPPTYPE(_app_type)

        app_type_multipliers = cls(
            app_type=app_type,
        )

        app_type_multipliers.additional_properties = d
        return app_type_multipliers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
