"""What the ads resources share: checked request bodies, bulk answers, and analytics rows.

Request bodies are built from the JSON field names the API documents, checked against the
pinned description before anything is sent: an unknown field is a `TypeError` naming it, a value
the description does not allow (an enum value, a missing required field) a `ValueError`.
Answers are read leniently, so a value Pinterest added after the pinned description (a new
campaign objective, say) is kept as it came.
"""

# TODO: the body, bulk-answer and update helpers are shared by every ads resource; they belong
# in a module named for them (pinterest/ads/_common.py), not next to analytics.

from __future__ import annotations

import datetime
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from pinterest import _validation

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark

__all__ = ["AnalyticsRow"]

M = TypeVar("M")
T = TypeVar("T")


class ModelField(property, Generic[T]):
    """A read-only property of a resource that reads one field of its generated model.

    The value is None when the API did not send the field. Declared on a resource class as
    `name: ModelField[str] = ModelField("name")`; `model_name` is the generated attribute
    (`type_` for the API's `type`).
    """

    def __init__(self, model_name: str) -> None:
        def read(instance: Any) -> Any:
            return instance._field(model_name)

        super().__init__(read, doc=f"The `{model_name}` field, or None when the API left it out.")
        self._model_name = model_name

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> ModelField[T]: ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> T | None: ...

    def __get__(
        self, instance: object | None, owner: type[Any] | None = None
    ) -> ModelField[T] | T | None:
        if instance is None:
            return self
        value: T | None = super().__get__(instance, owner)
        return value


def reject_unknown_kwargs(where: str, kwargs: Mapping[str, Any], allowed: Iterable[str]) -> None:
    """Raise `TypeError` naming every keyword of `kwargs` that `where` does not accept."""
    unknown = sorted(set(kwargs) - set(allowed))
    if unknown:
        names = ", ".join(repr(name) for name in unknown)
        raise TypeError(f"{where}() got unexpected keyword argument(s): {names}")


def without_none(**values: Any) -> dict[str, Any]:
    """Give `values` without the ones that are None (arguments the caller did not set)."""
    return {name: value for name, value in values.items() if value is not None}


def to_json(value: Any) -> Any:
    """Give `value` as JSON data: enums by value, generated models by `to_dict()`."""
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    return value


def request_body(model_class: type[M], values: Mapping[str, Any], where: str) -> M:
    """Give the generated request model for `values` (JSON field names), checked first.

    Raises:
        TypeError: a field the description does not declare, or a required one is missing.
        ValueError: a value the description does not allow (such as an unknown enum value).
    """
    from pinterest_generated.errors import StrictParsingError
    from pinterest_generated.types import strict_parsing

    document = {name: to_json(value) for name, value in values.items()}
    parse: Callable[[dict[str, Any]], M] = model_class.from_dict  # type: ignore[attr-defined]
    try:
        lenient = parse(dict(document))
    except KeyError as exc:
        raise TypeError(f"{where}() is missing the required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{where}(): {exc}") from None
    extra = getattr(lenient, "additional_properties", None)
    if extra:
        reject_unknown_kwargs(where, extra, ())
    try:
        with strict_parsing():
            return parse(dict(document))
    except StrictParsingError as exc:
        # The parser names the value, not the argument; find the arguments holding it.
        names = [name for name, value in document.items() if _holds(value, str(exc))]
        raise ValueError(f"{where}(): {', '.join(names) or 'a field'}: {exc}") from None


def _holds(value: Any, message: str) -> bool:
    if isinstance(value, Mapping):
        return any(_holds(item, message) for item in value.values())
    if isinstance(value, list):
        return any(_holds(item, message) for item in value)
    return value is not None and repr(value) in message


def require_enum(name: str, value: Any, enum_class: type[Enum]) -> Any:
    """Give the member of `enum_class` that `value` (a member or its value) names."""
    return _validation.enum_value(name, value, enum_class)


