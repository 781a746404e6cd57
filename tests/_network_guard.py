"""Refuse every network connection that does not stay on this machine.

`NetworkGuard.install()` wraps the socket functions that reach another host: name lookups
(`getaddrinfo`, `gethostbyname`, `gethostbyname_ex`, `gethostbyaddr`) and `connect`,
`connect_ex` and `sendto` on `socket.socket`. A call for a host that is not loopback raises
`NetworkAccessDenied` before anything is sent, not even a DNS query. httpx (sync and async),
urllib and http.client all go through these functions.

Loopback means `127.0.0.1`, `::1`, `::ffff:127.0.0.1` and the name `localhost`. Unix sockets
are always allowed. Further host names can be allowed explicitly (for recording cassettes
against the real API); the addresses they resolve to are then allowed too.

Every refusal is also kept in `NetworkGuard.refused`, so a test can be failed even when the
code under test catches the exception.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
from collections.abc import Callable, Iterable, Iterator
from typing import Any

LOOPBACK_NAMES = frozenset({"localhost"})
LOOPBACK_ADDRESSES = frozenset({"127.0.0.1", "::1", "::ffff:127.0.0.1"})


class NetworkAccessDenied(RuntimeError):
    """A test tried to reach a host that is not this machine.

    It is not an `OSError` on purpose: HTTP clients turn `OSError` into their own connection
    errors (and may retry them), which would hide where the attempt came from.
    """


def _host_text(host: object) -> str | None:
    if host is None:
        return None
    if isinstance(host, bytes):
        return host.decode("ascii", errors="replace")
    return str(host)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


class NetworkGuard:
    """Wraps the socket module so that only loopback (and explicitly allowed hosts) answer."""

    def __init__(self, allowed_names: Iterable[str] = ()) -> None:
        self.allowed_names = set(LOOPBACK_NAMES) | {name.lower() for name in allowed_names}
        self.allowed_addresses = set(LOOPBACK_ADDRESSES)
        self.refused: list[str] = []
        self._originals: dict[tuple[object, str], Any] = {}

    # -- decisions -------------------------------------------------------------------------

    def is_allowed_host(self, host: str | None) -> bool:
        """Tell whether `host` (a name or an address literal) may be contacted."""
        if host is None or host == "":
            return True  # getaddrinfo(None, ...) means the local machine
        lowered = host.lower().rstrip(".")
        if _is_ip_literal(lowered):
            return lowered.split("%", 1)[0] in self.allowed_addresses
        return lowered in self.allowed_names

    def check(self, operation: str, host: object, port: object = None) -> None:
        """Raise `NetworkAccessDenied` (and remember it) unless `host` is allowed."""
        text = _host_text(host)
        if self.is_allowed_host(text):
            return
        target = f"{text}:{port}" if port is not None else f"{text}"
        self.refused.append(f"{operation} {target}")
        raise NetworkAccessDenied(
            f"tests must not reach the network: {operation} to {target} was refused. Only "
            f"127.0.0.1, ::1 and localhost are allowed; use a cassette or the Prism mock."
        )

    def _check_address(self, operation: str, family: int, address: object) -> None:
        if family not in (socket.AF_INET, socket.AF_INET6):
            return  # Unix sockets and the like stay on this machine
        if isinstance(address, tuple) and address:
            port = address[1] if len(address) > 1 else None
            self.check(operation, address[0], port)
        else:
            self.check(operation, address)

    # -- wrappers ----------------------------------------------------------------------------

    def _original(self, owner: object, name: str) -> Any:
        return self._originals[(owner, name)]

    def _wrap_lookup(self, name: str) -> Callable[..., Any]:
        def lookup(host: object, *args: Any, **kwargs: Any) -> Any:
            port = args[0] if name == "getaddrinfo" and args else kwargs.get("port")
            self.check(name, host, port)
            result = self._original(socket, name)(host, *args, **kwargs)
            if name == "getaddrinfo" and _host_text(host) is not None:
                # Addresses of an explicitly allowed name may be connected to.
                for _family, _type, _proto, _canon, sockaddr in result:
                    self.allowed_addresses.add(str(sockaddr[0]))
            return result

        return lookup

    def _wrap_connect(self, name: str) -> Callable[..., Any]:
        def connect(sock: socket.socket, address: Any) -> Any:
            self._check_address(name, sock.family, address)
            return self._original(socket.socket, name)(sock, address)

        return connect

    def _wrap_sendto(self) -> Callable[..., Any]:
        def sendto(sock: socket.socket, data: Any, *args: Any) -> Any:
            address = args[-1] if args else None
            if address is not None:
                self._check_address("sendto", sock.family, address)
            return self._original(socket.socket, "sendto")(sock, data, *args)

        return sendto

    # -- installation ------------------------------------------------------------------------

    def install(self) -> None:
        """Put the wrappers in place; `uninstall` restores the socket module."""
        if self._originals:
            return
        replacements: dict[tuple[object, str], Callable[..., Any]] = {
            (socket, "getaddrinfo"): self._wrap_lookup("getaddrinfo"),
            (socket, "gethostbyname"): self._wrap_lookup("gethostbyname"),
            (socket, "gethostbyname_ex"): self._wrap_lookup("gethostbyname_ex"),
            (socket, "gethostbyaddr"): self._wrap_lookup("gethostbyaddr"),
            (socket.socket, "connect"): self._wrap_connect("connect"),
            (socket.socket, "connect_ex"): self._wrap_connect("connect_ex"),
            (socket.socket, "sendto"): self._wrap_sendto(),
        }
        for (owner, name), wrapper in replacements.items():
            self._originals[(owner, name)] = getattr(owner, name)
            setattr(owner, name, wrapper)

    def uninstall(self) -> None:
        """Restore the socket functions that `install` replaced."""
        for (owner, name), original in self._originals.items():
            setattr(owner, name, original)
        self._originals.clear()

    def take_refused(self) -> list[str]:
        """Give the refusals recorded so far and forget them."""
        refused, self.refused = self.refused, []
        return refused

    @contextlib.contextmanager
    def expect_refusal(self) -> Iterator[None]:
        """Let a test provoke refusals on purpose; fails unless at least one happens."""
        before = len(self.refused)
        yield
        if len(self.refused) == before:
            raise AssertionError("expected the network guard to refuse a connection")
        del self.refused[before:]
