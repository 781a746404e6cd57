"""Ads answers no server sends on demand, replayed from cassettes written by hand.

The cassettes are `cassettes/cassette/test_handwritten_ads/handwritten_*.yaml`; each opens with
a comment saying why it was written by hand. They are only ever replayed (see conftest.py).
"""

from __future__ import annotations

import pytest

from pinterest.ads.campaigns import Campaign
from pinterest.client import PinterestSDKClient
from pinterest.utils.error_handling import verify_api_response
from pinterest.utils.sdk_exceptions import BulkOperationError
from pinterest_generated.errors import StrictParsingError
from pinterest_generated.types import strict_parsing

pytestmark = pytest.mark.vcr

AD_ACCOUNT_ID = "549755885175"


def test_bulk_campaign_create_second_of_three_fails(client: PinterestSDKClient) -> None:
    # `Campaign.create` sends one campaign; a bulk create goes through the generated operation
    # and the SDK's check of bulk answers, as in pinterest-api-sdk 0.2.7.
    from pinterest._api import call
    from pinterest_generated.api.campaigns import campaigns_create
    from pinterest_generated.models.campaign_create_request import CampaignCreateRequest
    from pinterest_generated.models.objective_type import ObjectiveType

    campaigns = [
        CampaignCreateRequest(ad_account_id=AD_ACCOUNT_ID, name=name, objective_type=objective)
        for name, objective in (
            ("Spring sale", ObjectiveType.AWARENESS),
            ("Summer sale", ObjectiveType.CONSIDERATION),
            ("Autumn sale", ObjectiveType.WEB_CONVERSION),
        )
    ]
    with strict_parsing():
        answer = call(client, campaigns_create.sync, ad_account_id=AD_ACCOUNT_ID, body=campaigns)

    with pytest.raises(BulkOperationError) as caught:
        verify_api_response(answer)
    [failure] = caught.value.errors
    assert failure.index == 1
    assert failure.code == 2397
    assert failure.message == "Campaign name already exists in this ad account."
    assert "item 1" in str(caught.value)


def test_campaign_list_with_unknown_objective_type(client: PinterestSDKClient) -> None:
    campaigns, bookmark = Campaign.get_all(AD_ACCOUNT_ID, client=client)

    assert bookmark is None
    [campaign] = campaigns
    assert campaign.id == "626736533506"
    assert campaign.objective_type == "RETAIL_MEDIA"
    assert campaign.to_dict()["objective_type"] == "RETAIL_MEDIA"


@pytest.mark.vcr("handwritten_campaign_list_with_unknown_objective_type.yaml")
def test_campaign_list_with_unknown_objective_type_fails_strict_parsing(
    client: PinterestSDKClient,
) -> None:
    with strict_parsing(), pytest.raises(StrictParsingError, match="RETAIL_MEDIA"):
        Campaign.get_all(AD_ACCOUNT_ID, client=client)
