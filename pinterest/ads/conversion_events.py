"""Conversion events: purchases, sign-ups and other actions sent to the Conversions API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from pinterest import _validation
from pinterest._resource import answer_items, reject_unknown_kwargs, request_body, without_none
from pinterest.utils.base_model import PinterestBaseModel

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest_generated.models.conversion_api_response_events_item import (
        ConversionApiResponseEventsItem,
    )
    from pinterest_generated.models.conversion_events_data_item import ConversionEventsDataItem

__all__ = ["Conversion", "ConversionEventsResult"]


class ConversionEventsResult(NamedTuple):
    """What the Conversions API made of a batch of events.

    Attributes:
        num_events_received: How many events arrived.
        num_events_processed: How many of them were accepted.
        events: One result per event sent, in the same order: `status` (`processed` or
            `failed`), `error_message` and `warning_message`.
    """

    num_events_received: int
    num_events_processed: int
    events: list[ConversionApiResponseEventsItem]


class Conversion(PinterestBaseModel):
    """Builds conversion events and sends them to an ad account's Conversions API."""

    @classmethod
    def create_conversion_event(
        cls,
        event_name: str,
        action_source: str,
        event_time: int,
        event_id: str,
        user_data: dict[str, Any],
        custom_data: dict[str, Any],
        event_source_url: str | None = None,
        partner_name: str | None = None,
        app_id: str | None = None,
        app_name: str | None = None,
        app_version: str | None = None,
        device_brand: str | None = None,
        device_carrier: str | None = None,
        device_model: str | None = None,
        device_type: str | None = None,
        os_version: str | None = None,
        language: str | None = None,
        **kwargs: Any,
    ) -> ConversionEventsDataItem:
        """Give one conversion event, checked, ready for `send_conversion_events`.

        `event_name` is `add_to_cart`, `checkout`, `custom`, `lead`, `page_visit`, `search`,
        `signup`, `view_category` or `watch_video`; `action_source` is `app_android`,
        `app_ios`, `web` or `offline`; `event_time` is a Unix time in seconds. `user_data`
        needs `em` (hashed emails), `hashed_maids`, or `client_ip_address` with
        `client_user_agent`.
        """
        from pinterest_generated.models.conversion_events_data_item import (
            ConversionEventsDataItem,
        )

        values = without_none(
            event_name=_validation.require_str("event_name", event_name),
            action_source=_validation.require_str("action_source", action_source),
            event_time=_validation.optional_int("event_time", event_time, minimum=0),
            event_id=_validation.require_id("event_id", event_id),
            user_data=_mapping("user_data", user_data),
            custom_data=_mapping("custom_data", custom_data),
            event_source_url=event_source_url,
            partner_name=partner_name,
            app_id=app_id,
            app_name=app_name,
            app_version=app_version,
            device_brand=device_brand,
            device_carrier=device_carrier,
            device_model=device_model,
            device_type=device_type,
            os_version=os_version,
            language=language,
        )
        return request_body(
            ConversionEventsDataItem, {**values, **kwargs}, "Conversion.create_conversion_event"
        )

    @classmethod
    def send_conversion_events(
        cls,
        ad_account_id: str,
        conversion_events: list[ConversionEventsDataItem],
        test: bool = False,
        client: PinterestSDKClient | None = None,
        *,
        conversion_token: str | None = None,
        **kwargs: Any,
    ) -> ConversionEventsResult:
        """Send conversion events (from `create_conversion_event`, or dicts) and give the result.

        Args:
            test: Ask the API to check the events without recording them.
            conversion_token: The ad account's Conversions API token. When given, this request
                is authorised with it instead of the client's access token; the client keeps
                its own token for every other request.

        Events the API refused are reported in `events`, not raised.
        """
        from pinterest._api import call
        from pinterest_generated.api.conversion_events import events_create
        from pinterest_generated.models.conversion_events import ConversionEvents

        reject_unknown_kwargs("Conversion.send_conversion_events", kwargs, ())
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        if isinstance(conversion_events, dict) or not isinstance(conversion_events, list | tuple):
            raise TypeError("conversion_events must be a list of events")
        if not conversion_events:
            raise ValueError("conversion_events must hold at least one event")
        # Required, so None is refused too; `optional_bool` would let it through.
        if not isinstance(test, bool):
            raise TypeError(f"test must be True or False, got {type(test).__name__}")
        token = _validation.optional_str("conversion_token", conversion_token)

        body = request_body(
            ConversionEvents,
            {"data": list(conversion_events)},
            "Conversion.send_conversion_events",
        )
        sender: Any = cls._get_client(client)
        if token is not None:
            sender = _TokenOverride(sender, token)
        answer = call(sender, events_create.sync, ad_account_id=ad_account_id, body=body, test=test)
        return ConversionEventsResult(
            num_events_received=answer.num_events_received,
            num_events_processed=answer.num_events_processed,
            events=answer_items(answer, "Conversion.send_conversion_events", "events"),
        )


class _TokenOverride:
    """A stand-in for a client that sends one request with another bearer token.

    It shares the client's connection, retries and logging; only the `Authorization` header of
    the requests made through it differs.
    """

    def __init__(self, client: PinterestSDKClient, token: str) -> None:
        from pinterest_generated.client import AuthenticatedClient

        shared = client.generated_client()
        self._generated = AuthenticatedClient(base_url=client.api_uri, token=token)
        self._generated.set_httpx_client(shared.get_httpx_client())

    def generated_client(self) -> Any:
        return self._generated


def _mapping(name: str, value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value
    if not isinstance(value, dict):
        raise TypeError(f"{name} must be a dict, got {type(value).__name__}")
    return value
