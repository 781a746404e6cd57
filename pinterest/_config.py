"""Client settings: explicit arguments, then `PINTEREST_*` variables, `.env`, `config.json`.

Settings are resolved when a client is created, never at import, so a variable set or a
default changed at any time is seen by the next client. `.env` is read from the working
directory only, and never copied into the process environment. `config.json` is read from the
path in `PINTEREST_CONFIG_FILE` or, when that is unset, from the working directory only.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pinterest.utils.sdk_exceptions import ConfigurationError

PRODUCTION_API_URI = "https://api.pinterest.com/v5"
SANDBOX_API_URI = "https://api-sandbox.pinterest.com/v5"
CONFIG_FILE_ENV_VAR = "PINTEREST_CONFIG_FILE"
CONFIG_FILE_NAME = "config.json"
DOTENV_FILE_NAME = ".env"
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
# Variables 0.2.7's `pinterest.config` read that no client setting uses; `pinterest.config`
# still gives them to code that reads them.
LEGACY_VARIABLES = frozenset(
    {
        "PINTEREST_PORT",
        "PINTEREST_CLIENT_ID",
        "PINTEREST_REDIRECT_URI",
        "PINTEREST_RESPONSE_TYPE",
        "PINTEREST_SCOPE",
        "PINTEREST_STATE",
        "PINTEREST_ACCESS_TOKEN_JSON_PATH",
        "PINTEREST_DISABLED_CLIENT_SIDE_VALIDATIONS",
    }
)
_KNOWN_VARIABLES = (
    frozenset(ENV_VARS.values()) | LEGACY_VARIABLES | {CONFIG_FILE_ENV_VAR, JSON_ENV_VAR}
)
DEFAULT_LOGGER_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
_TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
_FALSE_WORDS = frozenset({"0", "false", "no", "off"})

_warned_unknown_keys: set[tuple[str, tuple[str, ...]]] = set()
_warned_dotenv_lines: set[tuple[str, tuple[int, ...]]] = set()
_warned_lock = threading.Lock()


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
    logger_format: str = DEFAULT_LOGGER_FORMAT

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


def dotenv_path() -> Path | None:
    """Give the working directory's `.env`, or None when there is none."""
    candidate = Path.cwd() / DOTENV_FILE_NAME
    return candidate if candidate.is_file() else None


# `KEY=VALUE`, with an optional `export ` before the key and blanks around `=`.
_DOTENV_LINE = re.compile(r"\s*(?:export\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(?P<value>.*)")
# A quoted value may be followed by blanks and a comment, nothing else.
_SINGLE_QUOTED = re.compile(r"'(?P<text>[^']*)'\s*(?:#.*)?")
_DOUBLE_QUOTED = re.compile(r'"(?P<text>(?:\\.|[^"\\])*)"\s*(?:#.*)?')
_DOUBLE_QUOTED_ESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "'": "'", "\\": "\\"}


def parse_dotenv(text: str) -> tuple[dict[str, str], list[int]]:
    """Read the text of a `.env` file: give its values by name, and the lines it cannot read.

    The common part of the dotenv format is understood, one `KEY=VALUE` a line:

    * blank lines and lines starting with `#` are skipped; `export ` before the key and blanks
      around `=` are allowed;
    * an unquoted value ends at the end of the line or at a `#` after a blank (a comment), and
      loses its surrounding blanks;
    * a value in single quotes is taken as written;
    * a value in double quotes may hold `\\n`, `\\r`, `\\t`, `\\"` and `\\\\`; other
      backslashes are kept;
    * a quoted value may be followed by a comment.

    A value spanning lines, `${VAR}` expansion and a key without `=` are not understood: such a
    line is reported (by number, from 1) and skipped. A key given twice keeps its last value.
    """
    values: dict[str, str] = {}
    unreadable: list[int] = []
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _DOTENV_LINE.fullmatch(line)
        value = None if match is None else _dotenv_value(match["value"].rstrip())
        if match is None or value is None:
            unreadable.append(number)
            continue
        values[match["key"]] = value
    return values, unreadable


def _dotenv_value(raw: str) -> str | None:
    """Give the value written as `raw` (blanks around it removed), or None if it is malformed."""
    if raw.startswith("'"):
        single = _SINGLE_QUOTED.fullmatch(raw)
        return None if single is None else single["text"]
    if raw.startswith('"'):
        double = _DOUBLE_QUOTED.fullmatch(raw)
        if double is None:
            return None
        return _DOUBLE_QUOTED_ESCAPE.sub(
            lambda escape: _ESCAPED.get(escape[1], escape[0]), double["text"]
        )
    return re.split(r"\s#", raw, maxsplit=1)[0].rstrip()


