"""Pinterest REST API v5 SDK.

Importing `pinterest` is cheap and has no side effects: configuration is read when a client is
created, and the HTTP machinery and the generated models load on the first request.

    from pinterest.client import PinterestSDKClient
    from pinterest.organic.boards import Board

    client = PinterestSDKClient.create_client_with_token("<access token>")
    boards, bookmark = Board.get_all(client=client)
"""

from typing import TYPE_CHECKING, Any

from pinterest.version import __version__

if TYPE_CHECKING:
    from pinterest._request_options import RequestOptions, request_options

__all__ = ["RequestOptions", "__version__", "request_options"]


def __getattr__(name: str) -> Any:
    # Loaded on first use, so `import pinterest` stays free.
    if name in ("RequestOptions", "request_options"):
        from pinterest import _request_options

        return getattr(_request_options, name)
    raise AttributeError(f"module 'pinterest' has no attribute {name!r}")
