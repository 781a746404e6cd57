"""Pins: read, create, save, update and delete Pins, and list the Pins of the operation user.

`Pin` keeps the interface of `pinterest-api-sdk` 0.2.7 and adds `update_fields`. A Pin made
with a client (or an ad account id) keeps using it for every later call on that object.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias, cast

from pinterest import _validation
from pinterest._resource import (
    ModelField,
    answer_id,
    check_open_member,
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

    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.board_owner import BoardOwner
    from pinterest_generated.models.creative_type import CreativeType
    from pinterest_generated.models.pin_media_with_image import PinMediaWithImage
    from pinterest_generated.models.pin_media_with_image_and_video import (
        PinMediaWithImageAndVideo,
    )
    from pinterest_generated.models.pin_media_with_images import PinMediaWithImages
    from pinterest_generated.models.pin_media_with_video import PinMediaWithVideo
    from pinterest_generated.models.pin_media_with_videos import PinMediaWithVideos
    from pinterest_generated.models.pin_pin_metrics_type_0 import PinPinMetricsType0

    PinMedia: TypeAlias = (
        PinMediaWithImage
        | PinMediaWithImageAndVideo
        | PinMediaWithImages
        | PinMediaWithVideo
        | PinMediaWithVideos
    )

__all__ = ["Pin"]

# Fields of `PATCH /pins/{pin_id}` (the API's PinUpdate).
_PIN_UPDATE_FIELDS = (
    "alt_text",
    "board_id",
    "board_section_id",
    "carousel_slots",
    "description",
    "link",
    "title",
)


class Pin(PinterestBaseModel):
    """A Pin, read from the API when the object is made.

    Args:
        pin_id: The Pin's id.
        ad_account_id: An ad account whose owner is the "operation user_account" (Business
            Access); it is sent with every later call on this object.
        client: The client for this object's calls; the default client when None.

    Raises:
        SdkException: the Pin could not be read (for example `NotFoundError`).
    """

    _fields: ClassVar[tuple[str, ...]] = (
        "id",
        "title",
        "description",
        "link",
        "board_id",
        "board_section_id",
        "created_at",
        "creative_type",
        "ad_account_id",
    )

    created_at: ModelField[datetime.datetime] = ModelField(
        "created_at", "When the Pin was created."
    )
    link: ModelField[str] = ModelField("link", "The Pin's destination link.")
    title: ModelField[str] = ModelField("title", "The Pin's title.")
    description: ModelField[str] = ModelField("description", "The Pin's description.")
    dominant_color: ModelField[str] = ModelField(
        "dominant_color", "The Pin's dominant colour as a hex string such as `#6E7874`."
    )
    alt_text: ModelField[str] = ModelField("alt_text", "The Pin's alternative text.")
    board_id: ModelField[str] = ModelField("board_id", "The id of the board the Pin is on.")
    board_section_id: ModelField[str] = ModelField(
        "board_section_id", "The id of the board section the Pin is in."
    )
    board_owner: ModelField[BoardOwner] = ModelField(
        "board_owner", "The owner of the Pin's board (`username`)."
    )
    media: ModelField[PinMedia] = ModelField("media", "The Pin's images or videos.")
    parent_pin_id: ModelField[str] = ModelField(
        "parent_pin_id", "The id of the Pin this one was saved from."
    )
    is_owner: ModelField[bool] = ModelField("is_owner", "Whether the operation user owns the Pin.")
    pin_metrics: ModelField[PinPinMetricsType0] = ModelField(
        "pin_metrics", "The Pin's 90-day and lifetime metrics, when they were asked for."
    )
    has_been_promoted: ModelField[bool] = ModelField(
        "has_been_promoted", "Whether the Pin has been promoted."
    )
    creative_type: ModelField[CreativeType] = ModelField(
        "creative_type", "The Pin's creative type, such as `REGULAR` or `VIDEO`."
    )
    is_standard: ModelField[bool] = ModelField(
        "is_standard", "Whether the Pin is a standard Pin (not a simplified one)."
    )

    def __init__(
        self,
        pin_id: str,
        ad_account_id: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> None:
        from pinterest_generated.api.pins import pins_get
        from pinterest_generated.models.pin import Pin as GeneratedPin
        from pinterest_generated.types import UNSET

        reject_unknown_kwargs("Pin", kwargs, ("_model_data",))
        pin_id = _validation.require_id("pin_id", pin_id)
        self._ad_account_id = _validation.optional_id("ad_account_id", ad_account_id)
        get_arguments = {"pin_id": pin_id, "pin_metrics": UNSET}
        if self._ad_account_id is not None:
            get_arguments["ad_account_id"] = self._ad_account_id
        super().__init__(
            _id=pin_id,
            generated_api=pins_get,
            generated_api_get_fn="sync",
            generated_api_get_fn_args=get_arguments,
            model_attribute_types=GeneratedPin,
            client=client,
        )
        self._populate_fields(**kwargs)

    @property
    def id(self) -> str:
        """The Pin's id."""
        return self._id

    @property
    def ad_account_id(self) -> str | None:
        """The ad account this object acts through, if one was given."""
        return self._ad_account_id

    @property
    def media_source(self) -> Any:
        """The media source, when the API sends one (API v5.23 documents it on create only)."""
        return self._extra_field("media_source")

    @property
    def note(self) -> str | None:
        """The Pin's private note, when the API sends one (API v5.23 does not document it)."""
        return cast("str | None", self._extra_field("note"))

    def _extra_field(self, name: str) -> Any:
        """Give a field the API sent that the pinned description does not declare."""
        value = self._field(name)
        if value is None and self._model is not None:
            value = getattr(self._model, "additional_properties", {}).get(name)
        return value

    @classmethod
    def create(
        cls,
        board_id: str,
        media_source: dict[str, Any],
        link: str | None = None,
        title: str | None = None,
        description: str | None = None,
        dominant_color: str | None = None,
        alt_text: str | None = None,
        board_section_id: str | None = None,
        parent_pin_id: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> Pin:
        """Create a Pin on a board (or board section) and give it.

        Args:
            board_id: The board to put the Pin on.
            media_source: The Pin's media as the API describes it, for example
                `{"source_type": "image_url", "url": "https://..."}`; sent as given.
            link, title, description, dominant_color, alt_text, board_section_id,
                parent_pin_id: Optional fields of the new Pin; unset ones are not sent.
            client: The client to use; the default client when None.
            **kwargs: `ad_account_id` (Business Access) and `sponsor_id`.

        Raises:
            TypeError: an unknown keyword argument, or an argument of the wrong type.
            ValueError: a `media_source` that is none of the API's media sources (an unknown
                `source_type`, a missing `url`, ...).
        """
        from pinterest._api import call
        from pinterest_generated.api.pins import pins_create
        from pinterest_generated.models.pin_create import PinCreate

        reject_unknown_kwargs("Pin.create", kwargs, ("ad_account_id", "sponsor_id"))
        if not isinstance(media_source, Mapping) or "source_type" not in media_source:
            raise TypeError("media_source must be a dict with a 'source_type' key")
        fields: dict[str, Any] = {"board_id": _validation.require_id("board_id", board_id)}
        texts = {
            "link": link,
            "title": title,
            "description": description,
            "dominant_color": dominant_color,
            "alt_text": alt_text,
        }
        ids = {
            "board_section_id": board_section_id,
            "parent_pin_id": parent_pin_id,
            "sponsor_id": kwargs.get("sponsor_id"),
        }
        fields.update(
            without_none(**{k: _validation.optional_text(k, v) for k, v in texts.items()})
        )
        fields.update(without_none(**{k: _validation.optional_id(k, v) for k, v in ids.items()}))
        ad_account_id = _validation.optional_id("ad_account_id", kwargs.get("ad_account_id"))
        client = cls._get_client(client)

        body = request_body(PinCreate, fields, "Pin.create")
        # The media source goes out as the caller wrote it: several of the API's media sources
        # have the same keys, so a parsed one could come out as another; and some take keys
        # the description leaves out.
        check_open_member("Pin.create", media_source, PinCreate, "media_source")
        body.additional_properties["media_source"] = dict(media_source)
        answer = call(
            client, pins_create.sync, body=body, **without_none(ad_account_id=ad_account_id)
        )
        return cls(
            pin_id=answer_id(answer, "Pin.create"),
            ad_account_id=ad_account_id,
            client=client,
            _model_data=answer,
        )

    @classmethod
    def delete(cls, pin_id: str, client: PinterestSDKClient | None = None) -> bool:
        """Delete a Pin; give True once the API has accepted the deletion."""
        from pinterest._api import call
        from pinterest_generated.api.pins import pins_delete

        pin_id = _validation.require_id("pin_id", pin_id)
        call(cls._get_client(client), no_content_sync(pins_delete), pin_id=pin_id)
        return True

    def save(self, board_id: str, board_section_id: str | None = None) -> None:
        """Save this Pin to a board (or board section); the object then is the saved Pin.

        The saved Pin is a new Pin with its own id, which this object takes for its later
        calls.
        """
        from pinterest._api import call
        from pinterest_generated.api.pins import pins_save
        from pinterest_generated.models.pins_save_body import PinsSaveBody

        values = without_none(
            board_id=_validation.require_id("board_id", board_id),
            board_section_id=_validation.optional_id("board_section_id", board_section_id),
        )
        body = request_body(PinsSaveBody, values, "Pin.save")
        answer = call(
            self._client,
            pins_save.sync,
            pin_id=self._id,
            body=body,
            **without_none(ad_account_id=self._ad_account_id),
        )
        # Saving makes a new Pin; as in 0.2.7, this object becomes that Pin, id included.
        self._id = answer_id(answer, "Pin.save")
        self._generated_api_get_fn_args["pin_id"] = self._id
        self._populate_fields(_model_data=answer)

    def update_fields(self, **kwargs: Any) -> bool:
        """Change fields of the Pin (`PATCH /pins/{pin_id}`) and give True when they took effect.

        Accepted fields: `alt_text`, `board_id`, `board_section_id`, `carousel_slots` (a list
        of dicts with `title`, `description`, `link`), `description`, `link`, `title`. The
        object then shows the Pin as the API returned it.

        Raises:
            TypeError: a field name that cannot be updated; nothing is sent.
            SdkException: the request failed, or the API's answer does not have a value that
                was asked for.
        """
        from pinterest._api import call
        from pinterest_generated.api.pins import pins_update
        from pinterest_generated.models.pin_update import PinUpdate

        reject_unknown_kwargs("Pin.update_fields", kwargs, _PIN_UPDATE_FIELDS)
        require_changes("Pin.update_fields", kwargs)
        fields: dict[str, Any] = {}
        for name, value in kwargs.items():
            if name == "carousel_slots":
                fields[name] = _list(name, value)
            elif name == "board_id":
                fields[name] = _validation.require_id(name, value)
            elif name == "board_section_id":
                fields[name] = _validation.optional_id(name, value)
            else:
                fields[name] = _validation.optional_text(name, value)

        answer = call(
            self._client,
            pins_update.sync,
            pin_id=self._id,
            body=request_body(PinUpdate, fields, "Pin.update_fields"),
            **without_none(ad_account_id=self._ad_account_id),
        )
        self._populate_fields(_model_data=answer)
        # The Pin model has no carousel slots to compare against.
        check_updated_resource(self, {k: v for k, v in fields.items() if k != "carousel_slots"})
        return True

    @classmethod
    def get_all(
        cls,
        pin_filter: str | None = None,
        include_protected_pins: bool | None = None,
        pin_type: str | None = None,
        creative_types: list[str] | None = None,
        ad_account_id: str | None = None,
        pin_metrics: bool | None = None,
        page_size: int | None = None,
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[Pin], Bookmark | None]:
        """Give one page of the operation user's Pins and the bookmark of the next page.

        Args:
            pin_filter: `exclude_native`, `exclude_repins` or `has_been_promoted`.
            include_protected_pins: Also give Pins on protected boards.
            pin_type: `PRIVATE`, the only type the API filters on.
            creative_types: Creative types to keep, such as `["REGULAR", "VIDEO"]`.
            ad_account_id: Act as the owner of this ad account (Business Access).
            pin_metrics: Include 90-day and lifetime metrics.
            page_size: Pins per page (1 to 250; the API's default is 25).
            bookmark: The bookmark token of the page to read.
            client: The client to use; the default client when None.

        Returns:
            The Pins, and a `Bookmark` whose `get_next()` reads the next page with the same
            arguments and client (None on the last page).
        """
        from pinterest_generated.api.pins import pins_list
        from pinterest_generated.models.creative_type import CreativeType
        from pinterest_generated.models.pins_list_pin_filter import PinsListPinFilter
        from pinterest_generated.models.pins_list_pin_type import PinsListPinType

        reject_unknown_kwargs("Pin.get_all", kwargs, ())
        arguments = without_none(
            pin_filter=_validation.optional_enum("pin_filter", pin_filter, PinsListPinFilter),
            include_protected_pins=optional_bool("include_protected_pins", include_protected_pins),
            pin_type=_validation.optional_enum("pin_type", pin_type, PinsListPinType),
            creative_types=None
            if creative_types is None
            else [
                _validation.enum_value("creative_types", value, CreativeType)
                for value in _list("creative_types", creative_types)
            ],
            ad_account_id=_validation.optional_id("ad_account_id", ad_account_id),
            pin_metrics=optional_bool("pin_metrics", pin_metrics),
            page_size=_validation.page_size(page_size),
            bookmark=_validation.optional_str("bookmark", bookmark),
        )
        client = cls._get_client(client)

        return list_page(
            client,
            pins_list.sync,
            arguments,
            lambda item: cls(
                pin_id=answer_id(item, "Pin.get_all"),
                ad_account_id=ad_account_id,
                client=client,
                _model_data=item,
            ),
            cls,
            "get_all",
            {
                "pin_filter": pin_filter,
                "include_protected_pins": include_protected_pins,
                "pin_type": pin_type,
                "creative_types": creative_types,
                "ad_account_id": ad_account_id,
                "pin_metrics": pin_metrics,
                "page_size": page_size,
            },
            client,
        )


def _list(name: str, value: Any) -> list[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise TypeError(f"{name} must be a list, got {type(value).__name__}")
    return list(value)
