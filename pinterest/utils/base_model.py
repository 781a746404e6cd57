"""The base of every resource class: a generated model, the client that fetched it, and `repr`.

A resource object (`Board`, `Campaign`, ...) wraps one generated attrs model. Its typed
properties read that model; a field the API did not send reads as `None`. The object keeps the
client it was made with for every later call, and `repr`/`str` show real values, never a
credential (a resource holds none).
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from pinterest.utils.bookmark import Bookmark

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient

__all__ = ["PinterestBaseModel"]

_REPR_VALUE_LIMIT = 60

# (object id, name) of the `_<name>` reads under way in this thread; see `__getattr__`.
_private_reads = threading.local()


def _plain(value: Any) -> Any:
    """Give `value` as JSON would show it: enums as their value, dates as ISO 8601 text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return value


class PinterestBaseModel:
    """A resource backed by a generated model.

    Args:
        _id: The resource's id.
        generated_api: The generated operation module that reads one resource
            (for example `pinterest_generated.api.boards.boards_get`).
        generated_api_get_fn: The function of that module to call (`"sync_detailed"`).
        generated_api_get_fn_args: Its arguments, such as `{"board_id": "123"}`.
        model_attribute_types: The generated model class the answer parses into.
        client: The client for this object's calls; the default client when None.
    """

    # Field names shown by repr() and str(), in this order.
    _fields: ClassVar[tuple[str, ...]] = ("id",)

    def __init__(
        self,
        _id: str,
        generated_api: Any,
        generated_api_get_fn: str,
        generated_api_get_fn_args: dict[str, Any],
        model_attribute_types: Any,
        client: PinterestSDKClient | None = None,
    ) -> None:
        from pinterest.client import resolve_client

        self._id = str(_id)
        self._client = resolve_client(client)
        self._generated_api = generated_api
        self._generated_api_get_fn = generated_api_get_fn
        self._generated_api_get_fn_args = dict(generated_api_get_fn_args)
        self._model_attribute_types = model_attribute_types
        self._model: Any = None

    def _populate_fields(self, **kwargs: Any) -> None:
        """Load the model from `_model_data` (a dict or generated model), or fetch it.

        `id` keeps the object's own id; the model's `id` field (seen in `to_dict()`) is the
        answer's.
        """
        from pinterest._api import call

        model_data = kwargs.get("_model_data")
        if model_data is None:
            operation = getattr(self._generated_api, self._generated_api_get_fn)
            model_data = call(self._client, operation, **self._generated_api_get_fn_args)
        if isinstance(model_data, dict):
            model_data = self._model_attribute_types.from_dict(model_data)
        # The object keeps the id it was made with, whatever id the answer holds: later
        # requests must go to the object that was asked for, not to one a faulty answer (or
        # mock) names.
        self._model = model_data

    def _field(self, name: str) -> Any:
        """Give a field of the model, with `None` for a field the API did not send."""
        from pinterest_generated.types import Unset

        value = getattr(self._model, name, None)
        return None if isinstance(value, Unset) else value

    @property
    def client(self) -> PinterestSDKClient:
        """The client this object uses for its calls."""
        return self._client

    def to_dict(self) -> dict[str, Any]:
        """Give the resource as the API's JSON object."""
        if self._model is None:
            return {"id": self._id}
        result: dict[str, Any] = self._model.to_dict()
        return result

    def _shown_values(self) -> dict[str, Any]:
        shown: dict[str, Any] = {}
        for name in self._fields:
            value = self._id if name == "id" else getattr(self, name, None)
            if value is None:
                continue
            shown[name] = _plain(value)
        return shown

    def __repr__(self) -> str:
        parts = []
        for name, value in self._shown_values().items():
            text = repr(value)
            if len(text) > _REPR_VALUE_LIMIT:
                text = text[: _REPR_VALUE_LIMIT - 3] + "..."
            parts.append(f"{name}={text}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __str__(self) -> str:
        return f"{type(self).__name__} <{self._id}> Model: {self._shown_values()}"

    if not TYPE_CHECKING:
        # Hidden from type checkers, which would otherwise accept any misspelt attribute.

        def __getattr__(self, name: str) -> Any:
            """Give `self.<name>` for `self._<name>`, when `<name>` is a property of the class.

            0.2.7's README reads fields as private attributes (`campaign._status`). Called only
            when normal lookup fails; any other name raises `AttributeError`.
            """
            public = name[1:]
            if (
                name.startswith("_")
                and not name.startswith("__")
                and _is_class_property(type(self), public)
            ):
                # A property may read the very attribute asked for (`client` reads `_client`):
                # on an object whose `__init__` did not set it (copy, pickle, a subclass that
                # fails early) that would recurse without end.
                active: set[tuple[int, str]] = _private_reads.__dict__.setdefault("active", set())
                key = (id(self), name)
                if key not in active:
                    active.add(key)
                    try:
                        return getattr(self, public)
                    except AttributeError as exc:
                        message = f"{type(self).__name__!r} object has no attribute {name!r}"
                        raise AttributeError(message, name=name, obj=self) from exc
                    finally:
                        active.discard(key)
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
            )

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self._id == getattr(other, "_id", None)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._id))

    @classmethod
    def _get_client(cls, client: PinterestSDKClient | None = None) -> PinterestSDKClient:
        from pinterest.client import resolve_client

        return resolve_client(client)

    @staticmethod
    def _next_bookmark(
        token: Any,
        model: object,
        model_fn: str,
        model_fn_args: dict[str, Any],
        client: PinterestSDKClient | None,
    ) -> Bookmark | None:
        """Give a Bookmark for the next page, or None when the API gave no usable token."""
        if not isinstance(token, str) or not token:
            return None
        return Bookmark(
            bookmark_token=token,
            model=model,
            model_fn=model_fn,
            model_fn_args=model_fn_args,
            client=client,
        )


def _is_class_property(owner: type, name: str) -> bool:
    """Tell whether `name` is a property of `owner` or a base class (what `getattr` would use)."""
    for klass in owner.__mro__:
        if name in klass.__dict__:
            return isinstance(klass.__dict__[name], property)
    return False
