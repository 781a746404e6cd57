"""Bookmark pagination: every `get_all` and `list_*` method gives `(items, Bookmark | None)`.

A `Bookmark` remembers the method that produced a page, every argument it was called with,
and the client it used, so `get_next()` asks for the following page of exactly the same
listing. `iterate_all` walks all pages lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient

__all__ = ["Bookmark", "iterate_all"]

T = TypeVar("T")


class Bookmark:
    """The position after one page of a listing.

    Args:
        bookmark_token: The API's bookmark (continuation token) for the next page.
        model: The class (for class methods) or object (for instance methods) that lists.
        model_fn: The name of the listing method on `model`.
        model_fn_args: The arguments the listing was called with, `bookmark` aside.
        client: The client the listing used; passed again on every page when not None.
    """

    def __init__(
        self,
        bookmark_token: str,
        model: object,
        model_fn: str,
        model_fn_args: dict[str, Any],
        client: PinterestSDKClient | None,
    ) -> None:
        self.bookmark_token = bookmark_token
        self.model = model
        self.model_fn = model_fn
        self.model_fn_args = dict(model_fn_args)
        self.client = client

    def __repr__(self) -> str:
        owner = self.model if isinstance(self.model, type) else type(self.model)
        return f"Bookmark({owner.__name__}.{self.model_fn}, bookmark_token={self.bookmark_token!r})"

    def get_next(self) -> tuple[list[Any], Bookmark | None]:
        """Give the next page's items and the bookmark after it (None on the last page)."""
        arguments = {key: value for key, value in self.model_fn_args.items() if key != "client"}
        arguments["bookmark"] = self.bookmark_token
        if self.client is not None:
            arguments["client"] = self.client
        method: Callable[..., tuple[list[Any], Bookmark | None]] = getattr(
            self.model, self.model_fn
        )
        return method(**arguments)

    def get_bookmark_token(self) -> str:
        """Give the bookmark token as the API returned it."""
        return self.bookmark_token


def iterate_all(
    listing: Callable[..., tuple[list[T], Bookmark | None]], /, *args: Any, **kwargs: Any
) -> Iterator[T]:
    """Yield every item of a listing, fetching each page only when it is reached.

    `listing` is any `get_all` or `list_*` method, called with `args` and `kwargs` for the
    first page: `for board in iterate_all(Board.get_all, privacy="SECRET"): ...`. Iteration
    stops after a page without a bookmark, with an empty bookmark, or whose bookmark was
    already seen (a server that repeats itself would otherwise loop forever).
    """
    items, bookmark = listing(*args, **kwargs)
    seen: set[str] = set()
    while True:
        yield from items
        if bookmark is None:
            return
        token = bookmark.get_bookmark_token()
        if not token or token in seen:
            return
        seen.add(token)
        items, bookmark = bookmark.get_next()
