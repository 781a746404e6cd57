"""Remove credentials from cassettes before vcrpy writes them.

`scrub_request` and `scrub_response` are vcrpy's `before_record_request` and
`before_record_response` hooks. They replace, with `PLACEHOLDER`:

* the credential in `Authorization` and `Proxy-Authorization` headers (the scheme is kept:
  `Bearer REDACTED`, `Basic REDACTED`), and the values of `Cookie` and `Set-Cookie`;
* the value of every secret-named field (`access_token`, `refresh_token`, `client_secret`,
  `client_id`, ... and any name ending in `_token` or `_secret`) in JSON bodies, at any
  depth, and in form-encoded bodies and query strings, where the OAuth fields `code` and
  `code_verifier` are scrubbed as well;
* anything that looks like a Pinterest token (`pina_...`, `pinr_...`, `pinc_...`) or a
  `Bearer` / `Basic` credential anywhere else in a header value or a text body.

vcrpy applies the request hook to live requests before matching them against a cassette,
so a scrubbed query string still matches on replay.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from vcr.request import Request  # type: ignore[import-untyped]

PLACEHOLDER = "REDACTED"

SECRET_FIELDS = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "client_id",
        "app_id",
        "app_secret",
        "password",
        "token",
    }
)
SECRET_SUFFIXES = ("_token", "_secret")
# In JSON, `code` is an error code (`{"code": 2, "message": ...}`); only in OAuth form bodies
# is it the authorization code.
FORM_ONLY_SECRET_FIELDS = frozenset({"code", "code_verifier"})
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})
COOKIE_HEADERS = frozenset({"cookie", "set-cookie"})

# Pinterest access, refresh and client tokens: `pina_`, `pinr_`, `pinc_` and a long tail.
_TOKEN_PATTERN = re.compile(r"\bpin[acr]_[A-Za-z0-9._~+/=-]{16,}")
_SCHEME_CREDENTIAL_PATTERN = re.compile(r"\b(Bearer|Basic)\s+([A-Za-z0-9._~+/=-]+)", re.IGNORECASE)
# Free text such as "Bearer bonds" or "Basic recipes" must survive, so a credential has to
# look like one: a long bearer token, or base64 of `user:password`.
_MIN_BEARER_LENGTH = 20


def is_secret_field(name: str, *, form: bool = False) -> bool:
    """Tell whether a body or query field with this name holds a credential."""
    lowered = name.lower()
    if lowered in SECRET_FIELDS or lowered.endswith(SECRET_SUFFIXES):
        return True
    return form and lowered in FORM_ONLY_SECRET_FIELDS


def _is_credential(scheme: str, credential: str) -> bool:
    if scheme.lower() == "bearer":
        return len(credential) >= _MIN_BEARER_LENGTH
    try:
        decoded = base64.b64decode(credential, validate=True)
    except (binascii.Error, ValueError):
        return False
    return b":" in decoded


def _replace_credential(match: re.Match[str]) -> str:
    scheme, credential = match.group(1), match.group(2)
    return f"{scheme} {PLACEHOLDER}" if _is_credential(scheme, credential) else match.group(0)


def scrub_text(text: str) -> str:
    """Replace token-looking strings and `Bearer`/`Basic` credentials in free text."""
    text = _SCHEME_CREDENTIAL_PATTERN.sub(_replace_credential, text)
    return _TOKEN_PATTERN.sub(PLACEHOLDER, text)


def scrub_header_value(name: str, value: str) -> str:
    """Give the value a header may be recorded with."""
    lowered = name.lower()
    if lowered in COOKIE_HEADERS:
        return PLACEHOLDER
    if lowered in CREDENTIAL_HEADERS:
        scheme, _, credential = value.partition(" ")
        return f"{scheme} {PLACEHOLDER}" if credential else PLACEHOLDER
    return scrub_text(value)


def scrub_json(value: Any) -> Any:
    """Give a copy of decoded JSON with secret fields and token-looking strings replaced."""
    if isinstance(value, dict):
        return {
            key: PLACEHOLDER
            if is_secret_field(str(key)) and value_is_scalar(item)
            else scrub_json(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [scrub_json(item) for item in value]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def value_is_scalar(value: object) -> bool:
    """Tell whether a JSON value is a leaf (a nested object under a secret name is walked)."""
    return not isinstance(value, dict | list)


def scrub_form(text: str) -> str:
    """Give a form-encoded string (body or query) with secret fields replaced."""
    pairs = parse_qsl(text, keep_blank_values=True)
    scrubbed = [
        (key, PLACEHOLDER if is_secret_field(key, form=True) else scrub_text(value))
        for key, value in pairs
    ]
    return urlencode(scrubbed) if scrubbed != pairs else text


def _looks_like_form(text: str, content_type: str) -> bool:
    if "application/x-www-form-urlencoded" in content_type:
        return True
    return bool(re.fullmatch(r"[\w.\-~%+]+=[^&\s]*(&[\w.\-~%+]+=[^&\s]*)*", text))


def scrub_body(body: bytes | str | None, content_type: str = "") -> bytes | str | None:
    """Give a body with credentials replaced; the same object when nothing had to change."""
    if body is None or body in (b"", ""):
        return body
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return body  # binary (an image upload): nothing textual to scrub
    else:
        text = body

    scrubbed = _scrub_body_text(text, content_type)
    if scrubbed == text:
        return body
    return scrubbed.encode("utf-8") if isinstance(body, bytes) else scrubbed


def _scrub_body_text(text: str, content_type: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) or "json" in content_type:
        try:
            document = json.loads(text)
        except ValueError:
            pass
        else:
            cleaned = scrub_json(document)
            return text if cleaned == document else json.dumps(cleaned, separators=(",", ":"))
    if _looks_like_form(stripped, content_type):
        return scrub_form(text)
    return scrub_text(text)


def scrub_uri(uri: str) -> str:
    """Give a URI with secret query parameters replaced."""
    parts = urlsplit(uri)
    if not parts.query:
        return uri
    return urlunsplit(parts._replace(query=scrub_form(parts.query)))


def _header_text(headers: Any, name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            if isinstance(value, list):
                return str(value[0]) if value else ""
            return str(value)
    return ""


def scrub_request(request: Request) -> Request:
    """vcrpy `before_record_request` hook: remove credentials from a request."""
    for name in list(request.headers):
        request.headers[name] = scrub_header_value(name, str(request.headers[name]))
    request.uri = scrub_uri(request.uri)
    content_type = _header_text(request.headers, "content-type").lower()
    scrubbed = scrub_body(request.body, content_type)
    if scrubbed is not request.body:
        request.body = scrubbed
        # The original length would tell how long the removed secret was.
        for name in list(request.headers):
            if name.lower() == "content-length":
                size = len(scrubbed.encode() if isinstance(scrubbed, str) else scrubbed or b"")
                request.headers[name] = str(size)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy `before_record_response` hook: remove credentials from a recorded response."""
    headers: dict[str, Any] = response.get("headers") or {}
    for name, values in list(headers.items()):
        if isinstance(values, list):
            headers[name] = [scrub_header_value(name, str(value)) for value in values]
        else:
            headers[name] = scrub_header_value(name, str(values))

    body = response.get("body") or {}
    original = body.get("string")
    content_type = _header_text(headers, "content-type").lower()
    scrubbed = scrub_body(original, content_type)
    if scrubbed is not original:
        body["string"] = scrubbed
        _set_content_length(headers, scrubbed)
    return response


def _set_content_length(headers: dict[str, Any], body: bytes | str | None) -> None:
    """Keep a recorded Content-Length true to the rewritten body."""
    if body is None:
        return
    length = str(len(body.encode("utf-8") if isinstance(body, str) else body))
    for name, values in headers.items():
        if name.lower() == "content-length":
            headers[name] = [length] if isinstance(values, list) else length
