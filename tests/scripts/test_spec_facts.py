"""spec_facts: the facts the templates need, read from tiny descriptions."""

from __future__ import annotations

from typing import Any

import jinja2

from scripts import spec_facts


def document(
    paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}, "parameters": {}},
    }


def array_parameter(name: str, **serialisation: Any) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "schema": {"type": "array", "items": {"type": "string"}},
        **serialisation,
    }


def test_only_non_exploded_array_query_parameters_get_a_separator() -> None:
    doc = document(
        {
            "/accounts/{ad_account_id}/analytics": {
                "parameters": [array_parameter("path_level", explode=False)],
                "get": {
                    "parameters": [
                        array_parameter("columns", explode=False),
                        array_parameter("piped", style="pipeDelimited", explode=False),
                        array_parameter("repeated"),
                        array_parameter("explicit", explode=True),
                        {
                            "name": "scalar",
                            "in": "query",
                            "explode": False,
                            "schema": {"type": "string"},
                        },
                    ]
                },
            }
        }
    )

    assert spec_facts.query_array_separators(doc) == {
        "GET /accounts/{ad_account_id}/analytics columns": ",",
        "GET /accounts/{ad_account_id}/analytics path_level": ",",
        "GET /accounts/{ad_account_id}/analytics piped": "|",
    }


def test_referenced_parameters_are_followed() -> None:
    doc = document({"/x": {"get": {"parameters": [{"$ref": "#/components/parameters/Cols"}]}}})
    doc["components"]["parameters"]["Cols"] = array_parameter("cols", explode=False)

    assert spec_facts.query_array_separators(doc) == {"GET /x cols": ","}


def test_discriminator_maps_explicit_and_implicit_values_to_class_names() -> None:
    member = {"type": "object", "properties": {"kind": {"type": "string"}}}
    doc = document(
        schemas={
            "retail_feed": member,
            "HotelFeed": member,
            "Feed": {
                "oneOf": [
                    {"$ref": "#/components/schemas/retail_feed"},
                    {"$ref": "#/components/schemas/HotelFeed"},
                ],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"RETAIL": "#/components/schemas/retail_feed"},
                },
            },
        }
    )

    assert spec_facts.discriminators(doc) == {
        "HotelFeed,RetailFeed": {
            "property": "kind",
            "classes": {"HotelFeed": "HotelFeed", "RETAIL": "RetailFeed"},
        }
    }


def test_unions_with_inline_members_are_left_to_the_parser() -> None:
    doc = document(
        schemas={
            "A": {"type": "object"},
            "U": {
                "oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "object"}],
                "discriminator": {"propertyName": "kind"},
            },
        }
    )

    assert spec_facts.discriminators(doc) == {}


def test_rendered_facts_load_as_jinja_and_are_deterministic() -> None:
    doc = document({"/x": {"get": {"parameters": [array_parameter("cols", explode=False)]}}})

    text = spec_facts.render(doc)
    environment = jinja2.Environment(loader=jinja2.DictLoader({"spec_facts.jinja": text}))
    facts = environment.from_string(
        '{% import "spec_facts.jinja" as f %}{{ f.query_array_separators["GET /x cols"] }}'
    )

    assert facts.render() == ","
    assert spec_facts.render(doc) == text


def test_escaped_schema_names_are_decoded() -> None:
    member = {"type": "object", "properties": {"kind": {"type": "string"}}}
    doc = document(
        schemas={
            "a/b": member,
            "C": member,
            "U": {
                "oneOf": [
                    {"$ref": "#/components/schemas/a~1b"},
                    {"$ref": "#/components/schemas/C"},
                ],
                "discriminator": {"propertyName": "kind"},
            },
        }
    )

    (fact,) = spec_facts.discriminators(doc).values()
    assert fact["property"] == "kind"
    assert set(fact["classes"]) == {"a/b", "C"}
