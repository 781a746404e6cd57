from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class AdResponseRejectedReasonsItem(StrEnum):
    ALCOHOL = "ALCOHOL"
    ALCOHOL_NO_SALE = "ALCOHOL_NO_SALE"
    APP = "APP"
    AUTHENTICITY = "AUTHENTICITY"
    CAPS_AND_SYMBOLS = "CAPS_AND_SYMBOLS"
    CLICKBAIT = "CLICKBAIT"
    CONFUSING_DESIGN = "CONFUSING_DESIGN"
    CONTESTS = "CONTESTS"
    EXAGGERATED_CLAIMS = "EXAGGERATED_CLAIMS"
    FAKE_BUTTONS = "FAKE_BUTTONS"
    HASHTAGS = "HASHTAGS"
    ILLEGAL_RECREATIONAL_DRUG = "ILLEGAL_RECREATIONAL_DRUG"
    IMAGE = "IMAGE"
    IMAGE_BEFORE_AFTER = "IMAGE_BEFORE_AFTER"
    IMAGE_BUSY = "IMAGE_BUSY"
    IMAGE_LOW_QUALITY = "IMAGE_LOW_QUALITY"
    IMAGE_POORLY_EDITED = "IMAGE_POORLY_EDITED"
    INCONSISTENT = "INCONSISTENT"
    INCONSISTENT_LANG_FR = "INCONSISTENT_LANG_FR"
    LANDING_PAGE = "LANDING_PAGE"
    LANDING_PAGE_BROKEN = "LANDING_PAGE_BROKEN"
    LANDING_PAGE_HARDWALL = "LANDING_PAGE_HARDWALL"
    LANDING_PAGE_QUALITY = "LANDING_PAGE_QUALITY"
    LANDING_PAGE_SPEED = "LANDING_PAGE_SPEED"
    LOW_QUALITY = "LOW_QUALITY"
    LOW_QUALITY_LANDING_PAGE = "LOW_QUALITY_LANDING_PAGE"
    NAR = "NAR"
    NO_DESCRIPTION = "NO_DESCRIPTION"
    NUDITY = "NUDITY"
    OTHER = "OTHER"
    OUT_OF_STOCK = "OUT_OF_STOCK"
    PHARMA = "PHARMA"
    PINTEREST_BRAND = "PINTEREST_BRAND"
    POLITICAL = "POLITICAL"
    PROHIBITED_PRODUCT = "PROHIBITED_PRODUCT"
    PROMOTIONS_AND_PRICES = "PROMOTIONS_AND_PRICES"
    RATINGS = "RATINGS"
    RESTRICTED_HEALTHCARE = "RESTRICTED_HEALTHCARE"
    SENSITIVE = "SENSITIVE"
    SHOCKING = "SHOCKING"
    SUSPICIOUS_CLAIMS = "SUSPICIOUS_CLAIMS"
    SUSPICIOUS_SUPPLEMENTS = "SUSPICIOUS_SUPPLEMENTS"
    TARGETING = "TARGETING"
    UGC = "UGC"
    UNACCEPTABLE_BUSINESS = "UNACCEPTABLE_BUSINESS"
    URGENCY = "URGENCY"
    WEAPONS = "WEAPONS"
    WEIGHT_LOSS = "WEIGHT_LOSS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AdResponseRejectedReasonsItem | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
