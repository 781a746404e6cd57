"""Fixtures of the fault-injection suite: a fresh local server and a sleep recorder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fault_server import FaultServer
from .support import Sleeps


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()
