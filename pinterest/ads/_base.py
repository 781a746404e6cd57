"""The bases of the ads resources: an object of an ad account, one changed by bulk update,
and one with metrics."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from pinterest._resource import (
    Resource,
    answer_id,
    check_update_applied,
    first_item_data,
    list_page,
    reject_unknown_kwargs,
    request_body,
    require_changes,
    without_none,
)
from pinterest.utils.base_model import PinterestBaseModel

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Self

    from pinterest.ads._analytics import AnalyticsRow
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark


class AdAccountResource(Resource):
    """A resource of an ad account (campaign, ad group, audience, ...), known by both ids.

    Subclass constructors pass `scope={"ad_account_id": ...}` to `Resource`.
    """

    @property
    def ad_account_id(self) -> str:
        """The ad account the object belongs to."""
        return self._scope["ad_account_id"]

    @classmethod
    def _list_page(
        cls,
        client: PinterestSDKClient,
        operation: Callable[..., Any],
        request: Mapping[str, Any],
        arguments: dict[str, Any],
    ) -> tuple[list[Self], Bookmark | None]:
        """Fetch one page of the ad account's objects and give them with the next Bookmark.

        Args:
            request: The arguments for the generated `operation`, `ad_account_id` among them.
            arguments: The arguments of the class's `get_all`, other than `bookmark` and
                `client`, for `Bookmark.get_next` to call it again.
        """
        ad_account_id = request["ad_account_id"]
        # Subclass constructors take (ad_account_id, id, client=..., _model_data=...).
        make: Callable[..., Self] = cls
        what = f"{cls.__name__}.get_all"
        return list_page(
            client,
            operation,
            request,
            lambda item: make(
                ad_account_id, answer_id(item, what), client=client, _model_data=item
            ),
            cls,
            "get_all",
            arguments,
            client,
        )

    def _read_again(self, client: PinterestSDKClient) -> Any:
        """Read the object again through `client`, take the answer as its fields and give it."""
        from pinterest._api import call

        operation = getattr(self._generated_api, self._generated_api_get_fn)
        current = call(client, operation, **self._generated_api_get_fn_args)
        self._populate_fields(_model_data=current)
        return current

    @classmethod
    def _send_in_bulk(
        cls,
        client: PinterestSDKClient,
        ad_account_id: str,
        operation: Any,
        request_class: Any,
        values: Mapping[str, Any],
        where: str,
    ) -> Any:
        """Send one object in a bulk create or update request; give what the API made of it.

        Returns:
            The `data` of the answer's only item (the object as created or updated).

        Raises:
            BulkOperationError: Pinterest refused the object (it answers 200 with the reason).
        """
        from pinterest._api import call

        body = request_body(request_class, values, where)
        answer = call(client, operation.sync, ad_account_id=ad_account_id, body=[body])
        return first_item_data(answer.items, where)


class BulkUpdatedResource(AdAccountResource):
    """An ad account object changed through the API's bulk update (campaign, ad group, ad).

    Subclasses name their update endpoint in the class attributes below, as names: the
    generated code is imported only when an update is sent.
    """

    #: The generated bulk update operation under `pinterest_generated.api`
    #: (`"campaigns.campaigns_update"`).
    _update_operation: ClassVar[str]
    #: The generated model of one object's update request (`"CampaignUpdateRequest"`).
    _update_request: ClassVar[str]
    #: What the object is called in messages (`"ad group"`).
    _noun: ClassVar[str]

    #: Fields no update can change: they name the object, and are sent from the object itself.
    _FIXED_FIELDS: ClassVar[tuple[str, ...]] = ("id", "ad_account_id")

    def update_fields(self, client: PinterestSDKClient | None = None, **kwargs: Any) -> bool:
        """Change fields of the object (API field names), read it again and give True.

        The request goes through `client` when one is given, else through the object's own
        client.

        Raises:
            TypeError: `id` or `ad_account_id`, a field the API does not take, or a value of
                the wrong type; nothing is sent.
            ValueError: no field, or a value the API does not allow; nothing is sent.
            BulkOperationError: Pinterest refused the change.
            SdkException: the object reads back with other values than the ones sent.
        """
        where = f"{type(self).__name__}.update_fields"
        fixed = [name for name in self._FIXED_FIELDS if name in kwargs]
        reject_unknown_kwargs(where, dict.fromkeys(fixed), ())
        require_changes(where, kwargs)
        client = self._client if client is None else self._get_client(client)
        current = self._send_update(client, kwargs)
        check_update_applied(f"{self._noun} {self._id}", kwargs, current)
        return True

    def _send_update(self, client: PinterestSDKClient, values: Mapping[str, Any]) -> Any:
        """Send a bulk update of this object alone, then read it again through `client`.

        Returns:
            The object as read again (its generated model), also taken as its fields.

        Raises:
            BulkOperationError: Pinterest refused the change (it answers 200 with the reason).
        """
        import attrs

        import pinterest_generated.models

        operation = importlib.import_module(f"pinterest_generated.api.{self._update_operation}")
        request_class = getattr(pinterest_generated.models, self._update_request)
        ids = {"id": self._id}
        # Some update requests (a campaign's) name the ad account too, and require it.
        if "ad_account_id" in attrs.fields_dict(request_class):
            ids["ad_account_id"] = self.ad_account_id
        where = f"{type(self).__name__}.update_fields"
        self._send_in_bulk(
            client, self.ad_account_id, operation, request_class, {**ids, **values}, where
        )
        return self._read_again(client)


class AnalyticsResource(PinterestBaseModel):
    """A resource whose metrics the API reports (ad account, campaign, ad group, ad)."""

    def _analytics_endpoint(self) -> tuple[Any, str, dict[str, Any]]:
        """Give the analytics module, the row attribute naming the entity, and this object's ids.

        For a campaign: `campaigns_analytics`, `"campaign_id"` and
        `{"ad_account_id": ..., "campaign_ids": [campaign id]}`.
        """
        raise NotImplementedError

    def get_analytics(
        self,
        start_date: Any,
        end_date: Any,
        columns: list[str],
        granularity: str,
        click_window_days: int | None = None,
        engagement_window_days: int | None = None,
        view_window_days: int | None = None,
        conversion_report_time: str | None = None,
        **kwargs: Any,
    ) -> list[AnalyticsRow]:
        """Give this object's metrics from `start_date` to `end_date` (dates or `YYYY-MM-DD`).

        `columns` are the API's column names (`SPEND_IN_DOLLAR`, `TOTAL_CLICKTHROUGH`, ...);
        `granularity` is `TOTAL`, `DAY`, `HOUR`, `WEEK` or `MONTH`. `kwargs` are further
        arguments of the endpoint (`reporting_timezone`, and for campaigns and ad groups
        `aggregate_report_rows`, ...).

        Raises:
            TypeError, ValueError: an argument the endpoint does not take or allow, before any
                request.
        """
        from pinterest.ads._analytics import fetch_analytics

        operation_module, entity_key, scope = self._analytics_endpoint()
        options = without_none(
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
        )
        return fetch_analytics(
            self._client,
            operation_module,
            entity_key,
            scope,
            start_date,
            end_date,
            columns,
            granularity,
            {**options, **kwargs},
            f"{type(self).__name__}.get_analytics",
        )
