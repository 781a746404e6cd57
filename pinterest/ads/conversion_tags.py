"""Conversion tags (Pinterest tags): the code on an advertiser's site that reports conversions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest._resource import (
    ModelField,
    answer_id,
    answer_items,
    list_page,
    reject_unknown_kwargs,
    request_body,
    without_none,
)
from pinterest.ads._base import AdAccountResource

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.conversion_event_response import ConversionEventResponse
    from pinterest_generated.models.conversion_tag_configs import ConversionTagConfigs
    from pinterest_generated.models.enhanced_match_status_type import EnhancedMatchStatusType
    from pinterest_generated.models.entity_status import EntityStatus

__all__ = ["ConversionTag"]


class ConversionTag(AdAccountResource):
    """A conversion tag of an ad account, read from the API (or a listing) when it is made.

    Args:
        ad_account_id: The ad account the tag belongs to.
        conversion_tag_id: The tag's id.
        client: The client for this tag's requests; the default client when None.
    """

    _fields = ("id", "ad_account_id", "name", "status", "version")

    code_snippet: ModelField[str] = ModelField("code_snippet")
    configs: ModelField[ConversionTagConfigs] = ModelField("configs")
    enhanced_match_status: ModelField[EnhancedMatchStatusType] = ModelField("enhanced_match_status")
    last_fired_time_ms: ModelField[float] = ModelField("last_fired_time_ms")
    name: ModelField[str] = ModelField("name")
    status: ModelField[EntityStatus] = ModelField("status")
    version: ModelField[str] = ModelField("version")

    def __init__(
        self,
        ad_account_id: str,
        conversion_tag_id: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> None:
        from pinterest_generated.api.conversion_tags import conversion_tags_get
        from pinterest_generated.models.conversion_tag import (
            ConversionTag as GeneratedConversionTag,
        )

        super().__init__(
            conversion_tag_id,
            client,
            kwargs,
            id_argument="conversion_tag_id",
            read_operation=conversion_tags_get,
            model_class=GeneratedConversionTag,
            scope={"ad_account_id": ad_account_id},
        )

    @classmethod
    def create(
        cls,
        ad_account_id: str,
        name: str,
        aem_enabled: bool | None = None,
        md_frequency: float | None = None,
        aem_fnln_enabled: bool | None = None,
        aem_ph_enabled: bool | None = None,
        aem_ge_enabled: bool | None = None,
        aem_db_enabled: bool | None = None,
        aem_loc_enabled: bool | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> ConversionTag:
        """Create a conversion tag, with automatic enhanced match options, and give it."""
        from pinterest._api import call
        from pinterest_generated.api.conversion_tags import conversion_tags_create
        from pinterest_generated.models.conversion_tag_create import ConversionTagCreate

        client = cls._get_client(client)
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        values = without_none(
            name=_validation.require_str("name", name),
            aem_enabled=aem_enabled,
            md_frequency=md_frequency,
            aem_fnln_enabled=aem_fnln_enabled,
            aem_ph_enabled=aem_ph_enabled,
            aem_ge_enabled=aem_ge_enabled,
            aem_db_enabled=aem_db_enabled,
            aem_loc_enabled=aem_loc_enabled,
        )
        body = request_body(ConversionTagCreate, {**values, **kwargs}, "ConversionTag.create")
        answer = call(client, conversion_tags_create.sync, ad_account_id=ad_account_id, body=body)
        return cls(
            ad_account_id,
            answer_id(answer, "ConversionTag.create"),
            client=client,
            _model_data=answer,
        )

    @classmethod
    def get_all(
        cls,
        ad_account_id: str,
        filter_deleted: bool = False,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> list[ConversionTag]:
        """Give every conversion tag of the ad account (the API does not page this list)."""
        from pinterest._api import call
        from pinterest_generated.api.conversion_tags import conversion_tags_list

        reject_unknown_kwargs("ConversionTag.get_all", kwargs, ())
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        # Required, so None is refused too; `optional_bool` would let it through.
        if not isinstance(filter_deleted, bool):
            kind = type(filter_deleted).__name__
            raise TypeError(f"filter_deleted must be True or False, got {kind}")
        client = cls._get_client(client)
        answer = call(
            client,
            conversion_tags_list.sync,
            ad_account_id=ad_account_id,
            filter_deleted=filter_deleted,
        )
        what = "ConversionTag.get_all"
        return [
            cls(ad_account_id, answer_id(item, what), client=client, _model_data=item)
            for item in answer_items(answer, what)
        ]

    @classmethod
    def get_page_visit_conversion_tag_events(
        cls,
        ad_account_id: str,
        page_size: int | None = None,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[ConversionEventResponse], Bookmark | None]:
        """Give one page of the ad account's page-visit conversion events and the Bookmark to
        the next page of the same listing."""
        from pinterest_generated.api.conversion_tags import page_visit_conversion_tags_get
        from pinterest_generated.models.page_visit_conversion_tags_get_order import (
            PageVisitConversionTagsGetOrder,
        )

        reject_unknown_kwargs("ConversionTag.get_page_visit_conversion_tag_events", kwargs, ())
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        request = {
            "ad_account_id": ad_account_id,
            "page_size": _validation.page_size(page_size),
            "order": _validation.optional_enum("order", order, PageVisitConversionTagsGetOrder),
            "bookmark": _validation.optional_str("bookmark", bookmark),
        }
        client = cls._get_client(client)
        events: tuple[list[ConversionEventResponse], Bookmark | None] = list_page(
            client,
            page_visit_conversion_tags_get.sync,
            request,
            lambda item: item,
            cls,
            "get_page_visit_conversion_tag_events",
            {"ad_account_id": ad_account_id, "page_size": page_size, "order": order},
            client,
        )
        return events

    @classmethod
    def get_ocpm_eligible_conversion_tag_events(
        cls,
        ad_account_id: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[str | None, list[ConversionEventResponse] | None]:
        """Give the conversion tag id and its events that oCPM can optimise for, or
        `(None, None)` when the ad account has none."""
        from pinterest._api import call
        from pinterest_generated.api.conversion_tags import ocpm_eligible_conversion_tags_get

        where = "ConversionTag.get_ocpm_eligible_conversion_tag_events"
        reject_unknown_kwargs(where, kwargs, ())
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        answer = call(
            cls._get_client(client),
            ocpm_eligible_conversion_tags_get.sync,
            ad_account_id=ad_account_id,
        )
        for tag_id, events in answer.additional_properties.items():
            return tag_id, answer_items(events, where, attribute=None)
        return None, None
