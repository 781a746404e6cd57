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
    from ..models.bulk_upsert_request_create import BulkUpsertRequestCreate
    from ..models.bulk_upsert_request_update import BulkUpsertRequestUpdate


T = TypeVar("T", bound="BulkUpsertRequest")


@_attrs_define
class BulkUpsertRequest:
    """Two set of objects to be managed asyncronusly by bulk. One for creations, one for modifications.

    Attributes:
        create (BulkUpsertRequestCreate | Unset): Request for creation of entities in bulk.
        update (BulkUpsertRequestUpdate | Unset): Request for creation of entities in bulk.
    """

    create: BulkUpsertRequestCreate | Unset = UNSET
    update: BulkUpsertRequestUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create: dict[str, Any] | Unset = UNSET
        if not isinstance(self.create, Unset):
            create = None if self.create is None else self.create.to_dict()

        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = None if self.update is None else self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_upsert_request_create import BulkUpsertRequestCreate
        from ..models.bulk_upsert_request_update import BulkUpsertRequestUpdate

        d = dict(src_dict)
        _create = d.pop("create", UNSET)
        create: BulkUpsertRequestCreate | Unset
        if isinstance(_create, Unset):
            create = UNSET
        elif _create is None:
            create = tolerate_null("create")
        else:
            create = BulkUpsertRequestCreate.from_dict(_create)

        _update = d.pop("update", UNSET)
        update: BulkUpsertRequestUpdate | Unset
        if isinstance(_update, Unset):
            update = UNSET
        elif _update is None:
            update = tolerate_null("update")
        else:
            update = BulkUpsertRequestUpdate.from_dict(_update)

        bulk_upsert_request = cls(
            create=create,
            update=update,
        )

        if d:
            tolerate_unknown_fields("BulkUpsertRequest", d)

        bulk_upsert_request.additional_properties = d
        return bulk_upsert_request

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
