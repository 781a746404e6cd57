"""The settings 0.2.7's `pinterest.config` offered, read when they are read, never at import.

    from pinterest import config

    config.PINTEREST_API_URI  # "https://api.pinterest.com/v5" unless set somewhere

Each `PINTEREST_*` name is looked up on every read in the places a client reads its settings:
the environment (and `PINTEREST_JSON_ENV_VARIABLES`), `.env` in the working directory, then
`config.json`. A value set after import is therefore seen, and importing this module reads no
file. `from pinterest.config import PINTEREST_API_URI` reads the value once, at that line.
An empty value counts as unset.

Clients do not use this module: a client resolves its own settings when it is created. The
names without a client setting (`PINTEREST_PORT`, `PINTEREST_CLIENT_ID`, `PINTEREST_SCOPE`,
...) are kept for code that reads them.

Raises (when `PINTEREST_DEBUG` is read):
    ConfigurationError: its value is not true/false, 1/0, yes/no or on/off.
"""

from __future__ import annotations

from typing import Any

from pinterest import _config
from pinterest.version import __version__

__all__ = [
    "DEFAULT_DISABLE_VALIDATIONS",
    "PINTEREST_ACCESS_TOKEN",
    "PINTEREST_ACCESS_TOKEN_JSON_PATH",
    "PINTEREST_API_URI",
    "PINTEREST_APP_ID",
    "PINTEREST_APP_SECRET",
    "PINTEREST_CLIENT_ID",
    "PINTEREST_DEBUG",
    "PINTEREST_DISABLED_CLIENT_SIDE_VALIDATIONS",
    "PINTEREST_LOGGER_FORMAT",
    "PINTEREST_LOG_FILE",
    "PINTEREST_PORT",
    "PINTEREST_REDIRECT_URI",
    "PINTEREST_REFRESH_ACCESS_TOKEN",
    "PINTEREST_RESPONSE_TYPE",
    "PINTEREST_SCOPE",
    "PINTEREST_SDK_VERSION",
    "PINTEREST_STATE",
    "PINTEREST_USER_AGENT",
]

# Declared, not assigned: a read goes to `__getattr__`, and type checkers know the types.
PINTEREST_DEBUG: bool
PINTEREST_PORT: str | int
PINTEREST_APP_ID: str | int
PINTEREST_APP_SECRET: str
PINTEREST_CLIENT_ID: str
PINTEREST_REDIRECT_URI: str
PINTEREST_RESPONSE_TYPE: str
PINTEREST_SCOPE: str
PINTEREST_STATE: str
PINTEREST_ACCESS_TOKEN_JSON_PATH: str
PINTEREST_ACCESS_TOKEN: str | None
PINTEREST_REFRESH_ACCESS_TOKEN: str | None
PINTEREST_API_URI: str
PINTEREST_LOG_FILE: str | None
PINTEREST_DISABLED_CLIENT_SIDE_VALIDATIONS: str
PINTEREST_LOGGER_FORMAT: str

DEFAULT_DISABLE_VALIDATIONS = ",".join(
    [
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
    ]
)
PINTEREST_SDK_VERSION = __version__
PINTEREST_USER_AGENT = f"pins-sdk/python/v{PINTEREST_SDK_VERSION}"

# Value when no source sets the variable; 0.2.7's defaults, and the client's where it has one.
_DEFAULTS: dict[str, Any] = {
    "PINTEREST_PORT": 0,
    "PINTEREST_APP_ID": 0,
    "PINTEREST_APP_SECRET": "",
    "PINTEREST_CLIENT_ID": "",
    "PINTEREST_REDIRECT_URI": "",
    "PINTEREST_RESPONSE_TYPE": "",
    "PINTEREST_SCOPE": "",
    "PINTEREST_STATE": "",
    "PINTEREST_ACCESS_TOKEN_JSON_PATH": "",
    "PINTEREST_ACCESS_TOKEN": None,
    "PINTEREST_REFRESH_ACCESS_TOKEN": None,
    "PINTEREST_API_URI": _config.PRODUCTION_API_URI,
    "PINTEREST_LOG_FILE": None,
    "PINTEREST_DISABLED_CLIENT_SIDE_VALIDATIONS": DEFAULT_DISABLE_VALIDATIONS,
    "PINTEREST_LOGGER_FORMAT": _config.DEFAULT_LOGGER_FORMAT,
}


def __getattr__(name: str) -> Any:
    if name == "PINTEREST_DEBUG":
        value = _config.read_variable(name)
        return False if value is None else _config.parse_debug(value)
    if name in _DEFAULTS:
        value = _config.read_variable(name)
        return _DEFAULTS[name] if value is None else value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
