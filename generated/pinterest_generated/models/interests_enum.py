from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class InterestsEnum(StrEnum):
    ALL = "ALL"
    ANIMALS = "ANIMALS"
    ARCHITECTURE = "ARCHITECTURE"
    ART = "ART"
    BEAUTY = "BEAUTY"
    DIY_AND_CRAFTS = "DIY_AND_CRAFTS"
    EDUCATION = "EDUCATION"
    EVENT_PLANNING = "EVENT_PLANNING"
    FASHION = "FASHION"
    FOOD_AND_DRINKS = "FOOD_AND_DRINKS"
    GARDENING = "GARDENING"
    HEALTH = "HEALTH"
    HOME_DECOR = "HOME_DECOR"
    PARENTING = "PARENTING"
    TRAVEL = "TRAVEL"
    WEDDING = "WEDDING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InterestsEnum | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
