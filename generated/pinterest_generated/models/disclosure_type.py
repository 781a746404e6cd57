from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class DisclosureType(StrEnum):
    IMPORTANT_SAFETY_INFO = "IMPORTANT_SAFETY_INFO"
    MED_GUIDE = "MED_GUIDE"
    NO_DISCLOSURE = "NO_DISCLOSURE"
    PATIENT_INFORMATION = "PATIENT_INFORMATION"
    PRESCRIBING_INFORMATION = "PRESCRIBING_INFORMATION"
    PRESCRIBING_INFORMATION_BOX_WARNING = "PRESCRIBING_INFORMATION_BOX_WARNING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DisclosureType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
