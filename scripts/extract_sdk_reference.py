"""Write the public API of an installed `pinterest-api-sdk` as deterministic JSON.

Run it with the Python of a virtualenv where the old SDK is installed, never with the
project's own environment (both distributions own the `pinterest` package):

    /tmp/sdk027/bin/python scripts/extract_sdk_reference.py \\
        --output tests/compat/pinterest_api_sdk_0.2.7.json

The output lists, per module of `pinterest.client`, `pinterest.config`, `pinterest.organic.*`,
`pinterest.ads.*` and `pinterest.utils.*`: every class defined there (its bases, its methods
with parameter names, kinds, order, defaults and annotations, and its property names) and
every public function. Compatibility tests compare the new SDK against this file.

Two kinds of default are not written as their `repr`, because the value would depend on the
machine or the process:

* a default read from `pinterest.config` when the module was imported (for example
  `api_uri=config.PINTEREST_API_URI`) is written as `"<config:PINTEREST_API_URI>"`;
* a default whose `repr` holds a memory address (a lambda) is written as
  `"<source:lambda x: x>"`.

Importing the old SDK reads `.env` files, walks the parent of the working directory looking
for `config.json`, and its client can reach the network. So this script first clears every
`PINTEREST_*` variable, disables `.env` loading, points proxies at a closed local port,
changes into an empty scratch directory, and makes any socket connection fail.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import json
import os
import pkgutil
import socket
import sys
import tempfile
import textwrap
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

PACKAGE = "pinterest"
SUBPACKAGES = ("organic", "ads", "utils")
TOP_LEVEL_MODULES = ("pinterest.client", "pinterest.config")
CONFIG_MODULE_ALIASES = ("config", "pinterest.config")

JSONObject = dict[str, Any]


def isolate_process() -> None:
    """Keep the old SDK away from the network, from `.env` files and from `config.json`."""
    for name in list(os.environ):
        if name.startswith("PINTEREST_"):
            del os.environ[name]
    os.environ["PYTHON_DOTENV_DISABLED"] = "1"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        os.environ[name] = "http://127.0.0.1:9"
    os.environ.pop("NO_PROXY", None)
    os.environ.pop("no_proxy", None)

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("extract_sdk_reference: network access is disabled")

    for owner, name in (
        (socket.socket, "connect"),
        (socket.socket, "connect_ex"),
        (socket, "create_connection"),
        (socket, "getaddrinfo"),
    ):
        setattr(owner, name, refuse)

    # The old SDK walks the parent of the working directory for config.json, so the working
    # directory must sit alone in an empty directory.
    scratch = Path(tempfile.mkdtemp(prefix="sdk-reference-"))
    workdir = scratch / "cwd"
    workdir.mkdir()
    os.chdir(workdir)


def public_module_names() -> list[str]:
    """Give the names of the modules to describe, sorted."""
    names = set(TOP_LEVEL_MODULES)
    for sub in SUBPACKAGES:
        package_name = f"{PACKAGE}.{sub}"
        package = importlib.import_module(package_name)
        names.add(package_name)
        for info in pkgutil.iter_modules(package.__path__, prefix=f"{package_name}."):
            if not info.name.rsplit(".", 1)[-1].startswith("_"):
                names.add(info.name)
    return sorted(names)


def default_expressions(function: Callable[..., Any]) -> dict[str, ast.expr]:
    """Map each parameter with a default to the expression written in the source."""
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError):
        return {}
    node = ast.parse(source).body[0]
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return {}
    arguments = node.args
    positional = [*arguments.posonlyargs, *arguments.args]
    found: dict[str, ast.expr] = {}
    for argument, default in zip(
        positional[len(positional) - len(arguments.defaults) :], arguments.defaults, strict=True
    ):
        found[argument.arg] = default
    for argument, kw_default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        if kw_default is not None:
            found[argument.arg] = kw_default
    return found


def annotation_sources(function: Callable[..., Any]) -> dict[str, str]:
    """Map parameter names (and `return`) to their annotations as written in the source."""
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError):
        return {}
    node = ast.parse(source).body[0]
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return {}
    arguments = node.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    if arguments.vararg is not None:
        every.append(arguments.vararg)
    if arguments.kwarg is not None:
        every.append(arguments.kwarg)
    found = {a.arg: ast.unparse(a.annotation) for a in every if a.annotation is not None}
    if node.returns is not None:
        found["return"] = ast.unparse(node.returns)
    return found


def config_name(expression: ast.expr) -> str | None:
    """Give the config variable an expression reads (`config.PINTEREST_X`), if it reads one."""
    text = ast.unparse(expression)
    for alias in CONFIG_MODULE_ALIASES:
        if text.startswith(f"{alias}."):
            return text[len(alias) + 1 :]
    return None


def describe_default(value: object, expression: ast.expr | None) -> str:
    """Give a machine-independent text for a parameter's default."""
    if expression is not None:
        name = config_name(expression)
        if name is not None:
            return f"<config:{name}>"
    text = repr(value)
    if " at 0x" in text:
        source = ast.unparse(expression) if expression is not None else type(value).__name__
        return f"<source:{source}>"
    return text


