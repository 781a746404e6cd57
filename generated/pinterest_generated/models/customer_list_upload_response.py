from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_list_upload_response_state import CustomerListUploadResponseState
from ..models.user_list_operation_type import UserListOperationType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.customer_list_upload_response_error_detail import (
        CustomerListUploadResponseErrorDetail,
    )
    from ..models.customer_list_upload_response_record_counts import (
        CustomerListUploadResponseRecordCounts,
    )


T = TypeVar("T", bound="CustomerListUploadResponse")


@_attrs_define
class CustomerListUploadResponse:
    """
    Attributes:
        ad_account_id (str): Advertiser ID. Example: 9876543210.
        creation_time (int): Customer List Upload creation_time. Epoch (seconds). Example: 1728606435.
        customer_list_id (str): ID of the customer list associated with this upload. Example: 59854745824.
        id (str): Customer List Upload ID. Example: 1234567890.
        operation (UserListOperationType): User list operation type (add or remove) Example: REMOVE.
        state (CustomerListUploadResponseState): Workload processing state Example: RUNNING.
        updated_time (int): Customer List Upload updated_time. Epoch (seconds). Example: 1728606435.
        error_counts (list[CustomerListUploadResponseErrorDetail] | None | Unset): Error counts by error code Example:
            [{'error_code': 42, 'message': 'Invalid email', 'count': 20}].
        record_counts (CustomerListUploadResponseRecordCounts | None | Unset): Record processing counts
    """

    ad_account_id: str
    creation_time: int
    customer_list_id: str
    id: str
    operation: UserListOperationType
    state: CustomerListUploadResponseState
    updated_time: int
    error_counts: list[CustomerListUploadResponseErrorDetail] | None | Unset = UNSET
    record_counts: CustomerListUploadResponseRecordCounts | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_list_upload_response_record_counts import (
            CustomerListUploadResponseRecordCounts,
        )

        ad_account_id = self.ad_account_id

        creation_time = self.creation_time

        customer_list_id = self.customer_list_id

        id = self.id

        operation = None if self.operation is None else self.operation.value

        state = None if self.state is None else self.state.value

        updated_time = self.updated_time

        error_counts: list[dict[str, Any]] | None | Unset
        if isinstance(self.error_counts, Unset):
            error_counts = UNSET
        elif isinstance(self.error_counts, list):
            if self.error_counts is None:
                error_counts = None
            else:
                error_counts = []
                for error_counts_type_0_item_data in self.error_counts:
                    error_counts_type_0_item = (
                        None
                        if error_counts_type_0_item_data is None
                        else error_counts_type_0_item_data.to_dict()
                    )
                    error_counts.append(error_counts_type_0_item)

        else:
            error_counts = self.error_counts

        record_counts: dict[str, Any] | None | Unset
        if isinstance(self.record_counts, Unset):
            record_counts = UNSET
        elif isinstance(self.record_counts, CustomerListUploadResponseRecordCounts):
            record_counts = None if self.record_counts is None else self.record_counts.to_dict()
        else:
            record_counts = self.record_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ad_account_id": ad_account_id,
                "creation_time": creation_time,
                "customer_list_id": customer_list_id,
                "id": id,
                "operation": operation,
                "state": state,
                "updated_time": updated_time,
            }
        )
        if error_counts is not UNSET:
            field_dict["error_counts"] = error_counts
        if record_counts is not UNSET:
            field_dict["record_counts"] = record_counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_list_upload_response_error_detail import (
            CustomerListUploadResponseErrorDetail,
        )
        from ..models.customer_list_upload_response_record_counts import (
            CustomerListUploadResponseRecordCounts,
        )

        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id")
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        creation_time = d.pop("creation_time")
        if creation_time is None:
            creation_time = tolerate_null("creation_time")

        customer_list_id = d.pop("customer_list_id")
        if customer_list_id is None:
            customer_list_id = tolerate_null("customer_list_id")

        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation") if _operation is None else UserListOperationType(_operation)
        )

        _state = d.pop("state")
        state = (
            tolerate_null("state") if _state is None else CustomerListUploadResponseState(_state)
        )

        updated_time = d.pop("updated_time")
        if updated_time is None:
            updated_time = tolerate_null("updated_time")

        def _parse_error_counts(
            data: object,
        ) -> list[CustomerListUploadResponseErrorDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_error_counts(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _error_counts_type_0 = data
                error_counts_type_0: list[CustomerListUploadResponseErrorDetail]
                if _error_counts_type_0 is None:
                    error_counts_type_0 = tolerate_null("error_counts_type_0")
                else:
                    error_counts_type_0 = []
                    for error_counts_type_0_item_data in _error_counts_type_0:
                        _error_counts_type_0_item = error_counts_type_0_item_data
                        error_counts_type_0_item = (
                            tolerate_null("error_counts_type_0_item")
                            if _error_counts_type_0_item is None
                            else CustomerListUploadResponseErrorDetail.from_dict(
                                _error_counts_type_0_item
                            )
                        )

                        error_counts_type_0.append(error_counts_type_0_item)

                return error_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerListUploadResponseErrorDetail] | None | Unset, data)

        error_counts = _parse_error_counts(d.pop("error_counts", UNSET))

        def _parse_record_counts(
            data: object,
        ) -> CustomerListUploadResponseRecordCounts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_record_counts(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _record_counts_type_0 = data
                record_counts_type_0 = (
                    tolerate_null("record_counts_type_0")
                    if _record_counts_type_0 is None
                    else CustomerListUploadResponseRecordCounts.from_dict(_record_counts_type_0)
                )

                return record_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerListUploadResponseRecordCounts | None | Unset, data)

        record_counts = _parse_record_counts(d.pop("record_counts", UNSET))

        customer_list_upload_response = cls(
            ad_account_id=ad_account_id,
            creation_time=creation_time,
            customer_list_id=customer_list_id,
            id=id,
            operation=operation,
            state=state,
            updated_time=updated_time,
            error_counts=error_counts,
            record_counts=record_counts,
        )

        if d:
            tolerate_unknown_fields("CustomerListUploadResponse", d)

        customer_list_upload_response.additional_properties = d
        return customer_list_upload_response

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
