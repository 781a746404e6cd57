"""Client settings: explicit arguments, then `PINTEREST_*` variables, then `config.json`.

Settings are resolved when a client is created, never at import, so a variable set or a
default changed at any time is seen by the next client. `config.json` is read from the path
in `PINTEREST_CONFIG_FILE` or, when that is unset, from the working directory only.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pinterest.utils.sdk_exceptions import SdkException

PRODUCTION_API_URI = "https://api.pinterest.com/v5"
SANDBOX_API_URI = "https://api-sandbox.pinterest.com/v5"
CONFIG_FILE_ENV_VAR = "PINTEREST_CONFIG_FILE"
CONFIG_FILE_NAME = "config.json"
JSON_ENV_VAR = "PINTEREST_JSON_ENV_VARIABLES"
ENV_PREFIX = "PINTEREST_"

# Setting name -> environment variable, as `pinterest-api-sdk` 0.2.7 named them. A key of
# `config.json` is the variable's name without the prefix, in any case (`access_token`).
ENV_VARS = {
    "access_token": "PINTEREST_ACCESS_TOKEN",
    "refresh_token": "PINTEREST_REFRESH_ACCESS_TOKEN",
    "app_id": "PINTEREST_APP_ID",
    "app_secret": "PINTEREST_APP_SECRET",
    "api_uri": "PINTEREST_API_URI",
    "debug": "PINTEREST_DEBUG",
    "log_file": "PINTEREST_LOG_FILE",
    "logger_format": "PINTEREST_LOGGER_FORMAT",
}
SECRET_SETTINGS = frozenset({"access_token", "refresh_token", "app_secret"})


class ConfigurationError(SdkException):
    """The SDK's configuration (arguments, environment or `config.json`) is unusable."""

    def __init__(self, message: str) -> None:
        super().__init__(message=message)


@dataclass(frozen=True)
class Settings:
    """Everything a client needs to know before its first request."""

    access_token: str | None = field(default=None, repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    app_id: str | None = None
    app_secret: str | None = field(default=None, repr=False)
    api_uri: str = PRODUCTION_API_URI
    debug: bool = False
    log_file: str | None = None
    logger_format: str = "%(asctime)s %(levelname)s %(name)s %(message)s"

    def __repr__(self) -> str:
        shown = []
        for setting in fields(self):
            value = getattr(self, setting.name)
            if setting.name in SECRET_SETTINGS and value is not None:
                value = "***"
            shown.append(f"{setting.name}={value!r}")
        return f"Settings({', '.join(shown)})"


def config_file_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """Give the `config.json` to read: `PINTEREST_CONFIG_FILE`, else the working directory's."""
    environ = os.environ if environ is None else environ
    configured = environ.get(CONFIG_FILE_ENV_VAR)
    if configured:
        path = Path(configured)
        if not path.is_file():
            raise ConfigurationError(f"{CONFIG_FILE_ENV_VAR} names {path}, which is not a file")
        return path
    candidate = Path.cwd() / CONFIG_FILE_NAME
    return candidate if candidate.is_file() else None


def read_config_file(path: Path) -> dict[str, str]:
    """Read `config.json` as environment-style names (`PINTEREST_ACCESS_TOKEN`) to strings."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"cannot read {path} as JSON: {exc.__class__.__name__}") from None
    if not isinstance(data, dict):
        raise ConfigurationError(f"{path} must hold a JSON object")
    return {f"{ENV_PREFIX}{key.upper()}": _as_text(value) for key, value in data.items()}


def read_json_env_variable(environ: Mapping[str, str]) -> dict[str, str]:
    """Read `PINTEREST_JSON_ENV_VARIABLES`: a JSON object of variable names to values."""
    raw = environ.get(JSON_ENV_VAR)
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        raise ConfigurationError(f"{JSON_ENV_VAR} is not valid JSON") from None
    if not isinstance(data, dict):
        raise ConfigurationError(f"{JSON_ENV_VAR} must hold a JSON object")
    return {str(key): _as_text(value) for key, value in data.items()}


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def resolve_settings(
    explicit: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Resolve settings: explicit values win, then the environment, then `config.json`.

    `explicit` maps setting names (`access_token`, `api_uri`, ...) to values; `None` means
    "not given". Within the environment, a variable of its own wins over the same name inside
    `PINTEREST_JSON_ENV_VARIABLES`.
    """
    environ = os.environ if environ is None else environ
    explicit = explicit or {}
    unknown = set(explicit) - set(ENV_VARS)
    if unknown:
        raise ConfigurationError(f"unknown settings: {', '.join(sorted(unknown))}")

    path = config_file_path(environ)
    layers: list[Mapping[str, str]] = [
        environ,
        read_json_env_variable(environ),
        read_config_file(path) if path else {},
    ]

    values: dict[str, Any] = {}
    for name, variable in ENV_VARS.items():
        given = explicit.get(name)
        if given is not None:
            values[name] = given
            continue
        for layer in layers:
            text = layer.get(variable)
            if text:
                values[name] = text
                break

    if "debug" in values and not isinstance(values["debug"], bool):
        values["debug"] = str(values["debug"]).strip().lower() in {"1", "true", "yes", "on"}
    settings = Settings(**values)
    _validate(settings)
    return settings


def _validate(settings: Settings) -> None:
    for name in ("access_token", "refresh_token", "app_id", "app_secret", "log_file"):
        value = getattr(settings, name)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ConfigurationError(f"{name} must be a non-empty string")

    parts = urlsplit(settings.api_uri) if isinstance(settings.api_uri, str) else None
    if parts is None or parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ConfigurationError(
            f"api_uri must be an http(s) URL such as {PRODUCTION_API_URI} "
            f"(or {SANDBOX_API_URI}), got {settings.api_uri!r}"
        )
    if parts.username or parts.password:
        raise ConfigurationError("api_uri must not carry credentials")

    has_refresh = settings.refresh_token is not None
    if has_refresh and not (settings.app_id and settings.app_secret):
        raise ConfigurationError(
            "a refresh_token needs app_id and app_secret to be exchanged for access tokens"
        )
