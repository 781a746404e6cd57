from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_feed_validation_errors import CatalogsFeedValidationErrors
    from ..models.catalogs_feed_validation_warnings import CatalogsFeedValidationWarnings


T = TypeVar("T", bound="CatalogsFeedValidationDetails")


@_attrs_define
class CatalogsFeedValidationDetails:
    """
    Attributes:
        errors (CatalogsFeedValidationErrors):
        warnings (CatalogsFeedValidationWarnings):
    """

    errors: CatalogsFeedValidationErrors
    warnings: CatalogsFeedValidationWarnings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = None if self.errors is None else self.errors.to_dict()

        warnings = None if self.warnings is None else self.warnings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_feed_validation_errors import CatalogsFeedValidationErrors
        from ..models.catalogs_feed_validation_warnings import CatalogsFeedValidationWarnings

        d = dict(src_dict)
        _errors = d.pop("errors")
        errors = (
            tolerate_null("errors")
            if _errors is None
            else CatalogsFeedValidationErrors.from_dict(_errors)
        )

        _warnings = d.pop("warnings")
        warnings = (
            tolerate_null("warnings")
            if _warnings is None
            else CatalogsFeedValidationWarnings.from_dict(_warnings)
        )

        catalogs_feed_validation_details = cls(
            errors=errors,
            warnings=warnings,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedValidationDetails", d)

        catalogs_feed_validation_details.additional_properties = d
        return catalogs_feed_validation_details

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
