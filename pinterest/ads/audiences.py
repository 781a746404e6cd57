"""Audiences: groups of Pinterest users that ad groups target or exclude."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest._resource import (
    ModelField,
    answer_id,
    check_update_applied,
    enum_list,
    reject_unknown_kwargs,
    request_body,
    require_changes,
)
from pinterest.ads._base import AdAccountResource

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.audience_rule import AudienceRule

__all__ = ["Audience"]


class Audience(AdAccountResource):
    """An audience of an ad account, read from the API (or from a listing) when it is made.

    Args:
        ad_account_id: The ad account the audience belongs to.
        audience_id: The audience's id.
        client: The client for this audience's requests; the default client when None.
    """

    _fields = ("id", "ad_account_id", "name", "audience_type", "status", "size")

    audience_type: ModelField[str] = ModelField("audience_type")
    created_by_company_name: ModelField[str] = ModelField("created_by_company_name")
    created_timestamp: ModelField[int] = ModelField("created_timestamp")
    description: ModelField[str] = ModelField("description")
    name: ModelField[str] = ModelField("name")
    rule: ModelField[AudienceRule] = ModelField("rule")
    size: ModelField[int] = ModelField("size")
    status: ModelField[str] = ModelField("status")
    type: ModelField[str] = ModelField("type_")
    updated_timestamp: ModelField[int] = ModelField("updated_timestamp")

    def __init__(
        self,
        ad_account_id: str,
        audience_id: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> None:
        from pinterest_generated.api.audiences import audiences_get
        from pinterest_generated.models.audience import Audience as GeneratedAudience

        super().__init__(
            audience_id,
            client,
            kwargs,
            id_argument="audience_id",
            read_operation=audiences_get,
            model_class=GeneratedAudience,
            scope={"ad_account_id": ad_account_id},
        )

    @classmethod
    def create(
        cls,
        ad_account_id: str,
        name: str,
        rule: dict[str, Any],
        audience_type: str,
        description: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> Audience:
        """Create an audience and give it.

        `rule` describes who is in the audience (`{"visitor_source_id": ..., "retention_days":
        30}`, ...; see the API's AudienceRule); it is not changed. Its `ad_account_id` defaults
        to `ad_account_id`. `audience_type` is `CUSTOMER_LIST`, `VISITOR`, `ENGAGEMENT`,
        `ACTALIKE` or `PERSONA`.
        """
        from pinterest._api import call
        from pinterest_generated.api.audiences import audiences_create
        from pinterest_generated.models.audience_create_request import AudienceCreateRequest
        from pinterest_generated.models.audience_type import AudienceType

        client = cls._get_client(client)
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        values = {
            "ad_account_id": ad_account_id,
            "name": _validation.require_str("name", name),
            "rule": _audience_rule(rule, ad_account_id),
            "audience_type": _validation.enum_value("audience_type", audience_type, AudienceType),
            **kwargs,
        }
        if description is not None:
            values["description"] = _validation.require_str("description", description)
        body = request_body(AudienceCreateRequest, values, "Audience.create")
        answer = call(client, audiences_create.sync, ad_account_id=ad_account_id, body=body)
        return cls(
            ad_account_id, answer_id(answer, "Audience.create"), client=client, _model_data=answer
        )

    @classmethod
    def get_all(
        cls,
        ad_account_id: str,
        entity_statuses: list[str] | None = None,
        page_size: int | None = None,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[Audience], Bookmark | None]:
        """Give one page of the ad account's audiences and the Bookmark to the next page.

        The API has no status filter for audiences, so `entity_statuses` (`ACTIVE`, ...) is
        applied to each page here; a page may then hold fewer than `page_size` audiences.
        `kwargs` may hold `ownership_type`.
        """
        from pinterest_generated.api.audiences import audiences_list
        from pinterest_generated.models.audiences_list_order import AudiencesListOrder
        from pinterest_generated.models.audiences_list_ownership_type import (
            AudiencesListOwnershipType,
        )
        from pinterest_generated.models.entity_status import EntityStatus

        reject_unknown_kwargs("Audience.get_all", kwargs, ("ownership_type",))
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        statuses = enum_list("entity_statuses", entity_statuses, EntityStatus)
        ownership = kwargs.get("ownership_type")
        request = {
            "ad_account_id": ad_account_id,
            "page_size": _validation.page_size(page_size),
            "order": _validation.optional_enum("order", order, AudiencesListOrder),
            "bookmark": _validation.optional_str("bookmark", bookmark),
            "ownership_type": _validation.optional_enum(
                "ownership_type", ownership, AudiencesListOwnershipType
            ),
        }
        arguments = {
            "ad_account_id": ad_account_id,
            "entity_statuses": entity_statuses,
            "page_size": page_size,
            "order": order,
            **kwargs,
        }
        audiences, next_page = cls._list_page(
            cls._get_client(client), audiences_list.sync, request, arguments
        )
        if statuses:
            wanted = {status.value for status in statuses}
            audiences = [audience for audience in audiences if audience.status in wanted]
        return audiences, next_page

    def update_fields(self, client: PinterestSDKClient | None = None, **kwargs: Any) -> bool:
        """Change fields of the audience (`name`, `description`, `rule`), read it again, give True.

        The request goes through `client` when one is given, else through the audience's own
        client.

        Raises:
            SdkException: the audience reads back with other values than the ones sent.
        """
        from pinterest._api import call
        from pinterest_generated.api.audiences import audiences_update
        from pinterest_generated.models.audience_update_request import AudienceUpdateRequest

        reserved = [name for name in ("ad_account_id", "operation_type") if name in kwargs]
        reject_unknown_kwargs("Audience.update_fields", dict.fromkeys(reserved), ())
        require_changes("Audience.update_fields", kwargs)
        client = self._client if client is None else self._get_client(client)
        values = dict(kwargs)
        if "rule" in values:
            values["rule"] = _audience_rule(values["rule"], None)
        body = request_body(
            AudienceUpdateRequest,
            {"ad_account_id": self.ad_account_id, "operation_type": "UPDATE", **values},
            "Audience.update_fields",
        )
        call(
            client,
            audiences_update.sync,
            ad_account_id=self.ad_account_id,
            audience_id=self._id,
            body=body,
        )
        current = self._read_again(client)
        check_update_applied(f"audience {self._id}", values, current)
        return True


def _audience_rule(rule: Any, ad_account_id: str | None) -> dict[str, Any]:
    """Give a copy of `rule` as the API wants it; the caller's dict is left as it was."""
    from pinterest_generated.models.objective_type import ObjectiveType

    if hasattr(rule, "to_dict"):
        rule = rule.to_dict()
    if not isinstance(rule, dict):
        raise TypeError(f"rule must be a dict, got {type(rule).__name__}")
    result = copy.deepcopy(rule)
    if ad_account_id is not None:
        result.setdefault("ad_account_id", ad_account_id)
    if "objective_type" in result:
        result["objective_type"] = enum_list(
            "rule['objective_type']", result["objective_type"], ObjectiveType
        )
    return result
