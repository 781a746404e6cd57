from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class MMMReportingColumn(StrEnum):
    ADVERTISER_ID = "ADVERTISER_ID"
    ADVERTISER_NAME = "ADVERTISER_NAME"
    AD_GROUP_ID = "AD_GROUP_ID"
    AD_GROUP_NAME = "AD_GROUP_NAME"
    CAMPAIGN_ID = "CAMPAIGN_ID"
    CAMPAIGN_NAME = "CAMPAIGN_NAME"
    CLICKTHROUGH_1 = "CLICKTHROUGH_1"
    CLICKTHROUGH_2 = "CLICKTHROUGH_2"
    ECPC_IN_DOLLAR = "ECPC_IN_DOLLAR"
    ECPM_IN_DOLLAR = "ECPM_IN_DOLLAR"
    ECTR = "ECTR"
    EENGAGEMENT_RATE = "EENGAGEMENT_RATE"
    IMPRESSION_1 = "IMPRESSION_1"
    IMPRESSION_2 = "IMPRESSION_2"
    SPEND_IN_DOLLAR = "SPEND_IN_DOLLAR"
    SPEND_IN_MICRO_DOLLAR = "SPEND_IN_MICRO_DOLLAR"
    SPEND_ORDER_LINE_PAID_TYPE = "SPEND_ORDER_LINE_PAID_TYPE"
    TOTAL_CLICKTHROUGH = "TOTAL_CLICKTHROUGH"
    TOTAL_ENGAGEMENT = "TOTAL_ENGAGEMENT"
    TOTAL_IMPRESSION = "TOTAL_IMPRESSION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MMMReportingColumn | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
