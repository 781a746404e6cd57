from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class AdsCreditDiscountsResponseDiscountTypeType1(StrEnum):
    COUPON = "COUPON"
    COUPON_APPLIED = "COUPON_APPLIED"
    CREDIT = "CREDIT"
    CREDIT_APPLIED = "CREDIT_APPLIED"
    CREDIT_EXPIRED = "CREDIT_EXPIRED"
    FUTURE_CREDIT = "FUTURE_CREDIT"
    GOODWILL_CREDIT = "GOODWILL_CREDIT"
    GOODWILL_CREDIT_APPLIED = "GOODWILL_CREDIT_APPLIED"
    INTERNAL_CREDIT = "INTERNAL_CREDIT"
    INTERNAL_CREDIT_APPLIED = "INTERNAL_CREDIT_APPLIED"
    INVOICE_SALES_INCENTIVE_CREDIT = "INVOICE_SALES_INCENTIVE_CREDIT"
    INVOICE_SALES_INCENTIVE_CREDIT_APPLIED = "INVOICE_SALES_INCENTIVE_CREDIT_APPLIED"
    MARKETING_OFFER_CREDIT = "MARKETING_OFFER_CREDIT"
    MARKETING_OFFER_CREDIT_APPLIED = "MARKETING_OFFER_CREDIT_APPLIED"
    PREPAID_CREDIT = "PREPAID_CREDIT"
    PREPAID_CREDIT_APPLIED = "PREPAID_CREDIT_APPLIED"
    PREPAID_CREDIT_REFUND = "PREPAID_CREDIT_REFUND"
    REFERRAL_CREDIT = "REFERRAL_CREDIT"
    SALES_INCENTIVE_CREDIT = "SALES_INCENTIVE_CREDIT"
    SALES_INCENTIVE_CREDIT_APPLIED = "SALES_INCENTIVE_CREDIT_APPLIED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AdsCreditDiscountsResponseDiscountTypeType1 | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
