"""Analytics of ad accounts, campaigns, ad groups and ads, replayed from recorded answers.

These answers are parsed strictly: every metric column is a field the description allows
(`additionalProperties: true`) without naming it, which strict parsing accepts (the normaliser
marks such objects open; see T9 in scripts/normalize.py).

The ad account is the mock's example account, or, when recording against the real API, the
one in `PINTEREST_RECORD_AD_ACCOUNT_ID`; on replay it is read from the cassette.
"""

from __future__ import annotations

import datetime
import os
import re

import pytest
from vcr.cassette import Cassette  # type: ignore[import-untyped]

from pinterest.ads._analytics import AnalyticsRow
from pinterest.ads._base import AnalyticsResource
from pinterest.ads.ad_accounts import AdAccount
from pinterest.ads.ad_groups import AdGroup
from pinterest.ads.ads import Ad
from pinterest.ads.campaigns import Campaign
from pinterest.client import PinterestSDKClient
from tests.cassette._support import api_path

pytestmark = [pytest.mark.vcr, pytest.mark.usefixtures("strict_parsing_on")]

AD_ACCOUNT_ENV_VAR = "PINTEREST_RECORD_AD_ACCOUNT_ID"
# The ad account id of the description's examples, which the mock accepts.
MOCK_AD_ACCOUNT_ID = "549755885175"
AD_ACCOUNT_IN_PATH = re.compile(r"/ad_accounts/(\d+)")
COLUMNS = ["SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH"]
START, END = datetime.date(2024, 1, 1), datetime.date(2024, 1, 7)
# The filter by which each analytics endpoint is told the object's id.
ID_FILTERS: dict[type[AnalyticsResource], str] = {
    Campaign: "campaign_ids",
    AdGroup: "ad_group_ids",
    Ad: "ad_ids",
}


@pytest.fixture
def ad_account_id(live: bool, answered_by_mock: bool, vcr: Cassette | None) -> str:
    """The ad account the test works in (see the module docstring)."""
    if live:
        if answered_by_mock:
            return MOCK_AD_ACCOUNT_ID
        configured = os.environ.get(AD_ACCOUNT_ENV_VAR, "").strip()
        if not configured:
            pytest.fail(f"recording ads against the real API needs {AD_ACCOUNT_ENV_VAR}")
        return configured
    assert vcr is not None
    found = AD_ACCOUNT_IN_PATH.search(str(vcr.requests[0].path))
    assert found, "the cassette's first request names no ad account"
    return found.group(1)


def assert_rows(rows: list[AnalyticsRow], entity_id: str, answered_by_mock: bool) -> None:
    """The rows are daily rows of the asked columns, about the asked object."""
    for row in rows:
        assert isinstance(row, AnalyticsRow)
        assert set(row.metrics) <= set(COLUMNS)
        assert all(row[column] == row.get(column) for column in row.metrics)
        if answered_by_mock:
            # The description's example row, about another id and outside the dates asked.
            assert (row.entity_id, row.date) == ("547602124502", datetime.date(2021, 4, 1))
            assert dict(row.metrics) == {"SPEND_IN_DOLLAR": 30, "TOTAL_CLICKTHROUGH": 216}
        else:
            assert row.entity_id == entity_id
            assert row.date is not None and START <= row.date <= END
    if answered_by_mock:
        assert len(rows) == 1


def test_ad_account_get_analytics(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    account = AdAccount(ad_account_id, client=client)

    rows = account.get_analytics(START, END, COLUMNS, "DAY", click_window_days=7)

    assert_rows(rows, ad_account_id, answered_by_mock)
    request = vcr.requests[1]
    assert api_path(request.path) == f"/ad_accounts/{ad_account_id}/analytics"
    assert sorted(request.query) == [
        ("click_window_days", "7"),
        ("columns", "SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH"),
        ("end_date", "2024-01-07"),
        ("granularity", "DAY"),
        ("start_date", "2024-01-01"),
    ]


@pytest.mark.parametrize("kind", [Campaign, AdGroup, Ad], ids=lambda kind: kind.__name__)
def test_get_analytics_of(
    kind: type[Campaign | AdGroup | Ad],
    client: PinterestSDKClient,
    ad_account_id: str,
    answered_by_mock: bool,
    vcr: Cassette,
) -> None:
    [listed], _ = kind.get_all(ad_account_id, page_size=1, client=client)

    rows = listed.get_analytics("2024-01-01", "2024-01-07", COLUMNS, "DAY")

    assert_rows(rows, listed.id, answered_by_mock)
    # The request names this one object, by the filter its endpoint takes.
    assert (ID_FILTERS[kind], listed.id) in vcr.requests[1].query
