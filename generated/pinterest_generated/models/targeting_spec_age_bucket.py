from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class TargetingSpecAgeBucket(StrEnum):
    VALUE_0 = "18-24"
    VALUE_1 = "19+"
    VALUE_2 = "20+"
    VALUE_3 = "21+"
    VALUE_4 = "25-34"
    VALUE_5 = "35-44"
    VALUE_6 = "45-49"
    VALUE_7 = "50-54"
    VALUE_8 = "55-64"
    VALUE_9 = "65+"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TargetingSpecAgeBucket | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
