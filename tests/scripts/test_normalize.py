"""Each transform of `scripts.normalize` on a description small enough to read in full."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from scripts.normalize import (
    flatten_clashing_all_of,
    fold_annotation_members,
    guard_module_collisions,
    main,
    move_all_of_sibling_properties,
    move_nullability_to_use_sites,
    normalize,
    resolve_parameter_aliases,
    sanitize_operation_ids,
    type_implicit_arrays,
    use_component_keys_as_class_names,
)

REF = "#/components/schemas/"


def ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def document(schemas: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": extra.pop("paths", {}),
        "components": {"schemas": schemas or {}, **extra},
    }
    return doc


def operation(operation_id: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    content = {"application/json": {"schema": schema or {"type": "string"}}}
    return {
        "operationId": operation_id,
        "responses": {"200": {"description": "ok", "content": content}},
    }


# --- T1 -------------------------------------------------------------------------------------


def test_t1_replaces_parameter_alias_chains_with_a_copy_of_the_target() -> None:
    order = {"name": "order", "in": "query", "schema": {"type": "string"}}
    doc = document(
        parameters={
            "A": {"$ref": "#/components/parameters/B"},
            "B": {"$ref": "#/components/parameters/C"},
            "C": order,
        },
        paths={
            "/x": {"get": {**operation("x"), "parameters": [{"$ref": "#/components/parameters/A"}]}}
        },
    )

    assert resolve_parameter_aliases(doc) == {"parameter_aliases": 2}

    parameters = doc["components"]["parameters"]
    assert parameters == {"A": order, "B": order, "C": order}
    assert parameters["A"] is not parameters["C"]
    # Operations may reference component parameters; the generator supports that.
    assert doc["paths"]["/x"]["get"]["parameters"] == [{"$ref": "#/components/parameters/A"}]


def test_t1_rejects_a_cycle_of_aliases() -> None:
    doc = document(
        parameters={
            "A": {"$ref": "#/components/parameters/B"},
            "B": {"$ref": "#/components/parameters/A"},
        }
    )
    with pytest.raises(ValueError, match="cycle"):
        resolve_parameter_aliases(doc)


# --- T2 -------------------------------------------------------------------------------------


def test_t2_drops_component_titles_and_qualifies_inline_composition_titles() -> None:
    doc = document(
        {
            "Filter": {
                "title": "AnyOf",
                "oneOf": [
                    {"title": "any_of", "type": "object", "properties": {}},
                    {"anyOf": [{"title": "Nested", "type": "object"}]},
                    {**ref("Other"), "title": "IgnoredBesideRef"},
                ],
            },
            "List": {"title": "L", "type": "array", "items": {"title": "row", "type": "object"}},
            "Other": {
                "type": "object",
                "properties": {"p": {"title": "KeptInline", "type": "object"}},
            },
        }
    )

    assert use_component_keys_as_class_names(doc) == {
        "titles_dropped": 2,
        "inline_titles_qualified": 3,
    }

    assert doc["components"]["schemas"] == {
        "Filter": {
            "oneOf": [
                {"title": "FilterAnyOf", "type": "object", "properties": {}},
                {"anyOf": [{"title": "FilterNested", "type": "object"}]},
                {**ref("Other"), "title": "IgnoredBesideRef"},
            ],
        },
        "List": {"type": "array", "items": {"title": "ListRow", "type": "object"}},
        # The generator prefixes titles of property schemas itself.
        "Other": {"type": "object", "properties": {"p": {"title": "KeptInline", "type": "object"}}},
    }


# --- T3 -------------------------------------------------------------------------------------


def test_t3_types_schemas_that_have_items_but_no_type() -> None:
    doc = document(
        {
            "Page": {
                "type": "object",
                "properties": {
                    "items": {"description": "Pins", "items": ref("Pin")},
                    "typed": {"type": "array", "items": {"type": "string"}},
                },
            },
            "Pin": {"type": "object"},
        },
        paths={"/p": {"get": operation("p", {"items": {"type": "integer"}})}},
    )

    assert type_implicit_arrays(doc) == {"arrays_typed": 2}

    assert doc["components"]["schemas"]["Page"]["properties"] == {
        "items": {"type": "array", "description": "Pins", "items": ref("Pin")},
        "typed": {"type": "array", "items": {"type": "string"}},
    }
    response = doc["paths"]["/p"]["get"]["responses"]["200"]["content"]["application/json"]
    assert response["schema"] == {"type": "array", "items": {"type": "integer"}}


def test_t3_does_not_mistake_a_property_called_items_for_a_schema_keyword() -> None:
    # `properties` is a map of names; a property named "items" must not make it an array.
    schemas = {"Page": {"type": "object", "properties": {"items": {"type": "string"}}}}
    doc = document(copy.deepcopy(schemas))

    assert type_implicit_arrays(doc) == {"arrays_typed": 0}
    assert doc["components"]["schemas"] == schemas


# --- T4 -------------------------------------------------------------------------------------


def test_t4_folds_annotation_members_and_drops_the_wrapper_type() -> None:
    doc = document(
        {
            "Status": {"type": "string", "enum": ["ACTIVE", "PAUSED"]},
            "Request": {
                "type": "object",
                "properties": {
                    "status": {
                        "type": "string",
                        "allOf": [ref("Status"), {"default": "ACTIVE", "description": "inner"}],
                        "description": "outer",
                    }
                },
            },
        }
    )

    assert fold_annotation_members(doc) == {"members_folded": 1, "wrapper_types_dropped": 1}

    assert doc["components"]["schemas"]["Request"]["properties"]["status"] == {
        "allOf": [ref("Status")],
        "description": "outer",
        "default": "ACTIVE",
    }


def test_t4_never_copies_nullable_and_keeps_members_it_cannot_fold() -> None:
    doc = document(
        {
            "Mode": {"type": "string", "enum": ["A", "B"]},
            "Obj": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Holder": {
                "type": "object",
                "properties": {
                    # The member's nullable must not make the intersection nullable.
                    "mode": {"allOf": [{"nullable": True, "type": "string"}, ref("Mode")]},
                    # `type: string` is asserted by no other member: it is a constraint.
                    "clash": {"allOf": [ref("Obj"), {"type": "string"}]},
                    # Nothing would remain to carry the annotation.
                    "alone": {"type": "boolean", "allOf": [{"type": "boolean", "example": True}]},
                },
            },
        }
    )
    before = copy.deepcopy(doc["components"]["schemas"]["Holder"]["properties"])

    assert fold_annotation_members(doc) == {"members_folded": 1, "wrapper_types_dropped": 0}

    properties = doc["components"]["schemas"]["Holder"]["properties"]
    assert properties["mode"] == {"allOf": [ref("Mode")]}
    assert properties["clash"] == before["clash"]
    assert properties["alone"] == before["alone"]


def test_t4_keeps_the_wrapper_type_when_the_target_declares_another() -> None:
    wrapper = {"type": "string", "allOf": [ref("Obj")], "nullable": True}
    doc = document({"Obj": {"type": "object"}, "W": copy.deepcopy(wrapper)})

    assert fold_annotation_members(doc) == {"members_folded": 0, "wrapper_types_dropped": 0}
    assert doc["components"]["schemas"]["W"] == wrapper


# --- T5 -------------------------------------------------------------------------------------


def test_t5_moves_nullability_from_components_to_use_sites() -> None:
    doc = document(
        {
            "Obj": {"type": "object", "nullable": True, "properties": {"a": {"type": "string"}}},
            "Kind": {"type": "string", "enum": ["X", None], "nullable": True},
            "Count": {"type": "integer", "nullable": True},
            "Plain": {"type": "object", "properties": {"b": {"type": "string"}}},
            "User": {
                "type": "object",
                "properties": {
                    "obj": ref("Obj"),
                    "described": {**ref("Obj"), "description": "d", "type": "object"},
                    "kinds": {"type": "array", "items": ref("Kind")},
                    "count": ref("Count"),
                    "plain_but_nullable": {**ref("Plain"), "nullable": True},
                },
            },
        },
        paths={"/o": {"get": operation("o", ref("Obj"))}},
    )

    assert move_nullability_to_use_sites(doc) == {
        "components": 2,
        "sites_wrapped": 5,
        "wrappers_made_nullable": 0,
    }

    schemas = doc["components"]["schemas"]
    assert schemas["Obj"] == {"type": "object", "properties": {"a": {"type": "string"}}}
    assert schemas["Kind"] == {"type": "string", "enum": ["X"]}
    # A nullable scalar gives no class, so the generator handles it; it stays as it is.
    assert schemas["Count"] == {"type": "integer", "nullable": True}
    assert schemas["User"]["properties"] == {
        "obj": {"allOf": [ref("Obj")], "nullable": True},
        "described": {"allOf": [ref("Obj")], "description": "d", "nullable": True},
        "kinds": {"type": "array", "items": {"allOf": [ref("Kind")], "nullable": True}},
        "count": ref("Count"),
        "plain_but_nullable": {"allOf": [ref("Plain")], "nullable": True},
    }
    response = doc["paths"]["/o"]["get"]["responses"]["200"]["content"]["application/json"]
    assert response["schema"] == {"allOf": [ref("Obj")], "nullable": True}


def test_t5_leaves_nullable_wrapper_components_nullable() -> None:
    # A single-`$ref` wrapper gives no class of its own: the generator makes it `Obj | None`.
    wrapper = {"description": "w", "allOf": [ref("Obj")], "nullable": True}
    doc = document(
        {
            "Obj": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Wrapper": copy.deepcopy(wrapper),
            "User": {"type": "object", "properties": {"w": ref("Wrapper")}},
        }
    )

    assert move_nullability_to_use_sites(doc) == {
        "components": 0,
        "sites_wrapped": 0,
        "wrappers_made_nullable": 0,
    }
    assert doc["components"]["schemas"]["Wrapper"] == wrapper
    assert doc["components"]["schemas"]["User"]["properties"] == {"w": ref("Wrapper")}


def test_t5_leaves_intersections_alone_and_makes_pure_wrappers_nullable() -> None:
    intersection = {"type": "object", "allOf": [ref("Obj"), {"type": "object"}]}
    with_properties = {"allOf": [ref("Obj")], "properties": {"c": {"type": "string"}}}
    refuses_null = {"allOf": [ref("Obj")], "nullable": False}
    doc = document(
        {
            "Obj": {"type": "object", "nullable": True, "properties": {"a": {"type": "string"}}},
            "Intersection": copy.deepcopy(intersection),
            "WithProperties": copy.deepcopy(with_properties),
            "Holder": {
                "type": "object",
                "properties": {
                    "wrapped": {"description": "w", "type": "object", "allOf": [ref("Obj")]},
                    "refuses_null": copy.deepcopy(refuses_null),
                },
            },
        }
    )

    assert move_nullability_to_use_sites(doc) == {
        "components": 1,
        "sites_wrapped": 0,
        "wrappers_made_nullable": 1,
    }

    schemas = doc["components"]["schemas"]
    # (i) members of an intersection: the parent's own nullability decides.
    assert schemas["Intersection"] == intersection
    assert schemas["WithProperties"] == with_properties
    # (ii) a pure wrapper becomes nullable and loses the type that hid `nullable`.
    assert schemas["Holder"]["properties"] == {
        "wrapped": {"description": "w", "allOf": [ref("Obj")], "nullable": True},
        "refuses_null": refuses_null,
    }


# --- T6a ------------------------------------------------------------------------------------


def test_t6a_moves_sibling_properties_of_all_of_into_a_member() -> None:
    doc = document(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Board": {
                "description": "b",
                "allOf": [ref("Base")],
                "properties": {"privacy": {"type": "string"}},
                "required": ["privacy"],
            },
            "Untouched": {"allOf": [ref("Base")]},
        }
    )

    assert move_all_of_sibling_properties(doc) == {"properties_moved": 1}

    schemas = doc["components"]["schemas"]
    assert schemas["Board"] == {
        "type": "object",
        "description": "b",
        "allOf": [
            ref("Base"),
            {
                "type": "object",
                "properties": {"privacy": {"type": "string"}},
                "required": ["privacy"],
            },
        ],
    }
    assert list(schemas["Board"]) == ["type", "description", "allOf"]
    assert schemas["Untouched"] == {"allOf": [ref("Base")]}


# --- T6 -------------------------------------------------------------------------------------


def test_t6_flattens_a_clash_where_the_free_form_definition_loses() -> None:
    free_form_items = {"type": "array", "items": {"type": "object"}}
    concrete_items = {"type": "array", "items": ref("Pin")}
    doc = document(
        {
            "Pin": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Paginated": {
                "type": "object",
                "properties": {"items": free_form_items, "bookmark": {"type": "string"}},
                "required": ["items"],
            },
            "PinPage": {
                "description": "page",
                "allOf": [
                    ref("Paginated"),
                    {"type": "object", "properties": {"items": concrete_items}},
                ],
                "nullable": True,
            },
            # The free-form definition loses also when it comes later.
            "Reversed": {
                "allOf": [
                    {"type": "object", "properties": {"items": concrete_items}},
                    ref("Paginated"),
                ],
            },
        }
    )

    assert flatten_clashing_all_of(doc) == {"all_of_flattened": 2}

    schemas = doc["components"]["schemas"]
    assert schemas["PinPage"] == {
        "type": "object",
        "description": "page",
        "properties": {"items": concrete_items, "bookmark": {"type": "string"}},
        "required": ["items"],
        "nullable": True,
    }
    assert schemas["Reversed"] == {
        "type": "object",
        "properties": {"items": concrete_items, "bookmark": {"type": "string"}},
        "required": ["items"],
    }


def test_t6_later_concrete_definition_wins_through_nested_all_of() -> None:
    doc = document(
        {
            "Mode": {"type": "string", "enum": ["A"]},
            "Inner": {"type": "object", "properties": {"mode": {"type": "string"}}},
            "Middle": {
                "allOf": [
                    ref("Inner"),
                    {"type": "object", "properties": {"n": {"type": "integer"}}},
                ]
            },
            "Outer": {
                "type": "object",
                "additionalProperties": False,
                "allOf": [
                    ref("Middle"),
                    {"type": "object", "properties": {"mode": ref("Mode")}, "required": ["mode"]},
                ],
            },
        }
    )

    assert flatten_clashing_all_of(doc) == {"all_of_flattened": 1}

    schemas = doc["components"]["schemas"]
    assert schemas["Outer"] == {
        "type": "object",
        "additionalProperties": False,
        "properties": {"mode": ref("Mode"), "n": {"type": "integer"}},
        "required": ["mode"],
    }
    # Middle has no clash of its own.
    assert "allOf" in schemas["Middle"]


def test_t6_skips_all_of_whose_members_are_not_plain_objects() -> None:
    schemas = {
        "A": {"type": "object", "properties": {"x": {"type": "string"}}},
        "Choice": {
            "type": "object",
            "properties": {"x": {"type": "integer"}},
            "oneOf": [{"required": ["x"]}],
        },
        "Both": {"allOf": [ref("A"), ref("Choice")]},
        "NoClash": {"allOf": [ref("A"), {"type": "object", "properties": {"y": {}}}]},
    }
    doc = document(copy.deepcopy(schemas))

    assert flatten_clashing_all_of(doc) == {"all_of_flattened": 0}
    assert doc["components"]["schemas"] == schemas


# --- T7 -------------------------------------------------------------------------------------


def test_t7_sanitizes_operation_ids_and_links_that_name_them() -> None:
    get = operation("ad_groups/list")
    get["responses"]["200"]["links"] = {"next": {"operationId": "ad_groups/list"}}
    doc = document(
        paths={"/a": {"get": get, "post": operation("ad.groups--create"), "put": operation("ok")}}
    )

    assert sanitize_operation_ids(doc) == {"operation_ids": 2}

    path_item = doc["paths"]["/a"]
    assert [path_item[m]["operationId"] for m in ("get", "post", "put")] == [
        "ad_groups_list",
        "ad_groups_create",
        "ok",
    ]
    assert path_item["get"]["responses"]["200"]["links"] == {
        "next": {"operationId": "ad_groups_list"}
    }


def test_t7_refuses_ids_that_become_equal() -> None:
    doc = document(paths={"/a": {"get": operation("a/b"), "post": operation("a_b")}})
    with pytest.raises(ValueError, match="both become 'a_b'"):
        sanitize_operation_ids(doc)


# --- T8 -------------------------------------------------------------------------------------


def test_t8_renames_keys_that_share_a_module_and_rewrites_references() -> None:
    doc = document(
        {
            "Country": {"type": "string", "enum": ["US"]},
            "COUNTRY": {"type": "object", "properties": {"code": {"type": "string"}}},
            "Foo_bar": {"type": "object"},
            "FooBar": {"type": "object"},
            "Filter": {
                "type": "object",
                "properties": {
                    "country": ref("COUNTRY"),
                    "code": {"$ref": REF + "COUNTRY/properties/code"},
                    "foo": {"type": "array", "items": ref("FooBar")},
                    "kind": {
                        "oneOf": [ref("COUNTRY"), ref("Country")],
                        "discriminator": {
                            "propertyName": "t",
                            "mapping": {"a": REF + "COUNTRY", "b": "COUNTRY", "c": REF + "Country"},
                        },
                    },
                },
            },
        },
        paths={"/c": {"get": operation("c", ref("COUNTRY"))}},
    )

    assert guard_module_collisions(doc) == {"schemas_renamed": 2}

    schemas = doc["components"]["schemas"]
    assert list(schemas) == ["Country", "COUNTRY2", "Foo_bar", "FooBar2", "Filter"]
    properties = schemas["Filter"]["properties"]
    assert properties["country"] == ref("COUNTRY2")
    assert properties["code"] == {"$ref": REF + "COUNTRY2/properties/code"}
    assert properties["foo"]["items"] == ref("FooBar2")
    assert properties["kind"]["oneOf"] == [ref("COUNTRY2"), ref("Country")]
    assert properties["kind"]["discriminator"]["mapping"] == {
        "a": REF + "COUNTRY2",
        "b": "COUNTRY2",
        "c": REF + "Country",
    }
    response = doc["paths"]["/c"]["get"]["responses"]["200"]["content"]["application/json"]
    assert response["schema"] == ref("COUNTRY2")


def test_t8_leaves_distinct_modules_alone() -> None:
    schemas = {"Board": {"type": "object"}, "BoardSection": {"type": "object"}}
    doc = document(copy.deepcopy(schemas))

    assert guard_module_collisions(doc) == {"schemas_renamed": 0}
    assert doc["components"]["schemas"] == schemas


# --- normalize ------------------------------------------------------------------------------


def _sample() -> dict[str, Any]:
    return document(
        {
            "Obj": {
                "title": "Thing",
                "type": "object",
                "nullable": True,
                "properties": {"a": {"type": "string"}},
            },
            "Choice": {"oneOf": [{"title": "first", "type": "object"}, {"type": "string"}]},
            "Page": {
                "allOf": [
                    {"type": "object", "properties": {"items": {"type": "array", "items": {}}}},
                    {"type": "object", "properties": {"items": {"items": ref("Obj")}}},
                ]
            },
        },
        paths={"/p": {"get": operation("pages/list", ref("Page"))}},
        parameters={
            "Alias": {"$ref": "#/components/parameters/Q"},
            "Q": {"name": "q", "in": "query", "schema": {"type": "string"}},
        },
    )


def test_normalize_does_not_mutate_its_input_and_reports_every_step() -> None:
    sample = _sample()
    before = copy.deepcopy(sample)

    normalized, report = normalize(sample)

    assert sample == before
    assert report == {
        "T1_parameter_aliases": 1,
        "T2_titles_dropped": 1,
        "T2_inline_titles_qualified": 1,
        "T3_arrays_typed": 1,
        "T4_members_folded": 0,
        "T4_wrapper_types_dropped": 0,
        "T5_components": 1,
        "T5_sites_wrapped": 1,
        "T5_wrappers_made_nullable": 0,
        "T4_rerun_members_folded": 0,
        "T4_rerun_wrapper_types_dropped": 0,
        "T6a_properties_moved": 0,
        "T6_all_of_flattened": 1,
        "T7_operation_ids": 1,
        "T8_schemas_renamed": 0,
        "T9_open_objects_marked": 0,
    }
    assert normalized["components"]["schemas"]["Page"] == {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"allOf": [ref("Obj")], "nullable": True}}
        },
    }
    assert normalized["components"]["schemas"]["Choice"]["oneOf"][0]["title"] == "ChoiceFirst"
    assert normalized["paths"]["/p"]["get"]["operationId"] == "pages_list"


def test_normalize_is_deterministic() -> None:
    first, first_report = normalize(_sample())
    second, second_report = normalize(_sample())

    assert json.dumps(first, sort_keys=False) == json.dumps(second, sort_keys=False)
    assert first_report == second_report


def test_normalize_changes_nothing_in_its_own_output() -> None:
    once, _ = normalize(_sample())
    twice, report = normalize(once)

    assert twice == once
    assert set(report.values()) == {0}


def test_cli_writes_the_document_and_prints_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    target = tmp_path / "out" / "spec.json"
    source.write_text(json.dumps(_sample()), encoding="utf-8")

    assert main([str(source), str(target)]) == 0

    assert json.loads(target.read_text(encoding="utf-8")) == normalize(_sample())[0]
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].split() == ["T1_parameter_aliases", "1"]
    assert printed[-1].split() == ["T9_open_objects_marked", "0"]
    assert len(printed) == 16


def test_cli_explains_its_usage() -> None:
    assert main(["only-one.json"]) == 2


def test_t9_marks_explicitly_open_objects_and_leaves_others() -> None:
    from scripts.normalize import OPEN_OBJECT_NOTE, mark_explicitly_open_objects

    document = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {
            "schemas": {
                "Row": {"type": "object", "additionalProperties": True},
                "Closed": {"type": "object", "additionalProperties": False},
                "Typed": {"type": "object", "additionalProperties": {"type": "number"}},
                "Plain": {"type": "object"},
            }
        },
    }

    report = mark_explicitly_open_objects(document)

    schemas = document["components"]["schemas"]
    assert report == {"open_objects_marked": 1}
    assert schemas["Row"]["additionalProperties"] == {"description": OPEN_OBJECT_NOTE}
    assert schemas["Closed"]["additionalProperties"] is False
    assert schemas["Typed"]["additionalProperties"] == {"type": "number"}
    assert "additionalProperties" not in schemas["Plain"]
