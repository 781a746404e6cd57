"""A scriptable HTTP server on 127.0.0.1 for fault-injection tests.

`FaultServer` runs in the test process (one thread per connection, HTTP/1.1 keep-alive,
random port). Each `(method, path)` gets either a queue of `Reply` objects (`script`) or a
function of the received request (`route`). Every request is recorded, so a test can
count what reached the server: `server.count("POST", "/v5/pins")`.

A `Reply` can also misbehave instead of answering:

* `Fault.RESET`: read the request, then reset the connection (TCP RST) before answering;
* `Fault.RESET_MID_BODY`: send the status line, headers and part of the body, then reset;
* `Fault.CLOSE`: read the request, then close the connection without a word;
* `Fault.STALL`: read the request and answer only after `stall_seconds`, or when the test
  ends, whichever comes first (a read timeout for the client).
"""

from __future__ import annotations

import enum
import json
import socket
import struct
import sys
import threading
from collections import deque
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from typing import Any
from urllib.parse import urlsplit

import attrs

__all__ = ["Fault", "FaultServer", "Received", "Reply", "unused_port"]

# A stalled handler gives up after this long even if the test never releases it.
_STALL_LIMIT_SECONDS = 10.0


class Fault(enum.Enum):
    RESET = "reset"
    RESET_MID_BODY = "reset_mid_body"
    CLOSE = "close"
    STALL = "stall"


@attrs.frozen
class Reply:
    """One scripted answer: a status, headers and a body (bytes, text or JSON), or a fault."""

    status: int = 200
    body: bytes | str | Mapping[str, Any] | list[Any] | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    fault: Fault | None = None
    stall_seconds: float = _STALL_LIMIT_SECONDS

    def encoded_body(self) -> tuple[bytes, str | None]:
        if self.body is None:
            return b"", None
        if isinstance(self.body, bytes):
            return self.body, None
        if isinstance(self.body, str):
            return self.body.encode(), None
        return json.dumps(self.body).encode(), "application/json"


@attrs.frozen
class Received:
    """One request as the server received it (header names in lower case)."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes


Handler = Callable[[Received], Reply]


def unused_port() -> int:
    """Give a local TCP port that nothing listens on (connecting to it is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # 100 concurrent clients must not overflow the backlog
    fault_server: FaultServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout) or a connection the script broke on purpose ends
        # a handler with an exception; keep it for inspection instead of printing it.
        self.fault_server.handler_errors.append(sys.exc_info()[1])


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        received = Received(
            method=self.command,
            path=parts.path,
            query=parts.query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        reply = self.server.fault_server.reply_for(received)
        if reply.fault is None:
            self._answer(reply)
        elif reply.fault is Fault.STALL:
            self.server.fault_server.released.wait(reply.stall_seconds)
            self.close_connection = True
            self._answer(reply)
        elif reply.fault is Fault.RESET_MID_BODY:
            content, _ = reply.encoded_body()
            head = f"HTTP/1.1 {reply.status} X\r\nContent-Length: {len(content) + 100}\r\n\r\n"
            self.wfile.write(head.encode() + content[: len(content) // 2])
            self.wfile.flush()
            self._drop(reset=True)
        else:
            self._drop(reset=reply.fault is Fault.RESET)

    def _answer(self, reply: Reply) -> None:
        content, content_type = reply.encoded_body()
        self.send_response(reply.status)
        if content_type is not None and "content-type" not in {h.lower() for h in reply.headers}:
            self.send_header("Content-Type", content_type)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def _drop(self, *, reset: bool) -> None:
        if reset:
            # Linger 0: close() sends a TCP RST instead of an orderly FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True
        self.wfile = BytesIO()  # the socket is gone; let the handler's final flush succeed

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


class FaultServer:
    """The server; use as a context manager, or `start()` and `stop()`."""

    def __init__(self) -> None:
        self._routes: dict[tuple[str, str], deque[Reply] | Handler] = {}
        self._received: list[Received] = []
        self.handler_errors: list[BaseException | None] = []
        self._lock = threading.Lock()
        self.released = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _RequestHandler)
        self._server.fault_server = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>`."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def script(self, method: str, path: str, *replies: Reply) -> None:
        """Answer the next requests to `method path` with `replies`, in order."""
        with self._lock:
            self._routes[(method, path)] = deque(replies)

    def route(self, method: str, path: str, handler: Handler) -> None:
        """Answer every request to `method path` with `handler(request)`."""
        with self._lock:
            self._routes[(method, path)] = handler

    def reply_for(self, received: Received) -> Reply:
        with self._lock:
            self._received.append(received)
            route = self._routes.get((received.method, received.path))
            if isinstance(route, deque):
                if route:
                    return route.popleft()
                route = None
        if route is None:
            return Reply(418, {"code": -1, "message": "no scripted reply left"})
        return route(received)

    def requests(self, method: str | None = None, path: str | None = None) -> list[Received]:
        """Give the requests received so far, optionally only those to `method` / `path`."""
        with self._lock:
            return [
                r
                for r in self._received
                if (method is None or r.method == method) and (path is None or r.path == path)
            ]

    def count(self, method: str, path: str) -> int:
        """Give how many requests to `method path` the server received."""
        return len(self.requests(method, path))
