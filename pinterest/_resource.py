"""What the resource classes share: typed fields, checked arguments and bodies, listings, updates.

Organic (`Board`, `Pin`, ...) and ads (`Campaign`, `AdGroup`, ...) resources build their requests
and read their answers with these helpers, so that both families reject the same mistakes with
the same errors before anything is sent:

- an unknown keyword argument, or a body field the pinned description does not declare, is a
  `TypeError` naming it;
- a value the description does not allow (an enum value, a missing required field) is a
  `ValueError` naming the argument.

Answers are read leniently, so a value Pinterest added after the pinned description (a new
campaign objective, say) is kept as it came.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from pinterest import _validation
from pinterest.utils.base_model import PinterestBaseModel

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark

M = TypeVar("M")
T = TypeVar("T")


# Resources and their fields


class Resource(PinterestBaseModel):
    """A resource known by its id: read from the API when it is made, or taken from an answer.

    Each subclass keeps its own constructor, whose parameter names are public, and hands it on
    to this one with the generated operation that reads one object.
    """

    def __init__(
        self,
        resource_id: str,
        client: PinterestSDKClient | None,
        kwargs: Mapping[str, Any],
        *,
        id_argument: str,
        read_operation: Any,
        model_class: Any,
        scope: Mapping[str, Any] | None = None,
    ) -> None:
        """Check the ids, then read the object, or take it from `kwargs["_model_data"]`.

        Args:
            kwargs: The subclass constructor's keyword arguments; only `_model_data` (a
                generated model or dict from an answer that holds the object) is accepted.
            id_argument: The name of the id, in the subclass constructor and in
                `read_operation` (`board_id`, `campaign_id`, ...).
            read_operation: The generated module that reads one object (`boards_get`); None
                when the API has none, and the object then holds only `_model_data`.
            model_class: The generated model of one object.
            scope: The ids of what the object belongs to (`{"ad_account_id": ...}`), checked
                before its own id and sent with it to `read_operation`.
        """
        reject_unknown_kwargs(type(self).__name__, kwargs, ("_model_data",))
        self._scope = {
            name: _validation.require_str(name, value) for name, value in (scope or {}).items()
        }
        resource_id = _validation.require_str(id_argument, resource_id)
        readable = read_operation is not None
        super().__init__(
            _id=resource_id,
            generated_api=read_operation,
            generated_api_get_fn="sync" if readable else "",
            generated_api_get_fn_args=(
                {**self._scope, id_argument: resource_id} if readable else {}
            ),
            model_attribute_types=model_class,
            client=client,
        )
        if readable or kwargs.get("_model_data") is not None:
            self._populate_fields(**kwargs)

    @property
    def id(self) -> str:
        """The object's id."""
        return self._id


class ModelField(property, Generic[T]):
    """A read-only property of a resource that reads one field of its generated model.

    The value is None when the API did not send the field. Declared on a resource class as
    `name: ModelField[str] = ModelField("name")`; `model_name` is the generated attribute
    (`type_` for the API's `type`).
    """

    def __init__(self, model_name: str, doc: str | None = None) -> None:
        def read(instance: Any) -> Any:
            return instance._field(model_name)

        super().__init__(
            read, doc=doc or f"The `{model_name}` field, or None when the API left it out."
        )
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


# Arguments


def reject_unknown_kwargs(where: str, kwargs: Mapping[str, Any], allowed: Collection[str]) -> None:
    """Raise `TypeError` naming every keyword of `kwargs` that `where` does not accept.

    The message also lists the public keywords `where` accepts, when there are any.
    """
    unknown = sorted(set(kwargs) - set(allowed))
    if not unknown:
        return
    names = ", ".join(repr(name) for name in unknown)
    public = sorted(name for name in allowed if not name.startswith("_"))
    accepted = f"; accepted: {', '.join(public)}" if public else ""
    raise TypeError(f"{where}() got unexpected keyword argument(s): {names}{accepted}")


