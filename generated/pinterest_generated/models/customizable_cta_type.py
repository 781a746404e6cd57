from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class CustomizableCTAType(StrEnum):
    ADD_TO_CART = "ADD_TO_CART"
    APPLY_NOW = "APPLY_NOW"
    BOOK_NOW = "BOOK_NOW"
    BUY_NOW = "BUY_NOW"
    BUY_TICKETS = "BUY_TICKETS"
    CONTACT_US = "CONTACT_US"
    DONATE_NOW = "DONATE_NOW"
    DOWNLOAD = "DOWNLOAD"
    EXPLORE_MORE = "EXPLORE_MORE"
    FIND_A_DEALER = "FIND_A_DEALER"
    FIND_A_LOCATION = "FIND_A_LOCATION"
    GET_DEAL = "GET_DEAL"
    GET_OFFER = "GET_OFFER"
    GET_QUOTE = "GET_QUOTE"
    GET_RECIPE = "GET_RECIPE"
    GET_SHOWTIMES = "GET_SHOWTIMES"
    LEARN_MORE = "LEARN_MORE"
    ON_SALE = "ON_SALE"
    ORDER_NOW = "ORDER_NOW"
    PLAY_GAME = "PLAY_GAME"
    READ_MORE = "READ_MORE"
    REGISTER_NOW = "REGISTER_NOW"
    REQUEST_DEMO = "REQUEST_DEMO"
    SHOP_NOW = "SHOP_NOW"
    SIGN_UP = "SIGN_UP"
    SUBSCRIBE = "SUBSCRIBE"
    TRY_IT = "TRY_IT"
    VISIT_SITE = "VISIT_SITE"
    WATCH_NOW = "WATCH_NOW"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomizableCTAType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
