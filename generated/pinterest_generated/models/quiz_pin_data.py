from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quiz_pin_data_tie_breaker_type import QuizPinDataTieBreakerType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.quiz_pin_question import QuizPinQuestion
    from ..models.quiz_pin_result import QuizPinResult


T = TypeVar("T", bound="QuizPinData")


@_attrs_define
class QuizPinData:
    """This field includes all quiz data including questions, options, and results.

    Example:
        {'questions': [{'question_id': 1, 'question_text': 'Where do you thrive?', 'options': [{'text': 'Hangout
            vibes'}, {'text': 'Time to party!'}, {'text': 'Keeping it lowkey'}]}, {'question_id': 2, 'question_text': 'Where
            would you nap?', 'options': [{'text': 'Hammock in the mountains'}, {'text': 'Beach towel in the sand'}, {'text':
            'Tent under the stars'}]}, {'question_id': 2, 'question_text': 'Who are you taking?', 'options': [{'text': 'No
            one—solo trip!'}, {'text': 'My best friend'}, {'text': 'The family'}]}], 'results': [{'organicPinId': '1234',
            'android_deep_link': 'https://www.pinterest.com/', 'iOS_deep_link': 'https://www.pinterest.com/',
            'destination_url': 'https://www.pinterest.com/', 'result_id': 1}, {'organicPinId': '1234', 'android_deep_link':
            'https://www.pinterest.com/', 'iOS_deep_link': 'https://www.pinterest.com/', 'destination_url':
            'https://www.pinterest.com/', 'result_id': 2}, {'organicPinId': '1234', 'android_deep_link':
            'https://www.pinterest.com/', 'iOS_deep_link': 'https://www.pinterest.com/', 'destination_url':
            'https://www.pinterest.com/', 'result_id': 3}]}

    Attributes:
        questions (list[None | QuizPinQuestion] | Unset):
        results (list[None | QuizPinResult] | Unset):
        tie_breaker_custom_result (None | QuizPinResult | Unset):
        tie_breaker_type (QuizPinDataTieBreakerType | Unset): Quiz ad tie breaker type, default is RANDOM
    """

    questions: list[None | QuizPinQuestion] | Unset = UNSET
    results: list[None | QuizPinResult] | Unset = UNSET
    tie_breaker_custom_result: None | QuizPinResult | Unset = UNSET
    tie_breaker_type: QuizPinDataTieBreakerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quiz_pin_question import QuizPinQuestion
        from ..models.quiz_pin_result import QuizPinResult

        questions: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            if self.questions is None:
                questions = None
            else:
                questions = []
                for questions_item_data in self.questions:
                    questions_item: dict[str, Any] | None
                    if isinstance(questions_item_data, QuizPinQuestion):
                        questions_item = (
                            None if questions_item_data is None else questions_item_data.to_dict()
                        )
                    else:
                        questions_item = questions_item_data
                    questions.append(questions_item)

        results: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.results, Unset):
            if self.results is None:
                results = None
            else:
                results = []
                for results_item_data in self.results:
                    results_item: dict[str, Any] | None
                    if isinstance(results_item_data, QuizPinResult):
                        results_item = (
                            None if results_item_data is None else results_item_data.to_dict()
                        )
                    else:
                        results_item = results_item_data
                    results.append(results_item)

        tie_breaker_custom_result: dict[str, Any] | None | Unset
        if isinstance(self.tie_breaker_custom_result, Unset):
            tie_breaker_custom_result = UNSET
        elif isinstance(self.tie_breaker_custom_result, QuizPinResult):
            tie_breaker_custom_result = (
                None
                if self.tie_breaker_custom_result is None
                else self.tie_breaker_custom_result.to_dict()
            )
        else:
            tie_breaker_custom_result = self.tie_breaker_custom_result

        tie_breaker_type: str | Unset = UNSET
        if not isinstance(self.tie_breaker_type, Unset):
            tie_breaker_type = (
                None if self.tie_breaker_type is None else self.tie_breaker_type.value
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if questions is not UNSET:
            field_dict["questions"] = questions
        if results is not UNSET:
            field_dict["results"] = results
        if tie_breaker_custom_result is not UNSET:
            field_dict["tie_breaker_custom_result"] = tie_breaker_custom_result
        if tie_breaker_type is not UNSET:
            field_dict["tie_breaker_type"] = tie_breaker_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quiz_pin_question import QuizPinQuestion
        from ..models.quiz_pin_result import QuizPinResult

        d = dict(src_dict)
        _questions = d.pop("questions", UNSET)
        questions: list[None | QuizPinQuestion] | Unset = UNSET
        if _questions is None:
            questions = tolerate_null("questions")
        elif not isinstance(_questions, Unset):
            questions = []
            for questions_item_data in _questions:

                def _parse_questions_item(data: object) -> None | QuizPinQuestion:
                    if data is None:
                        return data
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_questions_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _questions_item_type_1 = data
                        questions_item_type_1 = (
                            tolerate_null("questions_item_type_1")
                            if _questions_item_type_1 is None
                            else QuizPinQuestion.from_dict(_questions_item_type_1)
                        )

                        return questions_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | QuizPinQuestion, data)

                questions_item = _parse_questions_item(questions_item_data)

                questions.append(questions_item)

        _results = d.pop("results", UNSET)
        results: list[None | QuizPinResult] | Unset = UNSET
        if _results is None:
            results = tolerate_null("results")
        elif not isinstance(_results, Unset):
            results = []
            for results_item_data in _results:

                def _parse_results_item(data: object) -> None | QuizPinResult:
                    if data is None:
                        return data
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_results_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _results_item_type_1 = data
                        results_item_type_1 = (
                            tolerate_null("results_item_type_1")
                            if _results_item_type_1 is None
                            else QuizPinResult.from_dict(_results_item_type_1)
                        )

                        return results_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | QuizPinResult, data)

                results_item = _parse_results_item(results_item_data)

                results.append(results_item)

        def _parse_tie_breaker_custom_result(data: object) -> None | QuizPinResult | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_tie_breaker_custom_result(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _tie_breaker_custom_result_type_1 = data
                tie_breaker_custom_result_type_1 = (
                    tolerate_null("tie_breaker_custom_result_type_1")
                    if _tie_breaker_custom_result_type_1 is None
                    else QuizPinResult.from_dict(_tie_breaker_custom_result_type_1)
                )

                return tie_breaker_custom_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuizPinResult | Unset, data)

        tie_breaker_custom_result = _parse_tie_breaker_custom_result(
            d.pop("tie_breaker_custom_result", UNSET)
        )

        _tie_breaker_type = d.pop("tie_breaker_type", UNSET)
        tie_breaker_type: QuizPinDataTieBreakerType | Unset
        if isinstance(_tie_breaker_type, Unset):
            tie_breaker_type = UNSET
        elif _tie_breaker_type is None:
            tie_breaker_type = tolerate_null("tie_breaker_type")
        else:
            tie_breaker_type = QuizPinDataTieBreakerType(_tie_breaker_type)

        quiz_pin_data = cls(
            questions=questions,
            results=results,
            tie_breaker_custom_result=tie_breaker_custom_result,
            tie_breaker_type=tie_breaker_type,
        )

        if d:
            tolerate_unknown_fields("QuizPinData", d)

        quiz_pin_data.additional_properties = d
        return quiz_pin_data

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