def read_dotenv_file(path: Path) -> dict[str, str]:
    """Read the `PINTEREST_*` values of a `.env` file; other keys are left out.

    Lines that cannot be read are skipped and named by number (never by content) in one
    WARNING on the `pinterest` logger.

    Raises:
        ConfigurationError: the file cannot be read as UTF-8 text.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read {path}: {exc.__class__.__name__}") from None
    values, unreadable = parse_dotenv(text)
    if unreadable:
        _warn_unreadable_lines(path, unreadable)
    return {name: value for name, value in values.items() if name.startswith(ENV_PREFIX)}


def _warn_unreadable_lines(path: Path, lines: list[int]) -> None:
    signature = (str(path), tuple(lines))
    with _warned_lock:
        if signature in _warned_dotenv_lines:
            return
        _warned_dotenv_lines.add(signature)
    from pinterest._logging import logger

    logger.warning(
        "%s: line(s) %s skipped: not KEY=VALUE, or a quote left open; "
        "a PINTEREST_* setting there is not used",
        path,
        ", ".join(str(number) for number in lines),
    )


def setting_sources(environ: Mapping[str, str] | None = None) -> list[Mapping[str, str]]:
    """Give the places variables are read from, the first that has a value winning.

    They are the environment (its own variables, then `PINTEREST_JSON_ENV_VARIABLES`), the
    working directory's `.env` (the same two), and `config.json`. `PINTEREST_CONFIG_FILE` may
    be set in the environment or in `.env`. Files are read on every call.
    """
    environ = os.environ if environ is None else environ
    dotenv_file = dotenv_path()
    dotenv = read_dotenv_file(dotenv_file) if dotenv_file else {}
    config_file = config_file_path({**dotenv, **environ})
    return [
        environ,
        read_json_env_variable(environ),
        dotenv,
        read_json_env_variable(dotenv),
        read_config_file(config_file) if config_file else {},
    ]


def read_variable(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """Give the value of variable `name` (`PINTEREST_API_URI`) from the setting sources.

    An empty value counts as unset. None when no source has one.
    """
    return _first_value(setting_sources(environ), name)


def _first_value(sources: list[Mapping[str, str]], name: str) -> str | None:
    for source in sources:
        text = source.get(name)
        if text:
            return text
    return None


def read_config_file(path: Path) -> dict[str, str]:
    """Read `config.json` as environment-style names (`PINTEREST_ACCESS_TOKEN`) to strings.

    A key may be the variable's name with or without the `PINTEREST_` prefix, or the setting's
    name (`refresh_token`), in any case. A `null` value counts as unset. A key the SDK does not
    know is kept (for `load_json_config`) and named in one WARNING on the `pinterest` logger.

    Raises:
        ConfigurationError: the file is not a JSON object, or a value is a list or an object.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"cannot read {path} as JSON: {exc.__class__.__name__}") from None
    if not isinstance(data, dict):
        raise ConfigurationError(f"{path} must hold a JSON object")

    values: dict[str, str] = {}
    unknown: list[str] = []
    for key, value in data.items():
        name = _variable_name(key)
        if name not in _KNOWN_VARIABLES:
            unknown.append(key)
        text = _scalar_text(value, f"{key!r} in {path}")
        if text is not None:
            values[name] = text
    if unknown:
        _warn_unknown_keys(path, unknown)
    return values


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
    values: dict[str, str] = {}
    for key, value in data.items():
        text = _scalar_text(value, f"{key!r} in {JSON_ENV_VAR}")
        if text is not None:
            values[str(key)] = text
    return values


def _variable_name(key: str) -> str:
    name = key.strip().upper()
    if name.lower() in ENV_VARS:
        return ENV_VARS[name.lower()]
    return name if name.startswith(ENV_PREFIX) else f"{ENV_PREFIX}{name}"


