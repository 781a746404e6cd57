"""Asynchronous ad reports: request one, wait until it is ready, download it.

Pinterest builds a report in the background: a request gives a token, the status is polled
with that token until it is final, and a finished report is a file at a signed URL on another
host. That URL carries its own authorisation, so the download is a plain request that sends
no API credential.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest._resource import enum_list, request_body, without_none
from pinterest.ads._analytics import analytics_window

if TYPE_CHECKING:
    import httpx

    from pinterest.client import PinterestSDKClient

__all__ = ["ReportStatus"]

FINISHED = "FINISHED"
IN_PROGRESS = "IN_PROGRESS"
# The statuses after which waiting longer cannot give a report.
FAILED_STATUSES = frozenset({"FAILED", "CANCELLED", "EXPIRED", "DOES_NOT_EXIST"})

DEFAULT_WAIT_SECONDS = 600.0
FIRST_POLL_DELAY_SECONDS = 1.0
MAX_POLL_DELAY_SECONDS = 30.0
DOWNLOAD_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class ReportStatus:
    """Where a report stands.

    Attributes:
        token: The report's token.
        status: `IN_PROGRESS`, `FINISHED`, `FAILED`, `CANCELLED`, `EXPIRED`,
            `DOES_NOT_EXIST`, or a status Pinterest added later, as sent.
        url: Where a finished report can be downloaded (no API credential needed).
        size: The report's size in bytes, when known.
    """

    token: str
    status: str | None
    url: str | None = None
    size: float | None = None

    @property
    def is_finished(self) -> bool:
        """Whether the report is ready to download."""
        return self.status == FINISHED

    @property
    def is_failed(self) -> bool:
        """Whether the report ended without a result."""
        return self.status in FAILED_STATUSES


def request_report(
    client: PinterestSDKClient,
    ad_account_id: str,
    start_date: Any,
    end_date: Any,
    columns: Any,
    granularity: Any,
    level: Any,
    options: Mapping[str, Any],
) -> str:
    """Ask for a report and give its token.

    Raises:
        TypeError, ValueError: an argument the API would refuse, before any request.
        SdkException: the API refused the request.
    """
    from pinterest._api import call
    from pinterest.utils.sdk_exceptions import UnexpectedResponseError
    from pinterest_generated.api.ad_accounts import analytics_create_report
    from pinterest_generated.models.ads_analytics_create_async_request import (
        AdsAnalyticsCreateAsyncRequest,
    )
    from pinterest_generated.models.granularity import Granularity
    from pinterest_generated.models.metrics_reporting_level import MetricsReportingLevel
    from pinterest_generated.models.reporting_column_async import ReportingColumnAsync

    start, end, columns = analytics_window(start_date, end_date, columns)
    values = {
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "columns": enum_list("columns", columns, ReportingColumnAsync),
        "granularity": _validation.enum_value("granularity", granularity, Granularity),
        "level": _validation.enum_value("level", level, MetricsReportingLevel),
        **without_none(**options),
    }
    body = request_body(AdsAnalyticsCreateAsyncRequest, values, "AdAccount.create_report")
    answer = call(client, analytics_create_report.sync, ad_account_id=ad_account_id, body=body)
    token = answer.token
    if not isinstance(token, str) or not token:
        raise UnexpectedResponseError(message="the report request was answered without a token")
    return token


def report_status(client: PinterestSDKClient, ad_account_id: str, token: str) -> ReportStatus:
    """Give the report's status, and its URL once it is finished."""
    from pinterest._api import call
    from pinterest_generated.api.ad_accounts import analytics_get_report
    from pinterest_generated.types import Unset

    token = _validation.require_str("token", token)
    answer = call(client, analytics_get_report.sync, ad_account_id=ad_account_id, token=token)
    status = None if isinstance(answer.report_status, Unset) else answer.report_status
    url = answer.url if isinstance(answer.url, str) and answer.url else None
    size = answer.size if isinstance(answer.size, int | float) else None
    return ReportStatus(
        token=token, status=None if status is None else str(status.value), url=url, size=size
    )


def wait_for_report(
    client: PinterestSDKClient,
    ad_account_id: str,
    token: str,
    timeout: float = DEFAULT_WAIT_SECONDS,
    *,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> ReportStatus:
    """Poll the report until it is finished and give its final status (with the URL).

    Polls after 1 s, then twice as long each time up to 30 s between polls. A status the SDK
    does not know is waited out like `IN_PROGRESS`.

    Raises:
        SdkException: the report ended `FAILED`, `CANCELLED`, `EXPIRED` or `DOES_NOT_EXIST`,
            finished without a URL, or did not finish within `timeout` seconds.
    """
    from pinterest.utils.sdk_exceptions import SdkException

    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError("timeout must be a positive number of seconds")
    sleep = time.sleep if sleep is None else sleep
    clock = time.monotonic if clock is None else clock
    deadline = clock() + timeout
    delay = FIRST_POLL_DELAY_SECONDS
    while True:
        status = report_status(client, ad_account_id, token)
        if status.is_finished:
            if status.url is None:
                raise SdkException(message=f"report {token} finished without a download URL")
            return status
        if status.is_failed:
            raise SdkException(message=f"report {token} ended with status {status.status}")
        remaining = deadline - clock()
        if remaining <= 0:
            raise SdkException(
                message=f"report {token} not finished after {timeout:g} s (status {status.status})"
            )
        sleep(min(delay, remaining))
        delay = min(delay * 2, MAX_POLL_DELAY_SECONDS)


def download_report(
    url: str,
    *,
    transport: httpx.BaseTransport | None = None,
    timeout: float = DOWNLOAD_TIMEOUT_SECONDS,
) -> bytes:
    """Give the content of a finished report.

    The URL is signed by Pinterest for its storage host, so the request is made by a separate
    plain HTTP client: no API token, no client headers or cookies are sent to that host.

    Raises:
        SdkException: the download failed (the subclass says how).
    """
    import httpx

    from pinterest.utils.sdk_exceptions import error_from_response, error_from_transport

    url = _validation.require_str("url", url)
    if not url.startswith("https://") and not url.startswith("http://"):
        raise ValueError(f"url must be an http(s) URL, got {url!r}")
    try:
        with httpx.Client(transport=transport, timeout=timeout, follow_redirects=True) as http:
            response = http.get(url)
    except httpx.TransportError as exc:
        raise error_from_transport(exc) from exc
    if not response.is_success:
        raise error_from_response(response)
    return response.content