def enum_list(name: str, values: Any, enum_class: type[Enum]) -> list[Any] | None:
    """Give a list of members of `enum_class` for a list (or one value) of names, None for None."""
    if values is None:
        return None
    if isinstance(values, str | Enum):
        values = [values]
    if not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of strings, got {type(values).__name__}")
    return [_validation.enum_value(name, value, enum_class) for value in values]


def id_list(name: str, values: Any) -> list[str] | None:
    """Give a list of ids as strings for a list (or one id), None for None or an empty list."""
    if values is None:
        return None
    if isinstance(values, str | int) and not isinstance(values, bool):
        values = [values]
    if not isinstance(values, Sequence):
        raise TypeError(f"{name} must be a list of ids, got {type(values).__name__}")
    ids = [_validation.require_str(name, value) for value in values]
    return ids or None


def raise_for_item_exceptions(items: Iterable[Any]) -> None:
    """Raise `BulkOperationError` naming every item of a bulk answer that reports exceptions.

    Pinterest answers a bulk create or update with HTTP 200 and one element per item sent; an
    item that failed carries `exceptions` (a list for campaigns and ad groups, one object for
    ads) instead of `data`.
    """
    from pinterest.utils.sdk_exceptions import BulkOperationError

    found = BulkOperationError.from_items(list(items))
    if found is None:
        return
    described = "; ".join(
        f"item {error.index}: code {error.code}: {error.message}" for error in found.errors
    )
    raise BulkOperationError(
        found.errors, message=f"{len(found.errors)} item(s) failed: {described}"
    )


def first_item_data(items: Any, what: str) -> Any:
    """Give the `data` of the first element of a bulk answer, after checking every element."""
    from pinterest.utils.sdk_exceptions import UnexpectedResponseError
    from pinterest_generated.types import Unset

    elements = [] if items is None or isinstance(items, Unset) else list(items)
    raise_for_item_exceptions(elements)
    data = getattr(elements[0], "data", None) if elements else None
    if data is None or isinstance(data, Unset):
        raise UnexpectedResponseError(message=f"the answer to {what} holds no item")
    return data


def check_update_applied(what: str, sent: Mapping[str, Any], current: Any) -> None:
    """Raise `SdkException` if the re-read object does not hold every value that was sent.

    `sent` and the object are compared as JSON; a dict sent only needs its own keys to match,
    as the API may add others (defaults it fills in).
    """
    from pinterest.utils.sdk_exceptions import SdkException

    document = current.to_dict() if hasattr(current, "to_dict") else dict(current)
    differences = [
        f"{name} is {document.get(name)!r}, expected {to_json(value)!r}"
        for name, value in sent.items()
        if not _matches(to_json(value), document.get(name))
    ]
    if differences:
        raise SdkException(
            message=f"{what} was accepted but reads back differently: {'; '.join(differences)}"
        )


def _matches(sent: Any, current: Any) -> bool:
    if isinstance(sent, Mapping):
        return isinstance(current, Mapping) and all(
            _matches(value, current.get(key)) for key, value in sent.items()
        )
    if isinstance(sent, list) and isinstance(current, list):
        if len(sent) != len(current):
            return False
        try:
            return sorted(sent) == sorted(current)
        except TypeError:
            return all(_matches(a, b) for a, b in zip(sent, current, strict=True))
    return bool(sent == current)


