from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class ConversionTagType(StrEnum):
    ADD_TO_CART = "ADD_TO_CART"
    APP_INSTALL = "APP_INSTALL"
    CHECKOUT = "CHECKOUT"
    CUSTOM = "CUSTOM"
    EXTERNAL_MEASUREMENT = "EXTERNAL_MEASUREMENT"
    INITIALIZED = "INITIALIZED"
    LEAD = "LEAD"
    PAGE_LOAD = "PAGE_LOAD"
    PAGE_VISIT = "PAGE_VISIT"
    SEARCH = "SEARCH"
    SIGNUP = "SIGNUP"
    UNKNOWN = "UNKNOWN"
    VIEW_CATEGORY = "VIEW_CATEGORY"
    WATCH_VIDEO = "WATCH_VIDEO"
    WEB_SESSION = "WEB_SESSION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConversionTagType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
