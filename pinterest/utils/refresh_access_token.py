"""`get_new_access_token`, as in pinterest-api-sdk 0.2.7, for scripts that call it directly.

Pinterest now rotates refresh tokens: an answer may carry a new refresh token, after which
the one passed in stops working. 0.2.7 dropped it. Here it is handed to `on_refresh_token`
when given; otherwise a WARNING says that it was lost. `pinterest._auth.refresh_access_token`
gives every field of the answer.
"""

from __future__ import annotations

from collections.abc import Callable

# Aliased: the 0.2.7 parameter `refresh_access_token` would shadow the function.
from pinterest._auth import refresh_access_token as _refresh
from pinterest._logging import get_logger

__all__ = ["get_new_access_token"]

_log = get_logger("pinterest.auth")


def get_new_access_token(
    app_id: str,
    app_secret: str,
    refresh_access_token: str,
    host: str,
    *,
    on_refresh_token: Callable[[str], None] | None = None,
) -> str:
    """Give a new access token obtained with `refresh_access_token`.

    Args:
        app_id: the app id (client id).
        app_secret: the app secret.
        refresh_access_token: the refresh token from the OAuth flow.
        host: the API base URL, for example `https://api.pinterest.com/v5`.
        on_refresh_token: called with the new refresh token when Pinterest rotates it.

    Raises:
        AuthenticationError: Pinterest refused the refresh (a subclass of `SdkException`,
            which 0.2.7 raised).
        NetworkError: no answer came back.
    """
    tokens = _refresh(
        app_id=app_id,
        app_secret=app_secret,
        refresh_token=refresh_access_token,
        token_url=f"{host.rstrip('/')}/oauth/token",
    )
    if tokens.refresh_token is not None and tokens.refresh_token != refresh_access_token:
        if on_refresh_token is not None:
            on_refresh_token(tokens.refresh_token)
        else:
            _log.warning(
                "Pinterest issued a new refresh token and the old one no longer works; pass "
                "on_refresh_token to get_new_access_token to keep it"
            )
    return tokens.access_token
