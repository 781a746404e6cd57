from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class CatalogsProductGroupType(StrEnum):
    ALL_PRODUCTS = "ALL_PRODUCTS"
    BACK_IN_STOCK = "BACK_IN_STOCK"
    BEST_DEALS = "BEST_DEALS"
    I2PC = "I2PC"
    MERCHANT_CREATED = "MERCHANT_CREATED"
    NEW_ARRIVALS = "NEW_ARRIVALS"
    PINNER_FAVORITES = "PINNER_FAVORITES"
    SHOPIFY_COLLECTIONS = "SHOPIFY_COLLECTIONS"
    TOP_SELLERS = "TOP_SELLERS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CatalogsProductGroupType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
