from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class TrendsSupportedRegion(StrEnum):
    AR = "AR"
    AUNZ = "AU+NZ"
    BR = "BR"
    CA = "CA"
    CO = "CO"
    DE = "DE"
    DEATCH = "DE+AT+CH"
    ES = "ES"
    FR = "FR"
    GBIE = "GB+IE"
    IT = "IT"
    ITESPTGRMT = "IT+ES+PT+GR+MT"
    MX = "MX"
    MXARCOCL = "MX+AR+CO+CL"
    NLBELU = "NL+BE+LU"
    PLROHUSKCZ = "PL+RO+HU+SK+CZ"
    SEDKFINO = "SE+DK+FI+NO"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrendsSupportedRegion | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
