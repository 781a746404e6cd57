from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_list_status import CustomerListStatus
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.customer_list_exceptions import CustomerListExceptions


T = TypeVar("T", bound="CustomerList")


@_attrs_define
class CustomerList:
    """
    Attributes:
        ad_account_id (str | Unset): Associated ad account ID. Example: 549756359984.
        created_time (float | Unset): Creation time. Unix timestamp in seconds. Example: 1452208622.
        exceptions (CustomerListExceptions | Unset): Customer list errors
        id (str | Unset): Customer list ID. Example: 643.
        name (str | Unset): Customer list name. Example: The Glengarry Glen Ross leads.
        num_batches (float | Unset): Total number of list updates.  List creation counts as one batch. Each <a
            href="/docs/redoc/#operation/ads_v3_customer_list_add_handler_PUT">Append</a> or <a
            href="/docs/redoc/#operation/ads_v3_customer_list_remove_handler_PUT">Remove API</a> call counts as another.
            List creation via the Ads Manager UI could result in more than one batch since the UI breaks up large lists.
            Example: 2.
        num_removed_user_records (float | Unset): Number of removed user records. In a <a
            href="/docs/redoc/#operation/ads_v3_customer_list_remove_handler_PUT">Remove API</a> call, this counter
            increases even if the user is not found in the list. Example: 0.
        num_uploaded_user_records (float | Unset): Number of uploaded user records. In an <a
            href="/docs/redoc/#operation/ads_v3_customer_list_add_handler_PUT">Append API</a> call, this counter increases
            even if the uploaded user is already in the list. Example: 11.
        status (CustomerListStatus | Unset): Customer list status. TOO_SMALL - the list has less than 100 Pinterest
            users. Example: PROCESSING.
        type_ (str | Unset): Always "customerlist". Example: customerlist.
        updated_time (float | Unset): Last update time. Unix timestamp in seconds. Example: 1461269616.
    """

    ad_account_id: str | Unset = UNSET
    created_time: float | Unset = UNSET
    exceptions: CustomerListExceptions | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    num_batches: float | Unset = UNSET
    num_removed_user_records: float | Unset = UNSET
    num_uploaded_user_records: float | Unset = UNSET
    status: CustomerListStatus | Unset = UNSET
    type_: str | Unset = UNSET
    updated_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        created_time = self.created_time

        exceptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exceptions, Unset):
            exceptions = None if self.exceptions is None else self.exceptions.to_dict()

        id = self.id

        name = self.name

        num_batches = self.num_batches

        num_removed_user_records = self.num_removed_user_records

        num_uploaded_user_records = self.num_uploaded_user_records

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        type_ = self.type_

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if exceptions is not UNSET:
            field_dict["exceptions"] = exceptions
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if num_batches is not UNSET:
            field_dict["num_batches"] = num_batches
        if num_removed_user_records is not UNSET:
            field_dict["num_removed_user_records"] = num_removed_user_records
        if num_uploaded_user_records is not UNSET:
            field_dict["num_uploaded_user_records"] = num_uploaded_user_records
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_list_exceptions import CustomerListExceptions

        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        created_time = d.pop("created_time", UNSET)
        if created_time is None:
            created_time = tolerate_null("created_time")

        _exceptions = d.pop("exceptions", UNSET)
        exceptions: CustomerListExceptions | Unset
        if isinstance(_exceptions, Unset):
            exceptions = UNSET
        elif _exceptions is None:
            exceptions = tolerate_null("exceptions")
        else:
            exceptions = CustomerListExceptions.from_dict(_exceptions)

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        num_batches = d.pop("num_batches", UNSET)
        if num_batches is None:
            num_batches = tolerate_null("num_batches")

        num_removed_user_records = d.pop("num_removed_user_records", UNSET)
        if num_removed_user_records is None:
            num_removed_user_records = tolerate_null("num_removed_user_records")

        num_uploaded_user_records = d.pop("num_uploaded_user_records", UNSET)
        if num_uploaded_user_records is None:
            num_uploaded_user_records = tolerate_null("num_uploaded_user_records")

        _status = d.pop("status", UNSET)
        status: CustomerListStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = CustomerListStatus(_status)

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        updated_time = d.pop("updated_time", UNSET)
        if updated_time is None:
            updated_time = tolerate_null("updated_time")

        customer_list = cls(
            ad_account_id=ad_account_id,
            created_time=created_time,
            exceptions=exceptions,
            id=id,
            name=name,
            num_batches=num_batches,
            num_removed_user_records=num_removed_user_records,
            num_uploaded_user_records=num_uploaded_user_records,
            status=status,
            type_=type_,
            updated_time=updated_time,
        )

        if d:
            tolerate_unknown_fields("CustomerList", d)

        customer_list.additional_properties = d
        return customer_list

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
