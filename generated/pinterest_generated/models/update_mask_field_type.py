from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class UpdateMaskFieldType(StrEnum):
    ADULT = "adult"
    AD_LINK = "ad_link"
    AGE_GROUP = "age_group"
    AVAILABILITY = "availability"
    AVERAGE_REVIEW_RATING = "average_review_rating"
    BRAND = "brand"
    CHECKOUT_ENABLED = "checkout_enabled"
    COLOR = "color"
    CONDITION = "condition"
    CUSTOM_LABEL_0 = "custom_label_0"
    CUSTOM_LABEL_1 = "custom_label_1"
    CUSTOM_LABEL_2 = "custom_label_2"
    CUSTOM_LABEL_3 = "custom_label_3"
    CUSTOM_LABEL_4 = "custom_label_4"
    CUSTOM_NUMBER_0 = "custom_number_0"
    CUSTOM_NUMBER_1 = "custom_number_1"
    CUSTOM_NUMBER_2 = "custom_number_2"
    CUSTOM_NUMBER_3 = "custom_number_3"
    CUSTOM_NUMBER_4 = "custom_number_4"
    DESCRIPTION = "description"
    FREE_SHIPPING_LABEL = "free_shipping_label"
    FREE_SHIPPING_LIMIT = "free_shipping_limit"
    GENDER = "gender"
    GOOGLE_PRODUCT_CATEGORY = "google_product_category"
    GTIN = "gtin"
    ITEM_GROUP_ID = "item_group_id"
    LAST_UPDATED_TIME = "last_updated_time"
    LINK = "link"
    MATERIAL = "material"
    MIN_AD_PRICE = "min_ad_price"
    MPN = "mpn"
    NUMBER_OF_RATINGS = "number_of_ratings"
    NUMBER_OF_REVIEWS = "number_of_reviews"
    PATTERN = "pattern"
    PRICE = "price"
    PRODUCT_TYPE = "product_type"
    PROMOTION_ID = "promotion_id"
    SALE_PRICE = "sale_price"
    SHIPPING = "shipping"
    SHIPPING_HEIGHT = "shipping_height"
    SHIPPING_WEIGHT = "shipping_weight"
    SHIPPING_WIDTH = "shipping_width"
    SIZE = "size"
    SIZE_SYSTEM = "size_system"
    SIZE_TYPE = "size_type"
    TAX = "tax"
    TITLE = "title"
    VARIANT_NAMES = "variant_names"
    VARIANT_VALUES = "variant_values"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateMaskFieldType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
