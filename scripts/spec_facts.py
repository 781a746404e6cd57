"""Facts about the description that the templates need but the generator does not pass on.

openapi-python-client hands the templates parsed `Property` objects, and those have lost two
things the generated client needs at run time:

* the serialisation of query parameters (`style`, `explode`): an array parameter with
  `explode: false` must be sent as one delimited value (`columns=SPEND_IN_DOLLAR,IMPRESSION`),
  not repeated (`columns=SPEND_IN_DOLLAR&columns=IMPRESSION`);
* the `discriminator` of a `oneOf` / `anyOf`: without it the generated parser tries the members
  in order and keeps the first one that does not fail, so the answer depends on member order.

`render(doc)` reads both from the (normalised) description and returns the text of a Jinja
template, `spec_facts.jinja`, made only of top-level `{% set %}` statements. Templates read it
with `{% import "spec_facts.jinja" as facts %}`:

* `facts.query_array_separators`: `"METHOD /path name"` -> the separator that joins the items of
  an array query parameter that is not exploded (`","` for `style: form`, `" "` for
  `spaceDelimited`, `"|"` for `pipeDelimited`). The path is written the way the generator
  stores it in `endpoint.path`: every `{name}` is replaced by its Python identifier.
* `facts.discriminators`: the member class names of a discriminated union, sorted and joined
  with `","` -> `{"property": <propertyName>, "classes": {<value>: <class name>}}`. The values
  are the explicit `mapping` plus, for members the mapping does not name, the schema name
  itself, as the OpenAPI specification defines. Class names are computed as the generator
  computes them for a component (`ClassName(title or key)`), so the key matches the classes of
  the union property the generator builds. A union whose members are not all component
  references is left out, and so is a member set that two discriminators describe differently:
  the parser then keeps its try-each-member behaviour.

The output depends only on the document (keys are sorted), and names no operation or schema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from scripts.normalize import FIELD_PREFIX, HTTP_METHODS, dereference, schema_key

SEPARATOR_BY_STYLE = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
_PATH_PARAMETER = re.compile(r"\{([^}]+)\}")


def render(doc: Mapping[str, Any]) -> str:
    """Return the text of `spec_facts.jinja` for the description `doc`."""
    lines = [
        "{# Facts read from the OpenAPI description by scripts/spec_facts.py. Do not edit. #}",
        _set_statement("query_array_separators", query_array_separators(doc)),
        _set_statement("discriminators", discriminators(doc)),
    ]
    return "\n".join(lines) + "\n"


def query_array_separators(doc: Mapping[str, Any]) -> dict[str, str]:
    """Map `"METHOD /path name"` to the separator of each non-exploded array query parameter."""
    separators: dict[str, str] = {}
    for path, path_item in doc.get("paths", {}).items():
        shared = [dereference(doc, p) for p in path_item.get("parameters", [])]
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, Mapping):
                continue
            own = [dereference(doc, p) for p in operation.get("parameters", [])]
            for parameter in _effective_parameters(shared, own):
                separator = _query_array_separator(doc, parameter)
                if separator is not None:
                    key = f"{method.upper()} {_generator_path(path)} {parameter['name']}"
                    separators[key] = separator
    return dict(sorted(separators.items()))


def discriminators(doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Map the sorted member class names of each discriminated union to how to pick a member."""
    schemas = doc.get("components", {}).get("schemas", {})
    found: dict[str, dict[str, Any]] = {}
    conflicting: set[str] = set()
    for schema in _walk_schemas(doc):
        fact = _discriminator_fact(schema, schemas)
        if fact is None:
            continue
        key, value = fact
        if key in found and found[key] != value:
            conflicting.add(key)
        found.setdefault(key, value)
    return {key: found[key] for key in sorted(found) if key not in conflicting}


def _discriminator_fact(
    schema: Mapping[str, Any], schemas: Mapping[str, Any]
) -> tuple[str, dict[str, Any]] | None:
    discriminator = schema.get("discriminator")
    members = schema.get("oneOf") or schema.get("anyOf")
    if not isinstance(discriminator, Mapping) or not isinstance(members, list) or not members:
        return None
    member_keys = []
    for member in members:
        ref = member.get("$ref") if isinstance(member, Mapping) else None
        key = schema_key(ref) if isinstance(ref, str) else None
        if key is None:
            return None
        member_keys.append(key)
    class_by_key = {key: _component_class_name(key, schemas) for key in member_keys}

    classes: dict[str, str] = {}
    mapped_keys = set()
    for value, target in (discriminator.get("mapping") or {}).items():
        # A mapping value is a reference, or the bare name of a component schema.
        target_key = schema_key(target) or target
        if target_key in class_by_key:
            classes[str(value)] = class_by_key[target_key]
            mapped_keys.add(target_key)
    for key in member_keys:
        if key not in mapped_keys:
            classes.setdefault(key, class_by_key[key])

    union_key = ",".join(sorted(set(class_by_key.values())))
    fact = {"property": discriminator["propertyName"], "classes": dict(sorted(classes.items()))}
    return union_key, fact


def _component_class_name(key: str, schemas: Mapping[str, Any]) -> str:
    # The generator names a component's class after its title when it has one, else its key.
    schema = schemas.get(key, {})
    title = schema.get("title") if isinstance(schema, Mapping) else None
    return str(ClassName(title or key, FIELD_PREFIX))


def _walk_schemas(node: Any) -> Iterator[Mapping[str, Any]]:
    # Every mapping in the document is visited; only those with a discriminator are used.
    if isinstance(node, Mapping):
        yield node
        for value in node.values():
            yield from _walk_schemas(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk_schemas(item)


def _effective_parameters(
    shared: list[Mapping[str, Any]], own: list[Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    # An operation's parameter overrides a path-level one with the same name and location.
    by_identity = {(p.get("name"), p.get("in")): p for p in shared}
    by_identity.update({(p.get("name"), p.get("in")): p for p in own})
    return list(by_identity.values())


def _query_array_separator(doc: Mapping[str, Any], parameter: Mapping[str, Any]) -> str | None:
    if parameter.get("in") != "query" or "content" in parameter:
        return None
    style = parameter.get("style", "form")
    explode = parameter.get("explode", style == "form")
    if explode or style not in SEPARATOR_BY_STYLE:
        return None
    if _schema_type(dereference(doc, parameter.get("schema", {}))) != "array":
        return None
    return SEPARATOR_BY_STYLE[style]


def _schema_type(schema: Mapping[str, Any]) -> str | None:
    schema_type = schema.get("type")
    if schema_type is None and "items" in schema:
        return "array"
    return schema_type if isinstance(schema_type, str) else None


def _generator_path(path: str) -> str:
    # The generator rewrites `{name}` in `endpoint.path` to `{python_name}`.
    return _PATH_PARAMETER.sub(
        lambda match: "{" + PythonIdentifier(match.group(1), FIELD_PREFIX) + "}", path
    )


def _set_statement(name: str, value: object) -> str:
    # JSON with ASCII escapes is also a valid Jinja literal (no true/false/null is emitted).
    return "{% set " + name + " = " + json.dumps(value, sort_keys=True, ensure_ascii=True) + " %}"
