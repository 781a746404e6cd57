"""Customer lists: uploaded emails or device ids that become `CUSTOMER_LIST` audiences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest._resource import (
    ModelField,
    answer_id,
    reject_unknown_kwargs,
    request_body,
    require_changes,
)
from pinterest.ads._base import AdAccountResource

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.customer_list_exceptions import CustomerListExceptions
    from pinterest_generated.models.customer_list_status import CustomerListStatus

__all__ = ["CustomerList"]


class CustomerList(AdAccountResource):
    """A customer list of an ad account, read from the API (or a listing) when it is made.

    Args:
        ad_account_id: The ad account the list belongs to.
        customer_list_id: The list's id.
        client: The client for this list's requests; the default client when None.
    """

    _fields = ("id", "ad_account_id", "name", "status", "num_uploaded_user_records")

    created_time: ModelField[float] = ModelField("created_time")
    exceptions: ModelField[CustomerListExceptions] = ModelField("exceptions")
    name: ModelField[str] = ModelField("name")
    num_batches: ModelField[float] = ModelField("num_batches")
    num_removed_user_records: ModelField[float] = ModelField("num_removed_user_records")
    num_uploaded_user_records: ModelField[float] = ModelField("num_uploaded_user_records")
    status: ModelField[CustomerListStatus] = ModelField("status")
    type: ModelField[str] = ModelField("type_")
    updated_time: ModelField[float] = ModelField("updated_time")

    def __init__(
        self,
        ad_account_id: str,
        customer_list_id: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> None:
        from pinterest_generated.api.customer_lists import customer_lists_get
        from pinterest_generated.models.customer_list import (
            CustomerList as GeneratedCustomerList,
        )

        super().__init__(
            customer_list_id,
            client,
            kwargs,
            id_argument="customer_list_id",
            read_operation=customer_lists_get,
            model_class=GeneratedCustomerList,
            scope={"ad_account_id": ad_account_id},
        )

    @classmethod
    def create(
        cls,
        ad_account_id: str,
        name: str,
        records: str,
        list_type: str = "EMAIL",
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> CustomerList:
        """Create a customer list from `records` and give it.

        `records` are comma-separated emails (lower case, plain or hashed) or hashed device ids;
        `list_type` is `EMAIL`, `IDFA`, `MAID`, `LR_ID`, `DLX_ID` or `HASHED_PINNER_ID`.
        """
        from pinterest._api import call
        from pinterest_generated.api.customer_lists import customer_lists_create
        from pinterest_generated.models.customer_list_request import CustomerListRequest
        from pinterest_generated.models.user_list_type import UserListType

        client = cls._get_client(client)
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        values = {
            "name": _validation.require_str("name", name),
            "records": _validation.require_str("records", records),
            "list_type": _validation.enum_value("list_type", list_type, UserListType),
            **kwargs,
        }
        body = request_body(CustomerListRequest, values, "CustomerList.create")
        answer = call(client, customer_lists_create.sync, ad_account_id=ad_account_id, body=body)
        return cls(
            ad_account_id,
            answer_id(answer, "CustomerList.create"),
            client=client,
            _model_data=answer,
        )

    def update_fields(self, **kwargs: Any) -> bool:
        """Add records to the list or remove them, read the list again and give True.

        `records` holds comma-separated emails or device ids; `operation_type` is `ADD` or
        `REMOVE`.
        """
        from pinterest._api import call
        from pinterest_generated.api.customer_lists import customer_lists_update
        from pinterest_generated.models.customer_list_update_request import (
            CustomerListUpdateRequest,
        )

        require_changes("CustomerList.update_fields", kwargs)
        body = request_body(CustomerListUpdateRequest, kwargs, "CustomerList.update_fields")
        call(
            self._client,
            customer_lists_update.sync,
            ad_account_id=self.ad_account_id,
            customer_list_id=self._id,
            body=body,
        )
        self._populate_fields()
        return True

    @classmethod
    def get_all(
        cls,
        ad_account_id: str,
        page_size: int | None = None,
        order: str | None = None,
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[CustomerList], Bookmark | None]:
        """Give one page of the ad account's customer lists and the Bookmark to the next page."""
        from pinterest_generated.api.customer_lists import customer_lists_list
        from pinterest_generated.models.customer_lists_list_order import CustomerListsListOrder

        reject_unknown_kwargs("CustomerList.get_all", kwargs, ())
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        request = {
            "ad_account_id": ad_account_id,
            "page_size": _validation.page_size(page_size),
            "order": _validation.optional_enum("order", order, CustomerListsListOrder),
            "bookmark": _validation.optional_str("bookmark", bookmark),
        }
        arguments = {"ad_account_id": ad_account_id, "page_size": page_size, "order": order}
        return cls._list_page(cls._get_client(client), customer_lists_list.sync, request, arguments)

    def add_record(self, record: str) -> bool:
        """Add `record` (comma-separated emails or device ids) to the list; give True."""
        return self.update_fields(
            records=_validation.require_str("record", record), operation_type="ADD"
        )

    def remove_record(self, record: str) -> bool:
        """Remove `record` (comma-separated emails or device ids) from the list; give True."""
        return self.update_fields(
            records=_validation.require_str("record", record), operation_type="REMOVE"
        )
