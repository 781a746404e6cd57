from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="NotificationPostNotificationResponse")


@_attrs_define
class NotificationPostNotificationResponse:
    """
    Attributes:
        success (bool | Unset): Returns true if the notification accepted. Example: False.
        received_at (int | Unset): Received time. Unix timestamp in seconds. Example: 1677003860.
        error_msg (str | Unset): error message when success is false
    """

    success: bool | Unset = UNSET
    received_at: int | Unset = UNSET
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        received_at = self.received_at

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success", UNSET)
        if success is None:
            success = tolerate_null("success")

        received_at = d.pop("received_at", UNSET)
        if received_at is None:
            received_at = tolerate_null("received_at")

        error_msg = d.pop("error_msg", UNSET)
        if error_msg is None:
            error_msg = tolerate_null("error_msg")

        notification_post_notification_response = cls(
            success=success,
            received_at=received_at,
            error_msg=error_msg,
        )

        if d:
            tolerate_unknown_fields("NotificationPostNotificationResponse", d)

        notification_post_notification_response.additional_properties = d
        return notification_post_notification_response

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
