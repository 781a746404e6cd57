from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_item_validation_errors import CatalogsItemValidationErrors
    from ..models.catalogs_item_validation_warnings import CatalogsItemValidationWarnings


T = TypeVar("T", bound="CatalogsItemValidationIssues")


@_attrs_define
class CatalogsItemValidationIssues:
    """
    Attributes:
        errors (CatalogsItemValidationErrors):
        item_id (None | str): The merchant-created unique ID that represents the product. Example: DS0294-L.
        item_number (int): Item number based on order of appearance in the Catalogs Feed. For example, '0' refers to
            first item found in a feed that was downloaded from a 'location' specified during feed creation. Example: 0.
        warnings (CatalogsItemValidationWarnings):
    """

    errors: CatalogsItemValidationErrors
    item_id: None | str
    item_number: int
    warnings: CatalogsItemValidationWarnings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = None if self.errors is None else self.errors.to_dict()

        item_id: None | str
        item_id = self.item_id

        item_number = self.item_number

        warnings = None if self.warnings is None else self.warnings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "item_id": item_id,
                "item_number": item_number,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_item_validation_errors import CatalogsItemValidationErrors
        from ..models.catalogs_item_validation_warnings import CatalogsItemValidationWarnings

        d = dict(src_dict)
        _errors = d.pop("errors")
        errors = (
            tolerate_null("errors")
            if _errors is None
            else CatalogsItemValidationErrors.from_dict(_errors)
        )

        def _parse_item_id(data: object) -> None | str:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_item_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str, data)

        item_id = _parse_item_id(d.pop("item_id"))

        item_number = d.pop("item_number")
        if item_number is None:
            item_number = tolerate_null("item_number")

        _warnings = d.pop("warnings")
        warnings = (
            tolerate_null("warnings")
            if _warnings is None
            else CatalogsItemValidationWarnings.from_dict(_warnings)
        )

        catalogs_item_validation_issues = cls(
            errors=errors,
            item_id=item_id,
            item_number=item_number,
            warnings=warnings,
        )

        if d:
            tolerate_unknown_fields("CatalogsItemValidationIssues", d)

        catalogs_item_validation_issues.additional_properties = d
        return catalogs_item_validation_issues

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
