from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.conversion_health_selection_item_conversion_type import (
        ConversionHealthSelectionItemConversionType,
    )
    from ..models.conversion_health_selection_item_criteria import (
        ConversionHealthSelectionItemCriteria,
    )
    from ..models.conversion_health_selection_item_ingestion_source import (
        ConversionHealthSelectionItemIngestionSource,
    )


T = TypeVar("T", bound="ConversionHealthSelectionItem")


@_attrs_define
class ConversionHealthSelectionItem:
    """User selection of conversion health criteria for a single feature

    Example:
        {'conversionType': {'type_1': {'status': 'SELECTED'}}, 'criteria': {'criteria_1': {'status': 'DISMISSED'}},
            'ingestionSource': {'source_1': {'status': 'SELECTED'}}, 'status': 'SELECTED'}

    Attributes:
        status (Any): Overall status for this selection item
        conversion_type (ConversionHealthSelectionItemConversionType | Unset): Status for conversion types
        criteria (ConversionHealthSelectionItemCriteria | Unset): Status for criteria
        ingestion_source (ConversionHealthSelectionItemIngestionSource | Unset): Status for ingestion sources
    """

    status: Any
    conversion_type: ConversionHealthSelectionItemConversionType | Unset = UNSET
    criteria: ConversionHealthSelectionItemCriteria | Unset = UNSET
    ingestion_source: ConversionHealthSelectionItemIngestionSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        conversion_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion_type, Unset):
            conversion_type = (
                None if self.conversion_type is None else self.conversion_type.to_dict()
            )

        criteria: dict[str, Any] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = None if self.criteria is None else self.criteria.to_dict()

        ingestion_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ingestion_source, Unset):
            ingestion_source = (
                None if self.ingestion_source is None else self.ingestion_source.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if conversion_type is not UNSET:
            field_dict["conversionType"] = conversion_type
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if ingestion_source is not UNSET:
            field_dict["ingestionSource"] = ingestion_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion_health_selection_item_conversion_type import (
            ConversionHealthSelectionItemConversionType,
        )
        from ..models.conversion_health_selection_item_criteria import (
            ConversionHealthSelectionItemCriteria,
        )
        from ..models.conversion_health_selection_item_ingestion_source import (
            ConversionHealthSelectionItemIngestionSource,
        )

        d = dict(src_dict)
        status = d.pop("status")

        _conversion_type = d.pop("conversionType", UNSET)
        conversion_type: ConversionHealthSelectionItemConversionType | Unset
        if isinstance(_conversion_type, Unset):
            conversion_type = UNSET
        elif _conversion_type is None:
            conversion_type = tolerate_null("conversionType")
        else:
            conversion_type = ConversionHealthSelectionItemConversionType.from_dict(
                _conversion_type
            )

        _criteria = d.pop("criteria", UNSET)
        criteria: ConversionHealthSelectionItemCriteria | Unset
        if isinstance(_criteria, Unset):
            criteria = UNSET
        elif _criteria is None:
            criteria = tolerate_null("criteria")
        else:
            criteria = ConversionHealthSelectionItemCriteria.from_dict(_criteria)

        _ingestion_source = d.pop("ingestionSource", UNSET)
        ingestion_source: ConversionHealthSelectionItemIngestionSource | Unset
        if isinstance(_ingestion_source, Unset):
            ingestion_source = UNSET
        elif _ingestion_source is None:
            ingestion_source = tolerate_null("ingestionSource")
        else:
            ingestion_source = ConversionHealthSelectionItemIngestionSource.from_dict(
                _ingestion_source
            )

        conversion_health_selection_item = cls(
            status=status,
            conversion_type=conversion_type,
            criteria=criteria,
            ingestion_source=ingestion_source,
        )

        if d:
            tolerate_unknown_fields("ConversionHealthSelectionItem", d)

        conversion_health_selection_item.additional_properties = d
        return conversion_health_selection_item

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
