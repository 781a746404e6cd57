from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class ConversionEventDeviceInfoNetworkType(StrEnum):
    CELLULAR_2G = "cellular_2g"
    CELLULAR_3G = "cellular_3g"
    CELLULAR_4G = "cellular_4g"
    CELLULAR_5G = "cellular_5g"
    CELLULAR_6G = "cellular_6g"
    ETHERNET = "ethernet"
    UNKNOWN = "unknown"
    WIFI = "wifi"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConversionEventDeviceInfoNetworkType | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
