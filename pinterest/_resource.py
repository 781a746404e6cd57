"""What the resource classes share: typed fields, checked arguments and bodies, listings, updates.

Organic (`Board`, `Pin`, ...) and ads (`Campaign`, `AdGroup`, ...) resources build their requests
and read their answers with these helpers, so that both families reject the same mistakes with
the same errors before anything is sent:

- an unknown keyword argument, or a body field the pinned description does not declare, is a
  `TypeError` naming it;
- a body value of another type than the description gives its field (text for a number, a
  number for a flag, a string for an object, ...) is a `TypeError` naming the field;
- an id that could name another object or endpoint (`..`, blank, ...) is a `ValueError`
  naming the argument, before any request;
- a value the description does not allow (an enum value, a missing required field) is a
  `ValueError` naming the argument.

Answers are read leniently, so a value Pinterest added after the pinned description (a new
campaign objective, say) is kept as it came. An answer that cannot stand for what was asked
(a listing without its list, a null item, an object without an id) is an
`UnexpectedResponseError`, never a `TypeError` or `AttributeError` from deep inside.
"""

from __future__ import annotations

import datetime
import functools
import re
import types
import typing
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
            name: _validation.require_id(name, value) for name, value in (scope or {}).items()
        }
        resource_id = _validation.require_id(id_argument, resource_id)
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
    ids = [_validation.require_id(name, value) for value in values]
    return ids or None


