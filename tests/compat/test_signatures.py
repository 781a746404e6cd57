"""Our public API keeps pinterest-api-sdk 0.2.7's: module paths, classes, methods, signatures.

The reference `pinterest_api_sdk_0.2.7.json` beside this file is extracted from the installed
0.2.7 package by `scripts/extract_sdk_reference.py`. A method matches when its kind (method,
class method, static method) and its parameters (names, order, kinds and defaults) are the
same. Parameters we add must be keyword-only with a default, so no 0.2.7 call changes meaning.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
from pathlib import Path
from typing import Any

import pytest

REFERENCE = json.loads(
    (Path(__file__).parent / "pinterest_api_sdk_0.2.7.json").read_text(encoding="utf-8")
)
MODULES = sorted(REFERENCE["modules"])


def _public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def _classes() -> list[tuple[str, str]]:
    return [
        (module, name) for module in MODULES for name in REFERENCE["modules"][module]["classes"]
    ]


def _functions() -> list[tuple[str, str]]:
    return [
        (module, name) for module in MODULES for name in REFERENCE["modules"][module]["functions"]
    ]


def _kind(owner: type, name: str) -> str:
    attribute = inspect.getattr_static(owner, name)
    if isinstance(attribute, classmethod):
        return "classmethod"
    if isinstance(attribute, staticmethod):
        return "staticmethod"
    return "method"


def _default_text(parameter: inspect.Parameter) -> str | None:
    if parameter.default is inspect.Parameter.empty:
        return None
    return repr(parameter.default)


def _unwrapped(owner: type, name: str) -> Any:
    """The plain function behind a method, so `self` or `cls` is still in its signature."""
    attribute = inspect.getattr_static(owner, name)
    return attribute.__func__ if isinstance(attribute, classmethod | staticmethod) else attribute


def _check_parameters(where: str, function: Any, expected: list[dict[str, Any]]) -> None:
    actual = list(inspect.signature(function).parameters.values())

    extra = actual[len(expected) :]
    for parameter in extra:
        assert parameter.kind in (
            inspect.Parameter.KEYWORD_ONLY,
            inspect.Parameter.VAR_KEYWORD,
        ), f"{where}: added parameter {parameter.name} must be keyword-only"
        assert (
            parameter.kind is inspect.Parameter.VAR_KEYWORD
            or parameter.default is not inspect.Parameter.empty
        ), f"{where}: added parameter {parameter.name} needs a default"

    assert len(actual) >= len(expected), f"{where}: parameters missing"
    positional = [p for p in actual if p.kind is not inspect.Parameter.KEYWORD_ONLY]
    kept = positional[: len([p for p in expected if p["kind"] != "VAR_KEYWORD"])]
    kept += [p for p in actual if p.kind is inspect.Parameter.VAR_KEYWORD]
    assert [(p.name, p.kind.name, _default_text(p)) for p in kept] == [
        (p["name"], p["kind"], p.get("default")) for p in expected
    ], where


@pytest.mark.parametrize(("module_name", "class_name"), _classes())
def test_class_keeps_its_methods_and_properties(module_name: str, class_name: str) -> None:
    reference = REFERENCE["modules"][module_name]["classes"][class_name]
    owner = getattr(importlib.import_module(module_name), class_name)

    for name, method in reference["methods"].items():
        if not _public(name):
            continue
        where = f"{module_name}.{class_name}.{name}"
        assert hasattr(owner, name), f"{where} is missing"
        assert _kind(owner, name) == method["kind"], where
        _check_parameters(where, _unwrapped(owner, name), method["parameters"])

    for name in reference["properties"]:
        assert isinstance(inspect.getattr_static(owner, name, None), property), (
            f"{module_name}.{class_name}.{name} must stay a property"
        )


@pytest.mark.parametrize(("module_name", "function_name"), _functions())
def test_function_keeps_its_signature(module_name: str, function_name: str) -> None:
    reference = REFERENCE["modules"][module_name]["functions"][function_name]
    function = getattr(importlib.import_module(module_name), function_name)

    _check_parameters(f"{module_name}.{function_name}", function, reference["parameters"])


@pytest.mark.parametrize("module_name", MODULES)
def test_module_exports_the_same_names(module_name: str) -> None:
    module = importlib.import_module(module_name)
    exported = REFERENCE["modules"][module_name].get("__all__")
    if exported is not None:
        assert set(exported) <= set(module.__all__)


@pytest.mark.parametrize("module_name", MODULES)
def test_module_keeps_its_variables(
    module_name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # `pinterest.config` reads its variables when they are read: from a clean environment
    # and an empty working directory here, so that only the module decides the answer.
    for name in [name for name in os.environ if name.startswith("PINTEREST_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    module = importlib.import_module(module_name)

    missing = [
        name for name in REFERENCE["modules"][module_name]["variables"] if not hasattr(module, name)
    ]

    assert not missing, f"{module_name} lacks {', '.join(missing)}"
