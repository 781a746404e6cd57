"""Boards and board sections: create, read, update, delete, and list their sections and Pins.

`Board` and `BoardSection` keep the interface of `pinterest-api-sdk` 0.2.7. A board made with
a client keeps using it for every later call on that object, including the next pages of its
listings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from pinterest import _validation
from pinterest._resource import (
    ModelField,
    Resource,
    answer_id,
    check_updated_resource,
    list_page,
    no_content_sync,
    optional_bool,
    reject_unknown_kwargs,
    request_body,
    require_changes,
    without_none,
)
from pinterest.utils.base_model import PinterestBaseModel

if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable

    from pinterest.client import PinterestSDKClient
    from pinterest.organic.pins import Pin
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.board_media import BoardMedia
    from pinterest_generated.models.board_owner import BoardOwner
    from pinterest_generated.models.board_privacy import BoardPrivacy

__all__ = ["Board", "BoardSection"]

# Fields of `PATCH /boards/{board_id}` (the API's BoardUpdate).
_BOARD_UPDATE_FIELDS = ("name", "description", "privacy")


class BoardSection(PinterestBaseModel):
    """A section of a board: an id and a name.

    Board sections are managed with the class methods (`create`, `get_all`, `update`,
    `delete`) or through `Board`; a section object itself sends no requests.

    Args:
        board_section_id: The section's id.
        name: The section's name.
    """

    _fields: ClassVar[tuple[str, ...]] = ("id", "name")

    def __init__(self, board_section_id: str, name: str) -> None:
        # No client is resolved here: a section needs none, and making one must not depend on
        # a default client being configured.
        from pinterest_generated.models.board_section import (
            BoardSection as GeneratedBoardSection,
        )

        self._id = _validation.require_id("board_section_id", board_section_id)
        self._model: Any = GeneratedBoardSection(id=self._id, name=name)
        self._section_client: PinterestSDKClient | None = None

    @property
    def id(self) -> str:
        """The section's id."""
        return self._id

    @property
    def name(self) -> str:
        """The section's name."""
        return cast("str", self._field("name"))

    @property
    def client(self) -> PinterestSDKClient:
        """The client that read or wrote this section; the default client otherwise."""
        return self._get_client(self._section_client)

    @classmethod
    def _from_model(cls, model: Any, client: PinterestSDKClient, what: str) -> BoardSection:
        section = cls(board_section_id=answer_id(model, what), name=model.name)
        section._model = model
        section._section_client = client
        return section

    @classmethod
    def create(
        cls, board_id: str, name: str, client: PinterestSDKClient | None = None
    ) -> BoardSection:
        """Create a section on a board and give it."""
        from pinterest._api import call
        from pinterest_generated.api.boards import board_sections_create
        from pinterest_generated.models.board_section import (
            BoardSection as GeneratedBoardSection,
        )

        board_id = _validation.require_id("board_id", board_id)
        body = request_body(
            GeneratedBoardSection,
            {"name": _validation.require_str("name", name)},
            "BoardSection.create",
        )
        client = cls._get_client(client)

        answer = call(client, board_sections_create.sync, board_id=board_id, body=body)
        return cls._from_model(answer, client, "BoardSection.create")

    @classmethod
    def get_all(
        cls,
        board_id: str,
        page_size: int | None = None,
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[BoardSection], Bookmark | None]:
        """Give one page of a board's sections and the bookmark of the next page.

        Args:
            board_id: The board whose sections to list.
            page_size: Sections per page (1 to 250; the API's default is 25).
            bookmark: The bookmark token of the page to read.
            client: The client to use; the default client when None.
            **kwargs: `ad_account_id` (Business Access).

        Returns:
            The sections, and a `Bookmark` whose `get_next()` reads the next page with the
            same arguments and client (None on the last page).
        """
        from pinterest_generated.api.boards import board_sections_list

        reject_unknown_kwargs("BoardSection.get_all", kwargs, ("ad_account_id",))
        board_id = _validation.require_id("board_id", board_id)
        arguments = without_none(
            ad_account_id=_validation.optional_id("ad_account_id", kwargs.get("ad_account_id")),
            page_size=_validation.page_size(page_size),
            bookmark=_validation.optional_str("bookmark", bookmark),
        )
        client = cls._get_client(client)

        return list_page(
            client,
            board_sections_list.sync,
            {"board_id": board_id, **arguments},
            lambda item: cls._from_model(item, client, "BoardSection.get_all"),
            cls,
            "get_all",
            {"board_id": board_id, "page_size": page_size, **kwargs},
            client,
        )

    @classmethod
    def update(
        cls,
        board_id: str,
        board_section_id: str,
        name: str,
        client: PinterestSDKClient | None = None,
    ) -> BoardSection:
        """Rename a board section and give it as the API returned it."""
        from pinterest._api import call
        from pinterest_generated.api.boards import board_sections_update
        from pinterest_generated.models.board_section import (
            BoardSection as GeneratedBoardSection,
        )

        board_id = _validation.require_id("board_id", board_id)
        section_id = _validation.require_id("board_section_id", board_section_id)
        body = request_body(
            GeneratedBoardSection,
            {"name": _validation.require_str("name", name)},
            "BoardSection.update",
        )
        client = cls._get_client(client)

        answer = call(
            client,
            board_sections_update.sync,
            board_id=board_id,
            section_id=section_id,
            body=body,
        )
        return cls._from_model(answer, client, "BoardSection.update")

    @classmethod
    def delete(
        cls, board_id: str, board_section_id: str, client: PinterestSDKClient | None = None
    ) -> None:
        """Delete a board section (the Pins in it stay on the board)."""
        from pinterest._api import call
        from pinterest_generated.api.boards import board_sections_delete

        board_id = _validation.require_id("board_id", board_id)
        section_id = _validation.require_id("board_section_id", board_section_id)
        call(
            cls._get_client(client),
            no_content_sync(board_sections_delete),
            board_id=board_id,
            section_id=section_id,
        )


