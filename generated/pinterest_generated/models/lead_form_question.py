from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_form_question_field_type import LeadFormQuestionFieldType
from ..models.lead_form_question_type import LeadFormQuestionType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="LeadFormQuestion")


@_attrs_define
class LeadFormQuestion:
    """
    Attributes:
        custom_question_field_type (LeadFormQuestionFieldType | None | Unset):
        custom_question_label (None | str | Unset): Question label for a custom question.
        custom_question_options (list[str] | None | Unset): Question options for a custom question.
        question_type (LeadFormQuestionType | Unset): Lead form question type Example: FIRST_NAME.
    """

    custom_question_field_type: LeadFormQuestionFieldType | None | Unset = UNSET
    custom_question_label: None | str | Unset = UNSET
    custom_question_options: list[str] | None | Unset = UNSET
    question_type: LeadFormQuestionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_question_field_type: None | str | Unset
        if isinstance(self.custom_question_field_type, Unset):
            custom_question_field_type = UNSET
        elif isinstance(self.custom_question_field_type, LeadFormQuestionFieldType):
            custom_question_field_type = (
                None
                if self.custom_question_field_type is None
                else self.custom_question_field_type.value
            )
        else:
            custom_question_field_type = self.custom_question_field_type

        custom_question_label: None | str | Unset
        if isinstance(self.custom_question_label, Unset):
            custom_question_label = UNSET
        else:
            custom_question_label = self.custom_question_label

        custom_question_options: list[str] | None | Unset
        if isinstance(self.custom_question_options, Unset):
            custom_question_options = UNSET
        elif isinstance(self.custom_question_options, list):
            custom_question_options = self.custom_question_options

        else:
            custom_question_options = self.custom_question_options

        question_type: str | Unset = UNSET
        if not isinstance(self.question_type, Unset):
            question_type = None if self.question_type is None else self.question_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_question_field_type is not UNSET:
            field_dict["custom_question_field_type"] = custom_question_field_type
        if custom_question_label is not UNSET:
            field_dict["custom_question_label"] = custom_question_label
        if custom_question_options is not UNSET:
            field_dict["custom_question_options"] = custom_question_options
        if question_type is not UNSET:
            field_dict["question_type"] = question_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_custom_question_field_type(
            data: object,
        ) -> LeadFormQuestionFieldType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_question_field_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _custom_question_field_type_type_1 = data
                custom_question_field_type_type_1 = (
                    tolerate_null("custom_question_field_type_type_1")
                    if _custom_question_field_type_type_1 is None
                    else LeadFormQuestionFieldType(_custom_question_field_type_type_1)
                )

                return custom_question_field_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadFormQuestionFieldType | None | Unset, data)

        custom_question_field_type = _parse_custom_question_field_type(
            d.pop("custom_question_field_type", UNSET)
        )

        def _parse_custom_question_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_question_label(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_question_label = _parse_custom_question_label(d.pop("custom_question_label", UNSET))

        def _parse_custom_question_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_question_options(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _custom_question_options_type_0 = data
                custom_question_options_type_0 = (
                    tolerate_null("custom_question_options_type_0")
                    if _custom_question_options_type_0 is None
                    else cast(list[str], _custom_question_options_type_0)
                )

                return custom_question_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        custom_question_options = _parse_custom_question_options(
            d.pop("custom_question_options", UNSET)
        )

        _question_type = d.pop("question_type", UNSET)
        question_type: LeadFormQuestionType | Unset
        if isinstance(_question_type, Unset):
            question_type = UNSET
        elif _question_type is None:
            question_type = tolerate_null("question_type")
        else:
            question_type = LeadFormQuestionType(_question_type)

        lead_form_question = cls(
            custom_question_field_type=custom_question_field_type,
            custom_question_label=custom_question_label,
            custom_question_options=custom_question_options,
            question_type=question_type,
        )

        if d:
            tolerate_unknown_fields("LeadFormQuestion", d)

        lead_form_question.additional_properties = d
        return lead_form_question

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
