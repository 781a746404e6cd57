from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class PinsAnalyticsMetricTypesItemType1(StrEnum):
    IMPRESSION = "IMPRESSION"
    OUTBOUND_CLICK = "OUTBOUND_CLICK"
    PIN_CLICK = "PIN_CLICK"
    QUARTILE_95_PERCENT_VIEW = "QUARTILE_95_PERCENT_VIEW"
    SAVE = "SAVE"
    SAVE_RATE = "SAVE_RATE"
    TOTAL_COMMENTS = "TOTAL_COMMENTS"
    TOTAL_REACTIONS = "TOTAL_REACTIONS"
    VIDEO_10S_VIEW = "VIDEO_10S_VIEW"
    VIDEO_AVG_WATCH_TIME = "VIDEO_AVG_WATCH_TIME"
    VIDEO_MRC_VIEW = "VIDEO_MRC_VIEW"
    VIDEO_START = "VIDEO_START"
    VIDEO_V50_WATCH_TIME = "VIDEO_V50_WATCH_TIME"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PinsAnalyticsMetricTypesItemType1 | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
