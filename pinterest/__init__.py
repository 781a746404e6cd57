"""Pinterest REST API v5 SDK.

Importing `pinterest` is cheap and has no side effects: configuration is read when a client is
created, and the HTTP machinery and the generated models load on the first request.

    from pinterest.client import PinterestSDKClient
    from pinterest.organic.boards import Board

    client = PinterestSDKClient.create_client_with_token("<access token>")
    boards, bookmark = Board.get_all(client=client)
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
