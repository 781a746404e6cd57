from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class Language(StrEnum):
    AM = "AM"
    AR = "AR"
    AZ = "AZ"
    BG = "BG"
    BN = "BN"
    BS = "BS"
    CA = "CA"
    CS = "CS"
    DA = "DA"
    DE = "DE"
    DV = "DV"
    DZ = "DZ"
    EL = "EL"
    EN = "EN"
    ES = "ES"
    ET = "ET"
    FA = "FA"
    FI = "FI"
    FR = "FR"
    HE = "HE"
    HI = "HI"
    HR = "HR"
    HU = "HU"
    HY = "HY"
    ID = "ID"
    IN = "IN"
    IS = "IS"
    IT = "IT"
    IW = "IW"
    JA = "JA"
    KA = "KA"
    KM = "KM"
    KO = "KO"
    LO = "LO"
    LT = "LT"
    LV = "LV"
    MK = "MK"
    MN = "MN"
    MS = "MS"
    MY = "MY"
    NB = "NB"
    NE = "NE"
    NL = "NL"
    NO = "NO"
    PL = "PL"
    PT = "PT"
    RO = "RO"
    RU = "RU"
    SK = "SK"
    SL = "SL"
    SQ = "SQ"
    SR = "SR"
    SV = "SV"
    TE = "TE"
    TH = "TH"
    TL = "TL"
    TR = "TR"
    UK = "UK"
    VI = "VI"
    XX = "XX"
    ZH = "ZH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Language | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
