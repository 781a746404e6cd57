from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.exception import Exception_
    from ..models.product_group_promotion import ProductGroupPromotion


T = TypeVar("T", bound="ProductGroupPromotionResponseItem")


@_attrs_define
class ProductGroupPromotionResponseItem:
    """
    Attributes:
        data (ProductGroupPromotion | Unset):
        exceptions (list[Exception_ | None] | None | Unset):
    """

    data: ProductGroupPromotion | Unset = UNSET
    exceptions: list[Exception_ | None] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exception import Exception_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = None if self.data is None else self.data.to_dict()

        exceptions: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.exceptions, Unset):
            exceptions = UNSET
        elif isinstance(self.exceptions, list):
            if self.exceptions is None:
                exceptions = None
            else:
                exceptions = []
                for exceptions_type_0_item_data in self.exceptions:
                    exceptions_type_0_item: dict[str, Any] | None
                    if isinstance(exceptions_type_0_item_data, Exception_):
                        exceptions_type_0_item = (
                            None
                            if exceptions_type_0_item_data is None
                            else exceptions_type_0_item_data.to_dict()
                        )
                    else:
                        exceptions_type_0_item = exceptions_type_0_item_data
                    exceptions.append(exceptions_type_0_item)

        else:
            exceptions = self.exceptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if exceptions is not UNSET:
            field_dict["exceptions"] = exceptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.exception import Exception_
        from ..models.product_group_promotion import ProductGroupPromotion

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: ProductGroupPromotion | Unset
        if isinstance(_data, Unset):
            data = UNSET
        elif _data is None:
            data = tolerate_null("data")
        else:
            data = ProductGroupPromotion.from_dict(_data)

        def _parse_exceptions(data: object) -> list[Exception_ | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_exceptions(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _exceptions_type_0 = data
                exceptions_type_0: list[Exception_ | None]
                if _exceptions_type_0 is None:
                    exceptions_type_0 = tolerate_null("exceptions_type_0")
                else:
                    exceptions_type_0 = []
                    for exceptions_type_0_item_data in _exceptions_type_0:

                        def _parse_exceptions_type_0_item(data: object) -> Exception_ | None:
                            if data is None:
                                return data
                            if not is_strict_parsing():
                                # A member that matches exactly wins over one that only tolerates the data (an unknown
                                # enum value, unknown fields), whatever the order of the members.
                                with strict_parsing():
                                    try:
                                        return _parse_exceptions_type_0_item(data)
                                    except (TypeError, ValueError, AttributeError, KeyError):
                                        pass

                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                _exceptions_type_0_item_type_1 = data
                                exceptions_type_0_item_type_1 = (
                                    tolerate_null("exceptions_type_0_item_type_1")
                                    if _exceptions_type_0_item_type_1 is None
                                    else Exception_.from_dict(_exceptions_type_0_item_type_1)
                                )

                                return exceptions_type_0_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(Exception_ | None, data)

                        exceptions_type_0_item = _parse_exceptions_type_0_item(
                            exceptions_type_0_item_data
                        )

                        exceptions_type_0.append(exceptions_type_0_item)

                return exceptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Exception_ | None] | None | Unset, data)

        exceptions = _parse_exceptions(d.pop("exceptions", UNSET))

        product_group_promotion_response_item = cls(
            data=data,
            exceptions=exceptions,
        )

        if d:
            tolerate_unknown_fields("ProductGroupPromotionResponseItem", d)

        product_group_promotion_response_item.additional_properties = d
        return product_group_promotion_response_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
