from enum import StrEnum

from ..types import tolerate_unknown_enum_value


class PermissionsWithOwner(StrEnum):
    ADMIN = "ADMIN"
    ANALYST = "ANALYST"
    AUDIENCE_MANAGER = "AUDIENCE_MANAGER"
    CAMPAIGN_MANAGER = "CAMPAIGN_MANAGER"
    CATALOGS_MANAGER = "CATALOGS_MANAGER"
    CATALOGS_VIEWER = "CATALOGS_VIEWER"
    FINANCE_EDIT = "FINANCE_EDIT"
    FINANCE_MANAGER = "FINANCE_MANAGER"
    FINANCE_VIEW = "FINANCE_VIEW"
    OWNER = "OWNER"
    PROFILE_PUBLISHER = "PROFILE_PUBLISHER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PermissionsWithOwner | None":
        # A value the description does not list yet is kept as it came, so that it survives a
        # round trip through `to_dict`; it is not cached, so strict parsing sees it every time.
        if not isinstance(value, str):
            return None
        tolerate_unknown_enum_value(cls.__name__, value)
        member = str.__new__(cls, value)
        member._name_ = "_unknown_"
        member._value_ = value
        return member