def _scalar_text(value: Any, where: str) -> str | None:
    """Give a JSON scalar as the text a variable would hold; `None` for `null`."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    # The value is never shown: it may be a credential pasted in the wrong shape.
    raise ConfigurationError(
        f"{where} must be a string, number or boolean, not a {type(value).__name__}"
    )


def _warn_unknown_keys(path: Path, keys: list[str]) -> None:
    signature = (str(path), tuple(sorted(keys)))
    with _warned_lock:
        if signature in _warned_unknown_keys:
            return
        _warned_unknown_keys.add(signature)
    from pinterest._logging import logger

    logger.warning(
        "%s: unknown key(s) %s, not used by the SDK; known keys are %s",
        path,
        ", ".join(repr(key) for key in keys),
        ", ".join(sorted(ENV_VARS)),
    )


def parse_debug(value: object) -> bool:
    """Give `PINTEREST_DEBUG` as a bool: true/false, 1/0, yes/no or on/off, in any case."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE_WORDS:
        return True
    if text in _FALSE_WORDS:
        return False
    raise ConfigurationError(
        f"debug ({ENV_VARS['debug']}) must be true or false (or 1/0, yes/no, on/off)"
    )


def resolve_settings(
    explicit: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Resolve settings: explicit values, then the environment, `.env`, `config.json`.

    `explicit` maps setting names (`access_token`, `api_uri`, ...) to values; `None` means
    "not given". Within the environment (and within `.env`), a variable of its own wins over
    the same name inside `PINTEREST_JSON_ENV_VARIABLES`. Nothing is written to the environment.
    """
    explicit = explicit or {}
    unknown = set(explicit) - set(ENV_VARS)
    if unknown:
        raise ConfigurationError(f"unknown settings: {', '.join(sorted(unknown))}")

    sources = setting_sources(environ)
    values: dict[str, Any] = {}
    for name, variable in ENV_VARS.items():
        given = explicit.get(name)
        if given is not None:
            values[name] = given
            continue
        text = _first_value(sources, variable)
        if text is not None:
            values[name] = text

    if "debug" in values:
        values["debug"] = parse_debug(values["debug"])
    settings = Settings(**values)
    _validate(settings)
    return settings


def _validate(settings: Settings) -> None:
    for name in ("access_token", "refresh_token", "app_id", "app_secret", "log_file"):
        value = getattr(settings, name)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ConfigurationError(f"{name} must be a non-empty string")
    for name in ("access_token", "refresh_token", "app_id", "app_secret"):
        value = getattr(settings, name)
        if value is not None and not is_header_safe(value):
            # Typically a value read from a file with its trailing newline. It would break
            # the header it is sent in, and httpcore would log it in its error text.
            raise ConfigurationError(
                f"{name} must not contain whitespace, control or non-ASCII characters "
                "(a trailing newline from a file?)"
            )
    _validate_api_uri(settings.api_uri)

    has_refresh = settings.refresh_token is not None
    if has_refresh and not (settings.app_id and settings.app_secret):
        raise ConfigurationError(
            "a refresh_token needs app_id and app_secret to be exchanged for access tokens"
        )


def is_header_safe(value: str) -> bool:
    """Tell whether `value` is visible ASCII only, as a token sent in a header must be."""
    return all("!" <= character <= "~" for character in value)


def _validate_api_uri(api_uri: object) -> None:
    """Check the base URL; a message names what is wrong, never the URL (it may hold a secret)."""
    example = f"such as {PRODUCTION_API_URI} (or {SANDBOX_API_URI})"
    if not isinstance(api_uri, str):
        raise ConfigurationError(f"api_uri must be a string, {example}")
    if any(character <= " " or character == "\x7f" for character in api_uri):
        raise ConfigurationError("api_uri must not contain whitespace or control characters")
    try:
        parts = urlsplit(api_uri)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        raise ConfigurationError(f"api_uri is not a valid URL; expected one {example}") from None
    if parts.scheme.lower() not in {"http", "https"}:
        raise ConfigurationError(f"api_uri must start with https:// or http://, {example}")
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError("api_uri must not carry credentials (user:password@)")
    if not parts.hostname:
        raise ConfigurationError(f"api_uri has no host; expected a URL {example}")
    # A query or a fragment would be dropped or misplaced when request paths are joined to
    # the base URL, and dot segments would be collapsed: requests would reach other paths.
    if "?" in api_uri:
        raise ConfigurationError("api_uri must not have a query string (?...)")
    if "#" in api_uri:
        raise ConfigurationError("api_uri must not have a fragment (#...)")
    if any(segment in {".", ".."} for segment in parts.path.split("/")):
        raise ConfigurationError("api_uri must not contain '.' or '..' path segments")
