"""Recognisable fake credentials. No test output, log record or cassette may contain them."""

from __future__ import annotations

from typing import Final

ACCESS_TOKEN: Final = "pina_TESTFAKEACCESS_9f8e7d6c5b4a39281706"
REFRESH_TOKEN: Final = "pinr_TESTFAKEREFRESH_0a1b2c3d4e5f60718293"
NEW_ACCESS_TOKEN: Final = "pina_TESTFAKEROTATEDACCESS_55667788990011"
NEW_REFRESH_TOKEN: Final = "pinr_TESTFAKEROTATEDREFRESH_44332211009988"
APP_ID: Final = "1484362"
APP_SECRET: Final = "testfake-app-secret-4c1d9e7a0b3f"

SECRETS: Final = (ACCESS_TOKEN, REFRESH_TOKEN, NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN, APP_SECRET)
