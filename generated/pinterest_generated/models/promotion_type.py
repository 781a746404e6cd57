from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class PromotionType(StrEnum):
    BONUS = "BONUS"
    BUY_X_GET_ONE_FREE = "BUY_X_GET_ONE_FREE"
    BUY_X_GET_Y = "BUY_X_GET_Y"
    CASH_BACK = "CASH_BACK"
    CHECKOUT = "CHECKOUT"
    CUSTOM = "CUSTOM"
    EXTRA_PERCENT_OFF = "EXTRA_PERCENT_OFF"
    FIXED = "FIXED"
    FREE_SHIPPING = "FREE_SHIPPING"
    FREE_SHIPPING_MINIMUM = "FREE_SHIPPING_MINIMUM"
    FREE_SHIPPING_WITH_DISCOUNT = "FREE_SHIPPING_WITH_DISCOUNT"
    GIFT_WITH_FIRST_PURCHASE = "GIFT_WITH_FIRST_PURCHASE"
    GIFT_WITH_PURCHASE = "GIFT_WITH_PURCHASE"
    GIFT_WITH_PURCHASE_MINIMUM = "GIFT_WITH_PURCHASE_MINIMUM"
    PERCENT_OFF_CLEARANCE = "PERCENT_OFF_CLEARANCE"
    POINTS_ON_ALL_PURCHASES = "POINTS_ON_ALL_PURCHASES"
    POINTS_WITH_PURCHASE = "POINTS_WITH_PURCHASE"
    SAVE_X_ON_Y = "SAVE_X_ON_Y"
    SITEWIDE = "SITEWIDE"
    SITEWIDE_IN_STORES = "SITEWIDE_IN_STORES"
    SPEND_X_SAVE_Y = "SPEND_X_SAVE_Y"
    VARIABLE = "VARIABLE"
    X_OFF_Y = "X_OFF_Y"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PromotionType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
