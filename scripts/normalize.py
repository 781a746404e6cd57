"""Rewrite an OpenAPI 3.0 description so openapi-python-client 0.29.1 generates a correct client.

Every transformation here works on the whole document and recognises a *construct*, never an
operation or schema by name. Each one keeps the meaning of the description: a payload that was
valid before is valid after, and the other way round. They exist because the generator
misreads or rejects constructs that are legal OpenAPI.

`normalize` runs them in a fixed order (T1, T2, T3, T4, T5, T4 again, T6a, T6, T7, T8) on a copy
of the document and reports how many sites each one changed:

    python -m scripts.normalize IN.json OUT.json

Each public transform function rewrites the document it is given in place and returns its counts.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case

__all__ = [
    "ANNOTATION_KEYWORDS",
    "FIELD_PREFIX",
    "HTTP_METHODS",
    "SCHEMAS_POINTER",
    "dereference",
    "flatten_clashing_all_of",
    "fold_annotation_members",
    "guard_module_collisions",
    "move_all_of_sibling_properties",
    "move_nullability_to_use_sites",
    "normalize",
    "resolve_parameter_aliases",
    "sanitize_operation_ids",
    "schema_key",
    "type_implicit_arrays",
    "use_component_keys_as_class_names",
]

JSONObject = dict[str, Any]
Counts = dict[str, int]

#: Keywords that describe a schema without constraining which values it accepts.
ANNOTATION_KEYWORDS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "xml",
        "nullable",
    }
)

#: The keys of a Path Item that hold an operation.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: The start of a reference to a component schema.
SCHEMAS_POINTER = "#/components/schemas/"
#: The generator's own default; it prefixes identifiers that would otherwise be invalid.
FIELD_PREFIX = "field_"
_MAX_FLATTEN_PASSES = 100


# --- Walking the document -------------------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    """A place in the document that holds a Schema Object (or a Reference to one)."""

    container: Any  # the dict or list holding the schema
    key: Any  # its key or index in `container`
    parent: JSONObject | None  # the schema owning `keyword`; None at document level
    keyword: str | None  # "properties", "items", "allOf", ...; None at document level

    @property
    def schema(self) -> Any:
        return self.container[self.key]

    def replace(self, schema: JSONObject) -> None:
        self.container[self.key] = schema


def _iter_schema_slots(document: JSONObject) -> Iterator[_Slot]:
    """Yield every schema slot of the document, outer schemas before the ones they contain.

    A slot's children are read only after the slot has been yielded, so a caller may rewrite or
    replace the schema at a slot and the walk continues into the new one.
    """
    for slot in _document_slots(document):
        yield from _walk(slot)


def _walk(slot: _Slot) -> Iterator[_Slot]:
    yield slot
    schema = slot.schema
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    for keyword, value in list(schema.items()):
        if keyword == "properties" and isinstance(value, dict):
            for name in list(value):
                yield from _walk(_Slot(value, name, schema, keyword))
        elif keyword in ("items", "additionalProperties", "not") and isinstance(value, dict):
            yield from _walk(_Slot(schema, keyword, schema, keyword))
        elif keyword in ("allOf", "oneOf", "anyOf") and isinstance(value, list):
            for index in range(len(value)):
                yield from _walk(_Slot(value, index, schema, keyword))


def _document_slots(document: JSONObject) -> Iterator[_Slot]:
    components = document.get("components", {})
    schemas = components.get("schemas", {})
    for name in list(schemas):
        yield _Slot(schemas, name, None, None)
    for parameter in components.get("parameters", {}).values():
        yield from _parameter_slots(parameter)
    for header in components.get("headers", {}).values():
        yield from _parameter_slots(header)
    for body in components.get("requestBodies", {}).values():
        yield from _content_slots(body)
    for response in components.get("responses", {}).values():
        yield from _response_slots(response)
    for callback in components.get("callbacks", {}).values():
        yield from _callback_slots(callback)
    for path_item in document.get("paths", {}).values():
        yield from _path_item_slots(path_item)


def _parameter_slots(parameter: JSONObject) -> Iterator[_Slot]:
    if "$ref" in parameter:
        return
    if "schema" in parameter:
        yield _Slot(parameter, "schema", None, None)
    yield from _content_slots(parameter)


def _content_slots(holder: JSONObject) -> Iterator[_Slot]:
    if "$ref" in holder:
        return
    for media_type in holder.get("content", {}).values():
        if "schema" in media_type:
            yield _Slot(media_type, "schema", None, None)


def _response_slots(response: JSONObject) -> Iterator[_Slot]:
    if "$ref" in response:
        return
    yield from _content_slots(response)
    for header in response.get("headers", {}).values():
        yield from _parameter_slots(header)


def _callback_slots(callback: JSONObject) -> Iterator[_Slot]:
    if "$ref" in callback:
        return
    for path_item in callback.values():
        yield from _path_item_slots(path_item)


def _path_item_slots(path_item: JSONObject) -> Iterator[_Slot]:
    if "$ref" in path_item:
        return
    for parameter in path_item.get("parameters", []):
        yield from _parameter_slots(parameter)
    for operation in _operations_of(path_item):
        for parameter in operation.get("parameters", []):
            yield from _parameter_slots(parameter)
        if "requestBody" in operation:
            yield from _content_slots(operation["requestBody"])
        for response in operation.get("responses", {}).values():
            yield from _response_slots(response)
        for callback in operation.get("callbacks", {}).values():
            yield from _callback_slots(callback)


def _operations_of(path_item: JSONObject) -> Iterator[JSONObject]:
    for method in HTTP_METHODS:
        operation = path_item.get(method)
        if isinstance(operation, dict):
            yield operation


def _iter_operations(document: JSONObject) -> Iterator[JSONObject]:
    """Yield every Operation Object, including those of callbacks."""

    def from_path_item(path_item: JSONObject) -> Iterator[JSONObject]:
        if "$ref" in path_item:
            return
        for operation in _operations_of(path_item):
            yield operation
            for callback in operation.get("callbacks", {}).values():
                if "$ref" not in callback:
                    for nested in callback.values():
                        yield from from_path_item(nested)

    for path_item in document.get("paths", {}).values():
        yield from from_path_item(path_item)
    for callback in document.get("components", {}).get("callbacks", {}).values():
        if "$ref" not in callback:
            for path_item in callback.values():
                yield from from_path_item(path_item)


# --- References -----------------------------------------------------------------------------


def _escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _resolve(document: Mapping[str, Any], ref: str) -> Any:
    """Return the value a local `$ref` points to; raise `ValueError` for any other reference."""
    if not ref.startswith("#"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    node: Any = document
    for token in ref[1:].split("/")[1:]:
        token = _unescape_pointer_token(token)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def dereference(document: Mapping[str, Any], schema: Any) -> Any:
    """Follow a chain of local `$ref`s to the object it ends in (a schema, a parameter, ...).

    Raises:
        ValueError: the chain runs in a cycle, or leaves the document.
    """
    seen: set[str] = set()
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            raise ValueError(f"reference cycle through {ref!r}")
        seen.add(ref)
        schema = _resolve(document, ref)
    return schema


def schema_key(ref: str) -> str | None:
    """Give the component key a `#/components/schemas/...` reference names, None for another."""
    if not ref.startswith(SCHEMAS_POINTER) or "/" in ref.removeprefix(SCHEMAS_POINTER):
        return None
    return _unescape_pointer_token(ref.removeprefix(SCHEMAS_POINTER))


def _declared_type(document: JSONObject, schema: Any, seen: frozenset[str] = frozenset()) -> Any:
    """Return the `type` a schema asserts, directly, through `$ref`s or through an allOf member."""
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            return None
        return _declared_type(document, _resolve(document, ref), seen | {ref})
    if "type" in schema:
        return schema["type"]
    for member in schema.get("allOf", []):
        member_type = _declared_type(document, member, seen)
        if member_type is not None:
            return member_type
    return None


def _is_reference(schema: Any) -> bool:
    return isinstance(schema, dict) and isinstance(schema.get("$ref"), str)


def _is_single_ref_wrapper(schema: Any) -> bool:
    """Whether a schema is only `allOf: [<one $ref>]` plus annotations and a `type`."""
    if not isinstance(schema, dict):
        return False
    members = schema.get("allOf")
    return (
        isinstance(members, list)
        and len(members) == 1
        and _is_reference(members[0])
        and set(schema) <= ANNOTATION_KEYWORDS | {"type", "allOf"}
    )


# --- T1 -------------------------------------------------------------------------------------


def resolve_parameter_aliases(document: JSONObject) -> Counts:
    """Replace component parameters that are only a `$ref` by a copy of the parameter they name.

    Construct: `components.parameters.A: {"$ref": "#/components/parameters/B"}`.
    Generator: 0.29.1 rejects such an entry with "Reference parameters are not supported", a
    warning that fails `--fail-on-warning`. Operations that `$ref` a component parameter are fine
    and are left alone.
    Meaning: a Reference Object stands for its target, so a copy of the target is the same
    parameter. Chains of aliases are followed to their end.
    """
    parameters = document.get("components", {}).get("parameters", {})
    resolved = 0
    for name in list(parameters):
        if not _is_reference(parameters[name]):
            continue
        parameters[name] = copy.deepcopy(dereference(document, parameters[name]))
        resolved += 1
    return {"parameter_aliases": resolved}


# --- T2 -------------------------------------------------------------------------------------


def use_component_keys_as_class_names(document: JSONObject) -> Counts:
    """Make every component schema's class name come from its key, not from a `title`.

    Construct: (a) `title` on a schema directly under `components.schemas`; (b) `title` on an
    inline member of a component's own `oneOf`/`anyOf` (at any depth of that chain) or on the
    inline `items` of an array component.
    Generator: a component's `title` replaces its key as the class name, without any prefix.
    Titles repeat across components, so models clash ("duplicate models"), and a title that
    differs from a key only by case (`COUNTRY`/`Country`) overwrites another module. Inline
    members of a component's composition are named by their bare title as well.
    Rewrite: (a) delete the title; (b) replace it with `<ComponentKey><PascalCase(title)>`, which
    is unique because component keys are (a title that already starts with the key stays).
    Meaning: `title` is an annotation; no value is accepted or rejected because of it.
    """
    schemas = document.get("components", {}).get("schemas", {})
    dropped = 0
    qualified = 0
    for key, schema in schemas.items():
        if not isinstance(schema, dict) or _is_reference(schema):
            continue
        if "title" in schema:
            del schema["title"]
            dropped += 1
        qualified += _qualify_composition_titles(key, schema)
        items = schema.get("items")
        if schema.get("type") == "array" and isinstance(items, dict) and not _is_reference(items):
            qualified += _qualify_title(key, items)
            qualified += _qualify_composition_titles(key, items)
    return {"titles_dropped": dropped, "inline_titles_qualified": qualified}


def _qualify_title(component_key: str, schema: JSONObject) -> int:
    title = schema.get("title")
    # A title that already starts with the key is qualified; this keeps T2 idempotent.
    if not isinstance(title, str) or title.startswith(component_key):
        return 0
    schema["title"] = f"{component_key}{pascal_case(title)}"
    return 1


def _qualify_composition_titles(component_key: str, schema: JSONObject) -> int:
    qualified = 0
    for keyword in ("oneOf", "anyOf"):
        for member in schema.get(keyword, []):
            if isinstance(member, dict) and not _is_reference(member):
                qualified += _qualify_title(component_key, member)
                qualified += _qualify_composition_titles(component_key, member)
    return qualified


# --- T3 -------------------------------------------------------------------------------------


def type_implicit_arrays(document: JSONObject) -> Counts:
    """Add `type: array` to every schema that has `items` but no `type`.

    Construct: `{"description": "Pins", "items": {"$ref": ...}}`.
    Generator: without `type` the schema becomes `Any`, so the list and its item class are lost.
    Meaning: kept for every payload this API exchanges: `items` only constrains arrays, and a
    schema carrying `items` is documented as a list. Strictly, the untyped schema also accepted
    non-array values; the added `type` says what the description means.
    """
    typed = 0
    for slot in _iter_schema_slots(document):
        schema = slot.schema
        if isinstance(schema, dict) and "items" in schema and "type" not in schema:
            if _is_reference(schema):
                continue
            slot.replace({"type": "array", **schema})
            typed += 1
    return {"arrays_typed": typed}


# --- T4 -------------------------------------------------------------------------------------


def fold_annotation_members(document: JSONObject) -> Counts:
    """Fold allOf members that only annotate into their parent, and drop redundant wrapper types.

    Construct: `allOf: [{"$ref": Enum}, {"default": "ACTIVE"}]`, i.e. an inline member holding
    only annotation keywords, optionally with a `type` that another member or the parent already
    asserts.
    Generator: it treats every allOf as a model, so a member that is not an object fails with
    "Cannot take allOf a non-object", or, when the parent says `type: string`, silently turns an
    enum into `str` and loses the default.
    Rewrite: remove such members and copy their keywords onto the parent where it lacks them.
    `nullable` is never copied (allOf is an intersection, one member admitting null does not make
    the whole admit null), nor `type` (already asserted) or `title` (class names are settled by
    T2). Then, for every single-`$ref` wrapper (annotations, `type` and `allOf: [$ref]` only),
    delete the wrapper's `type` when the target declares the same type: the generator passes
    such a wrapper straight through to its target and ignores its `nullable` unless `type` is
    absent.
    Meaning: annotations do not constrain values, and a `type` already asserted by another
    member of the intersection (or by the parent) adds nothing.
    """
    folded = 0
    types_dropped = 0
    for slot in _iter_schema_slots(document):
        schema = slot.schema
        if not isinstance(schema, dict) or _is_reference(schema):
            continue
        if isinstance(schema.get("allOf"), list):
            folded += _fold_members(document, schema)
        if (
            _is_single_ref_wrapper(schema)
            and "type" in schema
            and schema["type"] == _declared_type(document, schema["allOf"][0])
        ):
            del schema["type"]
            types_dropped += 1
    return {"members_folded": folded, "wrapper_types_dropped": types_dropped}


def _is_annotation_member(member: Any) -> bool:
    return (
        isinstance(member, dict)
        and not _is_reference(member)
        and set(member) <= ANNOTATION_KEYWORDS | {"type"}
    )


def _fold_members(document: JSONObject, schema: JSONObject) -> int:
    members: list[Any] = schema["allOf"]
    remaining = [member for member in members if not _is_annotation_member(member)]
    if not remaining or len(remaining) == len(members):
        return 0
    asserted_types = {schema.get("type")}
    asserted_types.update(_declared_type(document, member) for member in remaining)
    asserted_types.discard(None)

    kept: list[Any] = []
    folded = 0
    for member in members:
        foldable = _is_annotation_member(member) and (
            "type" not in member or member["type"] in asserted_types
        )
        if not foldable:
            kept.append(member)
            continue
        for keyword, value in member.items():
            if keyword not in ("nullable", "type", "title") and keyword not in schema:
                schema[keyword] = copy.deepcopy(value)
        folded += 1
    schema["allOf"] = kept
    return folded


# --- T5 -------------------------------------------------------------------------------------


def move_nullability_to_use_sites(document: JSONObject) -> Counts:
    """Make class-producing components non-nullable and mark each place that uses them nullable.

    Construct: a component with `nullable: true` that the generator turns into a class (an
    object, a schema with `properties`, an allOf of objects, or an `enum`; not a single-`$ref`
    wrapper, which it passes through to the target).
    Generator: it renders such a component as a union `X_type_0 | None` and no class `X`, so an
    allOf that uses it fails ("Cannot take allOf a non-object"), and an inline object inside it
    is processed twice ("duplicate models"), leaving dangling imports.
    Rewrite: drop `nullable` from the component (and `null` from its enum). Each use site
    `{"$ref": X}` becomes `{"allOf": [{"$ref": X}], "nullable": true}`, keeping its annotation
    siblings. Exceptions: (i) a `$ref` inside an allOf that is not a pure single-`$ref` wrapper is
    left alone, because the intersection's own nullability decides; (ii) when the `$ref` is the
    only member of a pure wrapper, the wrapper gets `nullable: true` (unless it says
    `nullable: false`) and loses its redundant `type`. T5b: a `$ref` with a sibling
    `nullable: true` is wrapped the same way whatever its target, since OAS 3.0 (and the
    generator) would otherwise ignore that sibling. A sibling `nullable: false` is honoured the
    same way, so such a site stays non-nullable.
    Meaning: `X | null` at every use is exactly the old nullable `X`.
    """
    schemas = document.get("components", {}).get("schemas", {})
    targets: set[str] = set()
    for key, schema in schemas.items():
        nullable = isinstance(schema, dict) and schema.get("nullable") is True
        if nullable and _produces_class(document, schema):
            del schema["nullable"]
            if isinstance(schema.get("enum"), list):
                schema["enum"] = [value for value in schema["enum"] if value is not None]
            targets.add(SCHEMAS_POINTER + _escape_pointer_token(key))

    wrapped = 0
    wrappers = 0
    for slot in list(_iter_schema_slots(document)):
        site = slot.schema
        if not _is_reference(site):
            continue
        nullable_sibling = site.get("nullable")
        if site["$ref"] not in targets and nullable_sibling is not True:
            continue
        if slot.keyword == "allOf":
            if _is_single_ref_wrapper(slot.parent) and _make_wrapper_nullable(
                document, slot.parent
            ):
                wrappers += 1
            continue
        if nullable_sibling is False:
            continue
        slot.replace(_nullable_wrapper(site))
        wrapped += 1
    return {
        "components": len(targets),
        "sites_wrapped": wrapped,
        "wrappers_made_nullable": wrappers,
    }


def _produces_class(document: JSONObject, schema: JSONObject) -> bool:
    if _is_single_ref_wrapper(schema):
        # The generator passes a wrapper through to its target, or makes it a union.
        return False
    if schema.get("type") == "object" or "properties" in schema:
        return True
    if isinstance(schema.get("enum"), list):
        return True
    members = schema.get("allOf")
    return (
        isinstance(members, list)
        and bool(members)
        and all(_is_object(document, member) for member in members)
    )


def _is_object(document: JSONObject, schema: Any) -> bool:
    target = dereference(document, schema)
    if not isinstance(target, dict):
        return False
    return _declared_type(document, target) == "object" or (
        "type" not in target and "properties" in target
    )


def _make_wrapper_nullable(document: JSONObject, wrapper: Any) -> bool:
    if wrapper.get("nullable") is False:
        return False
    changed = False
    if wrapper.get("nullable") is not True:
        wrapper["nullable"] = True
        changed = True
    if "type" in wrapper and wrapper["type"] == _declared_type(document, wrapper["allOf"][0]):
        del wrapper["type"]
        changed = True
    return changed


def _nullable_wrapper(site: JSONObject) -> JSONObject:
    # Only annotations survive: other siblings of a `$ref` (`type`, `required`, `title`, ...) are
    # ignored by OAS 3.0, and a `type` would make the generator ignore the new `nullable`.
    wrapper: JSONObject = {}
    for keyword, value in site.items():
        if keyword == "$ref":
            wrapper["allOf"] = [{"$ref": value}]
        elif keyword in ANNOTATION_KEYWORDS and keyword not in ("title", "nullable"):
            wrapper[keyword] = value
    wrapper["nullable"] = True
    return wrapper


# --- T6a ------------------------------------------------------------------------------------


def move_all_of_sibling_properties(document: JSONObject) -> Counts:
    """Move a schema's own `properties`/`required` next to an `allOf` into a new allOf member.

    Construct: `{"type": "object", "allOf": [{"$ref": Base}], "properties": {...}}`.
    Generator: an allOf with a single `$ref` is passed straight through to that reference, and
    the schema's own properties are dropped (`Board` would become `BoardBase`).
    Rewrite: append `{"type": "object", "properties": ..., "required": ...}` to the allOf and
    give the parent `type: object` if it has no type. An `additionalProperties` or
    `patternProperties` of the parent moves along, because in JSON Schema it only looks at the
    `properties` next to it.
    Meaning: sibling keywords and allOf members all apply to the same value, so the conjunction
    is unchanged.
    """
    moved = 0
    for slot in _iter_schema_slots(document):
        schema = slot.schema
        if not isinstance(schema, dict) or not isinstance(schema.get("allOf"), list):
            continue
        if "properties" not in schema and "required" not in schema:
            continue
        member: JSONObject = {"type": "object"}
        for keyword in ("properties", "required", "additionalProperties", "patternProperties"):
            if keyword in schema:
                member[keyword] = schema.pop(keyword)
        schema["allOf"].append(member)
        if "type" not in schema:
            slot.replace({"type": "object", **schema})
        moved += 1
    return {"properties_moved": moved}


# --- T6 -------------------------------------------------------------------------------------

_FLATTENABLE_KEYWORDS = ANNOTATION_KEYWORDS | {"type", "properties", "required", "allOf"}


def flatten_clashing_all_of(document: JSONObject) -> Counts:
    """Replace each allOf of objects whose members declare the same property by one object.

    Construct: `allOf: [{"$ref": Paginated}, {"properties": {"items": <narrower schema>}}]`, in
    general any allOf of two or more object members where one property name is declared by two
    members (following `$ref`s and nested allOfs).
    Generator: `merge_properties` keeps the *first* definition (`items: list[PaginatedItemsItem]`
    instead of `list[AdGroupResponse]`) or fails when the two differ in nullability or kind.
    Rewrite: one object schema with the ordered union of the properties and the union of
    `required`. On a clash a free-form definition (annotations only, `{type: object}` without
    properties, or an array of those) loses to a concrete one; otherwise the later member wins.
    The parent's other keywords stay. Repeated until nothing changes.
    Meaning: for a free-form definition the concrete one *is* the intersection; for two concrete
    ones the later member is, in OpenAPI practice, the narrowing (string -> enum, nullable ->
    non-null), which is the intersection too. Sites are skipped where flattening could widen the
    schema: a member that is not a plain object (other keywords such as `oneOf`, `not` or
    `additionalProperties`), or members that all admit null.
    """
    flattened = 0
    for _ in range(_MAX_FLATTEN_PASSES):
        changed = 0
        for slot in _iter_schema_slots(document):
            schema = slot.schema
            if isinstance(schema, dict) and not _is_reference(schema):
                changed += _flatten(document, schema)
        if not changed:
            return {"all_of_flattened": flattened}
        flattened += changed
    raise ValueError("allOf flattening did not reach a fixed point")


def _flatten(document: JSONObject, schema: JSONObject) -> int:
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) < 2:
        return 0
    if schema.get("type", "object") != "object":
        return 0
    parts: list[tuple[JSONObject, list[str]]] = []
    for member in members:
        part = _collect_object(document, member, frozenset())
        if part is None:
            return 0
        parts.append(part)
    if all(dereference(document, member).get("nullable") is True for member in members):
        return 0
    if "properties" in schema or "required" in schema:
        parts.append((schema.get("properties", {}), schema.get("required", [])))

    declared: set[str] = set()
    clash = False
    for properties, _required in parts:
        if declared & set(properties):
            clash = True
        declared |= set(properties)
    if not clash:
        return 0

    merged: JSONObject = {}
    required: list[str] = []
    for properties, member_required in parts:
        _merge_properties(merged, required, properties, member_required)

    rewritten: JSONObject = {} if "type" in schema else {"type": "object"}
    for keyword, value in schema.items():
        if keyword == "allOf":
            rewritten["properties"] = copy.deepcopy(merged)
            if required:
                rewritten["required"] = required
        elif keyword not in ("properties", "required"):
            rewritten[keyword] = value
    schema.clear()
    schema.update(rewritten)
    return 1


def _collect_object(
    document: JSONObject, schema: Any, seen: frozenset[str]
) -> tuple[JSONObject, list[str]] | None:
    """Return the properties and required names of a plain object schema, or None if it is not."""
    if _is_reference(schema):
        ref = schema["$ref"]
        if ref in seen:
            return None
        return _collect_object(document, _resolve(document, ref), seen | {ref})
    if not isinstance(schema, dict) or not set(schema) <= _FLATTENABLE_KEYWORDS:
        return None
    if schema.get("type", "object") != "object":
        return None
    if "type" not in schema and "properties" not in schema and "allOf" not in schema:
        return None
    properties: JSONObject = {}
    required: list[str] = []
    for member in schema.get("allOf", []):
        part = _collect_object(document, member, seen)
        if part is None:
            return None
        _merge_properties(properties, required, *part)
    _merge_properties(
        properties, required, schema.get("properties", {}), schema.get("required", [])
    )
    return properties, required


def _merge_properties(
    merged: JSONObject, required: list[str], properties: JSONObject, member_required: list[str]
) -> None:
    for name, definition in properties.items():
        if name in merged and _is_free_form(definition) and not _is_free_form(merged[name]):
            continue
        merged[name] = definition
    for name in member_required:
        if name not in required:
            required.append(name)


def _is_free_form(schema: Any) -> bool:
    """Whether a property definition says nothing about its value beyond "object" or "array"."""
    if not isinstance(schema, dict) or _is_reference(schema):
        return False
    constraints = set(schema) - ANNOTATION_KEYWORDS
    if not constraints:
        return True
    if schema.get("type") == "object" and constraints <= {"type", "additionalProperties"}:
        return schema.get("additionalProperties", True) in (True, {})
    if schema.get("type") == "array" and constraints <= {"type", "items"}:
        return "items" not in schema or _is_free_form(schema["items"])
    return False


# --- T7 -------------------------------------------------------------------------------------

_OPERATION_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_]+")


def sanitize_operation_ids(document: JSONObject) -> Counts:
    """Replace each run of characters outside `[A-Za-z0-9_]` in operationIds with `_`.

    Construct: `operationId: "ad_groups/list"`.
    Generator: it deletes the `/`, giving the module `ad_groupslist` and the model
    `AdGroupslistResponse200`.
    Rewrite: `ad_groups_list`. Link Objects that name an operationId follow. Raises `ValueError`
    when two operationIds would become equal.
    Meaning: an operationId only identifies an operation; it is not sent on the wire.
    """
    renames: dict[str, str] = {}
    owners: dict[str, str] = {}
    for operation in _iter_operations(document):
        original = operation.get("operationId")
        if not isinstance(original, str):
            continue
        sanitized = _OPERATION_ID_UNSAFE.sub("_", original)
        if sanitized in owners:
            raise ValueError(
                f"operationIds {owners[sanitized]!r} and {original!r} both become {sanitized!r}"
            )
        owners[sanitized] = original
        if sanitized != original:
            operation["operationId"] = sanitized
            renames[original] = sanitized
    for link in _iter_links(document):
        if link.get("operationId") in renames:
            link["operationId"] = renames[link["operationId"]]
    return {"operation_ids": len(renames)}


def _iter_links(document: JSONObject) -> Iterator[JSONObject]:
    components = document.get("components", {})
    responses: list[Any] = list(components.get("responses", {}).values())
    for operation in _iter_operations(document):
        responses.extend(operation.get("responses", {}).values())
    yield from components.get("links", {}).values()
    for response in responses:
        if isinstance(response, dict) and "$ref" not in response:
            yield from response.get("links", {}).values()


# --- T8 -------------------------------------------------------------------------------------


def _module_name(component_key: str) -> str:
    # Mirrors `Class.from_string` in openapi_python_client.parser.properties.schemas.
    class_name = ClassName(component_key.rsplit("/", maxsplit=1)[-1], FIELD_PREFIX)
    return str(PythonIdentifier(class_name, FIELD_PREFIX))


def guard_module_collisions(document: JSONObject) -> Counts:
    """Rename component schemas whose generated module name repeats an earlier one.

    Construct: two component keys with the same snake_case(PascalCase(key)), such as `VLAN` and
    `Vlan`, or `Foo_bar` and `FooBar`.
    Generator: both classes are written to one module, and the later silently overwrites the
    earlier, so `models/__init__` fails to import.
    Rewrite: the later key becomes `<Key><N>` with the smallest N >= 2 whose module is free, and
    every `$ref` (and discriminator mapping) to it follows. Run after T2, when keys alone decide
    class names.
    Meaning: component keys are internal names; renaming a key together with all references to
    it changes no payload.
    """
    components = document.get("components", {})
    schemas = components.get("schemas", {})
    taken: set[str] = set()
    keys = set(schemas)
    renames: dict[str, str] = {}
    for key in schemas:
        module = _module_name(key)
        if module not in taken:
            taken.add(module)
            continue
        suffix = 2
        while f"{key}{suffix}" in keys or _module_name(f"{key}{suffix}") in taken:
            suffix += 1
        renamed = f"{key}{suffix}"
        renames[key] = renamed
        keys.add(renamed)
        taken.add(_module_name(renamed))
    if not renames:
        return {"schemas_renamed": 0}

    components["schemas"] = {renames.get(key, key): schema for key, schema in schemas.items()}
    pointers = {
        SCHEMAS_POINTER + _escape_pointer_token(old): SCHEMAS_POINTER + _escape_pointer_token(new)
        for old, new in renames.items()
    }
    for slot in _iter_schema_slots(document):
        schema = slot.schema
        if not isinstance(schema, dict):
            continue
        if _is_reference(schema):
            schema["$ref"] = _renamed_pointer(schema["$ref"], pointers)
        mapping = schema.get("discriminator", {}).get("mapping", {})
        for value, target in mapping.items():
            mapping[value] = renames.get(target, _renamed_pointer(target, pointers))
    return {"schemas_renamed": len(renames)}


def _renamed_pointer(ref: str, pointers: dict[str, str]) -> str:
    for old, new in pointers.items():
        if ref == old or ref.startswith(old + "/"):
            return new + ref[len(old) :]
    return ref


# --- Entry points ---------------------------------------------------------------------------

# --- T9 -------------------------------------------------------------------------------------

OPEN_OBJECT_NOTE = "Any value: the description allows fields it does not list."


def mark_explicitly_open_objects(document: JSONObject) -> Counts:
    """Turn `additionalProperties: true` into an explicit any-value schema.

    Construct: an object that says `additionalProperties: true` (an analytics row, whose metric
    columns are fields the description cannot list).
    Generator: it reads `true` exactly as it reads a missing `additionalProperties`, so the
    templates cannot tell an object that invites unknown fields from one that merely does not
    forbid them, and strict parsing would reject every metric column.
    Meaning: kept: a schema with only a description accepts any value, as `true` does.
    """
    marked = 0
    for slot in _iter_schema_slots(document):
        schema = slot.schema
        if isinstance(schema, dict) and schema.get("additionalProperties") is True:
            schema["additionalProperties"] = {"description": OPEN_OBJECT_NOTE}
            marked += 1
    return {"open_objects_marked": marked}


_STEPS: tuple[tuple[str, Callable[[JSONObject], Counts]], ...] = (
    ("T1", resolve_parameter_aliases),
    ("T2", use_component_keys_as_class_names),
    ("T3", type_implicit_arrays),
    ("T4", fold_annotation_members),
    ("T5", move_nullability_to_use_sites),
    # T5 creates single-`$ref` wrappers and un-nullable targets that T4 can now simplify.
    ("T4_rerun", fold_annotation_members),
    ("T6a", move_all_of_sibling_properties),
    ("T6", flatten_clashing_all_of),
    ("T7", sanitize_operation_ids),
    ("T8", guard_module_collisions),
    ("T9", mark_explicitly_open_objects),
)


def normalize(document: JSONObject) -> tuple[JSONObject, Counts]:
    """Return a normalised copy of an OpenAPI 3.0 document and the sites changed per transform.

    The input is not modified. The output is deterministic: the same input gives the same
    document with the same key order. Report keys are `<step>_<what>`, e.g. `T6_all_of_flattened`.
    """
    normalized = copy.deepcopy(document)
    report: Counts = {}
    for step, transform in _STEPS:
        for what, count in transform(normalized).items():
            report[f"{step}_{what}"] = count
    return normalized, report


def main(argv: list[str]) -> int:
    """Normalise the description at argv[0] into argv[1], print the report, give the exit code."""
    if len(argv) != 2:
        print("usage: python -m scripts.normalize IN.json OUT.json", file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    normalized, report = normalize(json.loads(source.read_text(encoding="utf-8")))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(normalized, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    width = max(len(name) for name in report)
    for name, count in report.items():
        print(f"{name:<{width}}  {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
