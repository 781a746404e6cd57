from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_parent_type_type_1 import LabelParentTypeType1
from ..models.label_parent_type_type_2_type_1 import LabelParentTypeType2Type1
from ..models.label_parent_type_type_3_type_1 import LabelParentTypeType3Type1
from ..models.label_status import LabelStatus
from ..models.label_type import LabelType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """
    Attributes:
        id (str | Unset): Label ID. Example: 1106385754497.
        label_type (LabelType | None | Unset):
        parent_id (str | Unset): Label parent entity ID. Example: 626753052072.
        parent_type (LabelParentTypeType1 | LabelParentTypeType2Type1 | LabelParentTypeType3Type1 | None | Unset): Label
            parent entity type. Example: CAMPAIGN.
        status (LabelStatus | None | Unset):
        value (str | Unset): Label name.
    """

    id: str | Unset = UNSET
    label_type: LabelType | None | Unset = UNSET
    parent_id: str | Unset = UNSET
    parent_type: (
        LabelParentTypeType1 | LabelParentTypeType2Type1 | LabelParentTypeType3Type1 | None | Unset
    ) = UNSET
    status: LabelStatus | None | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label_type: None | str | Unset
        if isinstance(self.label_type, Unset):
            label_type = UNSET
        elif isinstance(self.label_type, LabelType):
            label_type = None if self.label_type is None else self.label_type.value
        else:
            label_type = self.label_type

        parent_id = self.parent_id

        parent_type: None | str | Unset
        if isinstance(self.parent_type, Unset):
            parent_type = UNSET
        elif (
            isinstance(self.parent_type, LabelParentTypeType1)
            or isinstance(self.parent_type, LabelParentTypeType2Type1)
            or isinstance(self.parent_type, LabelParentTypeType3Type1)
        ):
            parent_type = None if self.parent_type is None else self.parent_type.value
        else:
            parent_type = self.parent_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LabelStatus):
            status = None if self.status is None else self.status.value
        else:
            status = self.status

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label_type is not UNSET:
            field_dict["label_type"] = label_type
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_label_type(data: object) -> LabelType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_label_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _label_type_type_1 = data
                label_type_type_1 = (
                    tolerate_null("label_type_type_1")
                    if _label_type_type_1 is None
                    else LabelType(_label_type_type_1)
                )

                return label_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelType | None | Unset, data)

        label_type = _parse_label_type(d.pop("label_type", UNSET))

        parent_id = d.pop("parent_id", UNSET)
        if parent_id is None:
            parent_id = tolerate_null("parent_id")

        def _parse_parent_type(
            data: object,
        ) -> (
            LabelParentTypeType1
            | LabelParentTypeType2Type1
            | LabelParentTypeType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_parent_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _parent_type_type_1 = data
                parent_type_type_1 = (
                    tolerate_null("parent_type_type_1")
                    if _parent_type_type_1 is None
                    else LabelParentTypeType1(_parent_type_type_1)
                )

                return parent_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _parent_type_type_2_type_1 = data
                parent_type_type_2_type_1 = (
                    tolerate_null("parent_type_type_2_type_1")
                    if _parent_type_type_2_type_1 is None
                    else LabelParentTypeType2Type1(_parent_type_type_2_type_1)
                )

                return parent_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _parent_type_type_3_type_1 = data
                parent_type_type_3_type_1 = (
                    tolerate_null("parent_type_type_3_type_1")
                    if _parent_type_type_3_type_1 is None
                    else LabelParentTypeType3Type1(_parent_type_type_3_type_1)
                )

                return parent_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LabelParentTypeType1
                | LabelParentTypeType2Type1
                | LabelParentTypeType3Type1
                | None
                | Unset,
                data,
            )

        parent_type = _parse_parent_type(d.pop("parent_type", UNSET))

        def _parse_status(data: object) -> LabelStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_status(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _status_type_1 = data
                status_type_1 = (
                    tolerate_null("status_type_1")
                    if _status_type_1 is None
                    else LabelStatus(_status_type_1)
                )

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        value = d.pop("value", UNSET)
        if value is None:
            value = tolerate_null("value")

        label = cls(
            id=id,
            label_type=label_type,
            parent_id=parent_id,
            parent_type=parent_type,
            status=status,
            value=value,
        )

        if d:
            tolerate_unknown_fields("Label", d)

        label.additional_properties = d
        return label

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
