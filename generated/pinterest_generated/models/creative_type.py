from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class CreativeType(StrEnum):
    CAROUSEL = "CAROUSEL"
    COLLAGE = "COLLAGE"
    COLLECTION = "COLLECTION"
    IDEA = "IDEA"
    MAX_VIDEO = "MAX_VIDEO"
    MAX_WIDTH_REGULAR_COLLECTION = "MAX_WIDTH_REGULAR_COLLECTION"
    MAX_WIDTH_VIDEO_COLLECTION = "MAX_WIDTH_VIDEO_COLLECTION"
    QUIZ = "QUIZ"
    REGULAR = "REGULAR"
    SHOPPING = "SHOPPING"
    SHOP_THE_PIN = "SHOP_THE_PIN"
    SHOWCASE = "SHOWCASE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreativeType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
