"""Checks on bulk answers, which report per-item failures inside a successful (200) answer."""

from __future__ import annotations

from typing import Any

from pinterest.utils.sdk_exceptions import BulkOperationError

__all__ = ["verify_api_response"]


def verify_api_response(response: Any) -> bool:
    """Give True when no item of `response` reports an exception.

    `response` is a bulk answer (a dict or a generated model) whose `items` may each carry
    `exceptions`: a list of `{code, message}` (campaigns, ad groups) or a single one (ads).

    Raises:
        BulkOperationError: naming every failed item with its index, code and message.
    """
    items = (
        response.get("items") if isinstance(response, dict) else getattr(response, "items", None)
    )
    if not isinstance(items, list):
        return True
    error = BulkOperationError.from_items(items)
    if error is not None:
        raise error
    return True
