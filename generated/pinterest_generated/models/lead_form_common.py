from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_form_status import LeadFormStatus
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.lead_form_common_policy_links_item import LeadFormCommonPolicyLinksItem
    from ..models.lead_form_question import LeadFormQuestion


T = TypeVar("T", bound="LeadFormCommon")


@_attrs_define
class LeadFormCommon:
    """Creation fields

    Attributes:
        completion_message (None | str | Unset): A message for people who complete the form to let them know what
            happens next. Example: Thank you for submitting. We will contact you soon..
        disclosure_language (None | str | Unset): Additional disclosure language to be included in the lead form.
            Example: By entering your personal information, you agree that your data will be collected and used..
        has_accepted_terms (bool | Unset): Whether the advertiser has accepted Pinterest's terms of service for creating
            a lead ad.

            By sending us TRUE for this parameter, you agree that (i) you will use any personal information received in
            compliance with the privacy policy you share with Pinterest, and (ii) you will comply with Pinterest's <a
            href="https://policy.pinterest.com/en/lead-ad-terms">Lead Ad Terms</a>. As a reminder, all advertising on
            Pinterest is subject to the <a href="https://business.pinterest.com/en/pinterest-advertising-services-
            agreement/">Pinterest Advertising Services Agreement</a> or an equivalent agreement as set forth on an IO
            Example: False.
        name (None | str | Unset): Internal name of the lead form. Example: Lead Form 3/14/2023.
        policy_links (list[LeadFormCommonPolicyLinksItem] | Unset): List of additional policy links to be displayed on
            the lead form. Example: [{'label': 'Copyright', 'link': 'https://policy.pinterest.com/en/copyright'}].
        privacy_policy_link (None | str | Unset): A link to the advertiser's privacy policy. This will be included in
            the lead form's disclosure language. Example: https://www.advertisername.com/privacy-policy.
        questions (list[LeadFormQuestion] | Unset): List of questions to be displayed on the lead form. Example:
            [{'question_type': 'CUSTOM', 'custom_question_field_type': 'CHECKBOX', 'custom_question_label': 'What is your
            favorite animal?', 'custom_question_options': ['Dog', 'Cat', 'Bird', 'Turtle']}].
        status (LeadFormStatus | Unset): Status of the lead form Example: DRAFT.
    """

    completion_message: None | str | Unset = UNSET
    disclosure_language: None | str | Unset = UNSET
    has_accepted_terms: bool | Unset = UNSET
    name: None | str | Unset = UNSET
    policy_links: list[LeadFormCommonPolicyLinksItem] | Unset = UNSET
    privacy_policy_link: None | str | Unset = UNSET
    questions: list[LeadFormQuestion] | Unset = UNSET
    status: LeadFormStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_message: None | str | Unset
        if isinstance(self.completion_message, Unset):
            completion_message = UNSET
        else:
            completion_message = self.completion_message

        disclosure_language: None | str | Unset
        if isinstance(self.disclosure_language, Unset):
            disclosure_language = UNSET
        else:
            disclosure_language = self.disclosure_language

        has_accepted_terms = self.has_accepted_terms

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        policy_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policy_links, Unset):
            if self.policy_links is None:
                policy_links = None
            else:
                policy_links = []
                for policy_links_item_data in self.policy_links:
                    policy_links_item = (
                        None if policy_links_item_data is None else policy_links_item_data.to_dict()
                    )
                    policy_links.append(policy_links_item)

        privacy_policy_link: None | str | Unset
        if isinstance(self.privacy_policy_link, Unset):
            privacy_policy_link = UNSET
        else:
            privacy_policy_link = self.privacy_policy_link

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            if self.questions is None:
                questions = None
            else:
                questions = []
                for questions_item_data in self.questions:
                    questions_item = (
                        None if questions_item_data is None else questions_item_data.to_dict()
                    )
                    questions.append(questions_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_message is not UNSET:
            field_dict["completion_message"] = completion_message
        if disclosure_language is not UNSET:
            field_dict["disclosure_language"] = disclosure_language
        if has_accepted_terms is not UNSET:
            field_dict["has_accepted_terms"] = has_accepted_terms
        if name is not UNSET:
            field_dict["name"] = name
        if policy_links is not UNSET:
            field_dict["policy_links"] = policy_links
        if privacy_policy_link is not UNSET:
            field_dict["privacy_policy_link"] = privacy_policy_link
        if questions is not UNSET:
            field_dict["questions"] = questions
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_form_common_policy_links_item import LeadFormCommonPolicyLinksItem
        from ..models.lead_form_question import LeadFormQuestion

        d = dict(src_dict)

        def _parse_completion_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_completion_message(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        completion_message = _parse_completion_message(d.pop("completion_message", UNSET))

        def _parse_disclosure_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_disclosure_language(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        disclosure_language = _parse_disclosure_language(d.pop("disclosure_language", UNSET))

        has_accepted_terms = d.pop("has_accepted_terms", UNSET)
        if has_accepted_terms is None:
            has_accepted_terms = tolerate_null("has_accepted_terms")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _policy_links = d.pop("policy_links", UNSET)
        policy_links: list[LeadFormCommonPolicyLinksItem] | Unset = UNSET
        if _policy_links is None:
            policy_links = tolerate_null("policy_links")
        elif not isinstance(_policy_links, Unset):
            policy_links = []
            for policy_links_item_data in _policy_links:
                _policy_links_item = policy_links_item_data
                policy_links_item = (
                    tolerate_null("policy_links_item")
                    if _policy_links_item is None
                    else LeadFormCommonPolicyLinksItem.from_dict(_policy_links_item)
                )

                policy_links.append(policy_links_item)

        def _parse_privacy_policy_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_privacy_policy_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        privacy_policy_link = _parse_privacy_policy_link(d.pop("privacy_policy_link", UNSET))

        _questions = d.pop("questions", UNSET)
        questions: list[LeadFormQuestion] | Unset = UNSET
        if _questions is None:
            questions = tolerate_null("questions")
        elif not isinstance(_questions, Unset):
            questions = []
            for questions_item_data in _questions:
                _questions_item = questions_item_data
                questions_item = (
                    tolerate_null("questions_item")
                    if _questions_item is None
                    else LeadFormQuestion.from_dict(_questions_item)
                )

                questions.append(questions_item)

        _status = d.pop("status", UNSET)
        status: LeadFormStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = LeadFormStatus(_status)

        lead_form_common = cls(
            completion_message=completion_message,
            disclosure_language=disclosure_language,
            has_accepted_terms=has_accepted_terms,
            name=name,
            policy_links=policy_links,
            privacy_policy_link=privacy_policy_link,
            questions=questions,
            status=status,
        )

        if d:
            tolerate_unknown_fields("LeadFormCommon", d)

        lead_form_common.additional_properties = d
        return lead_form_common

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
