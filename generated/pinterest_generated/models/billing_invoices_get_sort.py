from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class BillingInvoicesGetSort(StrEnum):
    BILLING_PERIOD = "BILLING_PERIOD"
    DOCUMENT_TYPE = "DOCUMENT_TYPE"
    DUE_DATE = "DUE_DATE"
    INVOICE_NUMBER = "INVOICE_NUMBER"
    TOTAL_AMOUNT = "TOTAL_AMOUNT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingInvoicesGetSort | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