def describe_callable(function: Callable[..., Any]) -> JSONObject:
    """Give the parameters (in order) and return annotation of a function or method."""
    signature = inspect.signature(function)
    defaults = default_expressions(function)
    annotations = annotation_sources(function)
    parameters: list[JSONObject] = []
    for parameter in signature.parameters.values():
        entry: JSONObject = {"name": parameter.name, "kind": parameter.kind.name}
        if parameter.default is not inspect.Parameter.empty:
            entry["default"] = describe_default(parameter.default, defaults.get(parameter.name))
        if parameter.name in annotations:
            entry["annotation"] = annotations[parameter.name]
        parameters.append(entry)
    described: JSONObject = {"parameters": parameters}
    if "return" in annotations:
        described["returns"] = annotations["return"]
    return described


def method_kind(raw: object) -> str | None:
    """Name how a class attribute is bound, or None when it is not a method."""
    if isinstance(raw, classmethod):
        return "classmethod"
    if isinstance(raw, staticmethod):
        return "staticmethod"
    if isinstance(raw, types.FunctionType):
        return "method"
    return None


def describe_class(cls: type) -> JSONObject:
    """Give a class's bases, its own methods and its property names."""
    methods: JSONObject = {}
    properties: list[str] = []
    for name, raw in vars(cls).items():
        if isinstance(raw, property):
            properties.append(name)
            continue
        kind = method_kind(raw)
        if kind is None:
            continue
        function = raw.__func__ if isinstance(raw, classmethod | staticmethod) else raw
        entry = describe_callable(function)
        entry["kind"] = kind
        methods[name] = entry
    return {
        "bases": [f"{base.__module__}.{base.__qualname__}" for base in cls.__bases__],
        "methods": dict(sorted(methods.items())),
        "properties": sorted(properties),
    }


def is_typing_helper(value: object) -> bool:
    """Tell whether a module attribute is an import for typing, not part of the module's API."""
    return type(value).__module__ in {"__future__", "typing", "collections.abc"}


def describe_module(module: types.ModuleType) -> JSONObject:
    """Give the classes defined in a module, its public functions and its public variables."""
    classes: JSONObject = {}
    functions: JSONObject = {}
    variables: list[str] = []
    for name, value in vars(module).items():
        if name.startswith("_"):
            continue
        if inspect.isclass(value):
            if value.__module__ == module.__name__:
                classes[name] = describe_class(value)
        elif inspect.isfunction(value):
            if value.__module__ == module.__name__:
                functions[name] = describe_callable(value)
        elif not isinstance(value, types.ModuleType) and not is_typing_helper(value):
            variables.append(name)
    described: JSONObject = {
        "classes": dict(sorted(classes.items())),
        "functions": dict(sorted(functions.items())),
        "variables": sorted(variables),
    }
    exported = getattr(module, "__all__", None)
    if exported is not None:
        described["__all__"] = sorted(exported)
    return described


def build_reference() -> JSONObject:
    """Import the installed SDK and describe its public modules."""
    from importlib import metadata

    modules = {
        name: describe_module(importlib.import_module(name)) for name in public_module_names()
    }
    return {
        "distribution": "pinterest-api-sdk",
        "version": metadata.version("pinterest-api-sdk"),
        "default_markers": {
            "<config:NAME>": "default read from pinterest.config.NAME at import time",
            "<source:EXPR>": "default whose repr is process-specific; EXPR is its source",
        },
        "modules": modules,
    }


def main(argv: list[str] | None = None) -> int:
    """Write the reference JSON to `--output` (or stdout) and return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, help="file to write; stdout when left out")
    arguments = parser.parse_args(argv)
    output = arguments.output.resolve() if arguments.output is not None else None

    isolate_process()
    text = json.dumps(build_reference(), indent=2, sort_keys=True) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