def without_none(**values: Any) -> dict[str, Any]:
    """Give `values` without the ones that are None (arguments the caller did not set).

    Generated functions and models leave out every optional argument they are not given, so
    what the caller did not set is not sent (not even a default of the API description).
    """
    return {name: value for name, value in values.items() if value is not None}


def optional_bool(name: str, value: Any) -> bool | None:
    """Give `value` if it is None, True or False; raise `TypeError` naming `name` otherwise."""
    if value is None or isinstance(value, bool):
        return value
    raise TypeError(f"{name} must be True or False, got {type(value).__name__}")


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


# Request bodies


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


# Answers


def no_content_sync(operation_module: Any) -> Callable[..., None]:
    """Give a `sync`-like function for an operation whose success answer has no body.

    The generated `sync` treats the missing body of a documented 204 as unparseable, so the
    status is checked on `sync_detailed` instead; `_api.call` still maps every failure.
    """
    from pinterest_generated import errors

    def send(**arguments: Any) -> None:
        response = operation_module.sync_detailed(**arguments)
        if not 200 <= response.status_code < 300:
            raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)

    return send


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
        request: The arguments for the generated `operation`; None ones are not sent.
        make: Turns one generated item into the object the caller gets.
        owner, method, method_arguments: The listing method (class or object, name and its
            arguments other than `bookmark` and `client`) that `Bookmark.get_next` calls again.
        bookmark_client: The client `get_next` passes to `method` (None for methods that have
            no `client` parameter).
    """
    from pinterest._api import call

    page = call(client, operation, **without_none(**request))
    items = [make(item) for item in page.items]
    bookmark = PinterestBaseModel._next_bookmark(
        getattr(page, "bookmark", None), owner, method, method_arguments, bookmark_client
    )
    return items, bookmark


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


# Updates


def check_update_applied(what: str, sent: Mapping[str, Any], current: Any) -> None:
    """Raise `SdkException` listing every sent value the object read back does not hold.

    `current` is the object as read again (a generated model or a dict); see `unapplied_fields`
    for how values are compared.
    """
    from pinterest.utils.sdk_exceptions import SdkException

    differences = [
        f"{name} is {read!r}, expected {wanted!r}"
        for name, read, wanted in unapplied_fields(sent, current)
    ]
    if differences:
        raise SdkException(
            message=f"{what} was accepted but reads back differently: {'; '.join(differences)}"
        )


def check_updated_resource(resource: PinterestBaseModel, asked: Mapping[str, Any]) -> None:
    """Raise `SdkException` ("Update Failed") naming the first asked value `resource` lacks.

    Text fields compare an empty string and null alike: the API gives an emptied text field
    back as either.
    """
    from pinterest.utils.sdk_exceptions import SdkException

    for name, read, wanted in unapplied_fields(asked, resource.to_dict(), blank_is_null=True):
        raise SdkException(
            reason="Update Failed",
            message=(
                f"{type(resource).__name__} {resource._id} was not updated: "
                f"{name} is {read!r}, asked for {wanted!r}"
            ),
        )


def unapplied_fields(
    sent: Mapping[str, Any], current: Any, *, blank_is_null: bool = False
) -> list[tuple[str, Any, Any]]:
    """Give `(field, value read back, value sent)` for every sent field `current` does not hold.

    Both sides are compared as JSON. A dict sent only needs its own keys to match, as the API
    may add others (defaults it fills in); a list matches in any order. With `blank_is_null`,
    an empty string and None are the same value.
    """
    document = current.to_dict() if hasattr(current, "to_dict") else dict(current)
    found = []
    for name, value in sent.items():
        wanted, read = to_json(value), document.get(name)
        if blank_is_null:
            wanted, read = _blank_as_none(wanted), _blank_as_none(read)
        if not _matches(wanted, read):
            found.append((name, read, wanted))
    return found


def _blank_as_none(value: Any) -> Any:
    return None if value == "" else value


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
