"""Analytics: the checked request for an ads analytics endpoint, and the rows it answers.

Dates, columns and granularity are checked before anything is sent; an argument the endpoint
does not take is a `TypeError` naming it, a value it does not allow a `ValueError`.
"""

from __future__ import annotations

import datetime
import functools
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest._resource import answer_items, conform_value, enum_list, reject_unknown_kwargs

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient

__all__ = ["AnalyticsRow"]


@dataclass(frozen=True)
class AnalyticsRow:
    """One row of an analytics answer.

    Attributes:
        entity_id: The ad account, campaign, ad group or ad the row is about.
        date: The day (or first day of the period) the row covers; None for `TOTAL`.
        metrics: Every other column, by the API's column name (`SPEND_IN_DOLLAR`, ...).
    """

    entity_id: str | None
    date: datetime.date | None
    metrics: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, column: str) -> Any:
        return self.metrics[column]

    def get(self, column: str, default: Any = None) -> Any:
        """Give a metric, or `default` when the answer has no such column."""
        return self.metrics.get(column, default)


def analytics_date(name: str, value: Any) -> datetime.date:
    """Give a date for a `datetime.date` or an ISO `YYYY-MM-DD` string."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{name} must be a date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"{name} must be a date or a YYYY-MM-DD string, got {type(value).__name__}")


def analytics_window(
    start_date: Any, end_date: Any, columns: Any
) -> tuple[datetime.date, datetime.date, Any]:
    """Give the checked first day and last day of an analytics request, and its columns.

    `columns` is a list of names, or one comma-separated string which is split into one.

    Raises:
        TypeError, ValueError: a date that is not one, an end before the start, no columns.
    """
    start = analytics_date("start_date", start_date)
    end = analytics_date("end_date", end_date)
    if end < start:
        raise ValueError(f"end_date ({end}) is before start_date ({start})")
    if isinstance(columns, str):
        columns = columns.split(",")
    if not columns:
        raise ValueError("columns must name at least one column")
    return start, end, columns


def fetch_analytics(
    client: PinterestSDKClient,
    operation_module: Any,
    entity_key: str,
    arguments: dict[str, Any],
    start_date: Any,
    end_date: Any,
    columns: Any,
    granularity: Any,
    options: Mapping[str, Any],
    where: str,
) -> list[AnalyticsRow]:
    """Ask an analytics endpoint for its rows, with every argument checked first.

    Args:
        operation_module: The generated module (`campaigns_analytics`, ...).
        entity_key: The attribute of a row that names its entity (`campaign_id`, ...).
        arguments: The path and id arguments (`ad_account_id`, `campaign_ids`, ...).
        options: Optional endpoint arguments; enum ones accept their values as strings.
    """
    from pinterest._api import call
    from pinterest_generated.types import Unset

    # The endpoint's own annotations say which options it takes and which enums they use.
    hints = _parameter_types(operation_module.sync)
    reject_unknown_kwargs(where, options, [name for name in hints if name not in arguments])
    start, end, columns = analytics_window(start_date, end_date, columns)

    request: dict[str, Any] = dict(arguments)
    request["start_date"] = start
    request["end_date"] = end
    request["columns"] = enum_list("columns", columns, _enum_in(hints["columns"]))
    request["granularity"] = _validation.enum_value(
        "granularity", granularity, _enum_in(hints["granularity"])
    )
    for name, value in options.items():
        if value is None:
            continue
        enum_class = _enum_in(hints[name])
        request[name] = (
            conform_value(value, hints[name], name)
            if enum_class is None
            else _validation.enum_value(name, value, enum_class)
        )

    rows = call(client, operation_module.sync, **request)
    result = []
    for row in answer_items(rows, where, attribute=None):
        entity = getattr(row, entity_key, None)
        date = getattr(row, "date", None)
        result.append(
            AnalyticsRow(
                entity_id=None if isinstance(entity, Unset) else entity,
                date=None if isinstance(date, Unset) else date,
                metrics=dict(row.additional_properties),
            )
        )
    return result


def _enum_in(annotation: Any) -> Any:
    """Give the Enum class inside a type such as `list[X] | Unset`, or None."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    for argument in typing.get_args(annotation):
        found = _enum_in(argument)
        if found is not None:
            return found
    return None


@functools.cache
def _parameter_types(function: Callable[..., Any]) -> dict[str, Any]:
    """Give a generated function's resolved annotations (resolving them costs, so once each)."""
    return typing.get_type_hints(function)
