"""Fixtures shared by the unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import pinterest.client


@pytest.fixture
def no_default_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Start every test without a default client, so that using one by mistake is visible."""
    monkeypatch.setattr(pinterest.client, "default_sdk_client", None)
    monkeypatch.setattr(pinterest.client, "_default_overrides", {})
    yield
