"""The generated package covers every operation of the pinned description, and all of it imports."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re

import pytest

import pinterest_generated
from scripts import regenerate

FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@pytest.fixture(scope="module")
def operations() -> list[tuple[str, str]]:
    """(tag, operationId) of every operation in the pinned description."""
    description = json.loads(regenerate.obtain_description(regenerate.load_pin()))
    found = []
    for path_item in description["paths"].values():
        for method in METHODS:
            operation = path_item.get(method)
            if operation is not None:
                found.append((operation["tags"][0], operation["operationId"]))
    return found


def _module_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]+", "_", name).lower()


def test_every_operation_has_all_four_functions(operations: list[tuple[str, str]]) -> None:
    missing = []
    for tag, operation_id in operations:
        module_path = f"pinterest_generated.api.{_module_name(tag)}.{_module_name(operation_id)}"
        try:
            module = importlib.import_module(module_path)
        except ImportError:
            missing.append(f"{operation_id}: no module {module_path}")
            continue
        missing.extend(
            f"{operation_id}: no {function}"
            for function in FUNCTIONS
            if not callable(getattr(module, function, None))
        )

    assert len(operations) == 231
    assert missing == []


def test_every_generated_module_imports() -> None:
    names = [
        info.name
        for info in pkgutil.walk_packages(pinterest_generated.__path__, "pinterest_generated.")
    ]
    for name in names:
        importlib.import_module(name)

    assert len(names) > 1400
