from enum import IntEnum

from ..types import tolerate_unknown_enum_value


class AdAccountAnalyticsEngagementWindowDays(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_7 = 7
    VALUE_14 = 14
    VALUE_30 = 30
    VALUE_60 = 60

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AdAccountAnalyticsEngagementWindowDays | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = int.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
