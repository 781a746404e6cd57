from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0(
    StrEnum
):
    ADD_PAYMENT_INFO = "ADD_PAYMENT_INFO"
    ADD_TO_CART = "ADD_TO_CART"
    ADD_TO_WISHLIST = "ADD_TO_WISHLIST"
    ADVERTISER_DEFINED_EVENT = "ADVERTISER_DEFINED_EVENT"
    APP_INSTALL = "APP_INSTALL"
    APP_OPEN = "APP_OPEN"
    CHECKOUT = "CHECKOUT"
    CONTACT = "CONTACT"
    CUSTOM = "CUSTOM"
    CUSTOMIZE_PRODUCT = "CUSTOMIZE_PRODUCT"
    EXTERNAL_MEASUREMENT = "EXTERNAL_MEASUREMENT"
    FIND_LOCATION = "FIND_LOCATION"
    INITIALIZED = "INITIALIZED"
    INITIATE_CHECKOUT = "INITIATE_CHECKOUT"
    LEAD = "LEAD"
    PAGE_LOAD = "PAGE_LOAD"
    PAGE_VISIT = "PAGE_VISIT"
    SCHEDULE = "SCHEDULE"
    SEARCH = "SEARCH"
    SIGNUP = "SIGNUP"
    START_TRIAL = "START_TRIAL"
    SUBMIT_APPLICATION = "SUBMIT_APPLICATION"
    SUBSCRIBE = "SUBSCRIBE"
    UNKNOWN = "UNKNOWN"
    VIEW_CATEGORY = "VIEW_CATEGORY"
    VIEW_CONTENT = "VIEW_CONTENT"
    WATCH_VIDEO = "WATCH_VIDEO"
    WEB_SESSION = "WEB_SESSION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0 | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
