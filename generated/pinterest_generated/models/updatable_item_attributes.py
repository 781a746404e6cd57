from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar("T", bound="UpdatableItemAttributes")


@_attrs_define
class UpdatableItemAttributes:
    """
    Attributes:
        ad_image_0_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_0_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_10_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_10_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_11_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_11_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_12_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_12_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_13_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_13_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_14_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_14_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_15_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_15_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_16_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_16_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_17_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_17_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_18_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_18_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_19_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_19_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_1_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_1_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_2_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_2_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_3_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_3_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_4_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_4_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_5_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_5_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_6_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_6_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_7_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_7_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_8_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_8_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_image_9_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad image link that supplements main image for shopping campaigns.</p>
            <p>Image format:</p>
            <ul>
              <li>Pixel size at least 75 x 75</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder images in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/image/image_v2.jpg.
        ad_image_9_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_image_x_link, include the image tag with the corresponding ad_image_x_tag attribute.</p>
            Example: black friday.
        ad_link (None | str | Unset): Allows advertisers to specify a separate URL that can be used to track traffic
            coming from Pinterest shopping ads. Must send full URL including tracking—do not send tracking parameters only.
            At this time we do not support impression tracking. Must begin with http:// or https://. Example:
            https://www.example.com/cat/denim-shirt/item012?utm_source=Pinterest.
        ad_video_0_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad video link that supplements main video for shopping campaigns.</p>
            <p>Video format:</p>
            <ul>
              <li>Pixel size between 75 x 75 and 9450 x 9450</li>
              <li>File size smaller than 2 GB</li>
              <li>Time span between 4 seconds and 15 minutes</li>
              <li>Accepted formats: .MP4, .MOV, .M4V</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder videos in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/video/video_v2.mov.
        ad_video_0_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
            Example: black friday.
        ad_video_1_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad video link that supplements main video for shopping campaigns.</p>
            <p>Video format:</p>
            <ul>
              <li>Pixel size between 75 x 75 and 9450 x 9450</li>
              <li>File size smaller than 2 GB</li>
              <li>Time span between 4 seconds and 15 minutes</li>
              <li>Accepted formats: .MP4, .MOV, .M4V</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder videos in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/video/video_v2.mov.
        ad_video_1_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
            Example: black friday.
        ad_video_2_link (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 2000 characters</p>
            <p>Ad video link that supplements main video for shopping campaigns.</p>
            <p>Video format:</p>
            <ul>
              <li>Pixel size between 75 x 75 and 9450 x 9450</li>
              <li>File size smaller than 2 GB</li>
              <li>Time span between 4 seconds and 15 minutes</li>
              <li>Accepted formats: .MP4, .MOV, .M4V</li>
            </ul>
            <p>Link guidelines:</p>
            <ul>
              <li>Include extension in file name</li>
              <li>Do not include template or placeholder videos in link</li>
              <li>Make URL accessible to Pinterest user-agent</li>
              <li>Must start with http:// or https://</li>
            </ul> Example: https://www.example.com/video/video_v2.mov.
        ad_video_2_tag (None | str | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank" target="blank">Restricted</a>
            <p><= 511 characters</p>
            <p>If you provide an ad_video_x_link, include the video tag with the corresponding ad_video_x_tag attribute.</p>
            Example: black friday.
        adult (bool | None | Unset): Set this attribute to TRUE if you're submitting items that are considered “adult”.
            These will not be shown on Pinterest. Example: True.
        age_group (None | str | Unset): The age group to apply a demographic range to the product. Must be one of the
            following values (upper or lowercased): ‘newborn’, ‘infant’, ‘toddler’, ‘kids’, or ‘adult’. Example: newborn.
        android_deep_link (str | Unset): The deep link to the product on the Android app. Example:
            pinterest://item/1234567890.
        availability (str | Unset): The availability of the product. Must be one of the following values (upper or
            lowercased): ‘in stock’, ‘out of stock’, ‘preorder’. Example: in stock.
        average_review_rating (float | None | Unset): Average reviews for the item. Can be a number from 1-5. Example:
            5.
        brand (None | str | Unset): The brand of the product. Example: Josie’s Denim.
        checkout_enabled (bool | None | Unset): This attribute is not supported anymore. Example: False.
        color (None | str | Unset): The primary color of the product. Example: blue.
        condition (None | str | Unset): The condition of the product. Must be one of the following values (upper or
            lowercased): ‘new’, ‘used’, or ‘refurbished’. Example: new.
        custom_label_0 (None | str | Unset): <p><= 511 characters for retail and creative asset catalogs, <= 127
            characters for hotel catalogs</p>
            <p>Custom grouping of products.</p> Example: Best sellers.
        custom_label_1 (None | str | Unset): <p><= 511 characters for retail and creative asset catalogs, <= 127
            characters for hotel catalogs</p>
            <p>Custom grouping of products.</p> Example: Summer promotion.
        custom_label_2 (None | str | Unset): <p><= 511 characters for retail and creative asset catalogs, <= 127
            characters for hotel catalogs</p>
            <p>Custom grouping of products.</p> Example: Winter sales.
        custom_label_3 (None | str | Unset): <p><= 511 characters for retail and creative asset catalogs, <= 127
            characters for hotel catalogs</p>
            <p>Custom grouping of products.</p> Example: Woman dress.
        custom_label_4 (None | str | Unset): <p><= 511 characters for retail and creative asset catalogs, <= 127
            characters for hotel catalogs</p>
            <p>Custom grouping of products.</p> Example: Man hat.
        custom_number_0 (int | None | Unset): an attribute for any integer information ranging from 0 to 4,294,967,295,
            which can be used to group items. Example: 10.
        custom_number_1 (int | None | Unset): an attribute for any integer information ranging from 0 to 4,294,967,295,
            which can be used to group items. Example: 0.
        custom_number_2 (int | None | Unset): an attribute for any integer information ranging from 0 to 4,294,967,295,
            which can be used to group items. Example: 1520000000.
        custom_number_3 (int | None | Unset): an attribute for any integer information ranging from 0 to 4,294,967,295,
            which can be used to group items. Example: 4294967295.
        custom_number_4 (int | None | Unset): an attribute for any integer information ranging from 0 to 4,294,967,295,
            which can be used to group items. Example: 50.
        description (str | Unset): <p><= 10000 characters</p>
            <p>The description of the product.</p> Example: Casual fit denim shirt made with the finest quality Japanese
            denim..
        free_shipping_label (bool | None | Unset): The item is free to ship. Example: True.
        free_shipping_limit (None | str | Unset): The minimum order purchase necessary for the customer to get free
            shipping. Only relevant if free shipping is offered. Example: 35 USD.
        gender (None | str | Unset): The gender associated with the product. Must be one of the following values (upper
            or lowercased): ‘male’, ‘female’, or ‘unisex’. Example: unisex.
        google_product_category (None | str | Unset): The categorization of the product based on the standardized Google
            Product Taxonomy. This is a set taxonomy. Both the text values and numeric codes are accepted. Example: Apparel
            & Accessories > Clothing > Shirts & Tops.
        gtin (int | None | str | Unset): The unique universal product identifier. Example: 3234567890126.
        id (str | Unset): <p><= 127 characters</p>
            <p>The user-created unique ID that represents the product. Only
            Unicode characters are accepted.</p> Example: DS0294-L.
        installment_price (None | str | Unset): Installment price of the product. This data will only be shown to
            pinners in the enabled countries. Expected format: <payment_count>:<payment_amount> <currency> Example: 10:10.00
            USD.
        ios_deep_link (str | Unset): The deep link to the product on the iOS app. Example: pinterest://item/1234567890.
        item_group_id (None | str | Unset): <p><= 127 characters</p>
            <p>The parent ID of the product.</p> Example: DS0294.
        last_updated_time (int | None | Unset): The millisecond timestamp when the item was lastly modified by the
            merchant. Example: 1641483432072.
        link (str | Unset): <p><= 511 characters</p>
            <p>The landing page for the product.</p> Example: https://www.example.com/cat/womens-clothing/denim-shirt-0294.
        material (None | str | Unset): The material used to make the product. Example: cotton.
        min_ad_price (None | str | Unset): The minimum advertised price of the product. It supports the following
            formats, "19.99 USD", "19.99USD" and "19.99". If the currency is not included, we default to US dollars.
            Example: 19.99 USD.
        mobile_link (None | str | Unset): The mobile-optimized version of your landing page. Must begin with http:// or
            https://. Example: https://m.example.com/cat/womens-clothing/denim-shirt-0294.
        mpn (None | str | Unset): Manufacturer Part Number are alpha-numeric codes created by the manufacturer of a
            product to uniquely identify it among all products from the same manufacturer. Example: PI12345NTEREST.
        number_of_ratings (int | None | Unset): The number of ratings for the item. Example: 10.
        number_of_reviews (int | None | Unset): The number of reviews available for the item. Example: 10.
        pattern (None | str | Unset): The description of the pattern used for the product. Example: plaid.
        price (str | Unset): The price of the product. It supports the following formats, "24.99 USD", "24.99USD" and
            "24.99". If the currency is not included, we default to US dollars. Example: 24.99 USD.
        product_type (None | str | Unset): <p><= 1000 characters</p>
            <p>The categorization of your product based on your custom product
            taxonomy. Subcategories must be sent separated by “ > “. The > must be
            wrapped by spaces. We do not recognize any other delimiters such as comma
            or pipe.</p> Example: Clothing > Women’s > Shirts > Denim.
        promotion_id (None | str | Unset): A unique identifier referencing the promotion associated with this catalog
            item. Example: promotion_1.
        sale_price (None | str | Unset): The discounted price of the product. The sale_price must be lower than the
            price. It supports the following formats, "14.99 USD", "14.99USD" and "14.99". If the currency is not included,
            we default to US dollars. Example: 14.99 USD.
        sale_price_effective_date (None | str | Unset): Sale price effective date. Expected format:
            <start_date>/<end_date> (ISO 8601 format) Example: 2025-01-01T00:00:00.000000Z/2025-01-07T00:00:00.000000Z.
        shipping (None | str | Unset): Shipping consists of one group of up to four elements, country, region, service
            (all optional) and price (required). All colons, even for blank values, are required. Example: US:CA:Ground:0
            USD.
        shipping_height (None | str | Unset): The height of the package needed to ship the product. Ensure there is a
            space between the numeric string and the metric. Example: 12 in.
        shipping_weight (None | str | Unset): The weight of the product. Ensure there is a space between the numeric
            string and the metric. Example: 3 kg.
        shipping_width (None | str | Unset): The width of the package needed to ship the product. Ensure there is a
            space between the numeric string and the metric. Example: 16 in.
        size (None | str | Unset): The size of the product. Example: M.
        size_system (None | str | Unset): Indicates the country’s sizing system in which you are submitting your
            product. Must be one of the following values (upper or lowercased): ‘US’, ‘UK’, ‘EU’, ‘DE’, ‘FR’, ‘JP’, ‘CN’,
            ‘IT’, ‘BR’, ‘MEX’, or ‘AU’. Example: US.
        size_type (None | str | Unset): Additional description for the size. Must be one of the following values (upper
            or lowercased): ‘regular’, ‘petite’, ‘plus’, ‘big_and_tall’, or ‘maternity’. Example: regular.
        tax (None | str | Unset): Tax consists of one group of up to four elements, country, region, rate (all required)
            and tax_ship (optional). All colons, even for blank values, are required. Example: US:1025433:6.00:y.
        title (str | Unset): <p><= 500 characters</p>
            <p>The name of the product.</p> Example: Women’s denim shirt, large.
        unit_pricing_base_measure (None | str | Unset): Unit pricing base measure of the product. This data will only be
            shown to pinners in the enabled countries. Expected format: <base_measure> <unit_type> Example: 10 ML.
        unit_pricing_measure (None | str | Unset): Unit pricing total measure of the product. This data will only be
            shown to pinners in the enabled countries. Expected format: <total_units> <unit_type> Example: 10 ML.
        variant_names (list[str] | None | Unset): Options for this variant. People will see these options next to your
            Pin and can select the one they want. List them in the order you want them displayed. Example: ['Color',
            'Size'].
        variant_values (list[str] | None | Unset): Option values for this variant. People will see these options next to
            your Pin and can select the one they want. List them in the order you want them displayed. The order of the
            variant values must be consistent with the order of the variant names. Example: ['Red', 'Small'].
    """

    ad_image_0_link: None | str | Unset = UNSET
    ad_image_0_tag: None | str | Unset = UNSET
    ad_image_10_link: None | str | Unset = UNSET
    ad_image_10_tag: None | str | Unset = UNSET
    ad_image_11_link: None | str | Unset = UNSET
    ad_image_11_tag: None | str | Unset = UNSET
    ad_image_12_link: None | str | Unset = UNSET
    ad_image_12_tag: None | str | Unset = UNSET
    ad_image_13_link: None | str | Unset = UNSET
    ad_image_13_tag: None | str | Unset = UNSET
    ad_image_14_link: None | str | Unset = UNSET
    ad_image_14_tag: None | str | Unset = UNSET
    ad_image_15_link: None | str | Unset = UNSET
    ad_image_15_tag: None | str | Unset = UNSET
    ad_image_16_link: None | str | Unset = UNSET
    ad_image_16_tag: None | str | Unset = UNSET
    ad_image_17_link: None | str | Unset = UNSET
    ad_image_17_tag: None | str | Unset = UNSET
    ad_image_18_link: None | str | Unset = UNSET
    ad_image_18_tag: None | str | Unset = UNSET
    ad_image_19_link: None | str | Unset = UNSET
    ad_image_19_tag: None | str | Unset = UNSET
    ad_image_1_link: None | str | Unset = UNSET
    ad_image_1_tag: None | str | Unset = UNSET
    ad_image_2_link: None | str | Unset = UNSET
    ad_image_2_tag: None | str | Unset = UNSET
    ad_image_3_link: None | str | Unset = UNSET
    ad_image_3_tag: None | str | Unset = UNSET
    ad_image_4_link: None | str | Unset = UNSET
    ad_image_4_tag: None | str | Unset = UNSET
    ad_image_5_link: None | str | Unset = UNSET
    ad_image_5_tag: None | str | Unset = UNSET
    ad_image_6_link: None | str | Unset = UNSET
    ad_image_6_tag: None | str | Unset = UNSET
    ad_image_7_link: None | str | Unset = UNSET
    ad_image_7_tag: None | str | Unset = UNSET
    ad_image_8_link: None | str | Unset = UNSET
    ad_image_8_tag: None | str | Unset = UNSET
    ad_image_9_link: None | str | Unset = UNSET
    ad_image_9_tag: None | str | Unset = UNSET
    ad_link: None | str | Unset = UNSET
    ad_video_0_link: None | str | Unset = UNSET
    ad_video_0_tag: None | str | Unset = UNSET
    ad_video_1_link: None | str | Unset = UNSET
    ad_video_1_tag: None | str | Unset = UNSET
    ad_video_2_link: None | str | Unset = UNSET
    ad_video_2_tag: None | str | Unset = UNSET
    adult: bool | None | Unset = UNSET
    age_group: None | str | Unset = UNSET
    android_deep_link: str | Unset = UNSET
    availability: str | Unset = UNSET
    average_review_rating: float | None | Unset = UNSET
    brand: None | str | Unset = UNSET
    checkout_enabled: bool | None | Unset = UNSET
    color: None | str | Unset = UNSET
    condition: None | str | Unset = UNSET
    custom_label_0: None | str | Unset = UNSET
    custom_label_1: None | str | Unset = UNSET
    custom_label_2: None | str | Unset = UNSET
    custom_label_3: None | str | Unset = UNSET
    custom_label_4: None | str | Unset = UNSET
    custom_number_0: int | None | Unset = UNSET
    custom_number_1: int | None | Unset = UNSET
    custom_number_2: int | None | Unset = UNSET
    custom_number_3: int | None | Unset = UNSET
    custom_number_4: int | None | Unset = UNSET
    description: str | Unset = UNSET
    free_shipping_label: bool | None | Unset = UNSET
    free_shipping_limit: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    google_product_category: None | str | Unset = UNSET
    gtin: int | None | str | Unset = UNSET
    id: str | Unset = UNSET
    installment_price: None | str | Unset = UNSET
    ios_deep_link: str | Unset = UNSET
    item_group_id: None | str | Unset = UNSET
    last_updated_time: int | None | Unset = UNSET
    link: str | Unset = UNSET
    material: None | str | Unset = UNSET
    min_ad_price: None | str | Unset = UNSET
    mobile_link: None | str | Unset = UNSET
    mpn: None | str | Unset = UNSET
    number_of_ratings: int | None | Unset = UNSET
    number_of_reviews: int | None | Unset = UNSET
    pattern: None | str | Unset = UNSET
    price: str | Unset = UNSET
    product_type: None | str | Unset = UNSET
    promotion_id: None | str | Unset = UNSET
    sale_price: None | str | Unset = UNSET
    sale_price_effective_date: None | str | Unset = UNSET
    shipping: None | str | Unset = UNSET
    shipping_height: None | str | Unset = UNSET
    shipping_weight: None | str | Unset = UNSET
    shipping_width: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    size_system: None | str | Unset = UNSET
    size_type: None | str | Unset = UNSET
    tax: None | str | Unset = UNSET
    title: str | Unset = UNSET
    unit_pricing_base_measure: None | str | Unset = UNSET
    unit_pricing_measure: None | str | Unset = UNSET
    variant_names: list[str] | None | Unset = UNSET
    variant_values: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_image_0_link: None | str | Unset
        if isinstance(self.ad_image_0_link, Unset):
            ad_image_0_link = UNSET
        else:
            ad_image_0_link = self.ad_image_0_link

        ad_image_0_tag: None | str | Unset
        if isinstance(self.ad_image_0_tag, Unset):
            ad_image_0_tag = UNSET
        else:
            ad_image_0_tag = self.ad_image_0_tag

        ad_image_10_link: None | str | Unset
        if isinstance(self.ad_image_10_link, Unset):
            ad_image_10_link = UNSET
        else:
            ad_image_10_link = self.ad_image_10_link

        ad_image_10_tag: None | str | Unset
        if isinstance(self.ad_image_10_tag, Unset):
            ad_image_10_tag = UNSET
        else:
            ad_image_10_tag = self.ad_image_10_tag

        ad_image_11_link: None | str | Unset
        if isinstance(self.ad_image_11_link, Unset):
            ad_image_11_link = UNSET
        else:
            ad_image_11_link = self.ad_image_11_link

        ad_image_11_tag: None | str | Unset
        if isinstance(self.ad_image_11_tag, Unset):
            ad_image_11_tag = UNSET
        else:
            ad_image_11_tag = self.ad_image_11_tag

        ad_image_12_link: None | str | Unset
        if isinstance(self.ad_image_12_link, Unset):
            ad_image_12_link = UNSET
        else:
            ad_image_12_link = self.ad_image_12_link

        ad_image_12_tag: None | str | Unset
        if isinstance(self.ad_image_12_tag, Unset):
            ad_image_12_tag = UNSET
        else:
            ad_image_12_tag = self.ad_image_12_tag

        ad_image_13_link: None | str | Unset
        if isinstance(self.ad_image_13_link, Unset):
            ad_image_13_link = UNSET
        else:
            ad_image_13_link = self.ad_image_13_link

        ad_image_13_tag: None | str | Unset
        if isinstance(self.ad_image_13_tag, Unset):
            ad_image_13_tag = UNSET
        else:
            ad_image_13_tag = self.ad_image_13_tag

        ad_image_14_link: None | str | Unset
        if isinstance(self.ad_image_14_link, Unset):
            ad_image_14_link = UNSET
        else:
            ad_image_14_link = self.ad_image_14_link

        ad_image_14_tag: None | str | Unset
        if isinstance(self.ad_image_14_tag, Unset):
            ad_image_14_tag = UNSET
        else:
            ad_image_14_tag = self.ad_image_14_tag

        ad_image_15_link: None | str | Unset
        if isinstance(self.ad_image_15_link, Unset):
            ad_image_15_link = UNSET
        else:
            ad_image_15_link = self.ad_image_15_link

        ad_image_15_tag: None | str | Unset
        if isinstance(self.ad_image_15_tag, Unset):
            ad_image_15_tag = UNSET
        else:
            ad_image_15_tag = self.ad_image_15_tag

        ad_image_16_link: None | str | Unset
        if isinstance(self.ad_image_16_link, Unset):
            ad_image_16_link = UNSET
        else:
            ad_image_16_link = self.ad_image_16_link

        ad_image_16_tag: None | str | Unset
        if isinstance(self.ad_image_16_tag, Unset):
            ad_image_16_tag = UNSET
        else:
            ad_image_16_tag = self.ad_image_16_tag

        ad_image_17_link: None | str | Unset
        if isinstance(self.ad_image_17_link, Unset):
            ad_image_17_link = UNSET
        else:
            ad_image_17_link = self.ad_image_17_link

        ad_image_17_tag: None | str | Unset
        if isinstance(self.ad_image_17_tag, Unset):
            ad_image_17_tag = UNSET
        else:
            ad_image_17_tag = self.ad_image_17_tag

        ad_image_18_link: None | str | Unset
        if isinstance(self.ad_image_18_link, Unset):
            ad_image_18_link = UNSET
        else:
            ad_image_18_link = self.ad_image_18_link

        ad_image_18_tag: None | str | Unset
        if isinstance(self.ad_image_18_tag, Unset):
            ad_image_18_tag = UNSET
        else:
            ad_image_18_tag = self.ad_image_18_tag

        ad_image_19_link: None | str | Unset
        if isinstance(self.ad_image_19_link, Unset):
            ad_image_19_link = UNSET
        else:
            ad_image_19_link = self.ad_image_19_link

        ad_image_19_tag: None | str | Unset
        if isinstance(self.ad_image_19_tag, Unset):
            ad_image_19_tag = UNSET
        else:
            ad_image_19_tag = self.ad_image_19_tag

        ad_image_1_link: None | str | Unset
        if isinstance(self.ad_image_1_link, Unset):
            ad_image_1_link = UNSET
        else:
            ad_image_1_link = self.ad_image_1_link

        ad_image_1_tag: None | str | Unset
        if isinstance(self.ad_image_1_tag, Unset):
            ad_image_1_tag = UNSET
        else:
            ad_image_1_tag = self.ad_image_1_tag

        ad_image_2_link: None | str | Unset
        if isinstance(self.ad_image_2_link, Unset):
            ad_image_2_link = UNSET
        else:
            ad_image_2_link = self.ad_image_2_link

        ad_image_2_tag: None | str | Unset
        if isinstance(self.ad_image_2_tag, Unset):
            ad_image_2_tag = UNSET
        else:
            ad_image_2_tag = self.ad_image_2_tag

        ad_image_3_link: None | str | Unset
        if isinstance(self.ad_image_3_link, Unset):
            ad_image_3_link = UNSET
        else:
            ad_image_3_link = self.ad_image_3_link

        ad_image_3_tag: None | str | Unset
        if isinstance(self.ad_image_3_tag, Unset):
            ad_image_3_tag = UNSET
        else:
            ad_image_3_tag = self.ad_image_3_tag

        ad_image_4_link: None | str | Unset
        if isinstance(self.ad_image_4_link, Unset):
            ad_image_4_link = UNSET
        else:
            ad_image_4_link = self.ad_image_4_link

        ad_image_4_tag: None | str | Unset
        if isinstance(self.ad_image_4_tag, Unset):
            ad_image_4_tag = UNSET
        else:
            ad_image_4_tag = self.ad_image_4_tag

        ad_image_5_link: None | str | Unset
        if isinstance(self.ad_image_5_link, Unset):
            ad_image_5_link = UNSET
        else:
            ad_image_5_link = self.ad_image_5_link

        ad_image_5_tag: None | str | Unset
        if isinstance(self.ad_image_5_tag, Unset):
            ad_image_5_tag = UNSET
        else:
            ad_image_5_tag = self.ad_image_5_tag

        ad_image_6_link: None | str | Unset
        if isinstance(self.ad_image_6_link, Unset):
            ad_image_6_link = UNSET
        else:
            ad_image_6_link = self.ad_image_6_link

        ad_image_6_tag: None | str | Unset
        if isinstance(self.ad_image_6_tag, Unset):
            ad_image_6_tag = UNSET
        else:
            ad_image_6_tag = self.ad_image_6_tag

        ad_image_7_link: None | str | Unset
        if isinstance(self.ad_image_7_link, Unset):
            ad_image_7_link = UNSET
        else:
            ad_image_7_link = self.ad_image_7_link

        ad_image_7_tag: None | str | Unset
        if isinstance(self.ad_image_7_tag, Unset):
            ad_image_7_tag = UNSET
        else:
            ad_image_7_tag = self.ad_image_7_tag

        ad_image_8_link: None | str | Unset
        if isinstance(self.ad_image_8_link, Unset):
            ad_image_8_link = UNSET
        else:
            ad_image_8_link = self.ad_image_8_link

        ad_image_8_tag: None | str | Unset
        if isinstance(self.ad_image_8_tag, Unset):
            ad_image_8_tag = UNSET
        else:
            ad_image_8_tag = self.ad_image_8_tag

        ad_image_9_link: None | str | Unset
        if isinstance(self.ad_image_9_link, Unset):
            ad_image_9_link = UNSET
        else:
            ad_image_9_link = self.ad_image_9_link

        ad_image_9_tag: None | str | Unset
        if isinstance(self.ad_image_9_tag, Unset):
            ad_image_9_tag = UNSET
        else:
            ad_image_9_tag = self.ad_image_9_tag

        ad_link: None | str | Unset
        if isinstance(self.ad_link, Unset):
            ad_link = UNSET
        else:
            ad_link = self.ad_link

        ad_video_0_link: None | str | Unset
        if isinstance(self.ad_video_0_link, Unset):
            ad_video_0_link = UNSET
        else:
            ad_video_0_link = self.ad_video_0_link

        ad_video_0_tag: None | str | Unset
        if isinstance(self.ad_video_0_tag, Unset):
            ad_video_0_tag = UNSET
        else:
            ad_video_0_tag = self.ad_video_0_tag

        ad_video_1_link: None | str | Unset
        if isinstance(self.ad_video_1_link, Unset):
            ad_video_1_link = UNSET
        else:
            ad_video_1_link = self.ad_video_1_link

        ad_video_1_tag: None | str | Unset
        if isinstance(self.ad_video_1_tag, Unset):
            ad_video_1_tag = UNSET
        else:
            ad_video_1_tag = self.ad_video_1_tag

        ad_video_2_link: None | str | Unset
        if isinstance(self.ad_video_2_link, Unset):
            ad_video_2_link = UNSET
        else:
            ad_video_2_link = self.ad_video_2_link

        ad_video_2_tag: None | str | Unset
        if isinstance(self.ad_video_2_tag, Unset):
            ad_video_2_tag = UNSET
        else:
            ad_video_2_tag = self.ad_video_2_tag

        adult: bool | None | Unset
        if isinstance(self.adult, Unset):
            adult = UNSET
        else:
            adult = self.adult

        age_group: None | str | Unset
        if isinstance(self.age_group, Unset):
            age_group = UNSET
        else:
            age_group = self.age_group

        android_deep_link = self.android_deep_link

        availability = self.availability

        average_review_rating: float | None | Unset
        if isinstance(self.average_review_rating, Unset):
            average_review_rating = UNSET
        else:
            average_review_rating = self.average_review_rating

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        checkout_enabled: bool | None | Unset
        if isinstance(self.checkout_enabled, Unset):
            checkout_enabled = UNSET
        else:
            checkout_enabled = self.checkout_enabled

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        condition: None | str | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        else:
            condition = self.condition

        custom_label_0: None | str | Unset
        if isinstance(self.custom_label_0, Unset):
            custom_label_0 = UNSET
        else:
            custom_label_0 = self.custom_label_0

        custom_label_1: None | str | Unset
        if isinstance(self.custom_label_1, Unset):
            custom_label_1 = UNSET
        else:
            custom_label_1 = self.custom_label_1

        custom_label_2: None | str | Unset
        if isinstance(self.custom_label_2, Unset):
            custom_label_2 = UNSET
        else:
            custom_label_2 = self.custom_label_2

        custom_label_3: None | str | Unset
        if isinstance(self.custom_label_3, Unset):
            custom_label_3 = UNSET
        else:
            custom_label_3 = self.custom_label_3

        custom_label_4: None | str | Unset
        if isinstance(self.custom_label_4, Unset):
            custom_label_4 = UNSET
        else:
            custom_label_4 = self.custom_label_4

        custom_number_0: int | None | Unset
        if isinstance(self.custom_number_0, Unset):
            custom_number_0 = UNSET
        else:
            custom_number_0 = self.custom_number_0

        custom_number_1: int | None | Unset
        if isinstance(self.custom_number_1, Unset):
            custom_number_1 = UNSET
        else:
            custom_number_1 = self.custom_number_1

        custom_number_2: int | None | Unset
        if isinstance(self.custom_number_2, Unset):
            custom_number_2 = UNSET
        else:
            custom_number_2 = self.custom_number_2

        custom_number_3: int | None | Unset
        if isinstance(self.custom_number_3, Unset):
            custom_number_3 = UNSET
        else:
            custom_number_3 = self.custom_number_3

        custom_number_4: int | None | Unset
        if isinstance(self.custom_number_4, Unset):
            custom_number_4 = UNSET
        else:
            custom_number_4 = self.custom_number_4

        description = self.description

        free_shipping_label: bool | None | Unset
        if isinstance(self.free_shipping_label, Unset):
            free_shipping_label = UNSET
        else:
            free_shipping_label = self.free_shipping_label

        free_shipping_limit: None | str | Unset
        if isinstance(self.free_shipping_limit, Unset):
            free_shipping_limit = UNSET
        else:
            free_shipping_limit = self.free_shipping_limit

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        google_product_category: None | str | Unset
        if isinstance(self.google_product_category, Unset):
            google_product_category = UNSET
        else:
            google_product_category = self.google_product_category

        gtin: int | None | str | Unset
        if isinstance(self.gtin, Unset):
            gtin = UNSET
        else:
            gtin = self.gtin

        id = self.id

        installment_price: None | str | Unset
        if isinstance(self.installment_price, Unset):
            installment_price = UNSET
        else:
            installment_price = self.installment_price

        ios_deep_link = self.ios_deep_link

        item_group_id: None | str | Unset
        if isinstance(self.item_group_id, Unset):
            item_group_id = UNSET
        else:
            item_group_id = self.item_group_id

        last_updated_time: int | None | Unset
        if isinstance(self.last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = self.last_updated_time

        link = self.link

        material: None | str | Unset
        if isinstance(self.material, Unset):
            material = UNSET
        else:
            material = self.material

        min_ad_price: None | str | Unset
        if isinstance(self.min_ad_price, Unset):
            min_ad_price = UNSET
        else:
            min_ad_price = self.min_ad_price

        mobile_link: None | str | Unset
        if isinstance(self.mobile_link, Unset):
            mobile_link = UNSET
        else:
            mobile_link = self.mobile_link

        mpn: None | str | Unset
        if isinstance(self.mpn, Unset):
            mpn = UNSET
        else:
            mpn = self.mpn

        number_of_ratings: int | None | Unset
        if isinstance(self.number_of_ratings, Unset):
            number_of_ratings = UNSET
        else:
            number_of_ratings = self.number_of_ratings

        number_of_reviews: int | None | Unset
        if isinstance(self.number_of_reviews, Unset):
            number_of_reviews = UNSET
        else:
            number_of_reviews = self.number_of_reviews

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        price = self.price

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        else:
            product_type = self.product_type

        promotion_id: None | str | Unset
        if isinstance(self.promotion_id, Unset):
            promotion_id = UNSET
        else:
            promotion_id = self.promotion_id

        sale_price: None | str | Unset
        if isinstance(self.sale_price, Unset):
            sale_price = UNSET
        else:
            sale_price = self.sale_price

        sale_price_effective_date: None | str | Unset
        if isinstance(self.sale_price_effective_date, Unset):
            sale_price_effective_date = UNSET
        else:
            sale_price_effective_date = self.sale_price_effective_date

        shipping: None | str | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        else:
            shipping = self.shipping

        shipping_height: None | str | Unset
        if isinstance(self.shipping_height, Unset):
            shipping_height = UNSET
        else:
            shipping_height = self.shipping_height

        shipping_weight: None | str | Unset
        if isinstance(self.shipping_weight, Unset):
            shipping_weight = UNSET
        else:
            shipping_weight = self.shipping_weight

        shipping_width: None | str | Unset
        if isinstance(self.shipping_width, Unset):
            shipping_width = UNSET
        else:
            shipping_width = self.shipping_width

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        size_system: None | str | Unset
        if isinstance(self.size_system, Unset):
            size_system = UNSET
        else:
            size_system = self.size_system

        size_type: None | str | Unset
        if isinstance(self.size_type, Unset):
            size_type = UNSET
        else:
            size_type = self.size_type

        tax: None | str | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        title = self.title

        unit_pricing_base_measure: None | str | Unset
        if isinstance(self.unit_pricing_base_measure, Unset):
            unit_pricing_base_measure = UNSET
        else:
            unit_pricing_base_measure = self.unit_pricing_base_measure

        unit_pricing_measure: None | str | Unset
        if isinstance(self.unit_pricing_measure, Unset):
            unit_pricing_measure = UNSET
        else:
            unit_pricing_measure = self.unit_pricing_measure

        variant_names: list[str] | None | Unset
        if isinstance(self.variant_names, Unset):
            variant_names = UNSET
        elif isinstance(self.variant_names, list):
            variant_names = self.variant_names

        else:
            variant_names = self.variant_names

        variant_values: list[str] | None | Unset
        if isinstance(self.variant_values, Unset):
            variant_values = UNSET
        elif isinstance(self.variant_values, list):
            variant_values = self.variant_values

        else:
            variant_values = self.variant_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_image_0_link is not UNSET:
            field_dict["ad_image_0_link"] = ad_image_0_link
        if ad_image_0_tag is not UNSET:
            field_dict["ad_image_0_tag"] = ad_image_0_tag
        if ad_image_10_link is not UNSET:
            field_dict["ad_image_10_link"] = ad_image_10_link
        if ad_image_10_tag is not UNSET:
            field_dict["ad_image_10_tag"] = ad_image_10_tag
        if ad_image_11_link is not UNSET:
            field_dict["ad_image_11_link"] = ad_image_11_link
        if ad_image_11_tag is not UNSET:
            field_dict["ad_image_11_tag"] = ad_image_11_tag
        if ad_image_12_link is not UNSET:
            field_dict["ad_image_12_link"] = ad_image_12_link
        if ad_image_12_tag is not UNSET:
            field_dict["ad_image_12_tag"] = ad_image_12_tag
        if ad_image_13_link is not UNSET:
            field_dict["ad_image_13_link"] = ad_image_13_link
        if ad_image_13_tag is not UNSET:
            field_dict["ad_image_13_tag"] = ad_image_13_tag
        if ad_image_14_link is not UNSET:
            field_dict["ad_image_14_link"] = ad_image_14_link
        if ad_image_14_tag is not UNSET:
            field_dict["ad_image_14_tag"] = ad_image_14_tag
        if ad_image_15_link is not UNSET:
            field_dict["ad_image_15_link"] = ad_image_15_link
        if ad_image_15_tag is not UNSET:
            field_dict["ad_image_15_tag"] = ad_image_15_tag
        if ad_image_16_link is not UNSET:
            field_dict["ad_image_16_link"] = ad_image_16_link
        if ad_image_16_tag is not UNSET:
            field_dict["ad_image_16_tag"] = ad_image_16_tag
        if ad_image_17_link is not UNSET:
            field_dict["ad_image_17_link"] = ad_image_17_link
        if ad_image_17_tag is not UNSET:
            field_dict["ad_image_17_tag"] = ad_image_17_tag
        if ad_image_18_link is not UNSET:
            field_dict["ad_image_18_link"] = ad_image_18_link
        if ad_image_18_tag is not UNSET:
            field_dict["ad_image_18_tag"] = ad_image_18_tag
        if ad_image_19_link is not UNSET:
            field_dict["ad_image_19_link"] = ad_image_19_link
        if ad_image_19_tag is not UNSET:
            field_dict["ad_image_19_tag"] = ad_image_19_tag
        if ad_image_1_link is not UNSET:
            field_dict["ad_image_1_link"] = ad_image_1_link
        if ad_image_1_tag is not UNSET:
            field_dict["ad_image_1_tag"] = ad_image_1_tag
        if ad_image_2_link is not UNSET:
            field_dict["ad_image_2_link"] = ad_image_2_link
        if ad_image_2_tag is not UNSET:
            field_dict["ad_image_2_tag"] = ad_image_2_tag
        if ad_image_3_link is not UNSET:
            field_dict["ad_image_3_link"] = ad_image_3_link
        if ad_image_3_tag is not UNSET:
            field_dict["ad_image_3_tag"] = ad_image_3_tag
        if ad_image_4_link is not UNSET:
            field_dict["ad_image_4_link"] = ad_image_4_link
        if ad_image_4_tag is not UNSET:
            field_dict["ad_image_4_tag"] = ad_image_4_tag
        if ad_image_5_link is not UNSET:
            field_dict["ad_image_5_link"] = ad_image_5_link
        if ad_image_5_tag is not UNSET:
            field_dict["ad_image_5_tag"] = ad_image_5_tag
        if ad_image_6_link is not UNSET:
            field_dict["ad_image_6_link"] = ad_image_6_link
        if ad_image_6_tag is not UNSET:
            field_dict["ad_image_6_tag"] = ad_image_6_tag
        if ad_image_7_link is not UNSET:
            field_dict["ad_image_7_link"] = ad_image_7_link
        if ad_image_7_tag is not UNSET:
            field_dict["ad_image_7_tag"] = ad_image_7_tag
        if ad_image_8_link is not UNSET:
            field_dict["ad_image_8_link"] = ad_image_8_link
        if ad_image_8_tag is not UNSET:
            field_dict["ad_image_8_tag"] = ad_image_8_tag
        if ad_image_9_link is not UNSET:
            field_dict["ad_image_9_link"] = ad_image_9_link
        if ad_image_9_tag is not UNSET:
            field_dict["ad_image_9_tag"] = ad_image_9_tag
        if ad_link is not UNSET:
            field_dict["ad_link"] = ad_link
        if ad_video_0_link is not UNSET:
            field_dict["ad_video_0_link"] = ad_video_0_link
        if ad_video_0_tag is not UNSET:
            field_dict["ad_video_0_tag"] = ad_video_0_tag
        if ad_video_1_link is not UNSET:
            field_dict["ad_video_1_link"] = ad_video_1_link
        if ad_video_1_tag is not UNSET:
            field_dict["ad_video_1_tag"] = ad_video_1_tag
        if ad_video_2_link is not UNSET:
            field_dict["ad_video_2_link"] = ad_video_2_link
        if ad_video_2_tag is not UNSET:
            field_dict["ad_video_2_tag"] = ad_video_2_tag
        if adult is not UNSET:
            field_dict["adult"] = adult
        if age_group is not UNSET:
            field_dict["age_group"] = age_group
        if android_deep_link is not UNSET:
            field_dict["android_deep_link"] = android_deep_link
        if availability is not UNSET:
            field_dict["availability"] = availability
        if average_review_rating is not UNSET:
            field_dict["average_review_rating"] = average_review_rating
        if brand is not UNSET:
            field_dict["brand"] = brand
        if checkout_enabled is not UNSET:
            field_dict["checkout_enabled"] = checkout_enabled
        if color is not UNSET:
            field_dict["color"] = color
        if condition is not UNSET:
            field_dict["condition"] = condition
        if custom_label_0 is not UNSET:
            field_dict["custom_label_0"] = custom_label_0
        if custom_label_1 is not UNSET:
            field_dict["custom_label_1"] = custom_label_1
        if custom_label_2 is not UNSET:
            field_dict["custom_label_2"] = custom_label_2
        if custom_label_3 is not UNSET:
            field_dict["custom_label_3"] = custom_label_3
        if custom_label_4 is not UNSET:
            field_dict["custom_label_4"] = custom_label_4
        if custom_number_0 is not UNSET:
            field_dict["custom_number_0"] = custom_number_0
        if custom_number_1 is not UNSET:
            field_dict["custom_number_1"] = custom_number_1
        if custom_number_2 is not UNSET:
            field_dict["custom_number_2"] = custom_number_2
        if custom_number_3 is not UNSET:
            field_dict["custom_number_3"] = custom_number_3
        if custom_number_4 is not UNSET:
            field_dict["custom_number_4"] = custom_number_4
        if description is not UNSET:
            field_dict["description"] = description
        if free_shipping_label is not UNSET:
            field_dict["free_shipping_label"] = free_shipping_label
        if free_shipping_limit is not UNSET:
            field_dict["free_shipping_limit"] = free_shipping_limit
        if gender is not UNSET:
            field_dict["gender"] = gender
        if google_product_category is not UNSET:
            field_dict["google_product_category"] = google_product_category
        if gtin is not UNSET:
            field_dict["gtin"] = gtin
        if id is not UNSET:
            field_dict["id"] = id
        if installment_price is not UNSET:
            field_dict["installment_price"] = installment_price
        if ios_deep_link is not UNSET:
            field_dict["ios_deep_link"] = ios_deep_link
        if item_group_id is not UNSET:
            field_dict["item_group_id"] = item_group_id
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time
        if link is not UNSET:
            field_dict["link"] = link
        if material is not UNSET:
            field_dict["material"] = material
        if min_ad_price is not UNSET:
            field_dict["min_ad_price"] = min_ad_price
        if mobile_link is not UNSET:
            field_dict["mobile_link"] = mobile_link
        if mpn is not UNSET:
            field_dict["mpn"] = mpn
        if number_of_ratings is not UNSET:
            field_dict["number_of_ratings"] = number_of_ratings
        if number_of_reviews is not UNSET:
            field_dict["number_of_reviews"] = number_of_reviews
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if price is not UNSET:
            field_dict["price"] = price
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if sale_price is not UNSET:
            field_dict["sale_price"] = sale_price
        if sale_price_effective_date is not UNSET:
            field_dict["sale_price_effective_date"] = sale_price_effective_date
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if shipping_height is not UNSET:
            field_dict["shipping_height"] = shipping_height
        if shipping_weight is not UNSET:
            field_dict["shipping_weight"] = shipping_weight
        if shipping_width is not UNSET:
            field_dict["shipping_width"] = shipping_width
        if size is not UNSET:
            field_dict["size"] = size
        if size_system is not UNSET:
            field_dict["size_system"] = size_system
        if size_type is not UNSET:
            field_dict["size_type"] = size_type
        if tax is not UNSET:
            field_dict["tax"] = tax
        if title is not UNSET:
            field_dict["title"] = title
        if unit_pricing_base_measure is not UNSET:
            field_dict["unit_pricing_base_measure"] = unit_pricing_base_measure
        if unit_pricing_measure is not UNSET:
            field_dict["unit_pricing_measure"] = unit_pricing_measure
        if variant_names is not UNSET:
            field_dict["variant_names"] = variant_names
        if variant_values is not UNSET:
            field_dict["variant_values"] = variant_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ad_image_0_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_0_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_0_link = _parse_ad_image_0_link(d.pop("ad_image_0_link", UNSET))

        def _parse_ad_image_0_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_0_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_0_tag = _parse_ad_image_0_tag(d.pop("ad_image_0_tag", UNSET))

        def _parse_ad_image_10_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_10_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_10_link = _parse_ad_image_10_link(d.pop("ad_image_10_link", UNSET))

        def _parse_ad_image_10_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_10_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_10_tag = _parse_ad_image_10_tag(d.pop("ad_image_10_tag", UNSET))

        def _parse_ad_image_11_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_11_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_11_link = _parse_ad_image_11_link(d.pop("ad_image_11_link", UNSET))

        def _parse_ad_image_11_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_11_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_11_tag = _parse_ad_image_11_tag(d.pop("ad_image_11_tag", UNSET))

        def _parse_ad_image_12_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_12_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_12_link = _parse_ad_image_12_link(d.pop("ad_image_12_link", UNSET))

        def _parse_ad_image_12_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_12_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_12_tag = _parse_ad_image_12_tag(d.pop("ad_image_12_tag", UNSET))

        def _parse_ad_image_13_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_13_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_13_link = _parse_ad_image_13_link(d.pop("ad_image_13_link", UNSET))

        def _parse_ad_image_13_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_13_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_13_tag = _parse_ad_image_13_tag(d.pop("ad_image_13_tag", UNSET))

        def _parse_ad_image_14_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_14_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_14_link = _parse_ad_image_14_link(d.pop("ad_image_14_link", UNSET))

        def _parse_ad_image_14_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_14_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_14_tag = _parse_ad_image_14_tag(d.pop("ad_image_14_tag", UNSET))

        def _parse_ad_image_15_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_15_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_15_link = _parse_ad_image_15_link(d.pop("ad_image_15_link", UNSET))

        def _parse_ad_image_15_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_15_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_15_tag = _parse_ad_image_15_tag(d.pop("ad_image_15_tag", UNSET))

        def _parse_ad_image_16_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_16_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_16_link = _parse_ad_image_16_link(d.pop("ad_image_16_link", UNSET))

        def _parse_ad_image_16_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_16_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_16_tag = _parse_ad_image_16_tag(d.pop("ad_image_16_tag", UNSET))

        def _parse_ad_image_17_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_17_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_17_link = _parse_ad_image_17_link(d.pop("ad_image_17_link", UNSET))

        def _parse_ad_image_17_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_17_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_17_tag = _parse_ad_image_17_tag(d.pop("ad_image_17_tag", UNSET))

        def _parse_ad_image_18_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_18_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_18_link = _parse_ad_image_18_link(d.pop("ad_image_18_link", UNSET))

        def _parse_ad_image_18_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_18_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_18_tag = _parse_ad_image_18_tag(d.pop("ad_image_18_tag", UNSET))

        def _parse_ad_image_19_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_19_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_19_link = _parse_ad_image_19_link(d.pop("ad_image_19_link", UNSET))

        def _parse_ad_image_19_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_19_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_19_tag = _parse_ad_image_19_tag(d.pop("ad_image_19_tag", UNSET))

        def _parse_ad_image_1_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_1_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_1_link = _parse_ad_image_1_link(d.pop("ad_image_1_link", UNSET))

        def _parse_ad_image_1_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_1_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_1_tag = _parse_ad_image_1_tag(d.pop("ad_image_1_tag", UNSET))

        def _parse_ad_image_2_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_2_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_2_link = _parse_ad_image_2_link(d.pop("ad_image_2_link", UNSET))

        def _parse_ad_image_2_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_2_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_2_tag = _parse_ad_image_2_tag(d.pop("ad_image_2_tag", UNSET))

        def _parse_ad_image_3_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_3_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_3_link = _parse_ad_image_3_link(d.pop("ad_image_3_link", UNSET))

        def _parse_ad_image_3_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_3_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_3_tag = _parse_ad_image_3_tag(d.pop("ad_image_3_tag", UNSET))

        def _parse_ad_image_4_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_4_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_4_link = _parse_ad_image_4_link(d.pop("ad_image_4_link", UNSET))

        def _parse_ad_image_4_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_4_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_4_tag = _parse_ad_image_4_tag(d.pop("ad_image_4_tag", UNSET))

        def _parse_ad_image_5_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_5_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_5_link = _parse_ad_image_5_link(d.pop("ad_image_5_link", UNSET))

        def _parse_ad_image_5_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_5_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_5_tag = _parse_ad_image_5_tag(d.pop("ad_image_5_tag", UNSET))

        def _parse_ad_image_6_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_6_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_6_link = _parse_ad_image_6_link(d.pop("ad_image_6_link", UNSET))

        def _parse_ad_image_6_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_6_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_6_tag = _parse_ad_image_6_tag(d.pop("ad_image_6_tag", UNSET))

        def _parse_ad_image_7_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_7_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_7_link = _parse_ad_image_7_link(d.pop("ad_image_7_link", UNSET))

        def _parse_ad_image_7_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_7_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_7_tag = _parse_ad_image_7_tag(d.pop("ad_image_7_tag", UNSET))

        def _parse_ad_image_8_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_8_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_8_link = _parse_ad_image_8_link(d.pop("ad_image_8_link", UNSET))

        def _parse_ad_image_8_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_8_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_8_tag = _parse_ad_image_8_tag(d.pop("ad_image_8_tag", UNSET))

        def _parse_ad_image_9_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_9_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_9_link = _parse_ad_image_9_link(d.pop("ad_image_9_link", UNSET))

        def _parse_ad_image_9_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_image_9_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_image_9_tag = _parse_ad_image_9_tag(d.pop("ad_image_9_tag", UNSET))

        def _parse_ad_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_link = _parse_ad_link(d.pop("ad_link", UNSET))

        def _parse_ad_video_0_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_video_0_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_video_0_link = _parse_ad_video_0_link(d.pop("ad_video_0_link", UNSET))

        def _parse_ad_video_0_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_video_0_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_video_0_tag = _parse_ad_video_0_tag(d.pop("ad_video_0_tag", UNSET))

        def _parse_ad_video_1_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_video_1_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_video_1_link = _parse_ad_video_1_link(d.pop("ad_video_1_link", UNSET))

        def _parse_ad_video_1_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_video_1_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_video_1_tag = _parse_ad_video_1_tag(d.pop("ad_video_1_tag", UNSET))

        def _parse_ad_video_2_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_video_2_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_video_2_link = _parse_ad_video_2_link(d.pop("ad_video_2_link", UNSET))

        def _parse_ad_video_2_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ad_video_2_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ad_video_2_tag = _parse_ad_video_2_tag(d.pop("ad_video_2_tag", UNSET))

        def _parse_adult(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_adult(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        adult = _parse_adult(d.pop("adult", UNSET))

        def _parse_age_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_age_group(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        age_group = _parse_age_group(d.pop("age_group", UNSET))

        android_deep_link = d.pop("android_deep_link", UNSET)
        if android_deep_link is None:
            android_deep_link = tolerate_null("android_deep_link")

        availability = d.pop("availability", UNSET)
        if availability is None:
            availability = tolerate_null("availability")

        def _parse_average_review_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_average_review_rating(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        average_review_rating = _parse_average_review_rating(d.pop("average_review_rating", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_brand(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_checkout_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_checkout_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        checkout_enabled = _parse_checkout_enabled(d.pop("checkout_enabled", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_color(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_condition(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))

        def _parse_custom_label_0(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_0(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_0 = _parse_custom_label_0(d.pop("custom_label_0", UNSET))

        def _parse_custom_label_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_1(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_1 = _parse_custom_label_1(d.pop("custom_label_1", UNSET))

        def _parse_custom_label_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_2(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_2 = _parse_custom_label_2(d.pop("custom_label_2", UNSET))

        def _parse_custom_label_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_3(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_3 = _parse_custom_label_3(d.pop("custom_label_3", UNSET))

        def _parse_custom_label_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_4(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_4 = _parse_custom_label_4(d.pop("custom_label_4", UNSET))

        def _parse_custom_number_0(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_number_0(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        custom_number_0 = _parse_custom_number_0(d.pop("custom_number_0", UNSET))

        def _parse_custom_number_1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_number_1(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        custom_number_1 = _parse_custom_number_1(d.pop("custom_number_1", UNSET))

        def _parse_custom_number_2(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_number_2(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        custom_number_2 = _parse_custom_number_2(d.pop("custom_number_2", UNSET))

        def _parse_custom_number_3(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_number_3(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        custom_number_3 = _parse_custom_number_3(d.pop("custom_number_3", UNSET))

        def _parse_custom_number_4(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_number_4(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        custom_number_4 = _parse_custom_number_4(d.pop("custom_number_4", UNSET))

        description = d.pop("description", UNSET)
        if description is None:
            description = tolerate_null("description")

        def _parse_free_shipping_label(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_free_shipping_label(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        free_shipping_label = _parse_free_shipping_label(d.pop("free_shipping_label", UNSET))

        def _parse_free_shipping_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_free_shipping_limit(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        free_shipping_limit = _parse_free_shipping_limit(d.pop("free_shipping_limit", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_gender(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_google_product_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_google_product_category(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        google_product_category = _parse_google_product_category(
            d.pop("google_product_category", UNSET)
        )

        def _parse_gtin(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_gtin(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | str | Unset, data)

        gtin = _parse_gtin(d.pop("gtin", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_installment_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_installment_price(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        installment_price = _parse_installment_price(d.pop("installment_price", UNSET))

        ios_deep_link = d.pop("ios_deep_link", UNSET)
        if ios_deep_link is None:
            ios_deep_link = tolerate_null("ios_deep_link")

        def _parse_item_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_item_group_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        item_group_id = _parse_item_group_id(d.pop("item_group_id", UNSET))

        def _parse_last_updated_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_last_updated_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        last_updated_time = _parse_last_updated_time(d.pop("last_updated_time", UNSET))

        link = d.pop("link", UNSET)
        if link is None:
            link = tolerate_null("link")

        def _parse_material(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_material(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        material = _parse_material(d.pop("material", UNSET))

        def _parse_min_ad_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_min_ad_price(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        min_ad_price = _parse_min_ad_price(d.pop("min_ad_price", UNSET))

        def _parse_mobile_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_mobile_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        mobile_link = _parse_mobile_link(d.pop("mobile_link", UNSET))

        def _parse_mpn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_mpn(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        mpn = _parse_mpn(d.pop("mpn", UNSET))

        def _parse_number_of_ratings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_number_of_ratings(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        number_of_ratings = _parse_number_of_ratings(d.pop("number_of_ratings", UNSET))

        def _parse_number_of_reviews(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_number_of_reviews(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        number_of_reviews = _parse_number_of_reviews(d.pop("number_of_reviews", UNSET))

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_pattern(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        price = d.pop("price", UNSET)
        if price is None:
            price = tolerate_null("price")

        def _parse_product_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_product_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        product_type = _parse_product_type(d.pop("product_type", UNSET))

        def _parse_promotion_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_promotion_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        promotion_id = _parse_promotion_id(d.pop("promotion_id", UNSET))

        def _parse_sale_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_sale_price(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        sale_price = _parse_sale_price(d.pop("sale_price", UNSET))

        def _parse_sale_price_effective_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_sale_price_effective_date(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        sale_price_effective_date = _parse_sale_price_effective_date(
            d.pop("sale_price_effective_date", UNSET)
        )

        def _parse_shipping(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_shipping(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        shipping = _parse_shipping(d.pop("shipping", UNSET))

        def _parse_shipping_height(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_shipping_height(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        shipping_height = _parse_shipping_height(d.pop("shipping_height", UNSET))

        def _parse_shipping_weight(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_shipping_weight(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        shipping_weight = _parse_shipping_weight(d.pop("shipping_weight", UNSET))

        def _parse_shipping_width(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_shipping_width(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        shipping_width = _parse_shipping_width(d.pop("shipping_width", UNSET))

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_size(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_size_system(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_size_system(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        size_system = _parse_size_system(d.pop("size_system", UNSET))

        def _parse_size_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_size_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        size_type = _parse_size_type(d.pop("size_type", UNSET))

        def _parse_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_tax(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        title = d.pop("title", UNSET)
        if title is None:
            title = tolerate_null("title")

        def _parse_unit_pricing_base_measure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_unit_pricing_base_measure(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        unit_pricing_base_measure = _parse_unit_pricing_base_measure(
            d.pop("unit_pricing_base_measure", UNSET)
        )

        def _parse_unit_pricing_measure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_unit_pricing_measure(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        unit_pricing_measure = _parse_unit_pricing_measure(d.pop("unit_pricing_measure", UNSET))

        def _parse_variant_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_variant_names(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _variant_names_type_0 = data
                variant_names_type_0 = (
                    tolerate_null("variant_names_type_0")
                    if _variant_names_type_0 is None
                    else cast(list[str], _variant_names_type_0)
                )

                return variant_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        variant_names = _parse_variant_names(d.pop("variant_names", UNSET))

        def _parse_variant_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_variant_values(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _variant_values_type_0 = data
                variant_values_type_0 = (
                    tolerate_null("variant_values_type_0")
                    if _variant_values_type_0 is None
                    else cast(list[str], _variant_values_type_0)
                )

                return variant_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        variant_values = _parse_variant_values(d.pop("variant_values", UNSET))

        updatable_item_attributes = cls(
            ad_image_0_link=ad_image_0_link,
            ad_image_0_tag=ad_image_0_tag,
            ad_image_10_link=ad_image_10_link,
            ad_image_10_tag=ad_image_10_tag,
            ad_image_11_link=ad_image_11_link,
            ad_image_11_tag=ad_image_11_tag,
            ad_image_12_link=ad_image_12_link,
            ad_image_12_tag=ad_image_12_tag,
            ad_image_13_link=ad_image_13_link,
            ad_image_13_tag=ad_image_13_tag,
            ad_image_14_link=ad_image_14_link,
            ad_image_14_tag=ad_image_14_tag,
            ad_image_15_link=ad_image_15_link,
            ad_image_15_tag=ad_image_15_tag,
            ad_image_16_link=ad_image_16_link,
            ad_image_16_tag=ad_image_16_tag,
            ad_image_17_link=ad_image_17_link,
            ad_image_17_tag=ad_image_17_tag,
            ad_image_18_link=ad_image_18_link,
            ad_image_18_tag=ad_image_18_tag,
            ad_image_19_link=ad_image_19_link,
            ad_image_19_tag=ad_image_19_tag,
            ad_image_1_link=ad_image_1_link,
            ad_image_1_tag=ad_image_1_tag,
            ad_image_2_link=ad_image_2_link,
            ad_image_2_tag=ad_image_2_tag,
            ad_image_3_link=ad_image_3_link,
            ad_image_3_tag=ad_image_3_tag,
            ad_image_4_link=ad_image_4_link,
            ad_image_4_tag=ad_image_4_tag,
            ad_image_5_link=ad_image_5_link,
            ad_image_5_tag=ad_image_5_tag,
            ad_image_6_link=ad_image_6_link,
            ad_image_6_tag=ad_image_6_tag,
            ad_image_7_link=ad_image_7_link,
            ad_image_7_tag=ad_image_7_tag,
            ad_image_8_link=ad_image_8_link,
            ad_image_8_tag=ad_image_8_tag,
            ad_image_9_link=ad_image_9_link,
            ad_image_9_tag=ad_image_9_tag,
            ad_link=ad_link,
            ad_video_0_link=ad_video_0_link,
            ad_video_0_tag=ad_video_0_tag,
            ad_video_1_link=ad_video_1_link,
            ad_video_1_tag=ad_video_1_tag,
            ad_video_2_link=ad_video_2_link,
            ad_video_2_tag=ad_video_2_tag,
            adult=adult,
            age_group=age_group,
            android_deep_link=android_deep_link,
            availability=availability,
            average_review_rating=average_review_rating,
            brand=brand,
            checkout_enabled=checkout_enabled,
            color=color,
            condition=condition,
            custom_label_0=custom_label_0,
            custom_label_1=custom_label_1,
            custom_label_2=custom_label_2,
            custom_label_3=custom_label_3,
            custom_label_4=custom_label_4,
            custom_number_0=custom_number_0,
            custom_number_1=custom_number_1,
            custom_number_2=custom_number_2,
            custom_number_3=custom_number_3,
            custom_number_4=custom_number_4,
            description=description,
            free_shipping_label=free_shipping_label,
            free_shipping_limit=free_shipping_limit,
            gender=gender,
            google_product_category=google_product_category,
            gtin=gtin,
            id=id,
            installment_price=installment_price,
            ios_deep_link=ios_deep_link,
            item_group_id=item_group_id,
            last_updated_time=last_updated_time,
            link=link,
            material=material,
            min_ad_price=min_ad_price,
            mobile_link=mobile_link,
            mpn=mpn,
            number_of_ratings=number_of_ratings,
            number_of_reviews=number_of_reviews,
            pattern=pattern,
            price=price,
            product_type=product_type,
            promotion_id=promotion_id,
            sale_price=sale_price,
            sale_price_effective_date=sale_price_effective_date,
            shipping=shipping,
            shipping_height=shipping_height,
            shipping_weight=shipping_weight,
            shipping_width=shipping_width,
            size=size,
            size_system=size_system,
            size_type=size_type,
            tax=tax,
            title=title,
            unit_pricing_base_measure=unit_pricing_base_measure,
            unit_pricing_measure=unit_pricing_measure,
            variant_names=variant_names,
            variant_values=variant_values,
        )

        if d:
            tolerate_unknown_fields("UpdatableItemAttributes", d)

        updatable_item_attributes.additional_properties = d
        return updatable_item_attributes

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