class Board(Resource):
    """A board, read from the API when the object is made.

    Args:
        board_id: The board's id.
        client: The client for this object's calls; the default client when None.

    Raises:
        SdkException: the board could not be read (for example `NotFoundError`).
    """

    _fields: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "description",
        "privacy",
        "owner",
        "pin_count",
        "follower_count",
        "collaborator_count",
        "created_at",
        "board_pins_modified_at",
    )

    name: ModelField[str] = ModelField("name", "The board's name.")
    description: ModelField[str] = ModelField("description", "The board's description.")
    owner: ModelField[BoardOwner] = ModelField("owner", "The board's owner (`username`).")
    privacy: ModelField[BoardPrivacy] = ModelField(
        "privacy",
        "`PUBLIC`, `PROTECTED` or `SECRET` (a string enum; compares equal to the string).",
    )
    board_pins_modified_at: ModelField[datetime.datetime] = ModelField(
        "board_pins_modified_at", "When Pins were last added to or removed from the board."
    )
    pin_count: ModelField[int] = ModelField("pin_count", "How many Pins the board has.")
    created_at: ModelField[datetime.datetime] = ModelField(
        "created_at", "When the board was created."
    )
    media: ModelField[BoardMedia] = ModelField(
        "media", "The board's cover image and Pin thumbnails."
    )
    collaborator_count: ModelField[int] = ModelField(
        "collaborator_count", "How many collaborators the board has."
    )
    follower_count: ModelField[int] = ModelField(
        "follower_count", "How many accounts follow the board."
    )
    is_ads_only: ModelField[bool] = ModelField(
        "is_ads_only", "Whether the board holds only ad-only Pins."
    )

    def __init__(
        self, board_id: str, client: PinterestSDKClient | None = None, **kwargs: Any
    ) -> None:
        from pinterest_generated.api.boards import boards_get
        from pinterest_generated.models.board import Board as GeneratedBoard

        super().__init__(
            board_id,
            client,
            kwargs,
            id_argument="board_id",
            read_operation=boards_get,
            model_class=GeneratedBoard,
        )

    @classmethod
    def create(
        cls,
        name: str,
        description: str | None = None,
        privacy: str = "PUBLIC",
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> Board:
        """Create a board owned by the operation user and give it.

        Args:
            name: The board's name.
            description: The board's description; not sent when None.
            privacy: `PUBLIC`, `PROTECTED` or `SECRET`.
            client: The client to use; the default client when None.
            **kwargs: `is_ads_only` (bool), and `ad_account_id` to create the board for the
                owner of that ad account (Business Access).

        Raises:
            TypeError: an unknown keyword argument; nothing is sent.
            ValueError: `privacy` is not one of the values above; nothing is sent.
        """
        from pinterest._api import call
        from pinterest_generated.api.boards import boards_create
        from pinterest_generated.models.board_create import BoardCreate
        from pinterest_generated.models.board_privacy import BoardPrivacy

        reject_unknown_kwargs("Board.create", kwargs, ("ad_account_id", "is_ads_only"))
        values = {
            "name": _validation.require_str("name", name),
            "privacy": _validation.enum_value("privacy", privacy, BoardPrivacy),
            **without_none(
                description=_validation.optional_text("description", description),
                is_ads_only=optional_bool("is_ads_only", kwargs.get("is_ads_only")),
            ),
        }
        body = request_body(BoardCreate, values, "Board.create")
        query = without_none(
            ad_account_id=_validation.optional_id("ad_account_id", kwargs.get("ad_account_id"))
        )
        client = cls._get_client(client)

        answer = call(client, boards_create.sync, body=body, **query)
        return cls(board_id=answer_id(answer, "Board.create"), client=client, _model_data=answer)

    @classmethod
    def delete(cls, board_id: str, client: PinterestSDKClient | None = None) -> bool:
        """Delete a board and its Pins; give True once the API has accepted the deletion."""
        from pinterest._api import call
        from pinterest_generated.api.boards import boards_delete

        board_id = _validation.require_id("board_id", board_id)
        call(cls._get_client(client), no_content_sync(boards_delete), board_id=board_id)
        return True

    @classmethod
    def get_all(
        cls,
        privacy: str | None = None,
        page_size: int | None = None,
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[Board], Bookmark | None]:
        """Give one page of the operation user's boards and the bookmark of the next page.

        Args:
            privacy: `ALL`, `PUBLIC`, `PROTECTED`, `SECRET` or `PUBLIC_AND_SECRET`; every
                board the token may see when None.
            page_size: Boards per page (1 to 250; the API's default is 25).
            bookmark: The bookmark token of the page to read.
            client: The client to use; the default client when None.
            **kwargs: `ad_account_id` (Business Access).

        Returns:
            The boards, and a `Bookmark` whose `get_next()` reads the next page with the same
            arguments and client (None on the last page).
        """
        from pinterest_generated.api.boards import boards_list
        from pinterest_generated.models.board_privacy_filter import BoardPrivacyFilter

        reject_unknown_kwargs("Board.get_all", kwargs, ("ad_account_id",))
        arguments = without_none(
            privacy=_validation.optional_enum("privacy", privacy, BoardPrivacyFilter),
            ad_account_id=_validation.optional_id("ad_account_id", kwargs.get("ad_account_id")),
            page_size=_validation.page_size(page_size),
            bookmark=_validation.optional_str("bookmark", bookmark),
        )
        client = cls._get_client(client)

        return list_page(
            client,
            boards_list.sync,
            arguments,
            lambda item: cls(
                board_id=answer_id(item, "Board.get_all"), client=client, _model_data=item
            ),
            cls,
            "get_all",
            {"privacy": privacy, "page_size": page_size, **kwargs},
            client,
        )

    def update_fields(self, **kwargs: Any) -> bool:
        """Change fields of the board and give True when the API's answer shows them.

        Accepted fields: `name`, `description`, `privacy` (`PUBLIC` or `SECRET`). The object
        then shows the board as the API returned it.

        Raises:
            TypeError: a field name that cannot be updated; nothing is sent.
            ValueError: no field, or a value the API does not accept; nothing is sent.
            SdkException: the request failed, or the answer does not have a value asked for.
        """
        from pinterest._api import call
        from pinterest_generated.api.boards import boards_update
        from pinterest_generated.models.board_update_privacy import BoardUpdatePrivacy
        from pinterest_generated.models.board_with_update_privacy_update import (
            BoardWithUpdatePrivacyUpdate,
        )

        reject_unknown_kwargs("Board.update_fields", kwargs, _BOARD_UPDATE_FIELDS)
        require_changes("Board.update_fields", kwargs)
        fields: dict[str, Any] = {}
        if "name" in kwargs:
            fields["name"] = _validation.require_str("name", kwargs["name"])
        if "description" in kwargs:
            fields["description"] = _validation.optional_text("description", kwargs["description"])
        if "privacy" in kwargs:
            fields["privacy"] = _validation.enum_value(
                "privacy", kwargs["privacy"], BoardUpdatePrivacy
            )

        body = request_body(BoardWithUpdatePrivacyUpdate, fields, "Board.update_fields")
        answer = call(self._client, boards_update.sync, board_id=self._id, body=body)
        # The answer is a BoardWithUpdatePrivacy; read it as a Board like every other answer.
        self._populate_fields(_model_data=answer.to_dict())
        check_updated_resource(self, fields)
        return True

    def make_public(self) -> bool:
        """Make the board public; give True when the API's answer shows it."""
        return self.update_fields(privacy="PUBLIC")

    def make_secret(self) -> bool:
        """Make the board secret; give True when the API's answer shows it."""
        return self.update_fields(privacy="SECRET")

    def create_section(self, name: str) -> BoardSection:
        """Create a section on this board and give it."""
        return BoardSection.create(board_id=self._id, name=name, client=self._client)

    def update_section(self, section_id: str, name: str) -> BoardSection:
        """Rename a section of this board and give it."""
        section_id = _validation.require_id("section_id", section_id)
        return BoardSection.update(
            board_id=self._id, board_section_id=section_id, name=name, client=self._client
        )

    def delete_section(self, section_id: str) -> None:
        """Delete a section of this board."""
        section_id = _validation.require_id("section_id", section_id)
        BoardSection.delete(board_id=self._id, board_section_id=section_id, client=self._client)

    def list_sections(
        self, page_size: int | None = None, bookmark: str | None = None, **kwargs: Any
    ) -> tuple[list[BoardSection], Bookmark | None]:
        """Give one page of this board's sections and the bookmark of the next page."""
        return BoardSection.get_all(
            board_id=self._id,
            page_size=page_size,
            bookmark=bookmark,
            client=self._client,
            **kwargs,
        )

    def list_pins(
        self,
        section_id: str | None = None,
        page_size: int | None = None,
        bookmark: str | None = None,
    ) -> tuple[list[Pin], Bookmark | None]:
        """Give one page of the Pins on this board, or in one of its sections.

        Args:
            section_id: List only the Pins of this section; the whole board when None.
            page_size: Pins per page (1 to 250; the API's default is 25).
            bookmark: The bookmark token of the page to read.

        Returns:
            The Pins, and a `Bookmark` whose `get_next()` reads the next page of the same
            board or section (None on the last page).
        """
        from pinterest.organic.pins import Pin
        from pinterest_generated.api.boards import board_sections_list_pins, boards_list_pins
        from pinterest_generated.types import UNSET

        section = _validation.optional_id("section_id", section_id)
        request: dict[str, Any] = {
            "board_id": self._id,
            "page_size": _validation.page_size(page_size),
            "bookmark": _validation.optional_str("bookmark", bookmark),
        }
        operation: Callable[..., Any]
        if section is None:
            operation = boards_list_pins.sync
            request["pin_metrics"] = UNSET
        else:
            operation = board_sections_list_pins.sync
            request["section_id"] = section

        # The bookmark calls this object's list_pins again, which uses this object's client.
        return list_page(
            self._client,
            operation,
            request,
            lambda item: Pin(
                pin_id=answer_id(item, "Board.list_pins"), client=self._client, _model_data=item
            ),
            self,
            "list_pins",
            {"section_id": section_id, "page_size": page_size},
            None,
        )
