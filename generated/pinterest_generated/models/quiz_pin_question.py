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
    from ..models.quiz_pin_option import QuizPinOption


T = TypeVar("T", bound="QuizPinQuestion")


@_attrs_define
class QuizPinQuestion:
    """A specific quiz inquiry.

    Example:
        {'question_id': 1, 'question_text': 'Where do you thrive?', 'options': [{'text': 'Hangout vibes'}, {'text':
            'Time to party!'}, {'text': 'Keeping it lowkey'}]}

    Attributes:
        options (list[None | QuizPinOption] | Unset):
        question_id (float | Unset):
        question_text (str | Unset):
    """

    options: list[None | QuizPinOption] | Unset = UNSET
    question_id: float | Unset = UNSET
    question_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quiz_pin_option import QuizPinOption

        options: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.options, Unset):
            if self.options is None:
                options = None
            else:
                options = []
                for options_item_data in self.options:
                    options_item: dict[str, Any] | None
                    if isinstance(options_item_data, QuizPinOption):
                        options_item = (
                            None if options_item_data is None else options_item_data.to_dict()
                        )
                    else:
                        options_item = options_item_data
                    options.append(options_item)

        question_id = self.question_id

        question_text = self.question_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options
        if question_id is not UNSET:
            field_dict["question_id"] = question_id
        if question_text is not UNSET:
            field_dict["question_text"] = question_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quiz_pin_option import QuizPinOption

        d = dict(src_dict)
        _options = d.pop("options", UNSET)
        options: list[None | QuizPinOption] | Unset = UNSET
        if _options is None:
            options = tolerate_null("options")
        elif not isinstance(_options, Unset):
            options = []
            for options_item_data in _options:

                def _parse_options_item(data: object) -> None | QuizPinOption:
                    if data is None:
                        return data
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_options_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _options_item_type_1 = data
                        options_item_type_1 = (
                            tolerate_null("options_item_type_1")
                            if _options_item_type_1 is None
                            else QuizPinOption.from_dict(_options_item_type_1)
                        )

                        return options_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | QuizPinOption, data)

                options_item = _parse_options_item(options_item_data)

                options.append(options_item)

        question_id = d.pop("question_id", UNSET)
        if question_id is None:
            question_id = tolerate_null("question_id")

        question_text = d.pop("question_text", UNSET)
        if question_text is None:
            question_text = tolerate_null("question_text")

        quiz_pin_question = cls(
            options=options,
            question_id=question_id,
            question_text=question_text,
        )

        if d:
            tolerate_unknown_fields("QuizPinQuestion", d)

        quiz_pin_question.additional_properties = d
        return quiz_pin_question

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
