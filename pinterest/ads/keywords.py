"""Keywords: search terms targeted (or excluded) by an ad account, campaign or ad group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest._resource import (
    ModelField,
    answer_id,
    answer_items,
    enum_list,
    id_list,
    reject_unknown_kwargs,
    request_body,
    require_changes,
)
from pinterest.ads._base import AdAccountResource

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.match_type_response import MatchTypeResponse

__all__ = ["Keyword"]

_LIST_FILTERS = ("campaign_id", "ad_group_id", "ad_group_ids", "match_types", "match_type")


class Keyword(AdAccountResource):
    """A keyword of an ad account.

    The API has no request that reads one keyword, so `Keyword(ad_account_id, keyword_id)`
    makes no request: it knows its id, and its other fields are None until it comes from a
    listing, from `create` or from `update_fields`.

    Args:
        ad_account_id: The ad account the keyword belongs to.
        keyword_id: The keyword's id.
        client: The client for this keyword's requests; the default client when None.
    """

    _fields = ("id", "ad_account_id", "value", "match_type", "parent_id", "archived")

    match_type: ModelField[MatchTypeResponse] = ModelField("match_type")
    value: ModelField[str] = ModelField("value")
    bid: ModelField[int] = ModelField("bid")
    archived: ModelField[bool] = ModelField("archived")
    parent_id: ModelField[str] = ModelField("parent_id")
    parent_type: ModelField[str] = ModelField("parent_type")
    type: ModelField[str] = ModelField("type_")

    def __init__(
        self,
        ad_account_id: str,
        keyword_id: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> None:
        from pinterest_generated.models.keyword import Keyword as GeneratedKeyword

        super().__init__(
            keyword_id,
            client,
            kwargs,
            id_argument="keyword_id",
            read_operation=None,
            model_class=GeneratedKeyword,
            scope={"ad_account_id": ad_account_id},
        )

    @classmethod
    def create(
        cls,
        ad_account_id: str,
        parent_id: str,
        value: str,
        bid: int | None = None,
        match_type: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> Keyword:
        """Create a keyword for an ad account, campaign or ad group (`parent_id`) and give it.

        `match_type` is `BROAD`, `PHRASE`, `EXACT`, `EXACT_NEGATIVE` or `PHRASE_NEGATIVE`;
        an ad account or campaign takes only the negative ones. `bid` is in micro currency.

        Raises:
            BulkOperationError: Pinterest refused the keyword (it answers 200 with the reason).
        """
        from pinterest._api import call
        from pinterest.utils.sdk_exceptions import BulkItemError, BulkOperationError
        from pinterest_generated.api.keywords import keywords_create
        from pinterest_generated.models.keywords_common import KeywordsCommon
        from pinterest_generated.models.keywords_request import KeywordsRequest
        from pinterest_generated.models.match_type_response import MatchTypeResponse

        client = cls._get_client(client)
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        keyword = {
            "value": _validation.require_str("value", value),
            "match_type": _validation.optional_enum("match_type", match_type, MatchTypeResponse),
            **kwargs,
        }
        bid = _validation.optional_int("bid", bid, minimum=0)
        if bid is not None:
            keyword["bid"] = bid
        body = KeywordsRequest(
            keywords=[request_body(KeywordsCommon, keyword, "Keyword.create")],
            parent_id=_validation.require_id("parent_id", parent_id),
        )
        answer = call(client, keywords_create.sync, ad_account_id=ad_account_id, body=body)
        created = _listed(answer, "keywords", "Keyword.create")
        if not created:
            failures = [
                BulkItemError(index=index, code=None, message="; ".join(error.error_messages or []))
                for index, error in enumerate(_listed(answer, "errors", "Keyword.create"))
            ] or [BulkItemError(index=0, code=None, message="no keyword was created")]
            raise BulkOperationError(
                failures,
                message="keyword not created: " + "; ".join(str(f.message) for f in failures),
            )
        return cls(
            ad_account_id,
            answer_id(created[0], "Keyword.create"),
            client=client,
            _model_data=created[0],
        )

    @classmethod
    def get_all(
        cls,
        ad_account_id: str,
        page_size: int | None = None,
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[Keyword], Bookmark | None]:
        """Give one page of keywords and the Bookmark to the next page.

        `kwargs` filter the listing: `campaign_id` or `ad_group_id` (the API asks for one of
        them), `ad_group_ids`, and `match_types` (a list) or `match_type` (one value or a list;
        sent as the API's `match_types`).
        """
        from pinterest_generated.api.keywords import keywords_get
        from pinterest_generated.models.match_type import MatchType

        reject_unknown_kwargs("Keyword.get_all", kwargs, _LIST_FILTERS)
        if "match_type" in kwargs and "match_types" in kwargs:
            raise TypeError("Keyword.get_all() got both match_type and match_types")
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        match_types = kwargs.get("match_types", kwargs.get("match_type"))
        request = {
            "ad_account_id": ad_account_id,
            "campaign_id": _validation.optional_id("campaign_id", kwargs.get("campaign_id")),
            "ad_group_id": _validation.optional_id("ad_group_id", kwargs.get("ad_group_id")),
            "ad_group_ids": id_list("ad_group_ids", kwargs.get("ad_group_ids")),
            "match_types": enum_list("match_type", match_types, MatchType),
            "page_size": _validation.page_size(page_size),
            "bookmark": _validation.optional_str("bookmark", bookmark),
        }
        arguments = {"ad_account_id": ad_account_id, "page_size": page_size, **kwargs}
        return cls._list_page(cls._get_client(client), keywords_get.sync, request, arguments)

    def update_fields(self, **kwargs: Any) -> bool:
        """Change the keyword's `bid` or `archived`, take the answer as its fields, give True.

        Raises:
            BulkOperationError: Pinterest refused the change.
        """
        from pinterest._api import call
        from pinterest.utils.sdk_exceptions import BulkItemError, BulkOperationError
        from pinterest_generated.api.keywords import keywords_update
        from pinterest_generated.models.keyword_update import KeywordUpdate
        from pinterest_generated.models.keyword_update_body import KeywordUpdateBody

        if "id" in kwargs:
            raise TypeError("Keyword.update_fields() cannot change the keyword's id")
        require_changes("Keyword.update_fields", kwargs)
        change = request_body(KeywordUpdate, {"id": self._id, **kwargs}, "Keyword.update_fields")
        body = KeywordUpdateBody(keywords=[change])
        answer = call(
            self._client, keywords_update.sync, ad_account_id=self.ad_account_id, body=body
        )
        where = "Keyword.update_fields"
        updated = [k for k in _listed(answer, "keywords", where) if k.id == self._id]
        if not updated:
            errors = _listed(answer, "errors", where)
            messages = [m for error in errors for m in error.error_messages or []]
            failure = BulkItemError(index=0, code=None, message="; ".join(messages) or None)
            raise BulkOperationError(
                [failure], message=f"keyword {self._id} not updated: {failure.message}"
            )
        self._populate_fields(_model_data=updated[0])
        return True


def _listed(answer: Any, attribute: str, what: str) -> list[Any]:
    """Give the list in `answer.<attribute>`, empty when the answer left it out or null."""
    from pinterest_generated.types import Unset

    if isinstance(getattr(answer, attribute, None), Unset | None):
        return []
    return answer_items(answer, what, attribute)