def require_changes(where: str, fields: Mapping[str, Any]) -> None:
    """Raise `ValueError` when an update names no field: an empty update changes nothing."""
    if not fields:
        raise ValueError(f"{where}() needs at least one field to change")


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

    Every value must have the type the description gives its field (checked through nested
    objects and lists): text for a string, an int (not a bool) for an integer, a bool for a
    flag, a dict for an object, a list for an array. An int is taken for a string field that
    holds an id (`id`, `*_id`, `*_ids`), as pinterest-api-sdk 0.2.7 took int ids, and sent
    as text.

    Raises:
        TypeError: a field the description does not declare, a value of another type than
            its field's, or a required field is missing.
        ValueError: a value the description does not allow (such as an unknown enum value).
    """
    from pinterest_generated.errors import StrictParsingError
    from pinterest_generated.types import strict_parsing

    document = {name: to_json(value) for name, value in values.items()}
    try:
        document = conform_fields(document, model_class)
    except TypeError as exc:
        raise TypeError(f"{where}(): {exc}") from None
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


def check_open_member(where: str, value: Any, model_class: Any, field: str) -> None:
    """Check `value` for `field` of `model_class`, allowing keys the description leaves out.

    For a field that is one of several objects (a `oneOf`, such as a Pin's media source), one
    of them must take `value`: its required keys present, its values of the right types and
    enum values, keys it does not declare aside (the API takes some it does not describe).

    Raises:
        TypeError: a value of another type than its field's.
        ValueError: no member takes `value` (an unknown `source_type`, a missing `url`, ...).
    """
    from pinterest_generated.errors import StrictParsingError
    from pinterest_generated.types import strict_parsing

    hint = _field_types(model_class)[_normalised(field)]
    if not isinstance(value, Mapping):
        raise TypeError(f"{where}(): {field} must be a dict, got {type(value).__name__}")
    members = [m for m in typing.get_args(hint) or (hint,) if _is_model(m)]
    # A key that is an enum in every member (`source_type`) says which member is meant.
    for key, item in value.items():
        enums = [_enum_of(_field_types(member).get(_normalised(key))) for member in members]
        if not members or None in enums:
            continue
        named = [m for m, enum in zip(members, enums, strict=True) if _lists(enum, item)]
        if not named:
            allowed = ", ".join(sorted({str(m.value) for enum in enums if enum for m in enum}))
            raise ValueError(f"{where}(): {field}[{key!r}] must be one of {allowed}; got {item!r}")
        members = named
    try:
        conform_value(value, typing.Union[tuple(members)], field)  # noqa: UP007
    except TypeError as exc:
        raise TypeError(f"{where}(): {exc}") from None
    problems = []
    for member in members:
        known = {
            key: item for key, item in value.items() if _normalised(key) in _field_types(member)
        }
        try:
            with strict_parsing():
                member.from_dict(known)
        except KeyError as exc:
            problems.append(f"{member.__name__}: {exc.args[0]!r} is missing")
            continue
        except (StrictParsingError, TypeError, ValueError, AttributeError) as exc:
            problems.append(f"{member.__name__}: {exc}")
            continue
        return
    raise ValueError(
        f"{where}(): {field} is none of the objects the API takes ({'; '.join(problems)})"
    )


def conform_fields(
    document: Mapping[str, Any], model_class: Any, prefix: str = ""
) -> dict[str, Any]:
    """Give `document` (JSON data for `model_class`) with each value checked against its field.

    Fields the model does not declare are given back unchecked (the caller decides about
    them). Ints in id fields are given as text.

    Raises:
        TypeError: a value of another type than its field's, naming the field's path
            (`tracking_urls.click[0]`).
    """
    fields = _field_types(model_class)
    result: dict[str, Any] = {}
    for key, value in document.items():
        hint = fields.get(_normalised(key))
        if hint is None:
            result[key] = value
            continue
        result[key] = conform_value(value, hint, f"{prefix}{key}", _names_an_id(key))
    return result


def conform_value(value: Any, hint: Any, where: str, id_like: bool = False) -> Any:
    """Give `value` (JSON data) checked against the generated type `hint`; see `request_body`.

    Enum values are checked for their type only (a string for a string enum, an int for a
    number of days): whether the value is listed is the parser's check.
    """
    from pinterest_generated.types import Unset

    if hint is Any or hint is object:
        return value
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        members = [member for member in typing.get_args(hint) if member is not Unset]
        if value is None:
            if type(None) in members:
                return None
            raise TypeError(f"{where} must not be null")
        candidates = [member for member in members if member is not type(None)]
        if isinstance(value, Mapping):
            # An object goes to the members that declare all of its keys, when some do: the
            # others would leave those keys unchecked.
            covering = [m for m in candidates if _declares(m, value)]
            candidates = covering or candidates
        if len(candidates) == 1:
            return conform_value(value, candidates[0], where, id_like)
        refusals = []
        for member in candidates:
            try:
                return conform_value(value, member, where, id_like)
            except TypeError as exc:
                refusals.append((member, exc))
        # When one member has the value's shape (the only object type, say), what it found
        # deeper inside says more than the list of members.
        shaped = [exc for member, exc in refusals if _has_shape(value, member, id_like)]
        if len(shaped) == 1:
            raise shaped[0]
        raise TypeError(f"{where} must be {_describe(hint)}, got {type(value).__name__}")
    if value is None:
        raise TypeError(f"{where} must not be null")
    if origin in (list, Sequence, tuple):
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise TypeError(f"{where} must be a list, got {type(value).__name__}")
        (item_hint, *_) = typing.get_args(hint) or (Any,)
        return [
            conform_value(item, item_hint, f"{where}[{index}]", id_like)
            for index, item in enumerate(value)
        ]
    if origin in (dict, Mapping):
        if not isinstance(value, Mapping):
            raise TypeError(f"{where} must be a dict, got {type(value).__name__}")
        arguments = typing.get_args(hint)
        value_hint = arguments[1] if len(arguments) == 2 else Any
        return {
            key: conform_value(item, value_hint, f"{where}[{key!r}]") for key, item in value.items()
        }
    if not isinstance(hint, type):
        return value
    if not _has_type(value, hint, id_like):
        raise TypeError(f"{where} must be {_describe(hint)}, got {type(value).__name__}")
    if hint is str and not isinstance(value, str):
        return str(value)
    if _is_model(hint):
        return conform_fields(value, hint, f"{where}.")
    return value


def _declares(hint: Any, document: Mapping[str, Any]) -> bool:
    if not _is_model(hint):
        return False
    fields = _field_types(hint)
    return all(_normalised(key) in fields for key in document)


def _has_shape(value: Any, hint: Any, id_like: bool) -> bool:
    origin = typing.get_origin(hint)
    if origin in (list, Sequence, tuple):
        return isinstance(value, list | tuple)
    if origin in (dict, Mapping):
        return isinstance(value, Mapping)
    return isinstance(hint, type) and _has_type(value, hint, id_like)


def _has_type(value: Any, hint: type, id_like: bool) -> bool:
    # bool is an int in Python, not in JSON: True must not pass for a number.
    if hint is bool:
        return isinstance(value, bool)
    if isinstance(value, bool):
        return issubclass(hint, Enum) and any(isinstance(m.value, bool) for m in hint)
    if hint is str:
        return isinstance(value, str) or (id_like and isinstance(value, int))
    if hint is int:
        return isinstance(value, int)
    if hint is float:
        return isinstance(value, int | float)
    if issubclass(hint, Enum):
        return any(_validation.json_type_matches(value, member.value) for member in hint)
    if issubclass(hint, datetime.date):
        return isinstance(value, str | datetime.date)
    if _is_model(hint):
        return isinstance(value, Mapping)
    return isinstance(value, hint)


def _describe(hint: Any) -> str:
    from pinterest_generated.types import Unset

    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "True or False",
        type(None): "null",
    }
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        described = [_describe(m) for m in typing.get_args(hint) if m is not Unset]
        return " or ".join(dict.fromkeys(described))
    if origin in (list, Sequence, tuple):
        return "a list"
    if origin in (dict, Mapping) or _is_model(hint):
        return "a dict"
    if isinstance(hint, type) and issubclass(hint, Enum):
        kinds = {_validation.json_type_name(member.value) for member in hint}
        return " or ".join(sorted(kinds))
    if isinstance(hint, type) and issubclass(hint, datetime.date):
        return "a date (YYYY-MM-DD text)"
    return names.get(hint, getattr(hint, "__name__", str(hint)))


def _enum_of(hint: Any) -> type[Enum] | None:
    """Give the Enum class `hint` is (alone or with None and Unset), or None."""
    from pinterest_generated.types import Unset

    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        found = [m for m in typing.get_args(hint) if m is not Unset and m is not type(None)]
        hint = found[0] if len(found) == 1 else None
    return hint if isinstance(hint, type) and issubclass(hint, Enum) else None


def _lists(enum_class: type[Enum] | None, value: Any) -> bool:
    return enum_class is not None and any(
        _validation.json_type_matches(value, m.value) and value == m.value for m in enum_class
    )


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and hasattr(hint, "from_dict") and hasattr(hint, "to_dict")


def _names_an_id(field: str) -> bool:
    return field == "id" or field.endswith(("_id", "_ids"))


def _normalised(name: str) -> str:
    """Give a field name in the one spelling the API's JSON key and the attribute share.

    The generator writes `type` as `type_`, `PRODUCT_TYPE_3` as `product_type_3` and
    `1200x` as `field_1200x`.
    """
    return re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("field_"))


@functools.cache
def _field_types(model_class: Any) -> dict[str, Any]:
    """Give the types of a generated model's fields, by normalised name."""
    import attrs

    hints = typing.get_type_hints(model_class, localns=_GeneratedModels())
    return {
        _normalised(field.name): hints.get(field.name, Any)
        for field in attrs.fields(model_class)
        if field.name != "additional_properties"
    }


class _GeneratedModels(Mapping[str, Any]):
    """The generated models by class name, imported on first use.

    Model modules import the models their annotations name only for type checkers; this
    namespace lets those annotations be read at run time.
    """

    def __getitem__(self, name: str) -> Any:
        import pinterest_generated.models

        try:
            return getattr(pinterest_generated.models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> typing.Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _holds(value: Any, message: str) -> bool:
    """Tell whether `message` quotes a value or a key found anywhere inside `value`."""
    if isinstance(value, Mapping):
        return any(repr(key) in message or _holds(item, message) for key, item in value.items())
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

    Raises:
        UnexpectedResponseError: the answer has no list of items, or a null item; `make`
            raises it too for an item without a usable id (see `answer_id`).
    """
    from pinterest._api import call

    page = call(client, operation, **without_none(**request))
    items = [make(item) for item in answer_items(page, f"{owner_name(owner)}.{method}")]
    bookmark = PinterestBaseModel._next_bookmark(
        getattr(page, "bookmark", None), owner, method, method_arguments, bookmark_client
    )
    return items, bookmark


def owner_name(owner: object) -> str:
    """Give the class name of a listing's owner (a class or one of its objects)."""
    return owner.__name__ if isinstance(owner, type) else type(owner).__name__


def answer_items(answer: Any, what: str, attribute: str | None = "items") -> list[Any]:
    """Give the list in `answer.<attribute>` (or `answer` itself when `attribute` is None).

    Raises:
        UnexpectedResponseError: there is no list, or it holds a null item: the answer cannot
            stand for the objects that `what` asked for.
    """
    from pinterest.utils.sdk_exceptions import UnexpectedResponseError

    items = answer if attribute is None else getattr(answer, attribute, None)
    if not isinstance(items, list):
        field = "its body" if attribute is None else f"{attribute!r}"
        raise UnexpectedResponseError(
            message=f"the answer to {what} holds no list in {field} ({type(items).__name__})"
        )
    if any(item is None for item in items):
        raise UnexpectedResponseError(message=f"the answer to {what} holds a null item")
    return items


def answer_id(item: Any, what: str) -> str:
    """Give the id of an object in an answer.

    Raises:
        UnexpectedResponseError: the object has no id that can name it (missing, null,
            empty, `..`, ...): a fault of the answer, not of the caller.
    """
    from pinterest.utils.sdk_exceptions import UnexpectedResponseError
    from pinterest_generated.types import Unset

    value = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
    try:
        if isinstance(value, Unset):
            raise TypeError
        return _validation.require_id("id", value)
    except (TypeError, ValueError):
        raise UnexpectedResponseError(
            message=f"the answer to {what} holds an object without a usable id: {value!r}"
        ) from None


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

    elements = [] if items is None or isinstance(items, Unset) else answer_items(items, what, None)
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
