from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class TargetingAdvertiserCountry(StrEnum):
    AR = "AR"
    AT = "AT"
    AU = "AU"
    BE = "BE"
    BR = "BR"
    CA = "CA"
    CH = "CH"
    CL = "CL"
    CO = "CO"
    CY = "CY"
    CZ = "CZ"
    DE = "DE"
    DK = "DK"
    ES = "ES"
    FI = "FI"
    FR = "FR"
    GB = "GB"
    GR = "GR"
    HK = "HK"
    HU = "HU"
    IE = "IE"
    IL = "IL"
    IT = "IT"
    JP = "JP"
    KR = "KR"
    LU = "LU"
    MT = "MT"
    MX = "MX"
    NL = "NL"
    NO = "NO"
    NZ = "NZ"
    PL = "PL"
    PT = "PT"
    RO = "RO"
    SE = "SE"
    SG = "SG"
    SK = "SK"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TargetingAdvertiserCountry | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
