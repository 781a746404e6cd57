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
    from ..models.delete_asset_group_response_exceptions_type_0_item import (
        DeleteAssetGroupResponseExceptionsType0Item,
    )


T = TypeVar("T", bound="DeleteAssetGroupResponse")


@_attrs_define
class DeleteAssetGroupResponse:
    """
    Attributes:
        deleted_asset_groups (list[str] | Unset): A list of ids of successfully deleted asset groups.
        exceptions (list[DeleteAssetGroupResponseExceptionsType0Item] | None | Unset): A list of errors associated with
            the asset groups. Will be returned if there is an error.
    """

    deleted_asset_groups: list[str] | Unset = UNSET
    exceptions: list[DeleteAssetGroupResponseExceptionsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_asset_groups: list[str] | Unset = UNSET
        if not isinstance(self.deleted_asset_groups, Unset):
            deleted_asset_groups = self.deleted_asset_groups

        exceptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.exceptions, Unset):
            exceptions = UNSET
        elif isinstance(self.exceptions, list):
            if self.exceptions is None:
                exceptions = None
            else:
                exceptions = []
                for exceptions_type_0_item_data in self.exceptions:
                    exceptions_type_0_item = (
                        None
                        if exceptions_type_0_item_data is None
                        else exceptions_type_0_item_data.to_dict()
                    )
                    exceptions.append(exceptions_type_0_item)

        else:
            exceptions = self.exceptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted_asset_groups is not UNSET:
            field_dict["deleted_asset_groups"] = deleted_asset_groups
        if exceptions is not UNSET:
            field_dict["exceptions"] = exceptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delete_asset_group_response_exceptions_type_0_item import (
            DeleteAssetGroupResponseExceptionsType0Item,
        )

        d = dict(src_dict)
        _deleted_asset_groups = d.pop("deleted_asset_groups", UNSET)
        deleted_asset_groups = (
            tolerate_null("deleted_asset_groups")
            if _deleted_asset_groups is None
            else cast(list[str], _deleted_asset_groups)
        )

        def _parse_exceptions(
            data: object,
        ) -> list[DeleteAssetGroupResponseExceptionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_exceptions(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _exceptions_type_0 = data
                exceptions_type_0: list[DeleteAssetGroupResponseExceptionsType0Item]
                if _exceptions_type_0 is None:
                    exceptions_type_0 = tolerate_null("exceptions_type_0")
                else:
                    exceptions_type_0 = []
                    for exceptions_type_0_item_data in _exceptions_type_0:
                        _exceptions_type_0_item = exceptions_type_0_item_data
                        exceptions_type_0_item = (
                            tolerate_null("exceptions_type_0_item")
                            if _exceptions_type_0_item is None
                            else DeleteAssetGroupResponseExceptionsType0Item.from_dict(
                                _exceptions_type_0_item
                            )
                        )

                        exceptions_type_0.append(exceptions_type_0_item)

                return exceptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeleteAssetGroupResponseExceptionsType0Item] | None | Unset, data)

        exceptions = _parse_exceptions(d.pop("exceptions", UNSET))

        delete_asset_group_response = cls(
            deleted_asset_groups=deleted_asset_groups,
            exceptions=exceptions,
        )

        if d:
            tolerate_unknown_fields("DeleteAssetGroupResponse", d)

        delete_asset_group_response.additional_properties = d
        return delete_asset_group_response

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
