from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_processing_status import ItemProcessingStatus
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.item_validation_event import ItemValidationEvent


T = TypeVar("T", bound="CreativeAssetsProcessingRecord")


@_attrs_define
class CreativeAssetsProcessingRecord:
    """Object describing an item processing record

    Attributes:
        creative_assets_id (str | Unset): The catalog creative assets id in the merchant namespace Example: DS0294-M.
        errors (list[ItemValidationEvent] | Unset): Array with the validation errors for the item processing record.
            A non empty errors list causes the item processing to fail.
        status (ItemProcessingStatus | Unset): The status of the item processing record Example: SUCCESS.
        warnings (list[ItemValidationEvent] | Unset): Array with the validation warnings for the item processing record
    """

    creative_assets_id: str | Unset = UNSET
    errors: list[ItemValidationEvent] | Unset = UNSET
    status: ItemProcessingStatus | Unset = UNSET
    warnings: list[ItemValidationEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creative_assets_id = self.creative_assets_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            if self.errors is None:
                errors = None
            else:
                errors = []
                for errors_item_data in self.errors:
                    errors_item = None if errors_item_data is None else errors_item_data.to_dict()
                    errors.append(errors_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            if self.warnings is None:
                warnings = None
            else:
                warnings = []
                for warnings_item_data in self.warnings:
                    warnings_item = (
                        None if warnings_item_data is None else warnings_item_data.to_dict()
                    )
                    warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creative_assets_id is not UNSET:
            field_dict["creative_assets_id"] = creative_assets_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if status is not UNSET:
            field_dict["status"] = status
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_validation_event import ItemValidationEvent

        d = dict(src_dict)
        creative_assets_id = d.pop("creative_assets_id", UNSET)
        if creative_assets_id is None:
            creative_assets_id = tolerate_null("creative_assets_id")

        _errors = d.pop("errors", UNSET)
        errors: list[ItemValidationEvent] | Unset = UNSET
        if _errors is None:
            errors = tolerate_null("errors")
        elif not isinstance(_errors, Unset):
            errors = []
            for errors_item_data in _errors:
                _errors_item = errors_item_data
                errors_item = (
                    tolerate_null("errors_item")
                    if _errors_item is None
                    else ItemValidationEvent.from_dict(_errors_item)
                )

                errors.append(errors_item)

        _status = d.pop("status", UNSET)
        status: ItemProcessingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = ItemProcessingStatus(_status)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[ItemValidationEvent] | Unset = UNSET
        if _warnings is None:
            warnings = tolerate_null("warnings")
        elif not isinstance(_warnings, Unset):
            warnings = []
            for warnings_item_data in _warnings:
                _warnings_item = warnings_item_data
                warnings_item = (
                    tolerate_null("warnings_item")
                    if _warnings_item is None
                    else ItemValidationEvent.from_dict(_warnings_item)
                )

                warnings.append(warnings_item)

        creative_assets_processing_record = cls(
            creative_assets_id=creative_assets_id,
            errors=errors,
            status=status,
            warnings=warnings,
        )

        if d:
            tolerate_unknown_fields("CreativeAssetsProcessingRecord", d)

        creative_assets_processing_record.additional_properties = d
        return creative_assets_processing_record

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