def list_page(
    client: PinterestSDKClient,
    operation: Callable[..., Any],
    request: Mapping[str, Any],
    make: Callable[[Any], M],
    owner: object,
    method: str,
    method_arguments: dict[str, Any],
    bookmark_client: PinterestSDKClient | None,
) -> tuple[list[M], Bookmark | None]:
    """Fetch one page of a listing and give its objects and the Bookmark to the next page.

    Args:
        request: The arguments for the generated `operation`.
        make: Turns one generated item into the object the caller gets.
        owner, method, method_arguments: The listing method (class or object, name and its
            arguments other than `bookmark` and `client`) that `Bookmark.get_next` calls again.
        bookmark_client: The client `get_next` passes to `method` (None for methods that have
            no `client` parameter).
    """
    from pinterest._api import call
    from pinterest.utils.base_model import PinterestBaseModel

    page = call(client, operation, **{k: v for k, v in request.items() if v is not None})
    items = [make(item) for item in page.items]
    bookmark = PinterestBaseModel._next_bookmark(
        getattr(page, "bookmark", None), owner, method, method_arguments, bookmark_client
    )
    return items, bookmark


class TokenOverride:
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


# Analytics


@dataclass(frozen=True)
class AnalyticsRow:
    """One row of an analytics answer.

    Attributes:
        entity_id: The ad account, campaign, ad group or ad the row is about.
        date: The day (or first day of the period) the row covers; None for `TOTAL`.
        metrics: Every other column, by the API's column name (`SPEND_IN_DOLLAR`, ...).
    """

    entity_id: str | None
    date: datetime.date | None
    metrics: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, column: str) -> Any:
        return self.metrics[column]

    def get(self, column: str, default: Any = None) -> Any:
        """Give a metric, or `default` when the answer has no such column."""
        return self.metrics.get(column, default)


def analytics_date(name: str, value: Any) -> datetime.date:
    """Give a date for a `datetime.date` or an ISO `YYYY-MM-DD` string."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{name} must be a date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"{name} must be a date or a YYYY-MM-DD string, got {type(value).__name__}")


def fetch_analytics(
    client: PinterestSDKClient,
    operation_module: Any,
    entity_key: str,
    arguments: dict[str, Any],
    start_date: Any,
    end_date: Any,
    columns: Any,
    granularity: Any,
    options: Mapping[str, Any],
    where: str,
) -> list[AnalyticsRow]:
    """Ask an analytics endpoint for its rows, with every argument checked first.

    Args:
        operation_module: The generated module (`campaigns_analytics`, ...).
        entity_key: The attribute of a row that names its entity (`campaign_id`, ...).
        arguments: The path and id arguments (`ad_account_id`, `campaign_ids`, ...).
        options: Optional endpoint arguments; enum ones accept their values as strings.
    """
    from pinterest._api import call
    from pinterest_generated.types import Unset

    hints = typing.get_type_hints(operation_module.sync)
    reject_unknown_kwargs(where, options, [name for name in hints if name not in arguments])
    start = analytics_date("start_date", start_date)
    end = analytics_date("end_date", end_date)
    if end < start:
        raise ValueError(f"end_date ({end}) is before start_date ({start})")
    if isinstance(columns, str):
        columns = columns.split(",")
    if not columns:
        raise ValueError("columns must name at least one column")

    request: dict[str, Any] = dict(arguments)
    request["start_date"] = start
    request["end_date"] = end
    request["columns"] = enum_list("columns", columns, _enum_in(hints["columns"]))
    request["granularity"] = require_enum(
        "granularity", granularity, _enum_in(hints["granularity"])
    )
    for name, value in options.items():
        if value is None:
            continue
        enum_class = _enum_in(hints[name])
        request[name] = value if enum_class is None else require_enum(name, value, enum_class)

    rows = call(client, operation_module.sync, **request)
    result = []
    for row in rows:
        entity = getattr(row, entity_key, None)
        date = getattr(row, "date", None)
        result.append(
            AnalyticsRow(
                entity_id=None if isinstance(entity, Unset) else entity,
                date=None if isinstance(date, Unset) else date,
                metrics=dict(row.additional_properties),
            )
        )
    return result


def _enum_in(annotation: Any) -> Any:
    """Give the Enum class inside a type such as `list[X] | Unset`, or None."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    for argument in typing.get_args(annotation):
        found = _enum_in(argument)
        if found is not None:
            return found
    return None
