from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class LeadFormQuestionType(StrEnum):
    ADDRESS = "ADDRESS"
    AGE = "AGE"
    CITY = "CITY"
    COUNTRY = "COUNTRY"
    CUSTOM = "CUSTOM"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    EMAIL = "EMAIL"
    FIRST_NAME = "FIRST_NAME"
    FULL_NAME = "FULL_NAME"
    GENDER = "GENDER"
    LAST_NAME = "LAST_NAME"
    PHONE_NUMBER = "PHONE_NUMBER"
    STATE_PROVINCE = "STATE_PROVINCE"
    ZIP_CODE = "ZIP_CODE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LeadFormQuestionType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
