from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class L1InterestListItem(StrEnum):
    ANIMALS = "animals"
    ARCHITECTURE = "architecture"
    ART = "art"
    BEAUTY = "beauty"
    CHILDRENS_FASHION = "childrens_fashion"
    DESIGN = "design"
    DIY_AND_CRAFTS = "diy_and_crafts"
    EDUCATION = "education"
    ELECTRONICS = "electronics"
    ENTERTAINMENT = "entertainment"
    EVENT_PLANNING = "event_planning"
    FINANCE = "finance"
    FOOD_AND_DRINKS = "food_and_drinks"
    GARDENING = "gardening"
    HEALTH = "health"
    HOME_DECOR = "home_decor"
    MENS_FASHION = "mens_fashion"
    PARENTING = "parenting"
    QUOTES = "quotes"
    SPORT = "sport"
    TRAVEL = "travel"
    VEHICLES = "vehicles"
    WEDDING = "wedding"
    WOMENS_FASHION = "womens_fashion"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "L1InterestListItem | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
