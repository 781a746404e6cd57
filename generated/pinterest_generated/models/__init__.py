"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562), so importing one endpoint does not import all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_account_type import AccountAccountType
    from .action_type import ActionType
    from .ad_account import AdAccount
    from .ad_account_analytics_click_window_days import AdAccountAnalyticsClickWindowDays
    from .ad_account_analytics_columns_item import AdAccountAnalyticsColumnsItem
    from .ad_account_analytics_conversion_report_time import AdAccountAnalyticsConversionReportTime
    from .ad_account_analytics_engagement_window_days import AdAccountAnalyticsEngagementWindowDays
    from .ad_account_analytics_response_item import AdAccountAnalyticsResponseItem
    from .ad_account_analytics_view_window_days import AdAccountAnalyticsViewWindowDays
    from .ad_account_create import AdAccountCreate
    from .ad_account_create_subscription_request import AdAccountCreateSubscriptionRequest
    from .ad_account_create_subscription_request_partner_metadata import (
        AdAccountCreateSubscriptionRequestPartnerMetadata,
    )
    from .ad_account_create_subscription_response import AdAccountCreateSubscriptionResponse
    from .ad_account_get_subscription_response import AdAccountGetSubscriptionResponse
    from .ad_account_owner import AdAccountOwner
    from .ad_account_targeting_analytics_get_click_window_days import (
        AdAccountTargetingAnalyticsGetClickWindowDays,
    )
    from .ad_account_targeting_analytics_get_columns_item import (
        AdAccountTargetingAnalyticsGetColumnsItem,
    )
    from .ad_account_targeting_analytics_get_conversion_report_time import (
        AdAccountTargetingAnalyticsGetConversionReportTime,
    )
    from .ad_account_targeting_analytics_get_engagement_window_days import (
        AdAccountTargetingAnalyticsGetEngagementWindowDays,
    )
    from .ad_account_targeting_analytics_get_view_window_days import (
        AdAccountTargetingAnalyticsGetViewWindowDays,
    )
    from .ad_accounts_audiences_shared_accounts_list_response_200 import (
        AdAccountsAudiencesSharedAccountsListResponse200,
    )
    from .ad_accounts_country_response import AdAccountsCountryResponse
    from .ad_accounts_country_response_data import AdAccountsCountryResponseData
    from .ad_accounts_list_response_200 import AdAccountsListResponse200
    from .ad_accounts_subscriptions_get_list_response_200 import (
        AdAccountsSubscriptionsGetListResponse200,
    )
    from .ad_array_response import AdArrayResponse
    from .ad_array_response_element import AdArrayResponseElement
    from .ad_common import AdCommon
    from .ad_country import AdCountry
    from .ad_create_request import AdCreateRequest
    from .ad_group_array_response import AdGroupArrayResponse
    from .ad_group_array_response_element import AdGroupArrayResponseElement
    from .ad_group_audience_sizing_request import AdGroupAudienceSizingRequest
    from .ad_group_audience_sizing_request_creative_types_type_0_item import (
        AdGroupAudienceSizingRequestCreativeTypesType0Item,
    )
    from .ad_group_audience_sizing_request_keywords_type_0_item import (
        AdGroupAudienceSizingRequestKeywordsType0Item,
    )
    from .ad_group_audience_sizing_response import AdGroupAudienceSizingResponse
    from .ad_group_common import AdGroupCommon
    from .ad_group_common_bid_strategy_type import AdGroupCommonBidStrategyType
    from .ad_group_common_promotion_application_level_type_1 import (
        AdGroupCommonPromotionApplicationLevelType1,
    )
    from .ad_group_common_promotion_application_level_type_2_type_1 import (
        AdGroupCommonPromotionApplicationLevelType2Type1,
    )
    from .ad_group_common_promotion_application_level_type_3_type_1 import (
        AdGroupCommonPromotionApplicationLevelType3Type1,
    )
    from .ad_group_create_request import AdGroupCreateRequest
    from .ad_group_create_request_bid_strategy_type import AdGroupCreateRequestBidStrategyType
    from .ad_group_create_request_promotion_application_level_type_1 import (
        AdGroupCreateRequestPromotionApplicationLevelType1,
    )
    from .ad_group_create_request_promotion_application_level_type_2_type_1 import (
        AdGroupCreateRequestPromotionApplicationLevelType2Type1,
    )
    from .ad_group_create_request_promotion_application_level_type_3_type_1 import (
        AdGroupCreateRequestPromotionApplicationLevelType3Type1,
    )
    from .ad_group_id_filter import AdGroupIdFilter
    from .ad_group_response import AdGroupResponse
    from .ad_group_response_conversion_learning_mode_type_type_1 import (
        AdGroupResponseConversionLearningModeTypeType1,
    )
    from .ad_group_response_conversion_learning_mode_type_type_2_type_1 import (
        AdGroupResponseConversionLearningModeTypeType2Type1,
    )
    from .ad_group_response_conversion_learning_mode_type_type_3_type_1 import (
        AdGroupResponseConversionLearningModeTypeType3Type1,
    )
    from .ad_group_summary_status import AdGroupSummaryStatus
    from .ad_group_update_request import AdGroupUpdateRequest
    from .ad_groups_analytics_click_window_days import AdGroupsAnalyticsClickWindowDays
    from .ad_groups_analytics_columns_item import AdGroupsAnalyticsColumnsItem
    from .ad_groups_analytics_conversion_report_time import AdGroupsAnalyticsConversionReportTime
    from .ad_groups_analytics_engagement_window_days import AdGroupsAnalyticsEngagementWindowDays
    from .ad_groups_analytics_response_item import AdGroupsAnalyticsResponseItem
    from .ad_groups_analytics_view_window_days import AdGroupsAnalyticsViewWindowDays
    from .ad_groups_list_entity_statuses_item import AdGroupsListEntityStatusesItem
    from .ad_groups_list_order import AdGroupsListOrder
    from .ad_groups_list_response_200 import AdGroupsListResponse200
    from .ad_groups_targeting_analytics_get_click_window_days import (
        AdGroupsTargetingAnalyticsGetClickWindowDays,
    )
    from .ad_groups_targeting_analytics_get_columns_item import (
        AdGroupsTargetingAnalyticsGetColumnsItem,
    )
    from .ad_groups_targeting_analytics_get_conversion_report_time import (
        AdGroupsTargetingAnalyticsGetConversionReportTime,
    )
    from .ad_groups_targeting_analytics_get_engagement_window_days import (
        AdGroupsTargetingAnalyticsGetEngagementWindowDays,
    )
    from .ad_groups_targeting_analytics_get_view_window_days import (
        AdGroupsTargetingAnalyticsGetViewWindowDays,
    )
    from .ad_pin_analytics import AdPinAnalytics
    from .ad_pin_id import AdPinId
    from .ad_pins_analytics_click_window_days import AdPinsAnalyticsClickWindowDays
    from .ad_pins_analytics_columns_item import AdPinsAnalyticsColumnsItem
    from .ad_pins_analytics_conversion_report_time import AdPinsAnalyticsConversionReportTime
    from .ad_pins_analytics_engagement_window_days import AdPinsAnalyticsEngagementWindowDays
    from .ad_pins_analytics_view_window_days import AdPinsAnalyticsViewWindowDays
    from .ad_preview_request_ad_preview_create_from_image import (
        AdPreviewRequestAdPreviewCreateFromImage,
    )
    from .ad_preview_request_ad_preview_create_from_pin import (
        AdPreviewRequestAdPreviewCreateFromPin,
    )
    from .ad_preview_request_ad_preview_shopping import AdPreviewRequestAdPreviewShopping
    from .ad_preview_request_ad_preview_shopping_creative_type import (
        AdPreviewRequestAdPreviewShoppingCreativeType,
    )
    from .ad_preview_request_ad_preview_shopping_preferred_media_type import (
        AdPreviewRequestAdPreviewShoppingPreferredMediaType,
    )
    from .ad_preview_url_response import AdPreviewURLResponse
    from .ad_response import AdResponse
    from .ad_response_rejected_reasons_item import AdResponseRejectedReasonsItem
    from .ad_response_review_status import AdResponseReviewStatus
    from .ad_targeting_analytics_get_click_window_days import AdTargetingAnalyticsGetClickWindowDays
    from .ad_targeting_analytics_get_columns_item import AdTargetingAnalyticsGetColumnsItem
    from .ad_targeting_analytics_get_conversion_report_time import (
        AdTargetingAnalyticsGetConversionReportTime,
    )
    from .ad_targeting_analytics_get_engagement_window_days import (
        AdTargetingAnalyticsGetEngagementWindowDays,
    )
    from .ad_targeting_analytics_get_view_window_days import AdTargetingAnalyticsGetViewWindowDays
    from .ad_update_request import AdUpdateRequest
    from .ads_analytics_ad_group_targeting_type import AdsAnalyticsAdGroupTargetingType
    from .ads_analytics_ad_targeting_type import AdsAnalyticsAdTargetingType
    from .ads_analytics_campaign_targeting_type import AdsAnalyticsCampaignTargetingType
    from .ads_analytics_click_window_days import AdsAnalyticsClickWindowDays
    from .ads_analytics_columns_item import AdsAnalyticsColumnsItem
    from .ads_analytics_conversion_report_time import AdsAnalyticsConversionReportTime
    from .ads_analytics_create_async_request import AdsAnalyticsCreateAsyncRequest
    from .ads_analytics_create_async_request_custom_conversion_event_metrics_item import (
        AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem,
    )
    from .ads_analytics_create_async_request_custom_conversion_event_metrics_item_custom_event_metrics_type import (
        AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItemCustomEventMetricsType,
    )
    from .ads_analytics_create_async_response import AdsAnalyticsCreateAsyncResponse
    from .ads_analytics_engagement_window_days import AdsAnalyticsEngagementWindowDays
    from .ads_analytics_filter_column import AdsAnalyticsFilterColumn
    from .ads_analytics_filter_operator import AdsAnalyticsFilterOperator
    from .ads_analytics_get_async_response import AdsAnalyticsGetAsyncResponse
    from .ads_analytics_metrics_filter import AdsAnalyticsMetricsFilter
    from .ads_analytics_response_item import AdsAnalyticsResponseItem
    from .ads_analytics_targeting_type import AdsAnalyticsTargetingType
    from .ads_analytics_view_window_days import AdsAnalyticsViewWindowDays
    from .ads_credit_discounts_response import AdsCreditDiscountsResponse
    from .ads_credit_discounts_response_discount_type_type_1 import (
        AdsCreditDiscountsResponseDiscountTypeType1,
    )
    from .ads_credit_discounts_response_discount_type_type_2_type_1 import (
        AdsCreditDiscountsResponseDiscountTypeType2Type1,
    )
    from .ads_credit_discounts_response_discount_type_type_3_type_1 import (
        AdsCreditDiscountsResponseDiscountTypeType3Type1,
    )
    from .ads_credit_redeem_request import AdsCreditRedeemRequest
    from .ads_credit_redeem_response import AdsCreditRedeemResponse
    from .ads_credits_discounts_get_response_200 import AdsCreditsDiscountsGetResponse200
    from .ads_list_entity_statuses_item import AdsListEntityStatusesItem
    from .ads_list_order import AdsListOrder
    from .ads_list_response_200 import AdsListResponse200
    from .advanced_auction_bid_options import AdvancedAuctionBidOptions
    from .advanced_auction_item import AdvancedAuctionItem
    from .advanced_auction_items import AdvancedAuctionItems
    from .advanced_auction_items_get_request import AdvancedAuctionItemsGetRequest
    from .advanced_auction_items_submit_delete_record import AdvancedAuctionItemsSubmitDeleteRecord
    from .advanced_auction_items_submit_request import AdvancedAuctionItemsSubmitRequest
    from .advanced_auction_items_submit_upsert_record import AdvancedAuctionItemsSubmitUpsertRecord
    from .advanced_auction_key import AdvancedAuctionKey
    from .advanced_auction_operation import AdvancedAuctionOperation
    from .advanced_auction_operation_error import AdvancedAuctionOperationError
    from .advanced_auction_processed_items import AdvancedAuctionProcessedItems
    from .advertiser_defined_events_get_advertiser_defined_events_response import (
        AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponse,
    )
    from .advertiser_defined_events_get_advertiser_defined_events_response_advertiser_defined_event import (
        AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEvent,
    )
    from .advertiser_defined_events_get_advertiser_defined_events_response_advertiser_defined_event_mapped_conversion_type_type_0 import (
        AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0,
    )
    from .age_bucket_list_item import AgeBucketListItem
    from .age_trends_bucket import AgeTrendsBucket
    from .amazon_connect_request import AmazonConnectRequest
    from .analytics_daily_metrics import AnalyticsDailyMetrics
    from .analytics_metrics_response import AnalyticsMetricsResponse
    from .analytics_metrics_response_summary_metrics import AnalyticsMetricsResponseSummaryMetrics
    from .analytics_response import AnalyticsResponse
    from .app_type_multipliers import AppTypeMultipliers
    from .app_type_multipliers_apptype import AppTypeMultipliersAPPTYPE
    from .asset_group_binding import AssetGroupBinding
    from .asset_group_type import AssetGroupType
    from .asset_id_permissions import AssetIdPermissions
    from .asset_id_to_permissions import AssetIdToPermissions
    from .audience import Audience
    from .audience_account_type import AudienceAccountType
    from .audience_category import AudienceCategory
    from .audience_category_audience_subcategory import AudienceCategoryAudienceSubcategory
    from .audience_common import AudienceCommon
    from .audience_create_request import AudienceCreateRequest
    from .audience_definition import AudienceDefinition
    from .audience_definition_response import AudienceDefinitionResponse
    from .audience_definition_scope import AudienceDefinitionScope
    from .audience_definition_scope_scope import AudienceDefinitionScopeScope
    from .audience_definition_type import AudienceDefinitionType
    from .audience_definition_type_scope import AudienceDefinitionTypeScope
    from .audience_demographic_value import AudienceDemographicValue
    from .audience_demographics import AudienceDemographics
    from .audience_insight_category_array_response import AudienceInsightCategoryArrayResponse
    from .audience_insight_category_common import AudienceInsightCategoryCommon
    from .audience_insight_type import AudienceInsightType
    from .audience_insights_response import AudienceInsightsResponse
    from .audience_rule import AudienceRule
    from .audience_rule_event_source import AudienceRuleEventSource
    from .audience_rule_ingestion_source import AudienceRuleIngestionSource
    from .audience_share_type import AudienceShareType
    from .audience_type import AudienceType
    from .audience_update_operation_type import AudienceUpdateOperationType
    from .audience_update_request import AudienceUpdateRequest
    from .audiences_list_order import AudiencesListOrder
    from .audiences_list_ownership_type import AudiencesListOwnershipType
    from .audiences_list_response_200 import AudiencesListResponse200
    from .auth_respond_invites_body import AuthRespondInvitesBody
    from .auth_respond_invites_body_invites_item import AuthRespondInvitesBodyInvitesItem
    from .auth_respond_invites_body_invites_item_action import (
        AuthRespondInvitesBodyInvitesItemAction,
    )
    from .availability_filter import AvailabilityFilter
    from .base_invite_data_response import BaseInviteDataResponse
    from .base_invite_data_response_invite_data import BaseInviteDataResponseInviteData
    from .batch_operation import BatchOperation
    from .batch_operation_status import BatchOperationStatus
    from .bid_floor import BidFloor
    from .bid_floor_request import BidFloorRequest
    from .bid_floor_request_bid_floor_spec import BidFloorRequestBidFloorSpec
    from .billing_invoice_download_response import BillingInvoiceDownloadResponse
    from .billing_invoice_response import BillingInvoiceResponse
    from .billing_invoice_response_document_type import BillingInvoiceResponseDocumentType
    from .billing_invoice_response_status import BillingInvoiceResponseStatus
    from .billing_invoices_get_document_type import BillingInvoicesGetDocumentType
    from .billing_invoices_get_order import BillingInvoicesGetOrder
    from .billing_invoices_get_response_200 import BillingInvoicesGetResponse200
    from .billing_invoices_get_sort import BillingInvoicesGetSort
    from .billing_invoices_get_status import BillingInvoicesGetStatus
    from .billing_profiles_get_response_200 import BillingProfilesGetResponse200
    from .billing_profiles_response import BillingProfilesResponse
    from .billing_profiles_response_billing_type import BillingProfilesResponseBillingType
    from .billing_profiles_response_card_type import BillingProfilesResponseCardType
    from .billing_profiles_response_payment_method_brand import (
        BillingProfilesResponsePaymentMethodBrand,
    )
    from .billing_profiles_response_status import BillingProfilesResponseStatus
    from .board import Board
    from .board_base import BoardBase
    from .board_create import BoardCreate
    from .board_media import BoardMedia
    from .board_owner import BoardOwner
    from .board_privacy import BoardPrivacy
    from .board_privacy_filter import BoardPrivacyFilter
    from .board_section import BoardSection
    from .board_sections_list_pins_response_200 import BoardSectionsListPinsResponse200
    from .board_sections_list_response_200 import BoardSectionsListResponse200
    from .board_update_privacy import BoardUpdatePrivacy
    from .board_with_update_privacy import BoardWithUpdatePrivacy
    from .board_with_update_privacy_update import BoardWithUpdatePrivacyUpdate
    from .boards_list_pins_response_200 import BoardsListPinsResponse200
    from .boards_list_response_200 import BoardsListResponse200
    from .boards_user_follows_list_response_200 import BoardsUserFollowsListResponse200
    from .book_closed_response import BookClosedResponse
    from .brand_accounts_create_body import BrandAccountsCreateBody
    from .brand_accounts_create_body_image_base_64 import BrandAccountsCreateBodyImageBase64
    from .brand_accounts_create_body_image_base_64_content_type import (
        BrandAccountsCreateBodyImageBase64ContentType,
    )
    from .brand_accounts_create_response_200 import BrandAccountsCreateResponse200
    from .brand_accounts_update_body import BrandAccountsUpdateBody
    from .brand_accounts_update_body_image_base_64 import BrandAccountsUpdateBodyImageBase64
    from .brand_accounts_update_body_image_base_64_content_type import (
        BrandAccountsUpdateBodyImageBase64ContentType,
    )
    from .brand_accounts_update_response_200 import BrandAccountsUpdateResponse200
    from .brand_filter import BrandFilter
    from .budget_type import BudgetType
    from .bulk_download_request import BulkDownloadRequest
    from .bulk_download_request_campaign_filter import BulkDownloadRequestCampaignFilter
    from .bulk_download_response import BulkDownloadResponse
    from .bulk_entity_type import BulkEntityType
    from .bulk_output_format import BulkOutputFormat
    from .bulk_pin_analytics_response import BulkPinAnalyticsResponse
    from .bulk_reporting_job_status import BulkReportingJobStatus
    from .bulk_upsert_request import BulkUpsertRequest
    from .bulk_upsert_request_create import BulkUpsertRequestCreate
    from .bulk_upsert_request_update import BulkUpsertRequestUpdate
    from .bulk_upsert_request_update_label_bulk_update_request import (
        BulkUpsertRequestUpdateLabelBulkUpdateRequest,
    )
    from .bulk_upsert_request_update_label_bulk_update_request_status import (
        BulkUpsertRequestUpdateLabelBulkUpdateRequestStatus,
    )
    from .bulk_upsert_response import BulkUpsertResponse
    from .bulk_upsert_status import BulkUpsertStatus
    from .bulk_upsert_status_response import BulkUpsertStatusResponse
    from .business_access_error import BusinessAccessError
    from .business_access_role import BusinessAccessRole
    from .business_access_user_summary import BusinessAccessUserSummary
    from .business_account_audiences_shared_accounts_list_response_200 import (
        BusinessAccountAudiencesSharedAccountsListResponse200,
    )
    from .business_asset_members_get_response_200 import BusinessAssetMembersGetResponse200
    from .business_asset_partners_get_response_200 import BusinessAssetPartnersGetResponse200
    from .business_assets_get_asset_type import BusinessAssetsGetAssetType
    from .business_assets_get_response_200 import BusinessAssetsGetResponse200
    from .business_member_assets_get_asset_type import BusinessMemberAssetsGetAssetType
    from .business_member_assets_get_response_200 import BusinessMemberAssetsGetResponse200
    from .business_member_assets_summary import BusinessMemberAssetsSummary
    from .business_member_assets_summary_ad_accounts_item import (
        BusinessMemberAssetsSummaryAdAccountsItem,
    )
    from .business_member_assets_summary_profiles_item import (
        BusinessMemberAssetsSummaryProfilesItem,
    )
    from .business_members_asset_access_delete_body import BusinessMembersAssetAccessDeleteBody
    from .business_members_asset_access_delete_body_accesses_item import (
        BusinessMembersAssetAccessDeleteBodyAccessesItem,
    )
    from .business_partner_asset_access_get_asset_type import BusinessPartnerAssetAccessGetAssetType
    from .business_partner_asset_access_get_response_200 import (
        BusinessPartnerAssetAccessGetResponse200,
    )
    from .business_role import BusinessRole
    from .business_role_check_mode import BusinessRoleCheckMode
    from .business_role_for_members import BusinessRoleForMembers
    from .business_shared_audience import BusinessSharedAudience
    from .business_shared_audience_response import BusinessSharedAudienceResponse
    from .campaign_audience_multipliers import CampaignAudienceMultipliers
    from .campaign_bid_options import CampaignBidOptions
    from .campaign_bid_options_update import CampaignBidOptionsUpdate
    from .campaign_bid_options_update_update_mask_item import CampaignBidOptionsUpdateUpdateMaskItem
    from .campaign_common import CampaignCommon
    from .campaign_create_common import CampaignCreateCommon
    from .campaign_create_request import CampaignCreateRequest
    from .campaign_create_response import CampaignCreateResponse
    from .campaign_create_response_data import CampaignCreateResponseData
    from .campaign_create_response_item import CampaignCreateResponseItem
    from .campaign_id import CampaignId
    from .campaign_id_filter import CampaignIdFilter
    from .campaign_objectives_filter import CampaignObjectivesFilter
    from .campaign_response import CampaignResponse
    from .campaign_summary_status import CampaignSummaryStatus
    from .campaign_targeting_analytics_get_click_window_days import (
        CampaignTargetingAnalyticsGetClickWindowDays,
    )
    from .campaign_targeting_analytics_get_columns_item import (
        CampaignTargetingAnalyticsGetColumnsItem,
    )
    from .campaign_targeting_analytics_get_conversion_report_time import (
        CampaignTargetingAnalyticsGetConversionReportTime,
    )
    from .campaign_targeting_analytics_get_engagement_window_days import (
        CampaignTargetingAnalyticsGetEngagementWindowDays,
    )
    from .campaign_targeting_analytics_get_view_window_days import (
        CampaignTargetingAnalyticsGetViewWindowDays,
    )
    from .campaign_update_request import CampaignUpdateRequest
    from .campaigns_analytics_click_window_days import CampaignsAnalyticsClickWindowDays
    from .campaigns_analytics_columns_item import CampaignsAnalyticsColumnsItem
    from .campaigns_analytics_conversion_report_time import CampaignsAnalyticsConversionReportTime
    from .campaigns_analytics_engagement_window_days import CampaignsAnalyticsEngagementWindowDays
    from .campaigns_analytics_response_item import CampaignsAnalyticsResponseItem
    from .campaigns_analytics_view_window_days import CampaignsAnalyticsViewWindowDays
    from .campaigns_list_entity_statuses_item import CampaignsListEntityStatusesItem
    from .campaigns_list_order import CampaignsListOrder
    from .campaigns_list_response_200 import CampaignsListResponse200
    from .cancel_invites_body import CancelInvitesBody
    from .carousel_slot import CarouselSlot
    from .catalog import Catalog
    from .catalogs_create_creative_assets_item import CatalogsCreateCreativeAssetsItem
    from .catalogs_create_creative_assets_item_operation import (
        CatalogsCreateCreativeAssetsItemOperation,
    )
    from .catalogs_create_hotel_item import CatalogsCreateHotelItem
    from .catalogs_create_hotel_item_operation import CatalogsCreateHotelItemOperation
    from .catalogs_create_report_response import CatalogsCreateReportResponse
    from .catalogs_create_request import CatalogsCreateRequest
    from .catalogs_create_retail_item import CatalogsCreateRetailItem
    from .catalogs_create_retail_item_operation import CatalogsCreateRetailItemOperation
    from .catalogs_creative_assets_attributes import CatalogsCreativeAssetsAttributes
    from .catalogs_creative_assets_available_filter_values import (
        CatalogsCreativeAssetsAvailableFilterValues,
    )
    from .catalogs_creative_assets_available_filter_values_catalog_type import (
        CatalogsCreativeAssetsAvailableFilterValuesCatalogType,
    )
    from .catalogs_creative_assets_available_filter_values_catalogs_creative_assets_filter_values_map import (
        CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMap,
    )
    from .catalogs_creative_assets_available_filter_values_catalogs_creative_assets_filter_values_map_media_type_item import (
        CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMapMediaTypeItem,
    )
    from .catalogs_creative_assets_batch_request import CatalogsCreativeAssetsBatchRequest
    from .catalogs_creative_assets_batch_request_catalog_type import (
        CatalogsCreativeAssetsBatchRequestCatalogType,
    )
    from .catalogs_creative_assets_feed import CatalogsCreativeAssetsFeed
    from .catalogs_creative_assets_feeds_create_request import (
        CatalogsCreativeAssetsFeedsCreateRequest,
    )
    from .catalogs_creative_assets_feeds_update_request import (
        CatalogsCreativeAssetsFeedsUpdateRequest,
    )
    from .catalogs_creative_assets_item_error_response import (
        CatalogsCreativeAssetsItemErrorResponse,
    )
    from .catalogs_creative_assets_item_response import CatalogsCreativeAssetsItemResponse
    from .catalogs_creative_assets_items_batch import CatalogsCreativeAssetsItemsBatch
    from .catalogs_creative_assets_items_filter import CatalogsCreativeAssetsItemsFilter
    from .catalogs_creative_assets_items_filter_catalog_type import (
        CatalogsCreativeAssetsItemsFilterCatalogType,
    )
    from .catalogs_creative_assets_items_post_filter import CatalogsCreativeAssetsItemsPostFilter
    from .catalogs_creative_assets_items_post_filter_catalog_type import (
        CatalogsCreativeAssetsItemsPostFilterCatalogType,
    )
    from .catalogs_creative_assets_list_products_by_catalog_based_filter_request import (
        CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest,
    )
    from .catalogs_creative_assets_list_products_by_catalog_based_filter_request_catalog_type import (
        CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequestCatalogType,
    )
    from .catalogs_creative_assets_product import CatalogsCreativeAssetsProduct
    from .catalogs_creative_assets_product_catalog_type import (
        CatalogsCreativeAssetsProductCatalogType,
    )
    from .catalogs_creative_assets_product_group import CatalogsCreativeAssetsProductGroup
    from .catalogs_creative_assets_product_group_catalog_type import (
        CatalogsCreativeAssetsProductGroupCatalogType,
    )
    from .catalogs_creative_assets_product_group_create_request import (
        CatalogsCreativeAssetsProductGroupCreateRequest,
    )
    from .catalogs_creative_assets_product_group_create_request_catalog_type import (
        CatalogsCreativeAssetsProductGroupCreateRequestCatalogType,
    )
    from .catalogs_creative_assets_product_group_filters_all_of import (
        CatalogsCreativeAssetsProductGroupFiltersAllOf,
    )
    from .catalogs_creative_assets_product_group_filters_any_of import (
        CatalogsCreativeAssetsProductGroupFiltersAnyOf,
    )
    from .catalogs_creative_assets_product_group_product_counts import (
        CatalogsCreativeAssetsProductGroupProductCounts,
    )
    from .catalogs_creative_assets_product_group_product_counts_catalog_type import (
        CatalogsCreativeAssetsProductGroupProductCountsCatalogType,
    )
    from .catalogs_creative_assets_product_group_update_request import (
        CatalogsCreativeAssetsProductGroupUpdateRequest,
    )
    from .catalogs_creative_assets_product_group_update_request_catalog_type import (
        CatalogsCreativeAssetsProductGroupUpdateRequestCatalogType,
    )
    from .catalogs_creative_assets_product_metadata import CatalogsCreativeAssetsProductMetadata
    from .catalogs_db_item import CatalogsDbItem
    from .catalogs_delete_creative_assets_item import CatalogsDeleteCreativeAssetsItem
    from .catalogs_delete_creative_assets_item_operation import (
        CatalogsDeleteCreativeAssetsItemOperation,
    )
    from .catalogs_delete_hotel_item import CatalogsDeleteHotelItem
    from .catalogs_delete_hotel_item_operation import CatalogsDeleteHotelItemOperation
    from .catalogs_delete_retail_item import CatalogsDeleteRetailItem
    from .catalogs_delete_retail_item_operation import CatalogsDeleteRetailItemOperation
    from .catalogs_feed_credentials import CatalogsFeedCredentials
    from .catalogs_feed_ingestion import CatalogsFeedIngestion
    from .catalogs_feed_ingestion_details import CatalogsFeedIngestionDetails
    from .catalogs_feed_ingestion_errors import CatalogsFeedIngestionErrors
    from .catalogs_feed_ingestion_errors_largeproductcountdecrease import (
        CatalogsFeedIngestionErrorsLARGEPRODUCTCOUNTDECREASE,
    )
    from .catalogs_feed_ingestion_info import CatalogsFeedIngestionInfo
    from .catalogs_feed_ingestion_warnings import CatalogsFeedIngestionWarnings
    from .catalogs_feed_processing_result import CatalogsFeedProcessingResult
    from .catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule
    from .catalogs_feed_processing_schedule_timezone_type_1 import (
        CatalogsFeedProcessingScheduleTimezoneType1,
    )
    from .catalogs_feed_processing_schedule_timezone_type_2_type_1 import (
        CatalogsFeedProcessingScheduleTimezoneType2Type1,
    )
    from .catalogs_feed_processing_schedule_timezone_type_3_type_1 import (
        CatalogsFeedProcessingScheduleTimezoneType3Type1,
    )
    from .catalogs_feed_processing_status import CatalogsFeedProcessingStatus
    from .catalogs_feed_product_counts import CatalogsFeedProductCounts
    from .catalogs_feed_validation_details import CatalogsFeedValidationDetails
    from .catalogs_feed_validation_errors import CatalogsFeedValidationErrors
    from .catalogs_feed_validation_warnings import CatalogsFeedValidationWarnings
    from .catalogs_feed_validation_warnings_fetchsamesignature import (
        CatalogsFeedValidationWarningsFETCHSAMESIGNATURE,
    )
    from .catalogs_feed_video_counts import CatalogsFeedVideoCounts
    from .catalogs_feeds_create_request import CatalogsFeedsCreateRequest
    from .catalogs_feeds_update_request import CatalogsFeedsUpdateRequest
    from .catalogs_format import CatalogsFormat
    from .catalogs_hotel_address import CatalogsHotelAddress
    from .catalogs_hotel_attributes import CatalogsHotelAttributes
    from .catalogs_hotel_attributes_main_image import CatalogsHotelAttributesMainImage
    from .catalogs_hotel_available_filter_values import CatalogsHotelAvailableFilterValues
    from .catalogs_hotel_available_filter_values_catalog_type import (
        CatalogsHotelAvailableFilterValuesCatalogType,
    )
    from .catalogs_hotel_available_filter_values_catalogs_hotel_filter_values_map import (
        CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap,
    )
    from .catalogs_hotel_batch_request import CatalogsHotelBatchRequest
    from .catalogs_hotel_batch_request_catalog_type import CatalogsHotelBatchRequestCatalogType
    from .catalogs_hotel_feed import CatalogsHotelFeed
    from .catalogs_hotel_feeds_create_request import CatalogsHotelFeedsCreateRequest
    from .catalogs_hotel_feeds_update_request import CatalogsHotelFeedsUpdateRequest
    from .catalogs_hotel_guest_ratings import CatalogsHotelGuestRatings
    from .catalogs_hotel_item_error_response import CatalogsHotelItemErrorResponse
    from .catalogs_hotel_item_response import CatalogsHotelItemResponse
    from .catalogs_hotel_items_batch import CatalogsHotelItemsBatch
    from .catalogs_hotel_items_filter import CatalogsHotelItemsFilter
    from .catalogs_hotel_items_filter_catalog_type import CatalogsHotelItemsFilterCatalogType
    from .catalogs_hotel_items_post_filter import CatalogsHotelItemsPostFilter
    from .catalogs_hotel_items_post_filter_catalog_type import (
        CatalogsHotelItemsPostFilterCatalogType,
    )
    from .catalogs_hotel_list_products_by_catalog_based_filter_request import (
        CatalogsHotelListProductsByCatalogBasedFilterRequest,
    )
    from .catalogs_hotel_list_products_by_catalog_based_filter_request_catalog_type import (
        CatalogsHotelListProductsByCatalogBasedFilterRequestCatalogType,
    )
    from .catalogs_hotel_product import CatalogsHotelProduct
    from .catalogs_hotel_product_catalog_type import CatalogsHotelProductCatalogType
    from .catalogs_hotel_product_group import CatalogsHotelProductGroup
    from .catalogs_hotel_product_group_catalog_type import CatalogsHotelProductGroupCatalogType
    from .catalogs_hotel_product_group_create_request import CatalogsHotelProductGroupCreateRequest
    from .catalogs_hotel_product_group_create_request_catalog_type import (
        CatalogsHotelProductGroupCreateRequestCatalogType,
    )
    from .catalogs_hotel_product_group_filters_all_of import CatalogsHotelProductGroupFiltersAllOf
    from .catalogs_hotel_product_group_filters_any_of import CatalogsHotelProductGroupFiltersAnyOf
    from .catalogs_hotel_product_group_product_counts import CatalogsHotelProductGroupProductCounts
    from .catalogs_hotel_product_group_product_counts_catalog_type import (
        CatalogsHotelProductGroupProductCountsCatalogType,
    )
    from .catalogs_hotel_product_group_type import CatalogsHotelProductGroupType
    from .catalogs_hotel_product_group_update_request import CatalogsHotelProductGroupUpdateRequest
    from .catalogs_hotel_product_group_update_request_catalog_type import (
        CatalogsHotelProductGroupUpdateRequestCatalogType,
    )
    from .catalogs_hotel_product_metadata import CatalogsHotelProductMetadata
    from .catalogs_hotel_report_parameters import CatalogsHotelReportParameters
    from .catalogs_hotel_report_parameters_catalog_type import (
        CatalogsHotelReportParametersCatalogType,
    )
    from .catalogs_hotel_report_stats_parameters import CatalogsHotelReportStatsParameters
    from .catalogs_hotel_report_stats_parameters_catalog_type import (
        CatalogsHotelReportStatsParametersCatalogType,
    )
    from .catalogs_item_validation_details import CatalogsItemValidationDetails
    from .catalogs_item_validation_errors import CatalogsItemValidationErrors
    from .catalogs_item_validation_issue import CatalogsItemValidationIssue
    from .catalogs_item_validation_issues import CatalogsItemValidationIssues
    from .catalogs_item_validation_warnings import CatalogsItemValidationWarnings
    from .catalogs_items import CatalogsItems
    from .catalogs_items_create_batch_request import CatalogsItemsCreateBatchRequest
    from .catalogs_items_delete_batch_request import CatalogsItemsDeleteBatchRequest
    from .catalogs_items_delete_discontinued_batch_request import (
        CatalogsItemsDeleteDiscontinuedBatchRequest,
    )
    from .catalogs_items_request import CatalogsItemsRequest
    from .catalogs_items_update_batch_request import CatalogsItemsUpdateBatchRequest
    from .catalogs_items_upsert_batch_request import CatalogsItemsUpsertBatchRequest
    from .catalogs_list_products_by_feed_based_filter import CatalogsListProductsByFeedBasedFilter
    from .catalogs_list_response_200 import CatalogsListResponse200
    from .catalogs_locale import CatalogsLocale
    from .catalogs_product_group_create_request import CatalogsProductGroupCreateRequest
    from .catalogs_product_group_currency_criteria import CatalogsProductGroupCurrencyCriteria
    from .catalogs_product_group_filter_operator_type_criteria import (
        CatalogsProductGroupFilterOperatorTypeCriteria,
    )
    from .catalogs_product_group_filter_operator_type_criteria_filter_operator_type import (
        CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType,
    )
    from .catalogs_product_group_filters_all_of import CatalogsProductGroupFiltersAllOf
    from .catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf
    from .catalogs_product_group_filters_request_all_of import (
        CatalogsProductGroupFiltersRequestAllOf,
    )
    from .catalogs_product_group_filters_request_any_of import (
        CatalogsProductGroupFiltersRequestAnyOf,
    )
    from .catalogs_product_group_multiple_countries_criteria import (
        CatalogsProductGroupMultipleCountriesCriteria,
    )
    from .catalogs_product_group_multiple_gender_criteria import (
        CatalogsProductGroupMultipleGenderCriteria,
    )
    from .catalogs_product_group_multiple_media_types_criteria import (
        CatalogsProductGroupMultipleMediaTypesCriteria,
    )
    from .catalogs_product_group_multiple_string_criteria import (
        CatalogsProductGroupMultipleStringCriteria,
    )
    from .catalogs_product_group_multiple_string_list_criteria import (
        CatalogsProductGroupMultipleStringListCriteria,
    )
    from .catalogs_product_group_pins_list_response_200 import (
        CatalogsProductGroupPinsListResponse200,
    )
    from .catalogs_product_group_pricing_criteria import CatalogsProductGroupPricingCriteria
    from .catalogs_product_group_status import CatalogsProductGroupStatus
    from .catalogs_product_group_type import CatalogsProductGroupType
    from .catalogs_product_group_uint_32_criteria import CatalogsProductGroupUint32Criteria
    from .catalogs_product_group_uint_32_criteria_operator import (
        CatalogsProductGroupUint32CriteriaOperator,
    )
    from .catalogs_product_group_update_request import CatalogsProductGroupUpdateRequest
    from .catalogs_product_groups_list_response_200 import CatalogsProductGroupsListResponse200
    from .catalogs_report import CatalogsReport
    from .catalogs_report_all_items_filter import CatalogsReportAllItemsFilter
    from .catalogs_report_all_items_filter_report_type import CatalogsReportAllItemsFilterReportType
    from .catalogs_report_distribution_issue_filter import CatalogsReportDistributionIssueFilter
    from .catalogs_report_distribution_issue_filter_report_type import (
        CatalogsReportDistributionIssueFilterReportType,
    )
    from .catalogs_report_distribution_stats import CatalogsReportDistributionStats
    from .catalogs_report_distribution_stats_report_type import (
        CatalogsReportDistributionStatsReportType,
    )
    from .catalogs_report_feed_ingestion_filter import CatalogsReportFeedIngestionFilter
    from .catalogs_report_feed_ingestion_filter_report_type import (
        CatalogsReportFeedIngestionFilterReportType,
    )
    from .catalogs_report_feed_ingestion_stats import CatalogsReportFeedIngestionStats
    from .catalogs_report_feed_ingestion_stats_report_type import (
        CatalogsReportFeedIngestionStatsReportType,
    )
    from .catalogs_report_feed_ingestion_stats_severity import (
        CatalogsReportFeedIngestionStatsSeverity,
    )
    from .catalogs_report_report_status import CatalogsReportReportStatus
    from .catalogs_retail_available_filter_values import CatalogsRetailAvailableFilterValues
    from .catalogs_retail_available_filter_values_catalog_type import (
        CatalogsRetailAvailableFilterValuesCatalogType,
    )
    from .catalogs_retail_available_filter_values_catalogs_retail_filter_values_map import (
        CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMap,
    )
    from .catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_availability_item import (
        CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapAvailabilityItem,
    )
    from .catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_condition_item import (
        CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapConditionItem,
    )
    from .catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_gender_item import (
        CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapGenderItem,
    )
    from .catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_media_type_item import (
        CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapMediaTypeItem,
    )
    from .catalogs_retail_batch_request import CatalogsRetailBatchRequest
    from .catalogs_retail_batch_request_catalog_type import CatalogsRetailBatchRequestCatalogType
    from .catalogs_retail_feed import CatalogsRetailFeed
    from .catalogs_retail_feeds_create_request import CatalogsRetailFeedsCreateRequest
    from .catalogs_retail_feeds_update_request import CatalogsRetailFeedsUpdateRequest
    from .catalogs_retail_item_error_response import CatalogsRetailItemErrorResponse
    from .catalogs_retail_item_response import CatalogsRetailItemResponse
    from .catalogs_retail_items_batch import CatalogsRetailItemsBatch
    from .catalogs_retail_items_filter import CatalogsRetailItemsFilter
    from .catalogs_retail_items_filter_catalog_type import CatalogsRetailItemsFilterCatalogType
    from .catalogs_retail_items_post_filter import CatalogsRetailItemsPostFilter
    from .catalogs_retail_items_post_filter_catalog_type import (
        CatalogsRetailItemsPostFilterCatalogType,
    )
    from .catalogs_retail_list_products_by_catalog_based_filter_request import (
        CatalogsRetailListProductsByCatalogBasedFilterRequest,
    )
    from .catalogs_retail_list_products_by_catalog_based_filter_request_catalog_type import (
        CatalogsRetailListProductsByCatalogBasedFilterRequestCatalogType,
    )
    from .catalogs_retail_product import CatalogsRetailProduct
    from .catalogs_retail_product_catalog_type import CatalogsRetailProductCatalogType
    from .catalogs_retail_product_group import CatalogsRetailProductGroup
    from .catalogs_retail_product_group_catalog_type import CatalogsRetailProductGroupCatalogType
    from .catalogs_retail_product_group_create_request import (
        CatalogsRetailProductGroupCreateRequest,
    )
    from .catalogs_retail_product_group_create_request_catalog_type import (
        CatalogsRetailProductGroupCreateRequestCatalogType,
    )
    from .catalogs_retail_product_group_product_counts import (
        CatalogsRetailProductGroupProductCounts,
    )
    from .catalogs_retail_product_group_product_counts_catalog_type import (
        CatalogsRetailProductGroupProductCountsCatalogType,
    )
    from .catalogs_retail_product_group_update_request import (
        CatalogsRetailProductGroupUpdateRequest,
    )
    from .catalogs_retail_product_group_update_request_catalog_type import (
        CatalogsRetailProductGroupUpdateRequestCatalogType,
    )
    from .catalogs_retail_product_metadata import CatalogsRetailProductMetadata
    from .catalogs_retail_report_parameters import CatalogsRetailReportParameters
    from .catalogs_retail_report_parameters_catalog_type import (
        CatalogsRetailReportParametersCatalogType,
    )
    from .catalogs_retail_report_stats_parameters import CatalogsRetailReportStatsParameters
    from .catalogs_retail_report_stats_parameters_catalog_type import (
        CatalogsRetailReportStatsParametersCatalogType,
    )
    from .catalogs_status import CatalogsStatus
    from .catalogs_type import CatalogsType
    from .catalogs_updatable_creative_assets_attributes import (
        CatalogsUpdatableCreativeAssetsAttributes,
    )
    from .catalogs_updatable_hotel_attributes import CatalogsUpdatableHotelAttributes
    from .catalogs_update_creative_assets_item import CatalogsUpdateCreativeAssetsItem
    from .catalogs_update_creative_assets_item_operation import (
        CatalogsUpdateCreativeAssetsItemOperation,
    )
    from .catalogs_update_hotel_item import CatalogsUpdateHotelItem
    from .catalogs_update_hotel_item_operation import CatalogsUpdateHotelItemOperation
    from .catalogs_update_retail_item import CatalogsUpdateRetailItem
    from .catalogs_update_retail_item_operation import CatalogsUpdateRetailItemOperation
    from .catalogs_upsert_creative_assets_item import CatalogsUpsertCreativeAssetsItem
    from .catalogs_upsert_creative_assets_item_operation import (
        CatalogsUpsertCreativeAssetsItemOperation,
    )
    from .catalogs_upsert_hotel_item import CatalogsUpsertHotelItem
    from .catalogs_upsert_hotel_item_operation import CatalogsUpsertHotelItemOperation
    from .catalogs_upsert_retail_item import CatalogsUpsertRetailItem
    from .catalogs_upsert_retail_item_operation import CatalogsUpsertRetailItemOperation
    from .condition_filter import ConditionFilter
    from .content_type import ContentType
    from .conversion_access_token_response import ConversionAccessTokenResponse
    from .conversion_api_response import ConversionApiResponse
    from .conversion_api_response_events_item import ConversionApiResponseEventsItem
    from .conversion_api_response_events_item_status import ConversionApiResponseEventsItemStatus
    from .conversion_attribution_window_days import ConversionAttributionWindowDays
    from .conversion_event_app_info import ConversionEventAppInfo
    from .conversion_event_device_info import ConversionEventDeviceInfo
    from .conversion_event_device_info_form_factor import ConversionEventDeviceInfoFormFactor
    from .conversion_event_device_info_network_type import ConversionEventDeviceInfoNetworkType
    from .conversion_event_device_info_os_family import ConversionEventDeviceInfoOsFamily
    from .conversion_event_response import ConversionEventResponse
    from .conversion_events import ConversionEvents
    from .conversion_events_data_item import ConversionEventsDataItem
    from .conversion_events_data_item_custom_data import ConversionEventsDataItemCustomData
    from .conversion_events_data_item_custom_data_contents_item import (
        ConversionEventsDataItemCustomDataContentsItem,
    )
    from .conversion_events_user_data_properties import ConversionEventsUserDataProperties
    from .conversion_health_selection_item import ConversionHealthSelectionItem
    from .conversion_health_selection_item_conversion_type import (
        ConversionHealthSelectionItemConversionType,
    )
    from .conversion_health_selection_item_criteria import ConversionHealthSelectionItemCriteria
    from .conversion_health_selection_item_ingestion_source import (
        ConversionHealthSelectionItemIngestionSource,
    )
    from .conversion_msot_events import ConversionMSOTEvents
    from .conversion_msot_events_attribution_model import ConversionMSOTEventsAttributionModel
    from .conversion_msot_events_attribution_scope import ConversionMSOTEventsAttributionScope
    from .conversion_msot_events_event_name import ConversionMSOTEventsEventName
    from .conversion_product_report_request import ConversionProductReportRequest
    from .conversion_product_report_request_conversion_product_attribution_type import (
        ConversionProductReportRequestConversionProductAttributionType,
    )
    from .conversion_product_report_request_granularity import (
        ConversionProductReportRequestGranularity,
    )
    from .conversion_product_report_request_level import ConversionProductReportRequestLevel
    from .conversion_product_reporting_column import ConversionProductReportingColumn
    from .conversion_report_attribution_type import ConversionReportAttributionType
    from .conversion_report_time_type import ConversionReportTimeType
    from .conversion_tag import ConversionTag
    from .conversion_tag_common import ConversionTagCommon
    from .conversion_tag_configs import ConversionTagConfigs
    from .conversion_tag_create import ConversionTagCreate
    from .conversion_tag_list_response import ConversionTagListResponse
    from .conversion_tag_type import ConversionTagType
    from .conversion_tags_list_response_200 import ConversionTagsListResponse200
    from .conversion_tags_ocpm_eligible_response import ConversionTagsOcpmEligibleResponse
    from .country import Country
    from .country_filter import CountryFilter
    from .create_asset_access_request_body import CreateAssetAccessRequestBody
    from .create_asset_access_request_body_asset_requests_item import (
        CreateAssetAccessRequestBodyAssetRequestsItem,
    )
    from .create_asset_access_request_error_message_type_0_item import (
        CreateAssetAccessRequestErrorMessageType0Item,
    )
    from .create_asset_access_request_response import CreateAssetAccessRequestResponse
    from .create_asset_access_request_response_invites_type_0 import (
        CreateAssetAccessRequestResponseInvitesType0,
    )
    from .create_asset_group_body import CreateAssetGroupBody
    from .create_asset_group_response import CreateAssetGroupResponse
    from .create_asset_invites_request import CreateAssetInvitesRequest
    from .create_asset_invites_request_item import CreateAssetInvitesRequestItem
    from .create_invites_results_response_array import CreateInvitesResultsResponseArray
    from .create_invites_results_response_array_items_item import (
        CreateInvitesResultsResponseArrayItemsItem,
    )
    from .create_invites_results_response_array_items_item_invite_type_0 import (
        CreateInvitesResultsResponseArrayItemsItemInviteType0,
    )
    from .create_membership_or_partnership_invites_body import (
        CreateMembershipOrPartnershipInvitesBody,
    )
    from .create_membership_or_partnership_invites_body_business_role import (
        CreateMembershipOrPartnershipInvitesBodyBusinessRole,
    )
    from .create_mmm_report_request import CreateMMMReportRequest
    from .create_mmm_report_request_granularity import CreateMMMReportRequestGranularity
    from .create_mmm_report_request_level import CreateMMMReportRequestLevel
    from .create_mmm_report_response import CreateMMMReportResponse
    from .create_mmm_report_response_create_mmm_report_response_data import (
        CreateMMMReportResponseCreateMMMReportResponseData,
    )
    from .creative_assets_id_filter import CreativeAssetsIdFilter
    from .creative_assets_processing_record import CreativeAssetsProcessingRecord
    from .creative_assets_visibility_type import CreativeAssetsVisibilityType
    from .creative_type import CreativeType
    from .currency import Currency
    from .currency_filter import CurrencyFilter
    from .custom_label_0_filter import CustomLabel0Filter
    from .custom_label_1_filter import CustomLabel1Filter
    from .custom_label_2_filter import CustomLabel2Filter
    from .custom_label_3_filter import CustomLabel3Filter
    from .custom_label_4_filter import CustomLabel4Filter
    from .custom_number_0_filter import CustomNumber0Filter
    from .custom_number_1_filter import CustomNumber1Filter
    from .custom_number_2_filter import CustomNumber2Filter
    from .custom_number_3_filter import CustomNumber3Filter
    from .custom_number_4_filter import CustomNumber4Filter
    from .customer_list import CustomerList
    from .customer_list_exceptions import CustomerListExceptions
    from .customer_list_request import CustomerListRequest
    from .customer_list_status import CustomerListStatus
    from .customer_list_update_request import CustomerListUpdateRequest
    from .customer_list_upload import CustomerListUpload
    from .customer_list_upload_create_request import CustomerListUploadCreateRequest
    from .customer_list_upload_create_response import CustomerListUploadCreateResponse
    from .customer_list_upload_error_detail import CustomerListUploadErrorDetail
    from .customer_list_upload_record_counts import CustomerListUploadRecordCounts
    from .customer_list_upload_response import CustomerListUploadResponse
    from .customer_list_upload_response_error_detail import CustomerListUploadResponseErrorDetail
    from .customer_list_upload_response_record_counts import CustomerListUploadResponseRecordCounts
    from .customer_list_upload_response_state import CustomerListUploadResponseState
    from .customer_list_upload_state import CustomerListUploadState
    from .customer_lists_list_order import CustomerListsListOrder
    from .customer_lists_list_response_200 import CustomerListsListResponse200
    from .customizable_cta_type import CustomizableCTAType
    from .data_output_format import DataOutputFormat
    from .data_status import DataStatus
    from .delete_asset_group_body import DeleteAssetGroupBody
    from .delete_asset_group_response import DeleteAssetGroupResponse
    from .delete_asset_group_response_exceptions_type_0_item import (
        DeleteAssetGroupResponseExceptionsType0Item,
    )
    from .delete_invites_results_response_array import DeleteInvitesResultsResponseArray
    from .delete_invites_results_response_array_items_item import (
        DeleteInvitesResultsResponseArrayItemsItem,
    )
    from .delete_invites_results_response_array_items_item_exception_type_0 import (
        DeleteInvitesResultsResponseArrayItemsItemExceptionType0,
    )
    from .delete_member_access_result import DeleteMemberAccessResult
    from .delete_member_access_results_response_array import DeleteMemberAccessResultsResponseArray
    from .delete_partner_asset_access_body import DeletePartnerAssetAccessBody
    from .delete_partner_asset_access_body_accesses_item import (
        DeletePartnerAssetAccessBodyAccessesItem,
    )
    from .delete_partner_asset_access_body_accesses_item_partner_type import (
        DeletePartnerAssetAccessBodyAccessesItemPartnerType,
    )
    from .delete_partner_assets_result import DeletePartnerAssetsResult
    from .delete_partner_assets_results_response_array import (
        DeletePartnerAssetsResultsResponseArray,
    )
    from .delete_partners_request import DeletePartnersRequest
    from .delete_partners_response import DeletePartnersResponse
    from .deleted_members_response import DeletedMembersResponse
    from .delivery_metrics_get_report_type import DeliveryMetricsGetReportType
    from .delivery_metrics_response import DeliveryMetricsResponse
    from .delivery_metrics_response_items_item import DeliveryMetricsResponseItemsItem
    from .delivery_metrics_response_items_item_category import (
        DeliveryMetricsResponseItemsItemCategory,
    )
    from .detailed_error import DetailedError
    from .detailed_error_details import DetailedErrorDetails
    from .disclosure_type import DisclosureType
    from .enhanced_match_status_type import EnhancedMatchStatusType
    from .entity_status import EntityStatus
    from .error import Error
    from .event_data import EventData
    from .event_quality_score import EventQualityScore
    from .exception import Exception_
    from .featured_trend import FeaturedTrend
    from .feed_processing_results_list_response_200 import FeedProcessingResultsListResponse200
    from .feeds_list_response_200 import FeedsListResponse200
    from .follow_user_request import FollowUserRequest
    from .followers_list_response_200 import FollowersListResponse200
    from .gender import Gender
    from .gender_bucket import GenderBucket
    from .gender_demographics import GenderDemographics
    from .gender_filter import GenderFilter
    from .gender_list_item import GenderListItem
    from .get_audiences_order_by import GetAudiencesOrderBy
    from .get_business_asset_type_response import GetBusinessAssetTypeResponse
    from .get_business_assets_response import GetBusinessAssetsResponse
    from .get_business_assets_response_catalog_info_type_0 import (
        GetBusinessAssetsResponseCatalogInfoType0,
    )
    from .get_business_employers_response_200 import GetBusinessEmployersResponse200
    from .get_business_members_response_200 import GetBusinessMembersResponse200
    from .get_business_partners_response_200 import GetBusinessPartnersResponse200
    from .get_invites_invite_status_item import GetInvitesInviteStatusItem
    from .get_invites_response_200 import GetInvitesResponse200
    from .get_mmm_report_response import GetMMMReportResponse
    from .get_mmm_report_response_get_mmm_report_response_data import (
        GetMMMReportResponseGetMMMReportResponseData,
    )
    from .get_mmm_report_response_get_mmm_report_response_data_report_status import (
        GetMMMReportResponseGetMMMReportResponseDataReportStatus,
    )
    from .get_partner_assets_response import GetPartnerAssetsResponse
    from .google_product_category_0_filter import GoogleProductCategory0Filter
    from .google_product_category_1_filter import GoogleProductCategory1Filter
    from .google_product_category_2_filter import GoogleProductCategory2Filter
    from .google_product_category_3_filter import GoogleProductCategory3Filter
    from .google_product_category_4_filter import GoogleProductCategory4Filter
    from .google_product_category_5_filter import GoogleProductCategory5Filter
    from .google_product_category_6_filter import GoogleProductCategory6Filter
    from .granularity import Granularity
    from .grid_click_type import GridClickType
    from .hotel_id_filter import HotelIdFilter
    from .hotel_processing_record import HotelProcessingRecord
    from .image_details import ImageDetails
    from .image_metadata import ImageMetadata
    from .image_size import ImageSize
    from .ingestion_source_options import IngestionSourceOptions
    from .inner_product_categories_metrics_highlights import InnerProductCategoriesMetricsHighlights
    from .integration_log import IntegrationLog
    from .integration_log_client_error import IntegrationLogClientError
    from .integration_log_client_request import IntegrationLogClientRequest
    from .integration_log_client_request_method import IntegrationLogClientRequestMethod
    from .integration_log_client_request_request_headers import (
        IntegrationLogClientRequestRequestHeaders,
    )
    from .integration_log_client_request_response_headers import (
        IntegrationLogClientRequestResponseHeaders,
    )
    from .integration_log_event_type import IntegrationLogEventType
    from .integration_log_log_level import IntegrationLogLogLevel
    from .integration_logs_invalid_log_response import IntegrationLogsInvalidLogResponse
    from .integration_logs_invalid_log_response_rejected_logs_item import (
        IntegrationLogsInvalidLogResponseRejectedLogsItem,
    )
    from .integration_logs_request import IntegrationLogsRequest
    from .integration_logs_success_response import IntegrationLogsSuccessResponse
    from .integration_metadata import IntegrationMetadata
    from .integration_record import IntegrationRecord
    from .integration_request import IntegrationRequest
    from .integration_request_patch import IntegrationRequestPatch
    from .integrations_get_list_response_200 import IntegrationsGetListResponse200
    from .interest import Interest
    from .interests_enum import InterestsEnum
    from .invite_assets_summary import InviteAssetsSummary
    from .invite_assets_summary_ad_accounts_item import InviteAssetsSummaryAdAccountsItem
    from .invite_assets_summary_profiles_item import InviteAssetsSummaryProfilesItem
    from .invite_business_role_binding import InviteBusinessRoleBinding
    from .invite_business_role_binding_invite_data import InviteBusinessRoleBindingInviteData
    from .invite_exception_response import InviteExceptionResponse
    from .invite_response import InviteResponse
    from .invite_status import InviteStatus
    from .invite_type import InviteType
    from .item_attributes import ItemAttributes
    from .item_attributes_request import ItemAttributesRequest
    from .item_create_batch_record import ItemCreateBatchRecord
    from .item_delete_batch_record import ItemDeleteBatchRecord
    from .item_delete_discontinued_batch_record import ItemDeleteDiscontinuedBatchRecord
    from .item_group_id_filter import ItemGroupIdFilter
    from .item_id_filter import ItemIdFilter
    from .item_processing_record import ItemProcessingRecord
    from .item_processing_status import ItemProcessingStatus
    from .item_update_batch_record import ItemUpdateBatchRecord
    from .item_upsert_batch_record import ItemUpsertBatchRecord
    from .item_validation_event import ItemValidationEvent
    from .items_issues_list_response_200 import ItemsIssuesListResponse200
    from .keyword import Keyword
    from .keyword_error import KeywordError
    from .keyword_metrics import KeywordMetrics
    from .keyword_metrics_response import KeywordMetricsResponse
    from .keyword_update import KeywordUpdate
    from .keyword_update_body import KeywordUpdateBody
    from .keywords_common import KeywordsCommon
    from .keywords_get_response_200 import KeywordsGetResponse200
    from .keywords_metrics_array_response import KeywordsMetricsArrayResponse
    from .keywords_request import KeywordsRequest
    from .keywords_response import KeywordsResponse
    from .l1_interest_list_item import L1InterestListItem
    from .label import Label
    from .label_create_request import LabelCreateRequest
    from .label_create_request_labels_item import LabelCreateRequestLabelsItem
    from .label_error import LabelError
    from .label_parent_type import LabelParentType
    from .label_parent_type_type_1 import LabelParentTypeType1
    from .label_parent_type_type_2_type_1 import LabelParentTypeType2Type1
    from .label_parent_type_type_3_type_1 import LabelParentTypeType3Type1
    from .label_status import LabelStatus
    from .label_type import LabelType
    from .label_update_request import LabelUpdateRequest
    from .label_update_request_labels_item import LabelUpdateRequestLabelsItem
    from .labels_list_entity_statuses_item import LabelsListEntityStatusesItem
    from .labels_list_label_types_item import LabelsListLabelTypesItem
    from .labels_list_response_200 import LabelsListResponse200
    from .labels_response import LabelsResponse
    from .language import Language
    from .lead_form_array_response import LeadFormArrayResponse
    from .lead_form_array_response_items_item import LeadFormArrayResponseItemsItem
    from .lead_form_common import LeadFormCommon
    from .lead_form_common_policy_links_item import LeadFormCommonPolicyLinksItem
    from .lead_form_create_request import LeadFormCreateRequest
    from .lead_form_question import LeadFormQuestion
    from .lead_form_question_field_type import LeadFormQuestionFieldType
    from .lead_form_question_type import LeadFormQuestionType
    from .lead_form_response import LeadFormResponse
    from .lead_form_status import LeadFormStatus
    from .lead_form_test_request import LeadFormTestRequest
    from .lead_form_test_response import LeadFormTestResponse
    from .lead_form_update_request import LeadFormUpdateRequest
    from .lead_forms_list_order import LeadFormsListOrder
    from .lead_forms_list_response_200 import LeadFormsListResponse200
    from .lead_subscription import LeadSubscription
    from .lead_subscription_post_params_create import LeadSubscriptionPostParamsCreate
    from .lead_subscription_post_params_create_partner_metadata import (
        LeadSubscriptionPostParamsCreatePartnerMetadata,
    )
    from .leads_export_create_request import LeadsExportCreateRequest
    from .leads_export_create_response import LeadsExportCreateResponse
    from .leads_export_response_data import LeadsExportResponseData
    from .leads_export_status import LeadsExportStatus
    from .line_item import LineItem
    from .linked_business import LinkedBusiness
    from .local_store_update import LocalStoreUpdate
    from .lookback_period_options import LookbackPeriodOptions
    from .match_type import MatchType
    from .match_type_response import MatchTypeResponse
    from .max_price_filter import MaxPriceFilter
    from .media import Media
    from .media_list_response_200 import MediaListResponse200
    from .media_type import MediaType
    from .media_type_filter import MediaTypeFilter
    from .media_upload import MediaUpload
    from .media_upload_create import MediaUploadCreate
    from .media_upload_parameters import MediaUploadParameters
    from .media_upload_status import MediaUploadStatus
    from .media_upload_type import MediaUploadType
    from .member_business_role import MemberBusinessRole
    from .members_to_delete_body import MembersToDeleteBody
    from .members_to_delete_body_members_item import MembersToDeleteBodyMembersItem
    from .metrics import Metrics
    from .metrics_reporting_level import MetricsReportingLevel
    from .metrics_response import MetricsResponse
    from .metrics_response_data_item import MetricsResponseDataItem
    from .min_price_filter import MinPriceFilter
    from .mmm_reporting_column import MMMReportingColumn
    from .mmm_reporting_targeting_type import MMMReportingTargetingType
    from .multi_pins_analytics_app_types import MultiPinsAnalyticsAppTypes
    from .multi_pins_analytics_metric_types_item_type_0 import (
        MultiPinsAnalyticsMetricTypesItemType0,
    )
    from .multi_pins_analytics_metric_types_item_type_1 import (
        MultiPinsAnalyticsMetricTypesItemType1,
    )
    from .non_draft_entity_status import NonDraftEntityStatus
    from .non_nullable_catalogs_currency import NonNullableCatalogsCurrency
    from .non_nullable_product_availability_type import NonNullableProductAvailabilityType
    from .notification import Notification
    from .notification_post_body_type_0_item import NotificationPostBodyType0Item
    from .notification_post_body_type_1 import NotificationPostBodyType1
    from .notification_post_notification_response import NotificationPostNotificationResponse
    from .nullable_catalogs_item_field_type import NullableCatalogsItemFieldType
    from .nullable_currency import NullableCurrency
    from .oauth_access_token_request import OauthAccessTokenRequest
    from .oauth_access_token_request_client_credentials import (
        OauthAccessTokenRequestClientCredentials,
    )
    from .oauth_access_token_request_client_credentials_grant_type import (
        OauthAccessTokenRequestClientCredentialsGrantType,
    )
    from .oauth_access_token_request_code import OauthAccessTokenRequestCode
    from .oauth_access_token_request_code_grant_type import OauthAccessTokenRequestCodeGrantType
    from .oauth_access_token_request_grant_type import OauthAccessTokenRequestGrantType
    from .oauth_access_token_request_refresh import OauthAccessTokenRequestRefresh
    from .oauth_access_token_request_refresh_grant_type import (
        OauthAccessTokenRequestRefreshGrantType,
    )
    from .oauth_access_token_response import OauthAccessTokenResponse
    from .oauth_access_token_response_client_credentials import (
        OauthAccessTokenResponseClientCredentials,
    )
    from .oauth_access_token_response_client_credentials_response_type import (
        OauthAccessTokenResponseClientCredentialsResponseType,
    )
    from .oauth_access_token_response_code import OauthAccessTokenResponseCode
    from .oauth_access_token_response_code_response_type import (
        OauthAccessTokenResponseCodeResponseType,
    )
    from .oauth_access_token_response_integration_refresh import (
        OauthAccessTokenResponseIntegrationRefresh,
    )
    from .oauth_access_token_response_integration_refresh_response_type import (
        OauthAccessTokenResponseIntegrationRefreshResponseType,
    )
    from .oauth_access_token_response_refresh import OauthAccessTokenResponseRefresh
    from .oauth_access_token_response_refresh_response_type import (
        OauthAccessTokenResponseRefreshResponseType,
    )
    from .oauth_access_token_response_response_type import OauthAccessTokenResponseResponseType
    from .objective_type import ObjectiveType
    from .operation_type import OperationType
    from .optimization_goal_metadata import OptimizationGoalMetadata
    from .optimization_goal_metadata_conversion_tag_v3_goal_metadata import (
        OptimizationGoalMetadataConversionTagV3GoalMetadata,
    )
    from .optimization_goal_metadata_conversion_tag_v3_goal_metadata_attribution_windows import (
        OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows,
    )
    from .optimization_goal_metadata_conversion_tag_v3_goal_metadata_conversion_event import (
        OptimizationGoalMetadataConversionTagV3GoalMetadataConversionEvent,
    )
    from .optimization_goal_metadata_conversion_tag_v3_goal_metadata_conversion_learning_mode_type import (
        OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType,
    )
    from .optimization_goal_metadata_frequency_goal_metadata import (
        OptimizationGoalMetadataFrequencyGoalMetadata,
    )
    from .optimization_goal_metadata_frequency_goal_metadata_timerange import (
        OptimizationGoalMetadataFrequencyGoalMetadataTimerange,
    )
    from .optimization_goal_metadata_scrollup_goal_metadata import (
        OptimizationGoalMetadataScrollupGoalMetadata,
    )
    from .order_line import OrderLine
    from .order_line_error import OrderLineError
    from .order_line_paid_type import OrderLinePaidType
    from .order_line_response import OrderLineResponse
    from .order_line_single_response import OrderLineSingleResponse
    from .order_line_status import OrderLineStatus
    from .order_lines import OrderLines
    from .order_lines_array_response import OrderLinesArrayResponse
    from .order_lines_list_order import OrderLinesListOrder
    from .order_lines_list_response_200 import OrderLinesListResponse200
    from .overall_status_options import OverallStatusOptions
    from .pacing_delivery_type import PacingDeliveryType
    from .page_visit_conversion_tags_get_order import PageVisitConversionTagsGetOrder
    from .page_visit_conversion_tags_get_response_200 import PageVisitConversionTagsGetResponse200
    from .paginated import Paginated
    from .paginated_items_item import PaginatedItemsItem
    from .partner_type import PartnerType
    from .permissions import Permissions
    from .permissions_with_owner import PermissionsWithOwner
    from .pin import Pin
    from .pin_analytics_metrics_response import PinAnalyticsMetricsResponse
    from .pin_analytics_metrics_response_daily_metrics_item import (
        PinAnalyticsMetricsResponseDailyMetricsItem,
    )
    from .pin_analytics_metrics_response_daily_metrics_item_metrics import (
        PinAnalyticsMetricsResponseDailyMetricsItemMetrics,
    )
    from .pin_analytics_metrics_response_lifetime_metrics import (
        PinAnalyticsMetricsResponseLifetimeMetrics,
    )
    from .pin_analytics_metrics_response_summary_metrics import (
        PinAnalyticsMetricsResponseSummaryMetrics,
    )
    from .pin_analytics_response import PinAnalyticsResponse
    from .pin_create import PinCreate
    from .pin_media_source_image_base_64 import PinMediaSourceImageBase64
    from .pin_media_source_image_base_64_source_type import PinMediaSourceImageBase64SourceType
    from .pin_media_source_image_url import PinMediaSourceImageURL
    from .pin_media_source_image_url_source_type import PinMediaSourceImageURLSourceType
    from .pin_media_source_images_base_64 import PinMediaSourceImagesBase64
    from .pin_media_source_images_base_64_item import PinMediaSourceImagesBase64Item
    from .pin_media_source_images_base_64_source_type import PinMediaSourceImagesBase64SourceType
    from .pin_media_source_images_url import PinMediaSourceImagesURL
    from .pin_media_source_images_url_item import PinMediaSourceImagesURLItem
    from .pin_media_source_images_url_source_type import PinMediaSourceImagesURLSourceType
    from .pin_media_source_pin_url import PinMediaSourcePinURL
    from .pin_media_source_pin_url_source_type import PinMediaSourcePinURLSourceType
    from .pin_media_source_video_id import PinMediaSourceVideoID
    from .pin_media_source_video_id_source_type import PinMediaSourceVideoIDSourceType
    from .pin_media_with_image import PinMediaWithImage
    from .pin_media_with_image_and_video import PinMediaWithImageAndVideo
    from .pin_media_with_image_and_video_media_type import PinMediaWithImageAndVideoMediaType
    from .pin_media_with_image_media_type import PinMediaWithImageMediaType
    from .pin_media_with_images import PinMediaWithImages
    from .pin_media_with_images_media_type import PinMediaWithImagesMediaType
    from .pin_media_with_video import PinMediaWithVideo
    from .pin_media_with_video_media_type import PinMediaWithVideoMediaType
    from .pin_media_with_videos import PinMediaWithVideos
    from .pin_media_with_videos_media_type import PinMediaWithVideosMediaType
    from .pin_pin_metrics_type_0 import PinPinMetricsType0
    from .pin_promotion_summary_status import PinPromotionSummaryStatus
    from .pin_update import PinUpdate
    from .pins_analytics_app_types import PinsAnalyticsAppTypes
    from .pins_analytics_metric_types_item_type_0 import PinsAnalyticsMetricTypesItemType0
    from .pins_analytics_metric_types_item_type_1 import PinsAnalyticsMetricTypesItemType1
    from .pins_analytics_split_field import PinsAnalyticsSplitField
    from .pins_list_pin_filter import PinsListPinFilter
    from .pins_list_pin_type import PinsListPinType
    from .pins_list_response_200 import PinsListResponse200
    from .pins_save_body import PinsSaveBody
    from .pinterest_lib_error import PinterestLibError
    from .pinterest_lib_pagination_order import PinterestLibPaginationOrder
    from .pinterest_lib_status_204 import PinterestLibStatus204
    from .pinterest_lib_status_204_status_code import PinterestLibStatus204StatusCode
    from .placement_group_type import PlacementGroupType
    from .placement_multipliers import PlacementMultipliers
    from .placement_multipliers_placement import PlacementMultipliersPLACEMENT
    from .price_filter import PriceFilter
    from .price_filter_catalogs_product_group_pricing_currency_criteria import (
        PriceFilterCatalogsProductGroupPricingCurrencyCriteria,
    )
    from .price_filter_catalogs_product_group_pricing_currency_criteria_operator import (
        PriceFilterCatalogsProductGroupPricingCurrencyCriteriaOperator,
    )
    from .product_availability_type import ProductAvailabilityType
    from .product_categories_demographic import ProductCategoriesDemographic
    from .product_categories_demographic_age import ProductCategoriesDemographicAge
    from .product_categories_engagement_type import ProductCategoriesEngagementType
    from .product_categories_metrics_highlights import ProductCategoriesMetricsHighlights
    from .product_category_detail_lookback_window import ProductCategoryDetailLookbackWindow
    from .product_category_details import ProductCategoryDetails
    from .product_category_details_predicted_time_series import (
        ProductCategoryDetailsPredictedTimeSeries,
    )
    from .product_category_details_time_series import ProductCategoryDetailsTimeSeries
    from .product_category_enum import ProductCategoryEnum
    from .product_category_region import ProductCategoryRegion
    from .product_group_analytics_response_item import ProductGroupAnalyticsResponseItem
    from .product_group_promotion import ProductGroupPromotion
    from .product_group_promotion_collections_header_type_type_1 import (
        ProductGroupPromotionCollectionsHeaderTypeType1,
    )
    from .product_group_promotion_collections_header_type_type_2_type_1 import (
        ProductGroupPromotionCollectionsHeaderTypeType2Type1,
    )
    from .product_group_promotion_collections_header_type_type_3_type_1 import (
        ProductGroupPromotionCollectionsHeaderTypeType3Type1,
    )
    from .product_group_promotion_create_request import ProductGroupPromotionCreateRequest
    from .product_group_promotion_customizable_cta_type_type_1 import (
        ProductGroupPromotionCustomizableCtaTypeType1,
    )
    from .product_group_promotion_customizable_cta_type_type_2_type_1 import (
        ProductGroupPromotionCustomizableCtaTypeType2Type1,
    )
    from .product_group_promotion_customizable_cta_type_type_3_type_1 import (
        ProductGroupPromotionCustomizableCtaTypeType3Type1,
    )
    from .product_group_promotion_preferred_media_type_type_1 import (
        ProductGroupPromotionPreferredMediaTypeType1,
    )
    from .product_group_promotion_preferred_media_type_type_2_type_1 import (
        ProductGroupPromotionPreferredMediaTypeType2Type1,
    )
    from .product_group_promotion_preferred_media_type_type_3_type_1 import (
        ProductGroupPromotionPreferredMediaTypeType3Type1,
    )
    from .product_group_promotion_response import ProductGroupPromotionResponse
    from .product_group_promotion_response_item import ProductGroupPromotionResponseItem
    from .product_group_promotion_update_request import ProductGroupPromotionUpdateRequest
    from .product_group_promotions_list_entity_statuses_item import (
        ProductGroupPromotionsListEntityStatusesItem,
    )
    from .product_group_promotions_list_order import ProductGroupPromotionsListOrder
    from .product_group_promotions_list_response_200 import ProductGroupPromotionsListResponse200
    from .product_group_reference_filter import ProductGroupReferenceFilter
    from .product_group_summary_status import ProductGroupSummaryStatus
    from .product_groups_analytics_click_window_days import ProductGroupsAnalyticsClickWindowDays
    from .product_groups_analytics_columns_item import ProductGroupsAnalyticsColumnsItem
    from .product_groups_analytics_conversion_report_time import (
        ProductGroupsAnalyticsConversionReportTime,
    )
    from .product_groups_analytics_engagement_window_days import (
        ProductGroupsAnalyticsEngagementWindowDays,
    )
    from .product_groups_analytics_view_window_days import ProductGroupsAnalyticsViewWindowDays
    from .product_type_0_filter import ProductType0Filter
    from .product_type_1_filter import ProductType1Filter
    from .product_type_2_filter import ProductType2Filter
    from .product_type_3_filter import ProductType3Filter
    from .product_type_4_filter import ProductType4Filter
    from .products_by_product_group_filter_list_response_200 import (
        ProductsByProductGroupFilterListResponse200,
    )
    from .promotion_array_element import PromotionArrayElement
    from .promotion_common import PromotionCommon
    from .promotion_common_discount_status import PromotionCommonDiscountStatus
    from .promotion_create_request import PromotionCreateRequest
    from .promotion_response import PromotionResponse
    from .promotion_template_value import PromotionTemplateValue
    from .promotion_type import PromotionType
    from .promotion_update_request import PromotionUpdateRequest
    from .promotions_list_order import PromotionsListOrder
    from .promotions_list_response_200 import PromotionsListResponse200
    from .promotions_response import PromotionsResponse
    from .quality_component_details import QualityComponentDetails
    from .quality_component_issue import QualityComponentIssue
    from .quality_components import QualityComponents
    from .quality_components_advertiser_external_id import QualityComponentsAdvertiserExternalId
    from .quality_components_click_id_epik import QualityComponentsClickIdEpik
    from .quality_components_external_event_id import QualityComponentsExternalEventId
    from .quality_components_hashed_email import QualityComponentsHashedEmail
    from .quality_components_hashed_maid import QualityComponentsHashedMaid
    from .quality_components_ip_address import QualityComponentsIpAddress
    from .quality_components_order_id import QualityComponentsOrderId
    from .quality_components_order_value import QualityComponentsOrderValue
    from .quality_components_product_id import QualityComponentsProductId
    from .quality_components_source_url import QualityComponentsSourceUrl
    from .quality_components_user_agent import QualityComponentsUserAgent
    from .quiz_pin_data import QuizPinData
    from .quiz_pin_data_tie_breaker_type import QuizPinDataTieBreakerType
    from .quiz_pin_option import QuizPinOption
    from .quiz_pin_question import QuizPinQuestion
    from .quiz_pin_result import QuizPinResult
    from .related_terms import RelatedTerms
    from .related_terms_related_terms_list_item import RelatedTermsRelatedTermsListItem
    from .reporting_column_async import ReportingColumnAsync
    from .reporting_time_zone import ReportingTimeZone
    from .reports_stats_response_200 import ReportsStatsResponse200
    from .respond_to_invites_response_array import RespondToInvitesResponseArray
    from .respond_to_invites_response_array_items_item import RespondToInvitesResponseArrayItemsItem
    from .role import Role
    from .s3_file_part import S3FilePart
    from .s3_multipart_upload_data import S3MultipartUploadData
    from .search_partner_pins_response_200 import SearchPartnerPinsResponse200
    from .search_user_boards_get_response_200 import SearchUserBoardsGetResponse200
    from .search_user_pins_list_response_200 import SearchUserPinsListResponse200
    from .shared_audience import SharedAudience
    from .shared_audience_account import SharedAudienceAccount
    from .shared_audience_account_account_type import SharedAudienceAccountAccountType
    from .shared_audience_common import SharedAudienceCommon
    from .shared_audience_response import SharedAudienceResponse
    from .shared_audience_response_common import SharedAudienceResponseCommon
    from .shared_audiences_for_business_list_order import SharedAudiencesForBusinessListOrder
    from .shared_audiences_for_business_list_response_200 import (
        SharedAudiencesForBusinessListResponse200,
    )
    from .single_interest_targeting_option_response import SingleInterestTargetingOptionResponse
    from .source_platform_options import SourcePlatformOptions
    from .ssio_account_address import SSIOAccountAddress
    from .ssio_account_item import SSIOAccountItem
    from .ssio_account_pmp_name import SSIOAccountPMPName
    from .ssio_account_response import SSIOAccountResponse
    from .ssio_create_insertion_order_request import SSIOCreateInsertionOrderRequest
    from .ssio_create_insertion_order_request_order_line_type import (
        SSIOCreateInsertionOrderRequestOrderLineType,
    )
    from .ssio_create_insertion_order_response import SSIOCreateInsertionOrderResponse
    from .ssio_edit_insertion_order_request import SSIOEditInsertionOrderRequest
    from .ssio_edit_insertion_order_response import SSIOEditInsertionOrderResponse
    from .ssio_insertion_order_common import SSIOInsertionOrderCommon
    from .ssio_insertion_order_status import SSIOInsertionOrderStatus
    from .ssio_insertion_orders_status_get_by_ad_account_response_200 import (
        SsioInsertionOrdersStatusGetByAdAccountResponse200,
    )
    from .ssio_order_line import SSIOOrderLine
    from .ssio_order_lines_get_by_ad_account_response_200 import (
        SsioOrderLinesGetByAdAccountResponse200,
    )
    from .summary_pin import SummaryPin
    from .system_user_update_body import SystemUserUpdateBody
    from .targeting_advertiser_country import TargetingAdvertiserCountry
    from .targeting_option_response_type_0_item import TargetingOptionResponseType0Item
    from .targeting_options_get_public_targeting_type import TargetingOptionsGetPublicTargetingType
    from .targeting_spec import TargetingSpec
    from .targeting_spec_age_bucket import TargetingSpecAgeBucket
    from .targeting_spec_app_type import TargetingSpecAppType
    from .targeting_spec_gender import TargetingSpecGender
    from .targeting_spec_operation_age_bucket import TargetingSpecOperationAgeBucket
    from .targeting_spec_operation_age_bucket_field import TargetingSpecOperationAgeBucketField
    from .targeting_spec_operation_age_bucket_operation import (
        TargetingSpecOperationAgeBucketOperation,
    )
    from .targeting_spec_operation_app_type import TargetingSpecOperationAppType
    from .targeting_spec_operation_app_type_field import TargetingSpecOperationAppTypeField
    from .targeting_spec_operation_app_type_operation import TargetingSpecOperationAppTypeOperation
    from .targeting_spec_operation_gender import TargetingSpecOperationGender
    from .targeting_spec_operation_gender_field import TargetingSpecOperationGenderField
    from .targeting_spec_operation_gender_operation import TargetingSpecOperationGenderOperation
    from .targeting_spec_operation_list import TargetingSpecOperationList
    from .targeting_spec_operation_list_operation import TargetingSpecOperationListOperation
    from .targeting_spec_operation_min_max_age import TargetingSpecOperationMinMaxAge
    from .targeting_spec_operation_min_max_age_field import TargetingSpecOperationMinMaxAgeField
    from .targeting_spec_operation_min_max_age_operation import (
        TargetingSpecOperationMinMaxAgeOperation,
    )
    from .targeting_spec_operation_shopping_retargeting import (
        TargetingSpecOperationShoppingRetargeting,
    )
    from .targeting_spec_operation_shopping_retargeting_field import (
        TargetingSpecOperationShoppingRetargetingField,
    )
    from .targeting_spec_operation_shopping_retargeting_operation import (
        TargetingSpecOperationShoppingRetargetingOperation,
    )
    from .targeting_spec_operation_string import TargetingSpecOperationString
    from .targeting_spec_operation_string_operation import TargetingSpecOperationStringOperation
    from .targeting_spec_shopping_retargeting import TargetingSpecShoppingRetargeting
    from .targeting_spec_targetingstrategy_type_0_item import (
        TargetingSpecTARGETINGSTRATEGYType0Item,
    )
    from .targeting_template_audience_sizing import TargetingTemplateAudienceSizing
    from .targeting_template_audience_sizing_reach_estimate import (
        TargetingTemplateAudienceSizingReachEstimate,
    )
    from .targeting_template_common import TargetingTemplateCommon
    from .targeting_template_create import TargetingTemplateCreate
    from .targeting_template_get_response_data import TargetingTemplateGetResponseData
    from .targeting_template_keyword import TargetingTemplateKeyword
    from .targeting_template_list_order import TargetingTemplateListOrder
    from .targeting_template_list_response_200 import TargetingTemplateListResponse200
    from .targeting_template_response_data import TargetingTemplateResponseData
    from .targeting_template_update_request import TargetingTemplateUpdateRequest
    from .targeting_template_update_request_operation_type import (
        TargetingTemplateUpdateRequestOperationType,
    )
    from .targeting_type_filter import TargetingTypeFilter
    from .targeting_type_filter_targeting_types_item import TargetingTypeFilterTargetingTypesItem
    from .template_based_report import TemplateBasedReport
    from .template_response import TemplateResponse
    from .template_response_columns_item import TemplateResponseColumnsItem
    from .template_response_conversion_report_time_type import (
        TemplateResponseConversionReportTimeType,
    )
    from .template_response_creation_source import TemplateResponseCreationSource
    from .template_response_date_range import TemplateResponseDateRange
    from .template_response_date_range_absolute_date_range_type_0 import (
        TemplateResponseDateRangeAbsoluteDateRangeType0,
    )
    from .template_response_date_range_dynamic_date_range_type_0 import (
        TemplateResponseDateRangeDynamicDateRangeType0,
    )
    from .template_response_date_range_dynamic_date_range_type_0_range import (
        TemplateResponseDateRangeDynamicDateRangeType0Range,
    )
    from .template_response_date_range_relative_date_range_type_0 import (
        TemplateResponseDateRangeRelativeDateRangeType0,
    )
    from .template_response_ingestion_sources_type_0_item import (
        TemplateResponseIngestionSourcesType0Item,
    )
    from .templates_list_order import TemplatesListOrder
    from .templates_list_response_200 import TemplatesListResponse200
    from .terms_of_service import TermsOfService
    from .title_keywords_filter import TitleKeywordsFilter
    from .token_revocation_request import TokenRevocationRequest
    from .token_revocation_request_token_type_hint import TokenRevocationRequestTokenTypeHint
    from .top_pins_analytics_response import TopPinsAnalyticsResponse
    from .top_pins_analytics_response_date_availability import (
        TopPinsAnalyticsResponseDateAvailability,
    )
    from .top_pins_analytics_response_pins_item import TopPinsAnalyticsResponsePinsItem
    from .top_pins_analytics_response_pins_item_data_status import (
        TopPinsAnalyticsResponsePinsItemDataStatus,
    )
    from .top_pins_analytics_response_sort_by import TopPinsAnalyticsResponseSortBy
    from .top_video_pins_analytics_response import TopVideoPinsAnalyticsResponse
    from .top_video_pins_analytics_response_date_availability import (
        TopVideoPinsAnalyticsResponseDateAvailability,
    )
    from .top_video_pins_analytics_response_pins_item import TopVideoPinsAnalyticsResponsePinsItem
    from .top_video_pins_analytics_response_pins_item_data_status import (
        TopVideoPinsAnalyticsResponsePinsItemDataStatus,
    )
    from .top_video_pins_analytics_response_pins_item_metrics import (
        TopVideoPinsAnalyticsResponsePinsItemMetrics,
    )
    from .top_video_pins_analytics_response_sort_by import TopVideoPinsAnalyticsResponseSortBy
    from .tracking_urls import TrackingUrls
    from .trend_type import TrendType
    from .trending_keywords_response import TrendingKeywordsResponse
    from .trending_keywords_response_trending_keyword import TrendingKeywordsResponseTrendingKeyword
    from .trending_keywords_response_trending_keyword_demographics_type_0 import (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0,
    )
    from .trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0 import (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0,
    )
    from .trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0_age_distribution import (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0AgeDistribution,
    )
    from .trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0 import (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0,
    )
    from .trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0_gender_distribution import (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0GenderDistribution,
    )
    from .trending_keywords_response_trending_keyword_predicted_time_series import (
        TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries,
    )
    from .trending_keywords_response_trending_keyword_time_series import (
        TrendingKeywordsResponseTrendingKeywordTimeSeries,
    )
    from .trending_pin import TrendingPin
    from .trending_product_category import TrendingProductCategory
    from .trending_topic import TrendingTopic
    from .trending_topic_time_series import TrendingTopicTimeSeries
    from .trends_supported_region import TrendsSupportedRegion
    from .updatable_item_attributes import UpdatableItemAttributes
    from .update_asset_group_body import UpdateAssetGroupBody
    from .update_asset_group_body_asset_groups_to_update_item import (
        UpdateAssetGroupBodyAssetGroupsToUpdateItem,
    )
    from .update_asset_group_response import UpdateAssetGroupResponse
    from .update_asset_group_response_exceptions_type_0_item import (
        UpdateAssetGroupResponseExceptionsType0Item,
    )
    from .update_invites_results_response_array import UpdateInvitesResultsResponseArray
    from .update_invites_results_response_array_items_item import (
        UpdateInvitesResultsResponseArrayItemsItem,
    )
    from .update_mask_bid_option_field import UpdateMaskBidOptionField
    from .update_mask_field_type import UpdateMaskFieldType
    from .update_member_asset_access_body import UpdateMemberAssetAccessBody
    from .update_member_asset_access_body_accesses_item import (
        UpdateMemberAssetAccessBodyAccessesItem,
    )
    from .update_member_assets_results_response_array import UpdateMemberAssetsResultsResponseArray
    from .update_member_assets_results_response_array_items_item import (
        UpdateMemberAssetsResultsResponseArrayItemsItem,
    )
    from .update_member_business_role_body import UpdateMemberBusinessRoleBody
    from .update_member_result import UpdateMemberResult
    from .update_member_results_response_array import UpdateMemberResultsResponseArray
    from .update_partner_asset_access_body import UpdatePartnerAssetAccessBody
    from .update_partner_asset_access_body_accesses_item import (
        UpdatePartnerAssetAccessBodyAccessesItem,
    )
    from .update_partner_assets_result import UpdatePartnerAssetsResult
    from .update_partner_assets_results_response_array import (
        UpdatePartnerAssetsResultsResponseArray,
    )
    from .update_partner_results_response_array import UpdatePartnerResultsResponseArray
    from .update_partner_results_response_array_items_item import (
        UpdatePartnerResultsResponseArrayItemsItem,
    )
    from .user_account_analytics_app_types import UserAccountAnalyticsAppTypes
    from .user_account_analytics_content_type import UserAccountAnalyticsContentType
    from .user_account_analytics_from_claimed_content import UserAccountAnalyticsFromClaimedContent
    from .user_account_analytics_metric_types_item import UserAccountAnalyticsMetricTypesItem
    from .user_account_analytics_pin_format import UserAccountAnalyticsPinFormat
    from .user_account_analytics_source import UserAccountAnalyticsSource
    from .user_account_analytics_split_field import UserAccountAnalyticsSplitField
    from .user_account_analytics_top_pins_app_types import UserAccountAnalyticsTopPinsAppTypes
    from .user_account_analytics_top_pins_content_type import UserAccountAnalyticsTopPinsContentType
    from .user_account_analytics_top_pins_created_in_last_n_days import (
        UserAccountAnalyticsTopPinsCreatedInLastNDays,
    )
    from .user_account_analytics_top_pins_from_claimed_content import (
        UserAccountAnalyticsTopPinsFromClaimedContent,
    )
    from .user_account_analytics_top_pins_metric_types_item import (
        UserAccountAnalyticsTopPinsMetricTypesItem,
    )
    from .user_account_analytics_top_pins_pin_format import UserAccountAnalyticsTopPinsPinFormat
    from .user_account_analytics_top_pins_sort_by import UserAccountAnalyticsTopPinsSortBy
    from .user_account_analytics_top_pins_source import UserAccountAnalyticsTopPinsSource
    from .user_account_analytics_top_video_pins_app_types import (
        UserAccountAnalyticsTopVideoPinsAppTypes,
    )
    from .user_account_analytics_top_video_pins_content_type import (
        UserAccountAnalyticsTopVideoPinsContentType,
    )
    from .user_account_analytics_top_video_pins_created_in_last_n_days import (
        UserAccountAnalyticsTopVideoPinsCreatedInLastNDays,
    )
    from .user_account_analytics_top_video_pins_from_claimed_content import (
        UserAccountAnalyticsTopVideoPinsFromClaimedContent,
    )
    from .user_account_analytics_top_video_pins_metric_types_item import (
        UserAccountAnalyticsTopVideoPinsMetricTypesItem,
    )
    from .user_account_analytics_top_video_pins_pin_format import (
        UserAccountAnalyticsTopVideoPinsPinFormat,
    )
    from .user_account_analytics_top_video_pins_sort_by import (
        UserAccountAnalyticsTopVideoPinsSortBy,
    )
    from .user_account_analytics_top_video_pins_source import UserAccountAnalyticsTopVideoPinsSource
    from .user_account_followed_interests_response_200 import (
        UserAccountFollowedInterestsResponse200,
    )
    from .user_business_role_binding import UserBusinessRoleBinding
    from .user_following_feed_type import UserFollowingFeedType
    from .user_following_get_response_200 import UserFollowingGetResponse200
    from .user_list_operation_type import UserListOperationType
    from .user_list_type import UserListType
    from .user_single_asset_binding import UserSingleAssetBinding
    from .user_summary import UserSummary
    from .user_website_summary import UserWebsiteSummary
    from .user_website_verification_code import UserWebsiteVerificationCode
    from .user_website_verify_request import UserWebsiteVerifyRequest
    from .user_website_verify_request_verification_method import (
        UserWebsiteVerifyRequestVerificationMethod,
    )
    from .user_websites_get_response_200 import UserWebsitesGetResponse200
    from .users_for_individual_asset_response import UsersForIndividualAssetResponse
    from .vertical_product_category import VerticalProductCategory
    from .video_metadata_with_item_type import VideoMetadataWithItemType

_MODULE_BY_NAME: dict[str, str] = {
    "Account": ".account",
    "AccountAccountType": ".account_account_type",
    "ActionType": ".action_type",
    "AdAccount": ".ad_account",
    "AdAccountAnalyticsClickWindowDays": ".ad_account_analytics_click_window_days",
    "AdAccountAnalyticsColumnsItem": ".ad_account_analytics_columns_item",
    "AdAccountAnalyticsConversionReportTime": ".ad_account_analytics_conversion_report_time",
    "AdAccountAnalyticsEngagementWindowDays": ".ad_account_analytics_engagement_window_days",
    "AdAccountAnalyticsResponseItem": ".ad_account_analytics_response_item",
    "AdAccountAnalyticsViewWindowDays": ".ad_account_analytics_view_window_days",
    "AdAccountCreate": ".ad_account_create",
    "AdAccountCreateSubscriptionRequest": ".ad_account_create_subscription_request",
    "AdAccountCreateSubscriptionRequestPartnerMetadata": ".ad_account_create_subscription_request_partner_metadata",
    "AdAccountCreateSubscriptionResponse": ".ad_account_create_subscription_response",
    "AdAccountGetSubscriptionResponse": ".ad_account_get_subscription_response",
    "AdAccountOwner": ".ad_account_owner",
    "AdAccountTargetingAnalyticsGetClickWindowDays": ".ad_account_targeting_analytics_get_click_window_days",
    "AdAccountTargetingAnalyticsGetColumnsItem": ".ad_account_targeting_analytics_get_columns_item",
    "AdAccountTargetingAnalyticsGetConversionReportTime": ".ad_account_targeting_analytics_get_conversion_report_time",
    "AdAccountTargetingAnalyticsGetEngagementWindowDays": ".ad_account_targeting_analytics_get_engagement_window_days",
    "AdAccountTargetingAnalyticsGetViewWindowDays": ".ad_account_targeting_analytics_get_view_window_days",
    "AdAccountsAudiencesSharedAccountsListResponse200": ".ad_accounts_audiences_shared_accounts_list_response_200",
    "AdAccountsCountryResponse": ".ad_accounts_country_response",
    "AdAccountsCountryResponseData": ".ad_accounts_country_response_data",
    "AdAccountsListResponse200": ".ad_accounts_list_response_200",
    "AdAccountsSubscriptionsGetListResponse200": ".ad_accounts_subscriptions_get_list_response_200",
    "AdArrayResponse": ".ad_array_response",
    "AdArrayResponseElement": ".ad_array_response_element",
    "AdCommon": ".ad_common",
    "AdCountry": ".ad_country",
    "AdCreateRequest": ".ad_create_request",
    "AdGroupArrayResponse": ".ad_group_array_response",
    "AdGroupArrayResponseElement": ".ad_group_array_response_element",
    "AdGroupAudienceSizingRequest": ".ad_group_audience_sizing_request",
    "AdGroupAudienceSizingRequestCreativeTypesType0Item": ".ad_group_audience_sizing_request_creative_types_type_0_item",
    "AdGroupAudienceSizingRequestKeywordsType0Item": ".ad_group_audience_sizing_request_keywords_type_0_item",
    "AdGroupAudienceSizingResponse": ".ad_group_audience_sizing_response",
    "AdGroupCommon": ".ad_group_common",
    "AdGroupCommonBidStrategyType": ".ad_group_common_bid_strategy_type",
    "AdGroupCommonPromotionApplicationLevelType1": ".ad_group_common_promotion_application_level_type_1",
    "AdGroupCommonPromotionApplicationLevelType2Type1": ".ad_group_common_promotion_application_level_type_2_type_1",
    "AdGroupCommonPromotionApplicationLevelType3Type1": ".ad_group_common_promotion_application_level_type_3_type_1",
    "AdGroupCreateRequest": ".ad_group_create_request",
    "AdGroupCreateRequestBidStrategyType": ".ad_group_create_request_bid_strategy_type",
    "AdGroupCreateRequestPromotionApplicationLevelType1": ".ad_group_create_request_promotion_application_level_type_1",
    "AdGroupCreateRequestPromotionApplicationLevelType2Type1": ".ad_group_create_request_promotion_application_level_type_2_type_1",
    "AdGroupCreateRequestPromotionApplicationLevelType3Type1": ".ad_group_create_request_promotion_application_level_type_3_type_1",
    "AdGroupIdFilter": ".ad_group_id_filter",
    "AdGroupResponse": ".ad_group_response",
    "AdGroupResponseConversionLearningModeTypeType1": ".ad_group_response_conversion_learning_mode_type_type_1",
    "AdGroupResponseConversionLearningModeTypeType2Type1": ".ad_group_response_conversion_learning_mode_type_type_2_type_1",
    "AdGroupResponseConversionLearningModeTypeType3Type1": ".ad_group_response_conversion_learning_mode_type_type_3_type_1",
    "AdGroupSummaryStatus": ".ad_group_summary_status",
    "AdGroupUpdateRequest": ".ad_group_update_request",
    "AdGroupsAnalyticsClickWindowDays": ".ad_groups_analytics_click_window_days",
    "AdGroupsAnalyticsColumnsItem": ".ad_groups_analytics_columns_item",
    "AdGroupsAnalyticsConversionReportTime": ".ad_groups_analytics_conversion_report_time",
    "AdGroupsAnalyticsEngagementWindowDays": ".ad_groups_analytics_engagement_window_days",
    "AdGroupsAnalyticsResponseItem": ".ad_groups_analytics_response_item",
    "AdGroupsAnalyticsViewWindowDays": ".ad_groups_analytics_view_window_days",
    "AdGroupsListEntityStatusesItem": ".ad_groups_list_entity_statuses_item",
    "AdGroupsListOrder": ".ad_groups_list_order",
    "AdGroupsListResponse200": ".ad_groups_list_response_200",
    "AdGroupsTargetingAnalyticsGetClickWindowDays": ".ad_groups_targeting_analytics_get_click_window_days",
    "AdGroupsTargetingAnalyticsGetColumnsItem": ".ad_groups_targeting_analytics_get_columns_item",
    "AdGroupsTargetingAnalyticsGetConversionReportTime": ".ad_groups_targeting_analytics_get_conversion_report_time",
    "AdGroupsTargetingAnalyticsGetEngagementWindowDays": ".ad_groups_targeting_analytics_get_engagement_window_days",
    "AdGroupsTargetingAnalyticsGetViewWindowDays": ".ad_groups_targeting_analytics_get_view_window_days",
    "AdPinAnalytics": ".ad_pin_analytics",
    "AdPinId": ".ad_pin_id",
    "AdPinsAnalyticsClickWindowDays": ".ad_pins_analytics_click_window_days",
    "AdPinsAnalyticsColumnsItem": ".ad_pins_analytics_columns_item",
    "AdPinsAnalyticsConversionReportTime": ".ad_pins_analytics_conversion_report_time",
    "AdPinsAnalyticsEngagementWindowDays": ".ad_pins_analytics_engagement_window_days",
    "AdPinsAnalyticsViewWindowDays": ".ad_pins_analytics_view_window_days",
    "AdPreviewRequestAdPreviewCreateFromImage": ".ad_preview_request_ad_preview_create_from_image",
    "AdPreviewRequestAdPreviewCreateFromPin": ".ad_preview_request_ad_preview_create_from_pin",
    "AdPreviewRequestAdPreviewShopping": ".ad_preview_request_ad_preview_shopping",
    "AdPreviewRequestAdPreviewShoppingCreativeType": ".ad_preview_request_ad_preview_shopping_creative_type",
    "AdPreviewRequestAdPreviewShoppingPreferredMediaType": ".ad_preview_request_ad_preview_shopping_preferred_media_type",
    "AdPreviewURLResponse": ".ad_preview_url_response",
    "AdResponse": ".ad_response",
    "AdResponseRejectedReasonsItem": ".ad_response_rejected_reasons_item",
    "AdResponseReviewStatus": ".ad_response_review_status",
    "AdTargetingAnalyticsGetClickWindowDays": ".ad_targeting_analytics_get_click_window_days",
    "AdTargetingAnalyticsGetColumnsItem": ".ad_targeting_analytics_get_columns_item",
    "AdTargetingAnalyticsGetConversionReportTime": ".ad_targeting_analytics_get_conversion_report_time",
    "AdTargetingAnalyticsGetEngagementWindowDays": ".ad_targeting_analytics_get_engagement_window_days",
    "AdTargetingAnalyticsGetViewWindowDays": ".ad_targeting_analytics_get_view_window_days",
    "AdUpdateRequest": ".ad_update_request",
    "AdsAnalyticsAdGroupTargetingType": ".ads_analytics_ad_group_targeting_type",
    "AdsAnalyticsAdTargetingType": ".ads_analytics_ad_targeting_type",
    "AdsAnalyticsCampaignTargetingType": ".ads_analytics_campaign_targeting_type",
    "AdsAnalyticsClickWindowDays": ".ads_analytics_click_window_days",
    "AdsAnalyticsColumnsItem": ".ads_analytics_columns_item",
    "AdsAnalyticsConversionReportTime": ".ads_analytics_conversion_report_time",
    "AdsAnalyticsCreateAsyncRequest": ".ads_analytics_create_async_request",
    "AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem": ".ads_analytics_create_async_request_custom_conversion_event_metrics_item",
    "AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItemCustomEventMetricsType": ".ads_analytics_create_async_request_custom_conversion_event_metrics_item_custom_event_metrics_type",
    "AdsAnalyticsCreateAsyncResponse": ".ads_analytics_create_async_response",
    "AdsAnalyticsEngagementWindowDays": ".ads_analytics_engagement_window_days",
    "AdsAnalyticsFilterColumn": ".ads_analytics_filter_column",
    "AdsAnalyticsFilterOperator": ".ads_analytics_filter_operator",
    "AdsAnalyticsGetAsyncResponse": ".ads_analytics_get_async_response",
    "AdsAnalyticsMetricsFilter": ".ads_analytics_metrics_filter",
    "AdsAnalyticsResponseItem": ".ads_analytics_response_item",
    "AdsAnalyticsTargetingType": ".ads_analytics_targeting_type",
    "AdsAnalyticsViewWindowDays": ".ads_analytics_view_window_days",
    "AdsCreditDiscountsResponse": ".ads_credit_discounts_response",
    "AdsCreditDiscountsResponseDiscountTypeType1": ".ads_credit_discounts_response_discount_type_type_1",
    "AdsCreditDiscountsResponseDiscountTypeType2Type1": ".ads_credit_discounts_response_discount_type_type_2_type_1",
    "AdsCreditDiscountsResponseDiscountTypeType3Type1": ".ads_credit_discounts_response_discount_type_type_3_type_1",
    "AdsCreditRedeemRequest": ".ads_credit_redeem_request",
    "AdsCreditRedeemResponse": ".ads_credit_redeem_response",
    "AdsCreditsDiscountsGetResponse200": ".ads_credits_discounts_get_response_200",
    "AdsListEntityStatusesItem": ".ads_list_entity_statuses_item",
    "AdsListOrder": ".ads_list_order",
    "AdsListResponse200": ".ads_list_response_200",
    "AdvancedAuctionBidOptions": ".advanced_auction_bid_options",
    "AdvancedAuctionItem": ".advanced_auction_item",
    "AdvancedAuctionItems": ".advanced_auction_items",
    "AdvancedAuctionItemsGetRequest": ".advanced_auction_items_get_request",
    "AdvancedAuctionItemsSubmitDeleteRecord": ".advanced_auction_items_submit_delete_record",
    "AdvancedAuctionItemsSubmitRequest": ".advanced_auction_items_submit_request",
    "AdvancedAuctionItemsSubmitUpsertRecord": ".advanced_auction_items_submit_upsert_record",
    "AdvancedAuctionKey": ".advanced_auction_key",
    "AdvancedAuctionOperation": ".advanced_auction_operation",
    "AdvancedAuctionOperationError": ".advanced_auction_operation_error",
    "AdvancedAuctionProcessedItems": ".advanced_auction_processed_items",
    "AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponse": ".advertiser_defined_events_get_advertiser_defined_events_response",
    "AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEvent": ".advertiser_defined_events_get_advertiser_defined_events_response_advertiser_defined_event",
    "AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0": ".advertiser_defined_events_get_advertiser_defined_events_response_advertiser_defined_event_mapped_conversion_type_type_0",
    "AgeBucketListItem": ".age_bucket_list_item",
    "AgeTrendsBucket": ".age_trends_bucket",
    "AmazonConnectRequest": ".amazon_connect_request",
    "AnalyticsDailyMetrics": ".analytics_daily_metrics",
    "AnalyticsMetricsResponse": ".analytics_metrics_response",
    "AnalyticsMetricsResponseSummaryMetrics": ".analytics_metrics_response_summary_metrics",
    "AnalyticsResponse": ".analytics_response",
    "AppTypeMultipliers": ".app_type_multipliers",
    "AppTypeMultipliersAPPTYPE": ".app_type_multipliers_apptype",
    "AssetGroupBinding": ".asset_group_binding",
    "AssetGroupType": ".asset_group_type",
    "AssetIdPermissions": ".asset_id_permissions",
    "AssetIdToPermissions": ".asset_id_to_permissions",
    "Audience": ".audience",
    "AudienceAccountType": ".audience_account_type",
    "AudienceCategory": ".audience_category",
    "AudienceCategoryAudienceSubcategory": ".audience_category_audience_subcategory",
    "AudienceCommon": ".audience_common",
    "AudienceCreateRequest": ".audience_create_request",
    "AudienceDefinition": ".audience_definition",
    "AudienceDefinitionResponse": ".audience_definition_response",
    "AudienceDefinitionScope": ".audience_definition_scope",
    "AudienceDefinitionScopeScope": ".audience_definition_scope_scope",
    "AudienceDefinitionType": ".audience_definition_type",
    "AudienceDefinitionTypeScope": ".audience_definition_type_scope",
    "AudienceDemographicValue": ".audience_demographic_value",
    "AudienceDemographics": ".audience_demographics",
    "AudienceInsightCategoryArrayResponse": ".audience_insight_category_array_response",
    "AudienceInsightCategoryCommon": ".audience_insight_category_common",
    "AudienceInsightType": ".audience_insight_type",
    "AudienceInsightsResponse": ".audience_insights_response",
    "AudienceRule": ".audience_rule",
    "AudienceRuleEventSource": ".audience_rule_event_source",
    "AudienceRuleIngestionSource": ".audience_rule_ingestion_source",
    "AudienceShareType": ".audience_share_type",
    "AudienceType": ".audience_type",
    "AudienceUpdateOperationType": ".audience_update_operation_type",
    "AudienceUpdateRequest": ".audience_update_request",
    "AudiencesListOrder": ".audiences_list_order",
    "AudiencesListOwnershipType": ".audiences_list_ownership_type",
    "AudiencesListResponse200": ".audiences_list_response_200",
    "AuthRespondInvitesBody": ".auth_respond_invites_body",
    "AuthRespondInvitesBodyInvitesItem": ".auth_respond_invites_body_invites_item",
    "AuthRespondInvitesBodyInvitesItemAction": ".auth_respond_invites_body_invites_item_action",
    "AvailabilityFilter": ".availability_filter",
    "BaseInviteDataResponse": ".base_invite_data_response",
    "BaseInviteDataResponseInviteData": ".base_invite_data_response_invite_data",
    "BatchOperation": ".batch_operation",
    "BatchOperationStatus": ".batch_operation_status",
    "BidFloor": ".bid_floor",
    "BidFloorRequest": ".bid_floor_request",
    "BidFloorRequestBidFloorSpec": ".bid_floor_request_bid_floor_spec",
    "BillingInvoiceDownloadResponse": ".billing_invoice_download_response",
    "BillingInvoiceResponse": ".billing_invoice_response",
    "BillingInvoiceResponseDocumentType": ".billing_invoice_response_document_type",
    "BillingInvoiceResponseStatus": ".billing_invoice_response_status",
    "BillingInvoicesGetDocumentType": ".billing_invoices_get_document_type",
    "BillingInvoicesGetOrder": ".billing_invoices_get_order",
    "BillingInvoicesGetResponse200": ".billing_invoices_get_response_200",
    "BillingInvoicesGetSort": ".billing_invoices_get_sort",
    "BillingInvoicesGetStatus": ".billing_invoices_get_status",
    "BillingProfilesGetResponse200": ".billing_profiles_get_response_200",
    "BillingProfilesResponse": ".billing_profiles_response",
    "BillingProfilesResponseBillingType": ".billing_profiles_response_billing_type",
    "BillingProfilesResponseCardType": ".billing_profiles_response_card_type",
    "BillingProfilesResponsePaymentMethodBrand": ".billing_profiles_response_payment_method_brand",
    "BillingProfilesResponseStatus": ".billing_profiles_response_status",
    "Board": ".board",
    "BoardBase": ".board_base",
    "BoardCreate": ".board_create",
    "BoardMedia": ".board_media",
    "BoardOwner": ".board_owner",
    "BoardPrivacy": ".board_privacy",
    "BoardPrivacyFilter": ".board_privacy_filter",
    "BoardSection": ".board_section",
    "BoardSectionsListPinsResponse200": ".board_sections_list_pins_response_200",
    "BoardSectionsListResponse200": ".board_sections_list_response_200",
    "BoardUpdatePrivacy": ".board_update_privacy",
    "BoardWithUpdatePrivacy": ".board_with_update_privacy",
    "BoardWithUpdatePrivacyUpdate": ".board_with_update_privacy_update",
    "BoardsListPinsResponse200": ".boards_list_pins_response_200",
    "BoardsListResponse200": ".boards_list_response_200",
    "BoardsUserFollowsListResponse200": ".boards_user_follows_list_response_200",
    "BookClosedResponse": ".book_closed_response",
    "BrandAccountsCreateBody": ".brand_accounts_create_body",
    "BrandAccountsCreateBodyImageBase64": ".brand_accounts_create_body_image_base_64",
    "BrandAccountsCreateBodyImageBase64ContentType": ".brand_accounts_create_body_image_base_64_content_type",
    "BrandAccountsCreateResponse200": ".brand_accounts_create_response_200",
    "BrandAccountsUpdateBody": ".brand_accounts_update_body",
    "BrandAccountsUpdateBodyImageBase64": ".brand_accounts_update_body_image_base_64",
    "BrandAccountsUpdateBodyImageBase64ContentType": ".brand_accounts_update_body_image_base_64_content_type",
    "BrandAccountsUpdateResponse200": ".brand_accounts_update_response_200",
    "BrandFilter": ".brand_filter",
    "BudgetType": ".budget_type",
    "BulkDownloadRequest": ".bulk_download_request",
    "BulkDownloadRequestCampaignFilter": ".bulk_download_request_campaign_filter",
    "BulkDownloadResponse": ".bulk_download_response",
    "BulkEntityType": ".bulk_entity_type",
    "BulkOutputFormat": ".bulk_output_format",
    "BulkPinAnalyticsResponse": ".bulk_pin_analytics_response",
    "BulkReportingJobStatus": ".bulk_reporting_job_status",
    "BulkUpsertRequest": ".bulk_upsert_request",
    "BulkUpsertRequestCreate": ".bulk_upsert_request_create",
    "BulkUpsertRequestUpdate": ".bulk_upsert_request_update",
    "BulkUpsertRequestUpdateLabelBulkUpdateRequest": ".bulk_upsert_request_update_label_bulk_update_request",
    "BulkUpsertRequestUpdateLabelBulkUpdateRequestStatus": ".bulk_upsert_request_update_label_bulk_update_request_status",
    "BulkUpsertResponse": ".bulk_upsert_response",
    "BulkUpsertStatus": ".bulk_upsert_status",
    "BulkUpsertStatusResponse": ".bulk_upsert_status_response",
    "BusinessAccessError": ".business_access_error",
    "BusinessAccessRole": ".business_access_role",
    "BusinessAccessUserSummary": ".business_access_user_summary",
    "BusinessAccountAudiencesSharedAccountsListResponse200": ".business_account_audiences_shared_accounts_list_response_200",
    "BusinessAssetMembersGetResponse200": ".business_asset_members_get_response_200",
    "BusinessAssetPartnersGetResponse200": ".business_asset_partners_get_response_200",
    "BusinessAssetsGetAssetType": ".business_assets_get_asset_type",
    "BusinessAssetsGetResponse200": ".business_assets_get_response_200",
    "BusinessMemberAssetsGetAssetType": ".business_member_assets_get_asset_type",
    "BusinessMemberAssetsGetResponse200": ".business_member_assets_get_response_200",
    "BusinessMemberAssetsSummary": ".business_member_assets_summary",
    "BusinessMemberAssetsSummaryAdAccountsItem": ".business_member_assets_summary_ad_accounts_item",
    "BusinessMemberAssetsSummaryProfilesItem": ".business_member_assets_summary_profiles_item",
    "BusinessMembersAssetAccessDeleteBody": ".business_members_asset_access_delete_body",
    "BusinessMembersAssetAccessDeleteBodyAccessesItem": ".business_members_asset_access_delete_body_accesses_item",
    "BusinessPartnerAssetAccessGetAssetType": ".business_partner_asset_access_get_asset_type",
    "BusinessPartnerAssetAccessGetResponse200": ".business_partner_asset_access_get_response_200",
    "BusinessRole": ".business_role",
    "BusinessRoleCheckMode": ".business_role_check_mode",
    "BusinessRoleForMembers": ".business_role_for_members",
    "BusinessSharedAudience": ".business_shared_audience",
    "BusinessSharedAudienceResponse": ".business_shared_audience_response",
    "CampaignAudienceMultipliers": ".campaign_audience_multipliers",
    "CampaignBidOptions": ".campaign_bid_options",
    "CampaignBidOptionsUpdate": ".campaign_bid_options_update",
    "CampaignBidOptionsUpdateUpdateMaskItem": ".campaign_bid_options_update_update_mask_item",
    "CampaignCommon": ".campaign_common",
    "CampaignCreateCommon": ".campaign_create_common",
    "CampaignCreateRequest": ".campaign_create_request",
    "CampaignCreateResponse": ".campaign_create_response",
    "CampaignCreateResponseData": ".campaign_create_response_data",
    "CampaignCreateResponseItem": ".campaign_create_response_item",
    "CampaignId": ".campaign_id",
    "CampaignIdFilter": ".campaign_id_filter",
    "CampaignObjectivesFilter": ".campaign_objectives_filter",
    "CampaignResponse": ".campaign_response",
    "CampaignSummaryStatus": ".campaign_summary_status",
    "CampaignTargetingAnalyticsGetClickWindowDays": ".campaign_targeting_analytics_get_click_window_days",
    "CampaignTargetingAnalyticsGetColumnsItem": ".campaign_targeting_analytics_get_columns_item",
    "CampaignTargetingAnalyticsGetConversionReportTime": ".campaign_targeting_analytics_get_conversion_report_time",
    "CampaignTargetingAnalyticsGetEngagementWindowDays": ".campaign_targeting_analytics_get_engagement_window_days",
    "CampaignTargetingAnalyticsGetViewWindowDays": ".campaign_targeting_analytics_get_view_window_days",
    "CampaignUpdateRequest": ".campaign_update_request",
    "CampaignsAnalyticsClickWindowDays": ".campaigns_analytics_click_window_days",
    "CampaignsAnalyticsColumnsItem": ".campaigns_analytics_columns_item",
    "CampaignsAnalyticsConversionReportTime": ".campaigns_analytics_conversion_report_time",
    "CampaignsAnalyticsEngagementWindowDays": ".campaigns_analytics_engagement_window_days",
    "CampaignsAnalyticsResponseItem": ".campaigns_analytics_response_item",
    "CampaignsAnalyticsViewWindowDays": ".campaigns_analytics_view_window_days",
    "CampaignsListEntityStatusesItem": ".campaigns_list_entity_statuses_item",
    "CampaignsListOrder": ".campaigns_list_order",
    "CampaignsListResponse200": ".campaigns_list_response_200",
    "CancelInvitesBody": ".cancel_invites_body",
    "CarouselSlot": ".carousel_slot",
    "Catalog": ".catalog",
    "CatalogsCreateCreativeAssetsItem": ".catalogs_create_creative_assets_item",
    "CatalogsCreateCreativeAssetsItemOperation": ".catalogs_create_creative_assets_item_operation",
    "CatalogsCreateHotelItem": ".catalogs_create_hotel_item",
    "CatalogsCreateHotelItemOperation": ".catalogs_create_hotel_item_operation",
    "CatalogsCreateReportResponse": ".catalogs_create_report_response",
    "CatalogsCreateRequest": ".catalogs_create_request",
    "CatalogsCreateRetailItem": ".catalogs_create_retail_item",
    "CatalogsCreateRetailItemOperation": ".catalogs_create_retail_item_operation",
    "CatalogsCreativeAssetsAttributes": ".catalogs_creative_assets_attributes",
    "CatalogsCreativeAssetsAvailableFilterValues": ".catalogs_creative_assets_available_filter_values",
    "CatalogsCreativeAssetsAvailableFilterValuesCatalogType": ".catalogs_creative_assets_available_filter_values_catalog_type",
    "CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMap": ".catalogs_creative_assets_available_filter_values_catalogs_creative_assets_filter_values_map",
    "CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMapMediaTypeItem": ".catalogs_creative_assets_available_filter_values_catalogs_creative_assets_filter_values_map_media_type_item",
    "CatalogsCreativeAssetsBatchRequest": ".catalogs_creative_assets_batch_request",
    "CatalogsCreativeAssetsBatchRequestCatalogType": ".catalogs_creative_assets_batch_request_catalog_type",
    "CatalogsCreativeAssetsFeed": ".catalogs_creative_assets_feed",
    "CatalogsCreativeAssetsFeedsCreateRequest": ".catalogs_creative_assets_feeds_create_request",
    "CatalogsCreativeAssetsFeedsUpdateRequest": ".catalogs_creative_assets_feeds_update_request",
    "CatalogsCreativeAssetsItemErrorResponse": ".catalogs_creative_assets_item_error_response",
    "CatalogsCreativeAssetsItemResponse": ".catalogs_creative_assets_item_response",
    "CatalogsCreativeAssetsItemsBatch": ".catalogs_creative_assets_items_batch",
    "CatalogsCreativeAssetsItemsFilter": ".catalogs_creative_assets_items_filter",
    "CatalogsCreativeAssetsItemsFilterCatalogType": ".catalogs_creative_assets_items_filter_catalog_type",
    "CatalogsCreativeAssetsItemsPostFilter": ".catalogs_creative_assets_items_post_filter",
    "CatalogsCreativeAssetsItemsPostFilterCatalogType": ".catalogs_creative_assets_items_post_filter_catalog_type",
    "CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest": ".catalogs_creative_assets_list_products_by_catalog_based_filter_request",
    "CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequestCatalogType": ".catalogs_creative_assets_list_products_by_catalog_based_filter_request_catalog_type",
    "CatalogsCreativeAssetsProduct": ".catalogs_creative_assets_product",
    "CatalogsCreativeAssetsProductCatalogType": ".catalogs_creative_assets_product_catalog_type",
    "CatalogsCreativeAssetsProductGroup": ".catalogs_creative_assets_product_group",
    "CatalogsCreativeAssetsProductGroupCatalogType": ".catalogs_creative_assets_product_group_catalog_type",
    "CatalogsCreativeAssetsProductGroupCreateRequest": ".catalogs_creative_assets_product_group_create_request",
    "CatalogsCreativeAssetsProductGroupCreateRequestCatalogType": ".catalogs_creative_assets_product_group_create_request_catalog_type",
    "CatalogsCreativeAssetsProductGroupFiltersAllOf": ".catalogs_creative_assets_product_group_filters_all_of",
    "CatalogsCreativeAssetsProductGroupFiltersAnyOf": ".catalogs_creative_assets_product_group_filters_any_of",
    "CatalogsCreativeAssetsProductGroupProductCounts": ".catalogs_creative_assets_product_group_product_counts",
    "CatalogsCreativeAssetsProductGroupProductCountsCatalogType": ".catalogs_creative_assets_product_group_product_counts_catalog_type",
    "CatalogsCreativeAssetsProductGroupUpdateRequest": ".catalogs_creative_assets_product_group_update_request",
    "CatalogsCreativeAssetsProductGroupUpdateRequestCatalogType": ".catalogs_creative_assets_product_group_update_request_catalog_type",
    "CatalogsCreativeAssetsProductMetadata": ".catalogs_creative_assets_product_metadata",
    "CatalogsDbItem": ".catalogs_db_item",
    "CatalogsDeleteCreativeAssetsItem": ".catalogs_delete_creative_assets_item",
    "CatalogsDeleteCreativeAssetsItemOperation": ".catalogs_delete_creative_assets_item_operation",
    "CatalogsDeleteHotelItem": ".catalogs_delete_hotel_item",
    "CatalogsDeleteHotelItemOperation": ".catalogs_delete_hotel_item_operation",
    "CatalogsDeleteRetailItem": ".catalogs_delete_retail_item",
    "CatalogsDeleteRetailItemOperation": ".catalogs_delete_retail_item_operation",
    "CatalogsFeedCredentials": ".catalogs_feed_credentials",
    "CatalogsFeedIngestion": ".catalogs_feed_ingestion",
    "CatalogsFeedIngestionDetails": ".catalogs_feed_ingestion_details",
    "CatalogsFeedIngestionErrors": ".catalogs_feed_ingestion_errors",
    "CatalogsFeedIngestionErrorsLARGEPRODUCTCOUNTDECREASE": ".catalogs_feed_ingestion_errors_largeproductcountdecrease",
    "CatalogsFeedIngestionInfo": ".catalogs_feed_ingestion_info",
    "CatalogsFeedIngestionWarnings": ".catalogs_feed_ingestion_warnings",
    "CatalogsFeedProcessingResult": ".catalogs_feed_processing_result",
    "CatalogsFeedProcessingSchedule": ".catalogs_feed_processing_schedule",
    "CatalogsFeedProcessingScheduleTimezoneType1": ".catalogs_feed_processing_schedule_timezone_type_1",
    "CatalogsFeedProcessingScheduleTimezoneType2Type1": ".catalogs_feed_processing_schedule_timezone_type_2_type_1",
    "CatalogsFeedProcessingScheduleTimezoneType3Type1": ".catalogs_feed_processing_schedule_timezone_type_3_type_1",
    "CatalogsFeedProcessingStatus": ".catalogs_feed_processing_status",
    "CatalogsFeedProductCounts": ".catalogs_feed_product_counts",
    "CatalogsFeedValidationDetails": ".catalogs_feed_validation_details",
    "CatalogsFeedValidationErrors": ".catalogs_feed_validation_errors",
    "CatalogsFeedValidationWarnings": ".catalogs_feed_validation_warnings",
    "CatalogsFeedValidationWarningsFETCHSAMESIGNATURE": ".catalogs_feed_validation_warnings_fetchsamesignature",
    "CatalogsFeedVideoCounts": ".catalogs_feed_video_counts",
    "CatalogsFeedsCreateRequest": ".catalogs_feeds_create_request",
    "CatalogsFeedsUpdateRequest": ".catalogs_feeds_update_request",
    "CatalogsFormat": ".catalogs_format",
    "CatalogsHotelAddress": ".catalogs_hotel_address",
    "CatalogsHotelAttributes": ".catalogs_hotel_attributes",
    "CatalogsHotelAttributesMainImage": ".catalogs_hotel_attributes_main_image",
    "CatalogsHotelAvailableFilterValues": ".catalogs_hotel_available_filter_values",
    "CatalogsHotelAvailableFilterValuesCatalogType": ".catalogs_hotel_available_filter_values_catalog_type",
    "CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap": ".catalogs_hotel_available_filter_values_catalogs_hotel_filter_values_map",
    "CatalogsHotelBatchRequest": ".catalogs_hotel_batch_request",
    "CatalogsHotelBatchRequestCatalogType": ".catalogs_hotel_batch_request_catalog_type",
    "CatalogsHotelFeed": ".catalogs_hotel_feed",
    "CatalogsHotelFeedsCreateRequest": ".catalogs_hotel_feeds_create_request",
    "CatalogsHotelFeedsUpdateRequest": ".catalogs_hotel_feeds_update_request",
    "CatalogsHotelGuestRatings": ".catalogs_hotel_guest_ratings",
    "CatalogsHotelItemErrorResponse": ".catalogs_hotel_item_error_response",
    "CatalogsHotelItemResponse": ".catalogs_hotel_item_response",
    "CatalogsHotelItemsBatch": ".catalogs_hotel_items_batch",
    "CatalogsHotelItemsFilter": ".catalogs_hotel_items_filter",
    "CatalogsHotelItemsFilterCatalogType": ".catalogs_hotel_items_filter_catalog_type",
    "CatalogsHotelItemsPostFilter": ".catalogs_hotel_items_post_filter",
    "CatalogsHotelItemsPostFilterCatalogType": ".catalogs_hotel_items_post_filter_catalog_type",
    "CatalogsHotelListProductsByCatalogBasedFilterRequest": ".catalogs_hotel_list_products_by_catalog_based_filter_request",
    "CatalogsHotelListProductsByCatalogBasedFilterRequestCatalogType": ".catalogs_hotel_list_products_by_catalog_based_filter_request_catalog_type",
    "CatalogsHotelProduct": ".catalogs_hotel_product",
    "CatalogsHotelProductCatalogType": ".catalogs_hotel_product_catalog_type",
    "CatalogsHotelProductGroup": ".catalogs_hotel_product_group",
    "CatalogsHotelProductGroupCatalogType": ".catalogs_hotel_product_group_catalog_type",
    "CatalogsHotelProductGroupCreateRequest": ".catalogs_hotel_product_group_create_request",
    "CatalogsHotelProductGroupCreateRequestCatalogType": ".catalogs_hotel_product_group_create_request_catalog_type",
    "CatalogsHotelProductGroupFiltersAllOf": ".catalogs_hotel_product_group_filters_all_of",
    "CatalogsHotelProductGroupFiltersAnyOf": ".catalogs_hotel_product_group_filters_any_of",
    "CatalogsHotelProductGroupProductCounts": ".catalogs_hotel_product_group_product_counts",
    "CatalogsHotelProductGroupProductCountsCatalogType": ".catalogs_hotel_product_group_product_counts_catalog_type",
    "CatalogsHotelProductGroupType": ".catalogs_hotel_product_group_type",
    "CatalogsHotelProductGroupUpdateRequest": ".catalogs_hotel_product_group_update_request",
    "CatalogsHotelProductGroupUpdateRequestCatalogType": ".catalogs_hotel_product_group_update_request_catalog_type",
    "CatalogsHotelProductMetadata": ".catalogs_hotel_product_metadata",
    "CatalogsHotelReportParameters": ".catalogs_hotel_report_parameters",
    "CatalogsHotelReportParametersCatalogType": ".catalogs_hotel_report_parameters_catalog_type",
    "CatalogsHotelReportStatsParameters": ".catalogs_hotel_report_stats_parameters",
    "CatalogsHotelReportStatsParametersCatalogType": ".catalogs_hotel_report_stats_parameters_catalog_type",
    "CatalogsItemValidationDetails": ".catalogs_item_validation_details",
    "CatalogsItemValidationErrors": ".catalogs_item_validation_errors",
    "CatalogsItemValidationIssue": ".catalogs_item_validation_issue",
    "CatalogsItemValidationIssues": ".catalogs_item_validation_issues",
    "CatalogsItemValidationWarnings": ".catalogs_item_validation_warnings",
    "CatalogsItems": ".catalogs_items",
    "CatalogsItemsCreateBatchRequest": ".catalogs_items_create_batch_request",
    "CatalogsItemsDeleteBatchRequest": ".catalogs_items_delete_batch_request",
    "CatalogsItemsDeleteDiscontinuedBatchRequest": ".catalogs_items_delete_discontinued_batch_request",
    "CatalogsItemsRequest": ".catalogs_items_request",
    "CatalogsItemsUpdateBatchRequest": ".catalogs_items_update_batch_request",
    "CatalogsItemsUpsertBatchRequest": ".catalogs_items_upsert_batch_request",
    "CatalogsListProductsByFeedBasedFilter": ".catalogs_list_products_by_feed_based_filter",
    "CatalogsListResponse200": ".catalogs_list_response_200",
    "CatalogsLocale": ".catalogs_locale",
    "CatalogsProductGroupCreateRequest": ".catalogs_product_group_create_request",
    "CatalogsProductGroupCurrencyCriteria": ".catalogs_product_group_currency_criteria",
    "CatalogsProductGroupFilterOperatorTypeCriteria": ".catalogs_product_group_filter_operator_type_criteria",
    "CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType": ".catalogs_product_group_filter_operator_type_criteria_filter_operator_type",
    "CatalogsProductGroupFiltersAllOf": ".catalogs_product_group_filters_all_of",
    "CatalogsProductGroupFiltersAnyOf": ".catalogs_product_group_filters_any_of",
    "CatalogsProductGroupFiltersRequestAllOf": ".catalogs_product_group_filters_request_all_of",
    "CatalogsProductGroupFiltersRequestAnyOf": ".catalogs_product_group_filters_request_any_of",
    "CatalogsProductGroupMultipleCountriesCriteria": ".catalogs_product_group_multiple_countries_criteria",
    "CatalogsProductGroupMultipleGenderCriteria": ".catalogs_product_group_multiple_gender_criteria",
    "CatalogsProductGroupMultipleMediaTypesCriteria": ".catalogs_product_group_multiple_media_types_criteria",
    "CatalogsProductGroupMultipleStringCriteria": ".catalogs_product_group_multiple_string_criteria",
    "CatalogsProductGroupMultipleStringListCriteria": ".catalogs_product_group_multiple_string_list_criteria",
    "CatalogsProductGroupPinsListResponse200": ".catalogs_product_group_pins_list_response_200",
    "CatalogsProductGroupPricingCriteria": ".catalogs_product_group_pricing_criteria",
    "CatalogsProductGroupStatus": ".catalogs_product_group_status",
    "CatalogsProductGroupType": ".catalogs_product_group_type",
    "CatalogsProductGroupUint32Criteria": ".catalogs_product_group_uint_32_criteria",
    "CatalogsProductGroupUint32CriteriaOperator": ".catalogs_product_group_uint_32_criteria_operator",
    "CatalogsProductGroupUpdateRequest": ".catalogs_product_group_update_request",
    "CatalogsProductGroupsListResponse200": ".catalogs_product_groups_list_response_200",
    "CatalogsReport": ".catalogs_report",
    "CatalogsReportAllItemsFilter": ".catalogs_report_all_items_filter",
    "CatalogsReportAllItemsFilterReportType": ".catalogs_report_all_items_filter_report_type",
    "CatalogsReportDistributionIssueFilter": ".catalogs_report_distribution_issue_filter",
    "CatalogsReportDistributionIssueFilterReportType": ".catalogs_report_distribution_issue_filter_report_type",
    "CatalogsReportDistributionStats": ".catalogs_report_distribution_stats",
    "CatalogsReportDistributionStatsReportType": ".catalogs_report_distribution_stats_report_type",
    "CatalogsReportFeedIngestionFilter": ".catalogs_report_feed_ingestion_filter",
    "CatalogsReportFeedIngestionFilterReportType": ".catalogs_report_feed_ingestion_filter_report_type",
    "CatalogsReportFeedIngestionStats": ".catalogs_report_feed_ingestion_stats",
    "CatalogsReportFeedIngestionStatsReportType": ".catalogs_report_feed_ingestion_stats_report_type",
    "CatalogsReportFeedIngestionStatsSeverity": ".catalogs_report_feed_ingestion_stats_severity",
    "CatalogsReportReportStatus": ".catalogs_report_report_status",
    "CatalogsRetailAvailableFilterValues": ".catalogs_retail_available_filter_values",
    "CatalogsRetailAvailableFilterValuesCatalogType": ".catalogs_retail_available_filter_values_catalog_type",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMap": ".catalogs_retail_available_filter_values_catalogs_retail_filter_values_map",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapAvailabilityItem": ".catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_availability_item",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapConditionItem": ".catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_condition_item",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapGenderItem": ".catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_gender_item",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapMediaTypeItem": ".catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_media_type_item",
    "CatalogsRetailBatchRequest": ".catalogs_retail_batch_request",
    "CatalogsRetailBatchRequestCatalogType": ".catalogs_retail_batch_request_catalog_type",
    "CatalogsRetailFeed": ".catalogs_retail_feed",
    "CatalogsRetailFeedsCreateRequest": ".catalogs_retail_feeds_create_request",
    "CatalogsRetailFeedsUpdateRequest": ".catalogs_retail_feeds_update_request",
    "CatalogsRetailItemErrorResponse": ".catalogs_retail_item_error_response",
    "CatalogsRetailItemResponse": ".catalogs_retail_item_response",
    "CatalogsRetailItemsBatch": ".catalogs_retail_items_batch",
    "CatalogsRetailItemsFilter": ".catalogs_retail_items_filter",
    "CatalogsRetailItemsFilterCatalogType": ".catalogs_retail_items_filter_catalog_type",
    "CatalogsRetailItemsPostFilter": ".catalogs_retail_items_post_filter",
    "CatalogsRetailItemsPostFilterCatalogType": ".catalogs_retail_items_post_filter_catalog_type",
    "CatalogsRetailListProductsByCatalogBasedFilterRequest": ".catalogs_retail_list_products_by_catalog_based_filter_request",
    "CatalogsRetailListProductsByCatalogBasedFilterRequestCatalogType": ".catalogs_retail_list_products_by_catalog_based_filter_request_catalog_type",
    "CatalogsRetailProduct": ".catalogs_retail_product",
    "CatalogsRetailProductCatalogType": ".catalogs_retail_product_catalog_type",
    "CatalogsRetailProductGroup": ".catalogs_retail_product_group",
    "CatalogsRetailProductGroupCatalogType": ".catalogs_retail_product_group_catalog_type",
    "CatalogsRetailProductGroupCreateRequest": ".catalogs_retail_product_group_create_request",
    "CatalogsRetailProductGroupCreateRequestCatalogType": ".catalogs_retail_product_group_create_request_catalog_type",
    "CatalogsRetailProductGroupProductCounts": ".catalogs_retail_product_group_product_counts",
    "CatalogsRetailProductGroupProductCountsCatalogType": ".catalogs_retail_product_group_product_counts_catalog_type",
    "CatalogsRetailProductGroupUpdateRequest": ".catalogs_retail_product_group_update_request",
    "CatalogsRetailProductGroupUpdateRequestCatalogType": ".catalogs_retail_product_group_update_request_catalog_type",
    "CatalogsRetailProductMetadata": ".catalogs_retail_product_metadata",
    "CatalogsRetailReportParameters": ".catalogs_retail_report_parameters",
    "CatalogsRetailReportParametersCatalogType": ".catalogs_retail_report_parameters_catalog_type",
    "CatalogsRetailReportStatsParameters": ".catalogs_retail_report_stats_parameters",
    "CatalogsRetailReportStatsParametersCatalogType": ".catalogs_retail_report_stats_parameters_catalog_type",
    "CatalogsStatus": ".catalogs_status",
    "CatalogsType": ".catalogs_type",
    "CatalogsUpdatableCreativeAssetsAttributes": ".catalogs_updatable_creative_assets_attributes",
    "CatalogsUpdatableHotelAttributes": ".catalogs_updatable_hotel_attributes",
    "CatalogsUpdateCreativeAssetsItem": ".catalogs_update_creative_assets_item",
    "CatalogsUpdateCreativeAssetsItemOperation": ".catalogs_update_creative_assets_item_operation",
    "CatalogsUpdateHotelItem": ".catalogs_update_hotel_item",
    "CatalogsUpdateHotelItemOperation": ".catalogs_update_hotel_item_operation",
    "CatalogsUpdateRetailItem": ".catalogs_update_retail_item",
    "CatalogsUpdateRetailItemOperation": ".catalogs_update_retail_item_operation",
    "CatalogsUpsertCreativeAssetsItem": ".catalogs_upsert_creative_assets_item",
    "CatalogsUpsertCreativeAssetsItemOperation": ".catalogs_upsert_creative_assets_item_operation",
    "CatalogsUpsertHotelItem": ".catalogs_upsert_hotel_item",
    "CatalogsUpsertHotelItemOperation": ".catalogs_upsert_hotel_item_operation",
    "CatalogsUpsertRetailItem": ".catalogs_upsert_retail_item",
    "CatalogsUpsertRetailItemOperation": ".catalogs_upsert_retail_item_operation",
    "ConditionFilter": ".condition_filter",
    "ContentType": ".content_type",
    "ConversionAccessTokenResponse": ".conversion_access_token_response",
    "ConversionApiResponse": ".conversion_api_response",
    "ConversionApiResponseEventsItem": ".conversion_api_response_events_item",
    "ConversionApiResponseEventsItemStatus": ".conversion_api_response_events_item_status",
    "ConversionAttributionWindowDays": ".conversion_attribution_window_days",
    "ConversionEventAppInfo": ".conversion_event_app_info",
    "ConversionEventDeviceInfo": ".conversion_event_device_info",
    "ConversionEventDeviceInfoFormFactor": ".conversion_event_device_info_form_factor",
    "ConversionEventDeviceInfoNetworkType": ".conversion_event_device_info_network_type",
    "ConversionEventDeviceInfoOsFamily": ".conversion_event_device_info_os_family",
    "ConversionEventResponse": ".conversion_event_response",
    "ConversionEvents": ".conversion_events",
    "ConversionEventsDataItem": ".conversion_events_data_item",
    "ConversionEventsDataItemCustomData": ".conversion_events_data_item_custom_data",
    "ConversionEventsDataItemCustomDataContentsItem": ".conversion_events_data_item_custom_data_contents_item",
    "ConversionEventsUserDataProperties": ".conversion_events_user_data_properties",
    "ConversionHealthSelectionItem": ".conversion_health_selection_item",
    "ConversionHealthSelectionItemConversionType": ".conversion_health_selection_item_conversion_type",
    "ConversionHealthSelectionItemCriteria": ".conversion_health_selection_item_criteria",
    "ConversionHealthSelectionItemIngestionSource": ".conversion_health_selection_item_ingestion_source",
    "ConversionMSOTEvents": ".conversion_msot_events",
    "ConversionMSOTEventsAttributionModel": ".conversion_msot_events_attribution_model",
    "ConversionMSOTEventsAttributionScope": ".conversion_msot_events_attribution_scope",
    "ConversionMSOTEventsEventName": ".conversion_msot_events_event_name",
    "ConversionProductReportRequest": ".conversion_product_report_request",
    "ConversionProductReportRequestConversionProductAttributionType": ".conversion_product_report_request_conversion_product_attribution_type",
    "ConversionProductReportRequestGranularity": ".conversion_product_report_request_granularity",
    "ConversionProductReportRequestLevel": ".conversion_product_report_request_level",
    "ConversionProductReportingColumn": ".conversion_product_reporting_column",
    "ConversionReportAttributionType": ".conversion_report_attribution_type",
    "ConversionReportTimeType": ".conversion_report_time_type",
    "ConversionTag": ".conversion_tag",
    "ConversionTagCommon": ".conversion_tag_common",
    "ConversionTagConfigs": ".conversion_tag_configs",
    "ConversionTagCreate": ".conversion_tag_create",
    "ConversionTagListResponse": ".conversion_tag_list_response",
    "ConversionTagType": ".conversion_tag_type",
    "ConversionTagsListResponse200": ".conversion_tags_list_response_200",
    "ConversionTagsOcpmEligibleResponse": ".conversion_tags_ocpm_eligible_response",
    "Country": ".country",
    "CountryFilter": ".country_filter",
    "CreateAssetAccessRequestBody": ".create_asset_access_request_body",
    "CreateAssetAccessRequestBodyAssetRequestsItem": ".create_asset_access_request_body_asset_requests_item",
    "CreateAssetAccessRequestErrorMessageType0Item": ".create_asset_access_request_error_message_type_0_item",
    "CreateAssetAccessRequestResponse": ".create_asset_access_request_response",
    "CreateAssetAccessRequestResponseInvitesType0": ".create_asset_access_request_response_invites_type_0",
    "CreateAssetGroupBody": ".create_asset_group_body",
    "CreateAssetGroupResponse": ".create_asset_group_response",
    "CreateAssetInvitesRequest": ".create_asset_invites_request",
    "CreateAssetInvitesRequestItem": ".create_asset_invites_request_item",
    "CreateInvitesResultsResponseArray": ".create_invites_results_response_array",
    "CreateInvitesResultsResponseArrayItemsItem": ".create_invites_results_response_array_items_item",
    "CreateInvitesResultsResponseArrayItemsItemInviteType0": ".create_invites_results_response_array_items_item_invite_type_0",
    "CreateMembershipOrPartnershipInvitesBody": ".create_membership_or_partnership_invites_body",
    "CreateMembershipOrPartnershipInvitesBodyBusinessRole": ".create_membership_or_partnership_invites_body_business_role",
    "CreateMMMReportRequest": ".create_mmm_report_request",
    "CreateMMMReportRequestGranularity": ".create_mmm_report_request_granularity",
    "CreateMMMReportRequestLevel": ".create_mmm_report_request_level",
    "CreateMMMReportResponse": ".create_mmm_report_response",
    "CreateMMMReportResponseCreateMMMReportResponseData": ".create_mmm_report_response_create_mmm_report_response_data",
    "CreativeAssetsIdFilter": ".creative_assets_id_filter",
    "CreativeAssetsProcessingRecord": ".creative_assets_processing_record",
    "CreativeAssetsVisibilityType": ".creative_assets_visibility_type",
    "CreativeType": ".creative_type",
    "Currency": ".currency",
    "CurrencyFilter": ".currency_filter",
    "CustomLabel0Filter": ".custom_label_0_filter",
    "CustomLabel1Filter": ".custom_label_1_filter",
    "CustomLabel2Filter": ".custom_label_2_filter",
    "CustomLabel3Filter": ".custom_label_3_filter",
    "CustomLabel4Filter": ".custom_label_4_filter",
    "CustomNumber0Filter": ".custom_number_0_filter",
    "CustomNumber1Filter": ".custom_number_1_filter",
    "CustomNumber2Filter": ".custom_number_2_filter",
    "CustomNumber3Filter": ".custom_number_3_filter",
    "CustomNumber4Filter": ".custom_number_4_filter",
    "CustomerList": ".customer_list",
    "CustomerListExceptions": ".customer_list_exceptions",
    "CustomerListRequest": ".customer_list_request",
    "CustomerListStatus": ".customer_list_status",
    "CustomerListUpdateRequest": ".customer_list_update_request",
    "CustomerListUpload": ".customer_list_upload",
    "CustomerListUploadCreateRequest": ".customer_list_upload_create_request",
    "CustomerListUploadCreateResponse": ".customer_list_upload_create_response",
    "CustomerListUploadErrorDetail": ".customer_list_upload_error_detail",
    "CustomerListUploadRecordCounts": ".customer_list_upload_record_counts",
    "CustomerListUploadResponse": ".customer_list_upload_response",
    "CustomerListUploadResponseErrorDetail": ".customer_list_upload_response_error_detail",
    "CustomerListUploadResponseRecordCounts": ".customer_list_upload_response_record_counts",
    "CustomerListUploadResponseState": ".customer_list_upload_response_state",
    "CustomerListUploadState": ".customer_list_upload_state",
    "CustomerListsListOrder": ".customer_lists_list_order",
    "CustomerListsListResponse200": ".customer_lists_list_response_200",
    "CustomizableCTAType": ".customizable_cta_type",
    "DataOutputFormat": ".data_output_format",
    "DataStatus": ".data_status",
    "DeleteAssetGroupBody": ".delete_asset_group_body",
    "DeleteAssetGroupResponse": ".delete_asset_group_response",
    "DeleteAssetGroupResponseExceptionsType0Item": ".delete_asset_group_response_exceptions_type_0_item",
    "DeleteInvitesResultsResponseArray": ".delete_invites_results_response_array",
    "DeleteInvitesResultsResponseArrayItemsItem": ".delete_invites_results_response_array_items_item",
    "DeleteInvitesResultsResponseArrayItemsItemExceptionType0": ".delete_invites_results_response_array_items_item_exception_type_0",
    "DeleteMemberAccessResult": ".delete_member_access_result",
    "DeleteMemberAccessResultsResponseArray": ".delete_member_access_results_response_array",
    "DeletePartnerAssetAccessBody": ".delete_partner_asset_access_body",
    "DeletePartnerAssetAccessBodyAccessesItem": ".delete_partner_asset_access_body_accesses_item",
    "DeletePartnerAssetAccessBodyAccessesItemPartnerType": ".delete_partner_asset_access_body_accesses_item_partner_type",
    "DeletePartnerAssetsResult": ".delete_partner_assets_result",
    "DeletePartnerAssetsResultsResponseArray": ".delete_partner_assets_results_response_array",
    "DeletePartnersRequest": ".delete_partners_request",
    "DeletePartnersResponse": ".delete_partners_response",
    "DeletedMembersResponse": ".deleted_members_response",
    "DeliveryMetricsGetReportType": ".delivery_metrics_get_report_type",
    "DeliveryMetricsResponse": ".delivery_metrics_response",
    "DeliveryMetricsResponseItemsItem": ".delivery_metrics_response_items_item",
    "DeliveryMetricsResponseItemsItemCategory": ".delivery_metrics_response_items_item_category",
    "DetailedError": ".detailed_error",
    "DetailedErrorDetails": ".detailed_error_details",
    "DisclosureType": ".disclosure_type",
    "EnhancedMatchStatusType": ".enhanced_match_status_type",
    "EntityStatus": ".entity_status",
    "Error": ".error",
    "EventData": ".event_data",
    "EventQualityScore": ".event_quality_score",
    "Exception_": ".exception",
    "FeaturedTrend": ".featured_trend",
    "FeedProcessingResultsListResponse200": ".feed_processing_results_list_response_200",
    "FeedsListResponse200": ".feeds_list_response_200",
    "FollowUserRequest": ".follow_user_request",
    "FollowersListResponse200": ".followers_list_response_200",
    "Gender": ".gender",
    "GenderBucket": ".gender_bucket",
    "GenderDemographics": ".gender_demographics",
    "GenderFilter": ".gender_filter",
    "GenderListItem": ".gender_list_item",
    "GetAudiencesOrderBy": ".get_audiences_order_by",
    "GetBusinessAssetTypeResponse": ".get_business_asset_type_response",
    "GetBusinessAssetsResponse": ".get_business_assets_response",
    "GetBusinessAssetsResponseCatalogInfoType0": ".get_business_assets_response_catalog_info_type_0",
    "GetBusinessEmployersResponse200": ".get_business_employers_response_200",
    "GetBusinessMembersResponse200": ".get_business_members_response_200",
    "GetBusinessPartnersResponse200": ".get_business_partners_response_200",
    "GetInvitesInviteStatusItem": ".get_invites_invite_status_item",
    "GetInvitesResponse200": ".get_invites_response_200",
    "GetMMMReportResponse": ".get_mmm_report_response",
    "GetMMMReportResponseGetMMMReportResponseData": ".get_mmm_report_response_get_mmm_report_response_data",
    "GetMMMReportResponseGetMMMReportResponseDataReportStatus": ".get_mmm_report_response_get_mmm_report_response_data_report_status",
    "GetPartnerAssetsResponse": ".get_partner_assets_response",
    "GoogleProductCategory0Filter": ".google_product_category_0_filter",
    "GoogleProductCategory1Filter": ".google_product_category_1_filter",
    "GoogleProductCategory2Filter": ".google_product_category_2_filter",
    "GoogleProductCategory3Filter": ".google_product_category_3_filter",
    "GoogleProductCategory4Filter": ".google_product_category_4_filter",
    "GoogleProductCategory5Filter": ".google_product_category_5_filter",
    "GoogleProductCategory6Filter": ".google_product_category_6_filter",
    "Granularity": ".granularity",
    "GridClickType": ".grid_click_type",
    "HotelIdFilter": ".hotel_id_filter",
    "HotelProcessingRecord": ".hotel_processing_record",
    "ImageDetails": ".image_details",
    "ImageMetadata": ".image_metadata",
    "ImageSize": ".image_size",
    "IngestionSourceOptions": ".ingestion_source_options",
    "InnerProductCategoriesMetricsHighlights": ".inner_product_categories_metrics_highlights",
    "IntegrationLog": ".integration_log",
    "IntegrationLogClientError": ".integration_log_client_error",
    "IntegrationLogClientRequest": ".integration_log_client_request",
    "IntegrationLogClientRequestMethod": ".integration_log_client_request_method",
    "IntegrationLogClientRequestRequestHeaders": ".integration_log_client_request_request_headers",
    "IntegrationLogClientRequestResponseHeaders": ".integration_log_client_request_response_headers",
    "IntegrationLogEventType": ".integration_log_event_type",
    "IntegrationLogLogLevel": ".integration_log_log_level",
    "IntegrationLogsInvalidLogResponse": ".integration_logs_invalid_log_response",
    "IntegrationLogsInvalidLogResponseRejectedLogsItem": ".integration_logs_invalid_log_response_rejected_logs_item",
    "IntegrationLogsRequest": ".integration_logs_request",
    "IntegrationLogsSuccessResponse": ".integration_logs_success_response",
    "IntegrationMetadata": ".integration_metadata",
    "IntegrationRecord": ".integration_record",
    "IntegrationRequest": ".integration_request",
    "IntegrationRequestPatch": ".integration_request_patch",
    "IntegrationsGetListResponse200": ".integrations_get_list_response_200",
    "Interest": ".interest",
    "InterestsEnum": ".interests_enum",
    "InviteAssetsSummary": ".invite_assets_summary",
    "InviteAssetsSummaryAdAccountsItem": ".invite_assets_summary_ad_accounts_item",
    "InviteAssetsSummaryProfilesItem": ".invite_assets_summary_profiles_item",
    "InviteBusinessRoleBinding": ".invite_business_role_binding",
    "InviteBusinessRoleBindingInviteData": ".invite_business_role_binding_invite_data",
    "InviteExceptionResponse": ".invite_exception_response",
    "InviteResponse": ".invite_response",
    "InviteStatus": ".invite_status",
    "InviteType": ".invite_type",
    "ItemAttributes": ".item_attributes",
    "ItemAttributesRequest": ".item_attributes_request",
    "ItemCreateBatchRecord": ".item_create_batch_record",
    "ItemDeleteBatchRecord": ".item_delete_batch_record",
    "ItemDeleteDiscontinuedBatchRecord": ".item_delete_discontinued_batch_record",
    "ItemGroupIdFilter": ".item_group_id_filter",
    "ItemIdFilter": ".item_id_filter",
    "ItemProcessingRecord": ".item_processing_record",
    "ItemProcessingStatus": ".item_processing_status",
    "ItemUpdateBatchRecord": ".item_update_batch_record",
    "ItemUpsertBatchRecord": ".item_upsert_batch_record",
    "ItemValidationEvent": ".item_validation_event",
    "ItemsIssuesListResponse200": ".items_issues_list_response_200",
    "Keyword": ".keyword",
    "KeywordError": ".keyword_error",
    "KeywordMetrics": ".keyword_metrics",
    "KeywordMetricsResponse": ".keyword_metrics_response",
    "KeywordUpdate": ".keyword_update",
    "KeywordUpdateBody": ".keyword_update_body",
    "KeywordsCommon": ".keywords_common",
    "KeywordsGetResponse200": ".keywords_get_response_200",
    "KeywordsMetricsArrayResponse": ".keywords_metrics_array_response",
    "KeywordsRequest": ".keywords_request",
    "KeywordsResponse": ".keywords_response",
    "L1InterestListItem": ".l1_interest_list_item",
    "Label": ".label",
    "LabelCreateRequest": ".label_create_request",
    "LabelCreateRequestLabelsItem": ".label_create_request_labels_item",
    "LabelError": ".label_error",
    "LabelParentType": ".label_parent_type",
    "LabelParentTypeType1": ".label_parent_type_type_1",
    "LabelParentTypeType2Type1": ".label_parent_type_type_2_type_1",
    "LabelParentTypeType3Type1": ".label_parent_type_type_3_type_1",
    "LabelStatus": ".label_status",
    "LabelType": ".label_type",
    "LabelUpdateRequest": ".label_update_request",
    "LabelUpdateRequestLabelsItem": ".label_update_request_labels_item",
    "LabelsListEntityStatusesItem": ".labels_list_entity_statuses_item",
    "LabelsListLabelTypesItem": ".labels_list_label_types_item",
    "LabelsListResponse200": ".labels_list_response_200",
    "LabelsResponse": ".labels_response",
    "Language": ".language",
    "LeadFormArrayResponse": ".lead_form_array_response",
    "LeadFormArrayResponseItemsItem": ".lead_form_array_response_items_item",
    "LeadFormCommon": ".lead_form_common",
    "LeadFormCommonPolicyLinksItem": ".lead_form_common_policy_links_item",
    "LeadFormCreateRequest": ".lead_form_create_request",
    "LeadFormQuestion": ".lead_form_question",
    "LeadFormQuestionFieldType": ".lead_form_question_field_type",
    "LeadFormQuestionType": ".lead_form_question_type",
    "LeadFormResponse": ".lead_form_response",
    "LeadFormStatus": ".lead_form_status",
    "LeadFormTestRequest": ".lead_form_test_request",
    "LeadFormTestResponse": ".lead_form_test_response",
    "LeadFormUpdateRequest": ".lead_form_update_request",
    "LeadFormsListOrder": ".lead_forms_list_order",
    "LeadFormsListResponse200": ".lead_forms_list_response_200",
    "LeadSubscription": ".lead_subscription",
    "LeadSubscriptionPostParamsCreate": ".lead_subscription_post_params_create",
    "LeadSubscriptionPostParamsCreatePartnerMetadata": ".lead_subscription_post_params_create_partner_metadata",
    "LeadsExportCreateRequest": ".leads_export_create_request",
    "LeadsExportCreateResponse": ".leads_export_create_response",
    "LeadsExportResponseData": ".leads_export_response_data",
    "LeadsExportStatus": ".leads_export_status",
    "LineItem": ".line_item",
    "LinkedBusiness": ".linked_business",
    "LocalStoreUpdate": ".local_store_update",
    "LookbackPeriodOptions": ".lookback_period_options",
    "MatchType": ".match_type",
    "MatchTypeResponse": ".match_type_response",
    "MaxPriceFilter": ".max_price_filter",
    "Media": ".media",
    "MediaListResponse200": ".media_list_response_200",
    "MediaType": ".media_type",
    "MediaTypeFilter": ".media_type_filter",
    "MediaUpload": ".media_upload",
    "MediaUploadCreate": ".media_upload_create",
    "MediaUploadParameters": ".media_upload_parameters",
    "MediaUploadStatus": ".media_upload_status",
    "MediaUploadType": ".media_upload_type",
    "MemberBusinessRole": ".member_business_role",
    "MembersToDeleteBody": ".members_to_delete_body",
    "MembersToDeleteBodyMembersItem": ".members_to_delete_body_members_item",
    "Metrics": ".metrics",
    "MetricsReportingLevel": ".metrics_reporting_level",
    "MetricsResponse": ".metrics_response",
    "MetricsResponseDataItem": ".metrics_response_data_item",
    "MinPriceFilter": ".min_price_filter",
    "MMMReportingColumn": ".mmm_reporting_column",
    "MMMReportingTargetingType": ".mmm_reporting_targeting_type",
    "MultiPinsAnalyticsAppTypes": ".multi_pins_analytics_app_types",
    "MultiPinsAnalyticsMetricTypesItemType0": ".multi_pins_analytics_metric_types_item_type_0",
    "MultiPinsAnalyticsMetricTypesItemType1": ".multi_pins_analytics_metric_types_item_type_1",
    "NonDraftEntityStatus": ".non_draft_entity_status",
    "NonNullableCatalogsCurrency": ".non_nullable_catalogs_currency",
    "NonNullableProductAvailabilityType": ".non_nullable_product_availability_type",
    "Notification": ".notification",
    "NotificationPostBodyType0Item": ".notification_post_body_type_0_item",
    "NotificationPostBodyType1": ".notification_post_body_type_1",
    "NotificationPostNotificationResponse": ".notification_post_notification_response",
    "NullableCatalogsItemFieldType": ".nullable_catalogs_item_field_type",
    "NullableCurrency": ".nullable_currency",
    "OauthAccessTokenRequest": ".oauth_access_token_request",
    "OauthAccessTokenRequestClientCredentials": ".oauth_access_token_request_client_credentials",
    "OauthAccessTokenRequestClientCredentialsGrantType": ".oauth_access_token_request_client_credentials_grant_type",
    "OauthAccessTokenRequestCode": ".oauth_access_token_request_code",
    "OauthAccessTokenRequestCodeGrantType": ".oauth_access_token_request_code_grant_type",
    "OauthAccessTokenRequestGrantType": ".oauth_access_token_request_grant_type",
    "OauthAccessTokenRequestRefresh": ".oauth_access_token_request_refresh",
    "OauthAccessTokenRequestRefreshGrantType": ".oauth_access_token_request_refresh_grant_type",
    "OauthAccessTokenResponse": ".oauth_access_token_response",
    "OauthAccessTokenResponseClientCredentials": ".oauth_access_token_response_client_credentials",
    "OauthAccessTokenResponseClientCredentialsResponseType": ".oauth_access_token_response_client_credentials_response_type",
    "OauthAccessTokenResponseCode": ".oauth_access_token_response_code",
    "OauthAccessTokenResponseCodeResponseType": ".oauth_access_token_response_code_response_type",
    "OauthAccessTokenResponseIntegrationRefresh": ".oauth_access_token_response_integration_refresh",
    "OauthAccessTokenResponseIntegrationRefreshResponseType": ".oauth_access_token_response_integration_refresh_response_type",
    "OauthAccessTokenResponseRefresh": ".oauth_access_token_response_refresh",
    "OauthAccessTokenResponseRefreshResponseType": ".oauth_access_token_response_refresh_response_type",
    "OauthAccessTokenResponseResponseType": ".oauth_access_token_response_response_type",
    "ObjectiveType": ".objective_type",
    "OperationType": ".operation_type",
    "OptimizationGoalMetadata": ".optimization_goal_metadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadata": ".optimization_goal_metadata_conversion_tag_v3_goal_metadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows": ".optimization_goal_metadata_conversion_tag_v3_goal_metadata_attribution_windows",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataConversionEvent": ".optimization_goal_metadata_conversion_tag_v3_goal_metadata_conversion_event",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType": ".optimization_goal_metadata_conversion_tag_v3_goal_metadata_conversion_learning_mode_type",
    "OptimizationGoalMetadataFrequencyGoalMetadata": ".optimization_goal_metadata_frequency_goal_metadata",
    "OptimizationGoalMetadataFrequencyGoalMetadataTimerange": ".optimization_goal_metadata_frequency_goal_metadata_timerange",
    "OptimizationGoalMetadataScrollupGoalMetadata": ".optimization_goal_metadata_scrollup_goal_metadata",
    "OrderLine": ".order_line",
    "OrderLineError": ".order_line_error",
    "OrderLinePaidType": ".order_line_paid_type",
    "OrderLineResponse": ".order_line_response",
    "OrderLineSingleResponse": ".order_line_single_response",
    "OrderLineStatus": ".order_line_status",
    "OrderLines": ".order_lines",
    "OrderLinesArrayResponse": ".order_lines_array_response",
    "OrderLinesListOrder": ".order_lines_list_order",
    "OrderLinesListResponse200": ".order_lines_list_response_200",
    "OverallStatusOptions": ".overall_status_options",
    "PacingDeliveryType": ".pacing_delivery_type",
    "PageVisitConversionTagsGetOrder": ".page_visit_conversion_tags_get_order",
    "PageVisitConversionTagsGetResponse200": ".page_visit_conversion_tags_get_response_200",
    "Paginated": ".paginated",
    "PaginatedItemsItem": ".paginated_items_item",
    "PartnerType": ".partner_type",
    "Permissions": ".permissions",
    "PermissionsWithOwner": ".permissions_with_owner",
    "Pin": ".pin",
    "PinAnalyticsMetricsResponse": ".pin_analytics_metrics_response",
    "PinAnalyticsMetricsResponseDailyMetricsItem": ".pin_analytics_metrics_response_daily_metrics_item",
    "PinAnalyticsMetricsResponseDailyMetricsItemMetrics": ".pin_analytics_metrics_response_daily_metrics_item_metrics",
    "PinAnalyticsMetricsResponseLifetimeMetrics": ".pin_analytics_metrics_response_lifetime_metrics",
    "PinAnalyticsMetricsResponseSummaryMetrics": ".pin_analytics_metrics_response_summary_metrics",
    "PinAnalyticsResponse": ".pin_analytics_response",
    "PinCreate": ".pin_create",
    "PinMediaSourceImageBase64": ".pin_media_source_image_base_64",
    "PinMediaSourceImageBase64SourceType": ".pin_media_source_image_base_64_source_type",
    "PinMediaSourceImageURL": ".pin_media_source_image_url",
    "PinMediaSourceImageURLSourceType": ".pin_media_source_image_url_source_type",
    "PinMediaSourceImagesBase64": ".pin_media_source_images_base_64",
    "PinMediaSourceImagesBase64Item": ".pin_media_source_images_base_64_item",
    "PinMediaSourceImagesBase64SourceType": ".pin_media_source_images_base_64_source_type",
    "PinMediaSourceImagesURL": ".pin_media_source_images_url",
    "PinMediaSourceImagesURLItem": ".pin_media_source_images_url_item",
    "PinMediaSourceImagesURLSourceType": ".pin_media_source_images_url_source_type",
    "PinMediaSourcePinURL": ".pin_media_source_pin_url",
    "PinMediaSourcePinURLSourceType": ".pin_media_source_pin_url_source_type",
    "PinMediaSourceVideoID": ".pin_media_source_video_id",
    "PinMediaSourceVideoIDSourceType": ".pin_media_source_video_id_source_type",
    "PinMediaWithImage": ".pin_media_with_image",
    "PinMediaWithImageAndVideo": ".pin_media_with_image_and_video",
    "PinMediaWithImageAndVideoMediaType": ".pin_media_with_image_and_video_media_type",
    "PinMediaWithImageMediaType": ".pin_media_with_image_media_type",
    "PinMediaWithImages": ".pin_media_with_images",
    "PinMediaWithImagesMediaType": ".pin_media_with_images_media_type",
    "PinMediaWithVideo": ".pin_media_with_video",
    "PinMediaWithVideoMediaType": ".pin_media_with_video_media_type",
    "PinMediaWithVideos": ".pin_media_with_videos",
    "PinMediaWithVideosMediaType": ".pin_media_with_videos_media_type",
    "PinPinMetricsType0": ".pin_pin_metrics_type_0",
    "PinPromotionSummaryStatus": ".pin_promotion_summary_status",
    "PinUpdate": ".pin_update",
    "PinsAnalyticsAppTypes": ".pins_analytics_app_types",
    "PinsAnalyticsMetricTypesItemType0": ".pins_analytics_metric_types_item_type_0",
    "PinsAnalyticsMetricTypesItemType1": ".pins_analytics_metric_types_item_type_1",
    "PinsAnalyticsSplitField": ".pins_analytics_split_field",
    "PinsListPinFilter": ".pins_list_pin_filter",
    "PinsListPinType": ".pins_list_pin_type",
    "PinsListResponse200": ".pins_list_response_200",
    "PinsSaveBody": ".pins_save_body",
    "PinterestLibError": ".pinterest_lib_error",
    "PinterestLibPaginationOrder": ".pinterest_lib_pagination_order",
    "PinterestLibStatus204": ".pinterest_lib_status_204",
    "PinterestLibStatus204StatusCode": ".pinterest_lib_status_204_status_code",
    "PlacementGroupType": ".placement_group_type",
    "PlacementMultipliers": ".placement_multipliers",
    "PlacementMultipliersPLACEMENT": ".placement_multipliers_placement",
    "PriceFilter": ".price_filter",
    "PriceFilterCatalogsProductGroupPricingCurrencyCriteria": ".price_filter_catalogs_product_group_pricing_currency_criteria",
    "PriceFilterCatalogsProductGroupPricingCurrencyCriteriaOperator": ".price_filter_catalogs_product_group_pricing_currency_criteria_operator",
    "ProductAvailabilityType": ".product_availability_type",
    "ProductCategoriesDemographic": ".product_categories_demographic",
    "ProductCategoriesDemographicAge": ".product_categories_demographic_age",
    "ProductCategoriesEngagementType": ".product_categories_engagement_type",
    "ProductCategoriesMetricsHighlights": ".product_categories_metrics_highlights",
    "ProductCategoryDetailLookbackWindow": ".product_category_detail_lookback_window",
    "ProductCategoryDetails": ".product_category_details",
    "ProductCategoryDetailsPredictedTimeSeries": ".product_category_details_predicted_time_series",
    "ProductCategoryDetailsTimeSeries": ".product_category_details_time_series",
    "ProductCategoryEnum": ".product_category_enum",
    "ProductCategoryRegion": ".product_category_region",
    "ProductGroupAnalyticsResponseItem": ".product_group_analytics_response_item",
    "ProductGroupPromotion": ".product_group_promotion",
    "ProductGroupPromotionCollectionsHeaderTypeType1": ".product_group_promotion_collections_header_type_type_1",
    "ProductGroupPromotionCollectionsHeaderTypeType2Type1": ".product_group_promotion_collections_header_type_type_2_type_1",
    "ProductGroupPromotionCollectionsHeaderTypeType3Type1": ".product_group_promotion_collections_header_type_type_3_type_1",
    "ProductGroupPromotionCreateRequest": ".product_group_promotion_create_request",
    "ProductGroupPromotionCustomizableCtaTypeType1": ".product_group_promotion_customizable_cta_type_type_1",
    "ProductGroupPromotionCustomizableCtaTypeType2Type1": ".product_group_promotion_customizable_cta_type_type_2_type_1",
    "ProductGroupPromotionCustomizableCtaTypeType3Type1": ".product_group_promotion_customizable_cta_type_type_3_type_1",
    "ProductGroupPromotionPreferredMediaTypeType1": ".product_group_promotion_preferred_media_type_type_1",
    "ProductGroupPromotionPreferredMediaTypeType2Type1": ".product_group_promotion_preferred_media_type_type_2_type_1",
    "ProductGroupPromotionPreferredMediaTypeType3Type1": ".product_group_promotion_preferred_media_type_type_3_type_1",
    "ProductGroupPromotionResponse": ".product_group_promotion_response",
    "ProductGroupPromotionResponseItem": ".product_group_promotion_response_item",
    "ProductGroupPromotionUpdateRequest": ".product_group_promotion_update_request",
    "ProductGroupPromotionsListEntityStatusesItem": ".product_group_promotions_list_entity_statuses_item",
    "ProductGroupPromotionsListOrder": ".product_group_promotions_list_order",
    "ProductGroupPromotionsListResponse200": ".product_group_promotions_list_response_200",
    "ProductGroupReferenceFilter": ".product_group_reference_filter",
    "ProductGroupSummaryStatus": ".product_group_summary_status",
    "ProductGroupsAnalyticsClickWindowDays": ".product_groups_analytics_click_window_days",
    "ProductGroupsAnalyticsColumnsItem": ".product_groups_analytics_columns_item",
    "ProductGroupsAnalyticsConversionReportTime": ".product_groups_analytics_conversion_report_time",
    "ProductGroupsAnalyticsEngagementWindowDays": ".product_groups_analytics_engagement_window_days",
    "ProductGroupsAnalyticsViewWindowDays": ".product_groups_analytics_view_window_days",
    "ProductType0Filter": ".product_type_0_filter",
    "ProductType1Filter": ".product_type_1_filter",
    "ProductType2Filter": ".product_type_2_filter",
    "ProductType3Filter": ".product_type_3_filter",
    "ProductType4Filter": ".product_type_4_filter",
    "ProductsByProductGroupFilterListResponse200": ".products_by_product_group_filter_list_response_200",
    "PromotionArrayElement": ".promotion_array_element",
    "PromotionCommon": ".promotion_common",
    "PromotionCommonDiscountStatus": ".promotion_common_discount_status",
    "PromotionCreateRequest": ".promotion_create_request",
    "PromotionResponse": ".promotion_response",
    "PromotionTemplateValue": ".promotion_template_value",
    "PromotionType": ".promotion_type",
    "PromotionUpdateRequest": ".promotion_update_request",
    "PromotionsListOrder": ".promotions_list_order",
    "PromotionsListResponse200": ".promotions_list_response_200",
    "PromotionsResponse": ".promotions_response",
    "QualityComponentDetails": ".quality_component_details",
    "QualityComponentIssue": ".quality_component_issue",
    "QualityComponents": ".quality_components",
    "QualityComponentsAdvertiserExternalId": ".quality_components_advertiser_external_id",
    "QualityComponentsClickIdEpik": ".quality_components_click_id_epik",
    "QualityComponentsExternalEventId": ".quality_components_external_event_id",
    "QualityComponentsHashedEmail": ".quality_components_hashed_email",
    "QualityComponentsHashedMaid": ".quality_components_hashed_maid",
    "QualityComponentsIpAddress": ".quality_components_ip_address",
    "QualityComponentsOrderId": ".quality_components_order_id",
    "QualityComponentsOrderValue": ".quality_components_order_value",
    "QualityComponentsProductId": ".quality_components_product_id",
    "QualityComponentsSourceUrl": ".quality_components_source_url",
    "QualityComponentsUserAgent": ".quality_components_user_agent",
    "QuizPinData": ".quiz_pin_data",
    "QuizPinDataTieBreakerType": ".quiz_pin_data_tie_breaker_type",
    "QuizPinOption": ".quiz_pin_option",
    "QuizPinQuestion": ".quiz_pin_question",
    "QuizPinResult": ".quiz_pin_result",
    "RelatedTerms": ".related_terms",
    "RelatedTermsRelatedTermsListItem": ".related_terms_related_terms_list_item",
    "ReportingColumnAsync": ".reporting_column_async",
    "ReportingTimeZone": ".reporting_time_zone",
    "ReportsStatsResponse200": ".reports_stats_response_200",
    "RespondToInvitesResponseArray": ".respond_to_invites_response_array",
    "RespondToInvitesResponseArrayItemsItem": ".respond_to_invites_response_array_items_item",
    "Role": ".role",
    "S3FilePart": ".s3_file_part",
    "S3MultipartUploadData": ".s3_multipart_upload_data",
    "SearchPartnerPinsResponse200": ".search_partner_pins_response_200",
    "SearchUserBoardsGetResponse200": ".search_user_boards_get_response_200",
    "SearchUserPinsListResponse200": ".search_user_pins_list_response_200",
    "SharedAudience": ".shared_audience",
    "SharedAudienceAccount": ".shared_audience_account",
    "SharedAudienceAccountAccountType": ".shared_audience_account_account_type",
    "SharedAudienceCommon": ".shared_audience_common",
    "SharedAudienceResponse": ".shared_audience_response",
    "SharedAudienceResponseCommon": ".shared_audience_response_common",
    "SharedAudiencesForBusinessListOrder": ".shared_audiences_for_business_list_order",
    "SharedAudiencesForBusinessListResponse200": ".shared_audiences_for_business_list_response_200",
    "SingleInterestTargetingOptionResponse": ".single_interest_targeting_option_response",
    "SourcePlatformOptions": ".source_platform_options",
    "SSIOAccountAddress": ".ssio_account_address",
    "SSIOAccountItem": ".ssio_account_item",
    "SSIOAccountPMPName": ".ssio_account_pmp_name",
    "SSIOAccountResponse": ".ssio_account_response",
    "SSIOCreateInsertionOrderRequest": ".ssio_create_insertion_order_request",
    "SSIOCreateInsertionOrderRequestOrderLineType": ".ssio_create_insertion_order_request_order_line_type",
    "SSIOCreateInsertionOrderResponse": ".ssio_create_insertion_order_response",
    "SSIOEditInsertionOrderRequest": ".ssio_edit_insertion_order_request",
    "SSIOEditInsertionOrderResponse": ".ssio_edit_insertion_order_response",
    "SSIOInsertionOrderCommon": ".ssio_insertion_order_common",
    "SSIOInsertionOrderStatus": ".ssio_insertion_order_status",
    "SsioInsertionOrdersStatusGetByAdAccountResponse200": ".ssio_insertion_orders_status_get_by_ad_account_response_200",
    "SSIOOrderLine": ".ssio_order_line",
    "SsioOrderLinesGetByAdAccountResponse200": ".ssio_order_lines_get_by_ad_account_response_200",
    "SummaryPin": ".summary_pin",
    "SystemUserUpdateBody": ".system_user_update_body",
    "TargetingAdvertiserCountry": ".targeting_advertiser_country",
    "TargetingOptionResponseType0Item": ".targeting_option_response_type_0_item",
    "TargetingOptionsGetPublicTargetingType": ".targeting_options_get_public_targeting_type",
    "TargetingSpec": ".targeting_spec",
    "TargetingSpecAgeBucket": ".targeting_spec_age_bucket",
    "TargetingSpecAppType": ".targeting_spec_app_type",
    "TargetingSpecGender": ".targeting_spec_gender",
    "TargetingSpecOperationAgeBucket": ".targeting_spec_operation_age_bucket",
    "TargetingSpecOperationAgeBucketField": ".targeting_spec_operation_age_bucket_field",
    "TargetingSpecOperationAgeBucketOperation": ".targeting_spec_operation_age_bucket_operation",
    "TargetingSpecOperationAppType": ".targeting_spec_operation_app_type",
    "TargetingSpecOperationAppTypeField": ".targeting_spec_operation_app_type_field",
    "TargetingSpecOperationAppTypeOperation": ".targeting_spec_operation_app_type_operation",
    "TargetingSpecOperationGender": ".targeting_spec_operation_gender",
    "TargetingSpecOperationGenderField": ".targeting_spec_operation_gender_field",
    "TargetingSpecOperationGenderOperation": ".targeting_spec_operation_gender_operation",
    "TargetingSpecOperationList": ".targeting_spec_operation_list",
    "TargetingSpecOperationListOperation": ".targeting_spec_operation_list_operation",
    "TargetingSpecOperationMinMaxAge": ".targeting_spec_operation_min_max_age",
    "TargetingSpecOperationMinMaxAgeField": ".targeting_spec_operation_min_max_age_field",
    "TargetingSpecOperationMinMaxAgeOperation": ".targeting_spec_operation_min_max_age_operation",
    "TargetingSpecOperationShoppingRetargeting": ".targeting_spec_operation_shopping_retargeting",
    "TargetingSpecOperationShoppingRetargetingField": ".targeting_spec_operation_shopping_retargeting_field",
    "TargetingSpecOperationShoppingRetargetingOperation": ".targeting_spec_operation_shopping_retargeting_operation",
    "TargetingSpecOperationString": ".targeting_spec_operation_string",
    "TargetingSpecOperationStringOperation": ".targeting_spec_operation_string_operation",
    "TargetingSpecShoppingRetargeting": ".targeting_spec_shopping_retargeting",
    "TargetingSpecTARGETINGSTRATEGYType0Item": ".targeting_spec_targetingstrategy_type_0_item",
    "TargetingTemplateAudienceSizing": ".targeting_template_audience_sizing",
    "TargetingTemplateAudienceSizingReachEstimate": ".targeting_template_audience_sizing_reach_estimate",
    "TargetingTemplateCommon": ".targeting_template_common",
    "TargetingTemplateCreate": ".targeting_template_create",
    "TargetingTemplateGetResponseData": ".targeting_template_get_response_data",
    "TargetingTemplateKeyword": ".targeting_template_keyword",
    "TargetingTemplateListOrder": ".targeting_template_list_order",
    "TargetingTemplateListResponse200": ".targeting_template_list_response_200",
    "TargetingTemplateResponseData": ".targeting_template_response_data",
    "TargetingTemplateUpdateRequest": ".targeting_template_update_request",
    "TargetingTemplateUpdateRequestOperationType": ".targeting_template_update_request_operation_type",
    "TargetingTypeFilter": ".targeting_type_filter",
    "TargetingTypeFilterTargetingTypesItem": ".targeting_type_filter_targeting_types_item",
    "TemplateBasedReport": ".template_based_report",
    "TemplateResponse": ".template_response",
    "TemplateResponseColumnsItem": ".template_response_columns_item",
    "TemplateResponseConversionReportTimeType": ".template_response_conversion_report_time_type",
    "TemplateResponseCreationSource": ".template_response_creation_source",
    "TemplateResponseDateRange": ".template_response_date_range",
    "TemplateResponseDateRangeAbsoluteDateRangeType0": ".template_response_date_range_absolute_date_range_type_0",
    "TemplateResponseDateRangeDynamicDateRangeType0": ".template_response_date_range_dynamic_date_range_type_0",
    "TemplateResponseDateRangeDynamicDateRangeType0Range": ".template_response_date_range_dynamic_date_range_type_0_range",
    "TemplateResponseDateRangeRelativeDateRangeType0": ".template_response_date_range_relative_date_range_type_0",
    "TemplateResponseIngestionSourcesType0Item": ".template_response_ingestion_sources_type_0_item",
    "TemplatesListOrder": ".templates_list_order",
    "TemplatesListResponse200": ".templates_list_response_200",
    "TermsOfService": ".terms_of_service",
    "TitleKeywordsFilter": ".title_keywords_filter",
    "TokenRevocationRequest": ".token_revocation_request",
    "TokenRevocationRequestTokenTypeHint": ".token_revocation_request_token_type_hint",
    "TopPinsAnalyticsResponse": ".top_pins_analytics_response",
    "TopPinsAnalyticsResponseDateAvailability": ".top_pins_analytics_response_date_availability",
    "TopPinsAnalyticsResponsePinsItem": ".top_pins_analytics_response_pins_item",
    "TopPinsAnalyticsResponsePinsItemDataStatus": ".top_pins_analytics_response_pins_item_data_status",
    "TopPinsAnalyticsResponseSortBy": ".top_pins_analytics_response_sort_by",
    "TopVideoPinsAnalyticsResponse": ".top_video_pins_analytics_response",
    "TopVideoPinsAnalyticsResponseDateAvailability": ".top_video_pins_analytics_response_date_availability",
    "TopVideoPinsAnalyticsResponsePinsItem": ".top_video_pins_analytics_response_pins_item",
    "TopVideoPinsAnalyticsResponsePinsItemDataStatus": ".top_video_pins_analytics_response_pins_item_data_status",
    "TopVideoPinsAnalyticsResponsePinsItemMetrics": ".top_video_pins_analytics_response_pins_item_metrics",
    "TopVideoPinsAnalyticsResponseSortBy": ".top_video_pins_analytics_response_sort_by",
    "TrackingUrls": ".tracking_urls",
    "TrendType": ".trend_type",
    "TrendingKeywordsResponse": ".trending_keywords_response",
    "TrendingKeywordsResponseTrendingKeyword": ".trending_keywords_response_trending_keyword",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0": ".trending_keywords_response_trending_keyword_demographics_type_0",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0": ".trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0AgeDistribution": ".trending_keywords_response_trending_keyword_demographics_type_0_age_distribution_type_0_age_distribution",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0": ".trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0GenderDistribution": ".trending_keywords_response_trending_keyword_demographics_type_0_gender_distribution_type_0_gender_distribution",
    "TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries": ".trending_keywords_response_trending_keyword_predicted_time_series",
    "TrendingKeywordsResponseTrendingKeywordTimeSeries": ".trending_keywords_response_trending_keyword_time_series",
    "TrendingPin": ".trending_pin",
    "TrendingProductCategory": ".trending_product_category",
    "TrendingTopic": ".trending_topic",
    "TrendingTopicTimeSeries": ".trending_topic_time_series",
    "TrendsSupportedRegion": ".trends_supported_region",
    "UpdatableItemAttributes": ".updatable_item_attributes",
    "UpdateAssetGroupBody": ".update_asset_group_body",
    "UpdateAssetGroupBodyAssetGroupsToUpdateItem": ".update_asset_group_body_asset_groups_to_update_item",
    "UpdateAssetGroupResponse": ".update_asset_group_response",
    "UpdateAssetGroupResponseExceptionsType0Item": ".update_asset_group_response_exceptions_type_0_item",
    "UpdateInvitesResultsResponseArray": ".update_invites_results_response_array",
    "UpdateInvitesResultsResponseArrayItemsItem": ".update_invites_results_response_array_items_item",
    "UpdateMaskBidOptionField": ".update_mask_bid_option_field",
    "UpdateMaskFieldType": ".update_mask_field_type",
    "UpdateMemberAssetAccessBody": ".update_member_asset_access_body",
    "UpdateMemberAssetAccessBodyAccessesItem": ".update_member_asset_access_body_accesses_item",
    "UpdateMemberAssetsResultsResponseArray": ".update_member_assets_results_response_array",
    "UpdateMemberAssetsResultsResponseArrayItemsItem": ".update_member_assets_results_response_array_items_item",
    "UpdateMemberBusinessRoleBody": ".update_member_business_role_body",
    "UpdateMemberResult": ".update_member_result",
    "UpdateMemberResultsResponseArray": ".update_member_results_response_array",
    "UpdatePartnerAssetAccessBody": ".update_partner_asset_access_body",
    "UpdatePartnerAssetAccessBodyAccessesItem": ".update_partner_asset_access_body_accesses_item",
    "UpdatePartnerAssetsResult": ".update_partner_assets_result",
    "UpdatePartnerAssetsResultsResponseArray": ".update_partner_assets_results_response_array",
    "UpdatePartnerResultsResponseArray": ".update_partner_results_response_array",
    "UpdatePartnerResultsResponseArrayItemsItem": ".update_partner_results_response_array_items_item",
    "UserAccountAnalyticsAppTypes": ".user_account_analytics_app_types",
    "UserAccountAnalyticsContentType": ".user_account_analytics_content_type",
    "UserAccountAnalyticsFromClaimedContent": ".user_account_analytics_from_claimed_content",
    "UserAccountAnalyticsMetricTypesItem": ".user_account_analytics_metric_types_item",
    "UserAccountAnalyticsPinFormat": ".user_account_analytics_pin_format",
    "UserAccountAnalyticsSource": ".user_account_analytics_source",
    "UserAccountAnalyticsSplitField": ".user_account_analytics_split_field",
    "UserAccountAnalyticsTopPinsAppTypes": ".user_account_analytics_top_pins_app_types",
    "UserAccountAnalyticsTopPinsContentType": ".user_account_analytics_top_pins_content_type",
    "UserAccountAnalyticsTopPinsCreatedInLastNDays": ".user_account_analytics_top_pins_created_in_last_n_days",
    "UserAccountAnalyticsTopPinsFromClaimedContent": ".user_account_analytics_top_pins_from_claimed_content",
    "UserAccountAnalyticsTopPinsMetricTypesItem": ".user_account_analytics_top_pins_metric_types_item",
    "UserAccountAnalyticsTopPinsPinFormat": ".user_account_analytics_top_pins_pin_format",
    "UserAccountAnalyticsTopPinsSortBy": ".user_account_analytics_top_pins_sort_by",
    "UserAccountAnalyticsTopPinsSource": ".user_account_analytics_top_pins_source",
    "UserAccountAnalyticsTopVideoPinsAppTypes": ".user_account_analytics_top_video_pins_app_types",
    "UserAccountAnalyticsTopVideoPinsContentType": ".user_account_analytics_top_video_pins_content_type",
    "UserAccountAnalyticsTopVideoPinsCreatedInLastNDays": ".user_account_analytics_top_video_pins_created_in_last_n_days",
    "UserAccountAnalyticsTopVideoPinsFromClaimedContent": ".user_account_analytics_top_video_pins_from_claimed_content",
    "UserAccountAnalyticsTopVideoPinsMetricTypesItem": ".user_account_analytics_top_video_pins_metric_types_item",
    "UserAccountAnalyticsTopVideoPinsPinFormat": ".user_account_analytics_top_video_pins_pin_format",
    "UserAccountAnalyticsTopVideoPinsSortBy": ".user_account_analytics_top_video_pins_sort_by",
    "UserAccountAnalyticsTopVideoPinsSource": ".user_account_analytics_top_video_pins_source",
    "UserAccountFollowedInterestsResponse200": ".user_account_followed_interests_response_200",
    "UserBusinessRoleBinding": ".user_business_role_binding",
    "UserFollowingFeedType": ".user_following_feed_type",
    "UserFollowingGetResponse200": ".user_following_get_response_200",
    "UserListOperationType": ".user_list_operation_type",
    "UserListType": ".user_list_type",
    "UserSingleAssetBinding": ".user_single_asset_binding",
    "UserSummary": ".user_summary",
    "UserWebsiteSummary": ".user_website_summary",
    "UserWebsiteVerificationCode": ".user_website_verification_code",
    "UserWebsiteVerifyRequest": ".user_website_verify_request",
    "UserWebsiteVerifyRequestVerificationMethod": ".user_website_verify_request_verification_method",
    "UserWebsitesGetResponse200": ".user_websites_get_response_200",
    "UsersForIndividualAssetResponse": ".users_for_individual_asset_response",
    "VerticalProductCategory": ".vertical_product_category",
    "VideoMetadataWithItemType": ".video_metadata_with_item_type",
}


def __getattr__(name: str) -> Any:
    module_name = _MODULE_BY_NAME.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_BY_NAME])


__all__ = (
    "Account",
    "AccountAccountType",
    "ActionType",
    "AdAccount",
    "AdAccountAnalyticsClickWindowDays",
    "AdAccountAnalyticsColumnsItem",
    "AdAccountAnalyticsConversionReportTime",
    "AdAccountAnalyticsEngagementWindowDays",
    "AdAccountAnalyticsResponseItem",
    "AdAccountAnalyticsViewWindowDays",
    "AdAccountCreate",
    "AdAccountCreateSubscriptionRequest",
    "AdAccountCreateSubscriptionRequestPartnerMetadata",
    "AdAccountCreateSubscriptionResponse",
    "AdAccountGetSubscriptionResponse",
    "AdAccountOwner",
    "AdAccountTargetingAnalyticsGetClickWindowDays",
    "AdAccountTargetingAnalyticsGetColumnsItem",
    "AdAccountTargetingAnalyticsGetConversionReportTime",
    "AdAccountTargetingAnalyticsGetEngagementWindowDays",
    "AdAccountTargetingAnalyticsGetViewWindowDays",
    "AdAccountsAudiencesSharedAccountsListResponse200",
    "AdAccountsCountryResponse",
    "AdAccountsCountryResponseData",
    "AdAccountsListResponse200",
    "AdAccountsSubscriptionsGetListResponse200",
    "AdArrayResponse",
    "AdArrayResponseElement",
    "AdCommon",
    "AdCountry",
    "AdCreateRequest",
    "AdGroupArrayResponse",
    "AdGroupArrayResponseElement",
    "AdGroupAudienceSizingRequest",
    "AdGroupAudienceSizingRequestCreativeTypesType0Item",
    "AdGroupAudienceSizingRequestKeywordsType0Item",
    "AdGroupAudienceSizingResponse",
    "AdGroupCommon",
    "AdGroupCommonBidStrategyType",
    "AdGroupCommonPromotionApplicationLevelType1",
    "AdGroupCommonPromotionApplicationLevelType2Type1",
    "AdGroupCommonPromotionApplicationLevelType3Type1",
    "AdGroupCreateRequest",
    "AdGroupCreateRequestBidStrategyType",
    "AdGroupCreateRequestPromotionApplicationLevelType1",
    "AdGroupCreateRequestPromotionApplicationLevelType2Type1",
    "AdGroupCreateRequestPromotionApplicationLevelType3Type1",
    "AdGroupIdFilter",
    "AdGroupResponse",
    "AdGroupResponseConversionLearningModeTypeType1",
    "AdGroupResponseConversionLearningModeTypeType2Type1",
    "AdGroupResponseConversionLearningModeTypeType3Type1",
    "AdGroupSummaryStatus",
    "AdGroupUpdateRequest",
    "AdGroupsAnalyticsClickWindowDays",
    "AdGroupsAnalyticsColumnsItem",
    "AdGroupsAnalyticsConversionReportTime",
    "AdGroupsAnalyticsEngagementWindowDays",
    "AdGroupsAnalyticsResponseItem",
    "AdGroupsAnalyticsViewWindowDays",
    "AdGroupsListEntityStatusesItem",
    "AdGroupsListOrder",
    "AdGroupsListResponse200",
    "AdGroupsTargetingAnalyticsGetClickWindowDays",
    "AdGroupsTargetingAnalyticsGetColumnsItem",
    "AdGroupsTargetingAnalyticsGetConversionReportTime",
    "AdGroupsTargetingAnalyticsGetEngagementWindowDays",
    "AdGroupsTargetingAnalyticsGetViewWindowDays",
    "AdPinAnalytics",
    "AdPinId",
    "AdPinsAnalyticsClickWindowDays",
    "AdPinsAnalyticsColumnsItem",
    "AdPinsAnalyticsConversionReportTime",
    "AdPinsAnalyticsEngagementWindowDays",
    "AdPinsAnalyticsViewWindowDays",
    "AdPreviewRequestAdPreviewCreateFromImage",
    "AdPreviewRequestAdPreviewCreateFromPin",
    "AdPreviewRequestAdPreviewShopping",
    "AdPreviewRequestAdPreviewShoppingCreativeType",
    "AdPreviewRequestAdPreviewShoppingPreferredMediaType",
    "AdPreviewURLResponse",
    "AdResponse",
    "AdResponseRejectedReasonsItem",
    "AdResponseReviewStatus",
    "AdTargetingAnalyticsGetClickWindowDays",
    "AdTargetingAnalyticsGetColumnsItem",
    "AdTargetingAnalyticsGetConversionReportTime",
    "AdTargetingAnalyticsGetEngagementWindowDays",
    "AdTargetingAnalyticsGetViewWindowDays",
    "AdUpdateRequest",
    "AdsAnalyticsAdGroupTargetingType",
    "AdsAnalyticsAdTargetingType",
    "AdsAnalyticsCampaignTargetingType",
    "AdsAnalyticsClickWindowDays",
    "AdsAnalyticsColumnsItem",
    "AdsAnalyticsConversionReportTime",
    "AdsAnalyticsCreateAsyncRequest",
    "AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem",
    "AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItemCustomEventMetricsType",
    "AdsAnalyticsCreateAsyncResponse",
    "AdsAnalyticsEngagementWindowDays",
    "AdsAnalyticsFilterColumn",
    "AdsAnalyticsFilterOperator",
    "AdsAnalyticsGetAsyncResponse",
    "AdsAnalyticsMetricsFilter",
    "AdsAnalyticsResponseItem",
    "AdsAnalyticsTargetingType",
    "AdsAnalyticsViewWindowDays",
    "AdsCreditDiscountsResponse",
    "AdsCreditDiscountsResponseDiscountTypeType1",
    "AdsCreditDiscountsResponseDiscountTypeType2Type1",
    "AdsCreditDiscountsResponseDiscountTypeType3Type1",
    "AdsCreditRedeemRequest",
    "AdsCreditRedeemResponse",
    "AdsCreditsDiscountsGetResponse200",
    "AdsListEntityStatusesItem",
    "AdsListOrder",
    "AdsListResponse200",
    "AdvancedAuctionBidOptions",
    "AdvancedAuctionItem",
    "AdvancedAuctionItems",
    "AdvancedAuctionItemsGetRequest",
    "AdvancedAuctionItemsSubmitDeleteRecord",
    "AdvancedAuctionItemsSubmitRequest",
    "AdvancedAuctionItemsSubmitUpsertRecord",
    "AdvancedAuctionKey",
    "AdvancedAuctionOperation",
    "AdvancedAuctionOperationError",
    "AdvancedAuctionProcessedItems",
    "AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponse",
    "AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEvent",
    "AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0",
    "AgeBucketListItem",
    "AgeTrendsBucket",
    "AmazonConnectRequest",
    "AnalyticsDailyMetrics",
    "AnalyticsMetricsResponse",
    "AnalyticsMetricsResponseSummaryMetrics",
    "AnalyticsResponse",
    "AppTypeMultipliers",
    "AppTypeMultipliersAPPTYPE",
    "AssetGroupBinding",
    "AssetGroupType",
    "AssetIdPermissions",
    "AssetIdToPermissions",
    "Audience",
    "AudienceAccountType",
    "AudienceCategory",
    "AudienceCategoryAudienceSubcategory",
    "AudienceCommon",
    "AudienceCreateRequest",
    "AudienceDefinition",
    "AudienceDefinitionResponse",
    "AudienceDefinitionScope",
    "AudienceDefinitionScopeScope",
    "AudienceDefinitionType",
    "AudienceDefinitionTypeScope",
    "AudienceDemographicValue",
    "AudienceDemographics",
    "AudienceInsightCategoryArrayResponse",
    "AudienceInsightCategoryCommon",
    "AudienceInsightType",
    "AudienceInsightsResponse",
    "AudienceRule",
    "AudienceRuleEventSource",
    "AudienceRuleIngestionSource",
    "AudienceShareType",
    "AudienceType",
    "AudienceUpdateOperationType",
    "AudienceUpdateRequest",
    "AudiencesListOrder",
    "AudiencesListOwnershipType",
    "AudiencesListResponse200",
    "AuthRespondInvitesBody",
    "AuthRespondInvitesBodyInvitesItem",
    "AuthRespondInvitesBodyInvitesItemAction",
    "AvailabilityFilter",
    "BaseInviteDataResponse",
    "BaseInviteDataResponseInviteData",
    "BatchOperation",
    "BatchOperationStatus",
    "BidFloor",
    "BidFloorRequest",
    "BidFloorRequestBidFloorSpec",
    "BillingInvoiceDownloadResponse",
    "BillingInvoiceResponse",
    "BillingInvoiceResponseDocumentType",
    "BillingInvoiceResponseStatus",
    "BillingInvoicesGetDocumentType",
    "BillingInvoicesGetOrder",
    "BillingInvoicesGetResponse200",
    "BillingInvoicesGetSort",
    "BillingInvoicesGetStatus",
    "BillingProfilesGetResponse200",
    "BillingProfilesResponse",
    "BillingProfilesResponseBillingType",
    "BillingProfilesResponseCardType",
    "BillingProfilesResponsePaymentMethodBrand",
    "BillingProfilesResponseStatus",
    "Board",
    "BoardBase",
    "BoardCreate",
    "BoardMedia",
    "BoardOwner",
    "BoardPrivacy",
    "BoardPrivacyFilter",
    "BoardSection",
    "BoardSectionsListPinsResponse200",
    "BoardSectionsListResponse200",
    "BoardUpdatePrivacy",
    "BoardWithUpdatePrivacy",
    "BoardWithUpdatePrivacyUpdate",
    "BoardsListPinsResponse200",
    "BoardsListResponse200",
    "BoardsUserFollowsListResponse200",
    "BookClosedResponse",
    "BrandAccountsCreateBody",
    "BrandAccountsCreateBodyImageBase64",
    "BrandAccountsCreateBodyImageBase64ContentType",
    "BrandAccountsCreateResponse200",
    "BrandAccountsUpdateBody",
    "BrandAccountsUpdateBodyImageBase64",
    "BrandAccountsUpdateBodyImageBase64ContentType",
    "BrandAccountsUpdateResponse200",
    "BrandFilter",
    "BudgetType",
    "BulkDownloadRequest",
    "BulkDownloadRequestCampaignFilter",
    "BulkDownloadResponse",
    "BulkEntityType",
    "BulkOutputFormat",
    "BulkPinAnalyticsResponse",
    "BulkReportingJobStatus",
    "BulkUpsertRequest",
    "BulkUpsertRequestCreate",
    "BulkUpsertRequestUpdate",
    "BulkUpsertRequestUpdateLabelBulkUpdateRequest",
    "BulkUpsertRequestUpdateLabelBulkUpdateRequestStatus",
    "BulkUpsertResponse",
    "BulkUpsertStatus",
    "BulkUpsertStatusResponse",
    "BusinessAccessError",
    "BusinessAccessRole",
    "BusinessAccessUserSummary",
    "BusinessAccountAudiencesSharedAccountsListResponse200",
    "BusinessAssetMembersGetResponse200",
    "BusinessAssetPartnersGetResponse200",
    "BusinessAssetsGetAssetType",
    "BusinessAssetsGetResponse200",
    "BusinessMemberAssetsGetAssetType",
    "BusinessMemberAssetsGetResponse200",
    "BusinessMemberAssetsSummary",
    "BusinessMemberAssetsSummaryAdAccountsItem",
    "BusinessMemberAssetsSummaryProfilesItem",
    "BusinessMembersAssetAccessDeleteBody",
    "BusinessMembersAssetAccessDeleteBodyAccessesItem",
    "BusinessPartnerAssetAccessGetAssetType",
    "BusinessPartnerAssetAccessGetResponse200",
    "BusinessRole",
    "BusinessRoleCheckMode",
    "BusinessRoleForMembers",
    "BusinessSharedAudience",
    "BusinessSharedAudienceResponse",
    "CampaignAudienceMultipliers",
    "CampaignBidOptions",
    "CampaignBidOptionsUpdate",
    "CampaignBidOptionsUpdateUpdateMaskItem",
    "CampaignCommon",
    "CampaignCreateCommon",
    "CampaignCreateRequest",
    "CampaignCreateResponse",
    "CampaignCreateResponseData",
    "CampaignCreateResponseItem",
    "CampaignId",
    "CampaignIdFilter",
    "CampaignObjectivesFilter",
    "CampaignResponse",
    "CampaignSummaryStatus",
    "CampaignTargetingAnalyticsGetClickWindowDays",
    "CampaignTargetingAnalyticsGetColumnsItem",
    "CampaignTargetingAnalyticsGetConversionReportTime",
    "CampaignTargetingAnalyticsGetEngagementWindowDays",
    "CampaignTargetingAnalyticsGetViewWindowDays",
    "CampaignUpdateRequest",
    "CampaignsAnalyticsClickWindowDays",
    "CampaignsAnalyticsColumnsItem",
    "CampaignsAnalyticsConversionReportTime",
    "CampaignsAnalyticsEngagementWindowDays",
    "CampaignsAnalyticsResponseItem",
    "CampaignsAnalyticsViewWindowDays",
    "CampaignsListEntityStatusesItem",
    "CampaignsListOrder",
    "CampaignsListResponse200",
    "CancelInvitesBody",
    "CarouselSlot",
    "Catalog",
    "CatalogsCreateCreativeAssetsItem",
    "CatalogsCreateCreativeAssetsItemOperation",
    "CatalogsCreateHotelItem",
    "CatalogsCreateHotelItemOperation",
    "CatalogsCreateReportResponse",
    "CatalogsCreateRequest",
    "CatalogsCreateRetailItem",
    "CatalogsCreateRetailItemOperation",
    "CatalogsCreativeAssetsAttributes",
    "CatalogsCreativeAssetsAvailableFilterValues",
    "CatalogsCreativeAssetsAvailableFilterValuesCatalogType",
    "CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMap",
    "CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMapMediaTypeItem",
    "CatalogsCreativeAssetsBatchRequest",
    "CatalogsCreativeAssetsBatchRequestCatalogType",
    "CatalogsCreativeAssetsFeed",
    "CatalogsCreativeAssetsFeedsCreateRequest",
    "CatalogsCreativeAssetsFeedsUpdateRequest",
    "CatalogsCreativeAssetsItemErrorResponse",
    "CatalogsCreativeAssetsItemResponse",
    "CatalogsCreativeAssetsItemsBatch",
    "CatalogsCreativeAssetsItemsFilter",
    "CatalogsCreativeAssetsItemsFilterCatalogType",
    "CatalogsCreativeAssetsItemsPostFilter",
    "CatalogsCreativeAssetsItemsPostFilterCatalogType",
    "CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest",
    "CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequestCatalogType",
    "CatalogsCreativeAssetsProduct",
    "CatalogsCreativeAssetsProductCatalogType",
    "CatalogsCreativeAssetsProductGroup",
    "CatalogsCreativeAssetsProductGroupCatalogType",
    "CatalogsCreativeAssetsProductGroupCreateRequest",
    "CatalogsCreativeAssetsProductGroupCreateRequestCatalogType",
    "CatalogsCreativeAssetsProductGroupFiltersAllOf",
    "CatalogsCreativeAssetsProductGroupFiltersAnyOf",
    "CatalogsCreativeAssetsProductGroupProductCounts",
    "CatalogsCreativeAssetsProductGroupProductCountsCatalogType",
    "CatalogsCreativeAssetsProductGroupUpdateRequest",
    "CatalogsCreativeAssetsProductGroupUpdateRequestCatalogType",
    "CatalogsCreativeAssetsProductMetadata",
    "CatalogsDbItem",
    "CatalogsDeleteCreativeAssetsItem",
    "CatalogsDeleteCreativeAssetsItemOperation",
    "CatalogsDeleteHotelItem",
    "CatalogsDeleteHotelItemOperation",
    "CatalogsDeleteRetailItem",
    "CatalogsDeleteRetailItemOperation",
    "CatalogsFeedCredentials",
    "CatalogsFeedIngestion",
    "CatalogsFeedIngestionDetails",
    "CatalogsFeedIngestionErrors",
    "CatalogsFeedIngestionErrorsLARGEPRODUCTCOUNTDECREASE",
    "CatalogsFeedIngestionInfo",
    "CatalogsFeedIngestionWarnings",
    "CatalogsFeedProcessingResult",
    "CatalogsFeedProcessingSchedule",
    "CatalogsFeedProcessingScheduleTimezoneType1",
    "CatalogsFeedProcessingScheduleTimezoneType2Type1",
    "CatalogsFeedProcessingScheduleTimezoneType3Type1",
    "CatalogsFeedProcessingStatus",
    "CatalogsFeedProductCounts",
    "CatalogsFeedValidationDetails",
    "CatalogsFeedValidationErrors",
    "CatalogsFeedValidationWarnings",
    "CatalogsFeedValidationWarningsFETCHSAMESIGNATURE",
    "CatalogsFeedVideoCounts",
    "CatalogsFeedsCreateRequest",
    "CatalogsFeedsUpdateRequest",
    "CatalogsFormat",
    "CatalogsHotelAddress",
    "CatalogsHotelAttributes",
    "CatalogsHotelAttributesMainImage",
    "CatalogsHotelAvailableFilterValues",
    "CatalogsHotelAvailableFilterValuesCatalogType",
    "CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap",
    "CatalogsHotelBatchRequest",
    "CatalogsHotelBatchRequestCatalogType",
    "CatalogsHotelFeed",
    "CatalogsHotelFeedsCreateRequest",
    "CatalogsHotelFeedsUpdateRequest",
    "CatalogsHotelGuestRatings",
    "CatalogsHotelItemErrorResponse",
    "CatalogsHotelItemResponse",
    "CatalogsHotelItemsBatch",
    "CatalogsHotelItemsFilter",
    "CatalogsHotelItemsFilterCatalogType",
    "CatalogsHotelItemsPostFilter",
    "CatalogsHotelItemsPostFilterCatalogType",
    "CatalogsHotelListProductsByCatalogBasedFilterRequest",
    "CatalogsHotelListProductsByCatalogBasedFilterRequestCatalogType",
    "CatalogsHotelProduct",
    "CatalogsHotelProductCatalogType",
    "CatalogsHotelProductGroup",
    "CatalogsHotelProductGroupCatalogType",
    "CatalogsHotelProductGroupCreateRequest",
    "CatalogsHotelProductGroupCreateRequestCatalogType",
    "CatalogsHotelProductGroupFiltersAllOf",
    "CatalogsHotelProductGroupFiltersAnyOf",
    "CatalogsHotelProductGroupProductCounts",
    "CatalogsHotelProductGroupProductCountsCatalogType",
    "CatalogsHotelProductGroupType",
    "CatalogsHotelProductGroupUpdateRequest",
    "CatalogsHotelProductGroupUpdateRequestCatalogType",
    "CatalogsHotelProductMetadata",
    "CatalogsHotelReportParameters",
    "CatalogsHotelReportParametersCatalogType",
    "CatalogsHotelReportStatsParameters",
    "CatalogsHotelReportStatsParametersCatalogType",
    "CatalogsItemValidationDetails",
    "CatalogsItemValidationErrors",
    "CatalogsItemValidationIssue",
    "CatalogsItemValidationIssues",
    "CatalogsItemValidationWarnings",
    "CatalogsItems",
    "CatalogsItemsCreateBatchRequest",
    "CatalogsItemsDeleteBatchRequest",
    "CatalogsItemsDeleteDiscontinuedBatchRequest",
    "CatalogsItemsRequest",
    "CatalogsItemsUpdateBatchRequest",
    "CatalogsItemsUpsertBatchRequest",
    "CatalogsListProductsByFeedBasedFilter",
    "CatalogsListResponse200",
    "CatalogsLocale",
    "CatalogsProductGroupCreateRequest",
    "CatalogsProductGroupCurrencyCriteria",
    "CatalogsProductGroupFilterOperatorTypeCriteria",
    "CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType",
    "CatalogsProductGroupFiltersAllOf",
    "CatalogsProductGroupFiltersAnyOf",
    "CatalogsProductGroupFiltersRequestAllOf",
    "CatalogsProductGroupFiltersRequestAnyOf",
    "CatalogsProductGroupMultipleCountriesCriteria",
    "CatalogsProductGroupMultipleGenderCriteria",
    "CatalogsProductGroupMultipleMediaTypesCriteria",
    "CatalogsProductGroupMultipleStringCriteria",
    "CatalogsProductGroupMultipleStringListCriteria",
    "CatalogsProductGroupPinsListResponse200",
    "CatalogsProductGroupPricingCriteria",
    "CatalogsProductGroupStatus",
    "CatalogsProductGroupType",
    "CatalogsProductGroupUint32Criteria",
    "CatalogsProductGroupUint32CriteriaOperator",
    "CatalogsProductGroupUpdateRequest",
    "CatalogsProductGroupsListResponse200",
    "CatalogsReport",
    "CatalogsReportAllItemsFilter",
    "CatalogsReportAllItemsFilterReportType",
    "CatalogsReportDistributionIssueFilter",
    "CatalogsReportDistributionIssueFilterReportType",
    "CatalogsReportDistributionStats",
    "CatalogsReportDistributionStatsReportType",
    "CatalogsReportFeedIngestionFilter",
    "CatalogsReportFeedIngestionFilterReportType",
    "CatalogsReportFeedIngestionStats",
    "CatalogsReportFeedIngestionStatsReportType",
    "CatalogsReportFeedIngestionStatsSeverity",
    "CatalogsReportReportStatus",
    "CatalogsRetailAvailableFilterValues",
    "CatalogsRetailAvailableFilterValuesCatalogType",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMap",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapAvailabilityItem",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapConditionItem",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapGenderItem",
    "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapMediaTypeItem",
    "CatalogsRetailBatchRequest",
    "CatalogsRetailBatchRequestCatalogType",
    "CatalogsRetailFeed",
    "CatalogsRetailFeedsCreateRequest",
    "CatalogsRetailFeedsUpdateRequest",
    "CatalogsRetailItemErrorResponse",
    "CatalogsRetailItemResponse",
    "CatalogsRetailItemsBatch",
    "CatalogsRetailItemsFilter",
    "CatalogsRetailItemsFilterCatalogType",
    "CatalogsRetailItemsPostFilter",
    "CatalogsRetailItemsPostFilterCatalogType",
    "CatalogsRetailListProductsByCatalogBasedFilterRequest",
    "CatalogsRetailListProductsByCatalogBasedFilterRequestCatalogType",
    "CatalogsRetailProduct",
    "CatalogsRetailProductCatalogType",
    "CatalogsRetailProductGroup",
    "CatalogsRetailProductGroupCatalogType",
    "CatalogsRetailProductGroupCreateRequest",
    "CatalogsRetailProductGroupCreateRequestCatalogType",
    "CatalogsRetailProductGroupProductCounts",
    "CatalogsRetailProductGroupProductCountsCatalogType",
    "CatalogsRetailProductGroupUpdateRequest",
    "CatalogsRetailProductGroupUpdateRequestCatalogType",
    "CatalogsRetailProductMetadata",
    "CatalogsRetailReportParameters",
    "CatalogsRetailReportParametersCatalogType",
    "CatalogsRetailReportStatsParameters",
    "CatalogsRetailReportStatsParametersCatalogType",
    "CatalogsStatus",
    "CatalogsType",
    "CatalogsUpdatableCreativeAssetsAttributes",
    "CatalogsUpdatableHotelAttributes",
    "CatalogsUpdateCreativeAssetsItem",
    "CatalogsUpdateCreativeAssetsItemOperation",
    "CatalogsUpdateHotelItem",
    "CatalogsUpdateHotelItemOperation",
    "CatalogsUpdateRetailItem",
    "CatalogsUpdateRetailItemOperation",
    "CatalogsUpsertCreativeAssetsItem",
    "CatalogsUpsertCreativeAssetsItemOperation",
    "CatalogsUpsertHotelItem",
    "CatalogsUpsertHotelItemOperation",
    "CatalogsUpsertRetailItem",
    "CatalogsUpsertRetailItemOperation",
    "ConditionFilter",
    "ContentType",
    "ConversionAccessTokenResponse",
    "ConversionApiResponse",
    "ConversionApiResponseEventsItem",
    "ConversionApiResponseEventsItemStatus",
    "ConversionAttributionWindowDays",
    "ConversionEventAppInfo",
    "ConversionEventDeviceInfo",
    "ConversionEventDeviceInfoFormFactor",
    "ConversionEventDeviceInfoNetworkType",
    "ConversionEventDeviceInfoOsFamily",
    "ConversionEventResponse",
    "ConversionEvents",
    "ConversionEventsDataItem",
    "ConversionEventsDataItemCustomData",
    "ConversionEventsDataItemCustomDataContentsItem",
    "ConversionEventsUserDataProperties",
    "ConversionHealthSelectionItem",
    "ConversionHealthSelectionItemConversionType",
    "ConversionHealthSelectionItemCriteria",
    "ConversionHealthSelectionItemIngestionSource",
    "ConversionMSOTEvents",
    "ConversionMSOTEventsAttributionModel",
    "ConversionMSOTEventsAttributionScope",
    "ConversionMSOTEventsEventName",
    "ConversionProductReportRequest",
    "ConversionProductReportRequestConversionProductAttributionType",
    "ConversionProductReportRequestGranularity",
    "ConversionProductReportRequestLevel",
    "ConversionProductReportingColumn",
    "ConversionReportAttributionType",
    "ConversionReportTimeType",
    "ConversionTag",
    "ConversionTagCommon",
    "ConversionTagConfigs",
    "ConversionTagCreate",
    "ConversionTagListResponse",
    "ConversionTagType",
    "ConversionTagsListResponse200",
    "ConversionTagsOcpmEligibleResponse",
    "Country",
    "CountryFilter",
    "CreateAssetAccessRequestBody",
    "CreateAssetAccessRequestBodyAssetRequestsItem",
    "CreateAssetAccessRequestErrorMessageType0Item",
    "CreateAssetAccessRequestResponse",
    "CreateAssetAccessRequestResponseInvitesType0",
    "CreateAssetGroupBody",
    "CreateAssetGroupResponse",
    "CreateAssetInvitesRequest",
    "CreateAssetInvitesRequestItem",
    "CreateInvitesResultsResponseArray",
    "CreateInvitesResultsResponseArrayItemsItem",
    "CreateInvitesResultsResponseArrayItemsItemInviteType0",
    "CreateMMMReportRequest",
    "CreateMMMReportRequestGranularity",
    "CreateMMMReportRequestLevel",
    "CreateMMMReportResponse",
    "CreateMMMReportResponseCreateMMMReportResponseData",
    "CreateMembershipOrPartnershipInvitesBody",
    "CreateMembershipOrPartnershipInvitesBodyBusinessRole",
    "CreativeAssetsIdFilter",
    "CreativeAssetsProcessingRecord",
    "CreativeAssetsVisibilityType",
    "CreativeType",
    "Currency",
    "CurrencyFilter",
    "CustomLabel0Filter",
    "CustomLabel1Filter",
    "CustomLabel2Filter",
    "CustomLabel3Filter",
    "CustomLabel4Filter",
    "CustomNumber0Filter",
    "CustomNumber1Filter",
    "CustomNumber2Filter",
    "CustomNumber3Filter",
    "CustomNumber4Filter",
    "CustomerList",
    "CustomerListExceptions",
    "CustomerListRequest",
    "CustomerListStatus",
    "CustomerListUpdateRequest",
    "CustomerListUpload",
    "CustomerListUploadCreateRequest",
    "CustomerListUploadCreateResponse",
    "CustomerListUploadErrorDetail",
    "CustomerListUploadRecordCounts",
    "CustomerListUploadResponse",
    "CustomerListUploadResponseErrorDetail",
    "CustomerListUploadResponseRecordCounts",
    "CustomerListUploadResponseState",
    "CustomerListUploadState",
    "CustomerListsListOrder",
    "CustomerListsListResponse200",
    "CustomizableCTAType",
    "DataOutputFormat",
    "DataStatus",
    "DeleteAssetGroupBody",
    "DeleteAssetGroupResponse",
    "DeleteAssetGroupResponseExceptionsType0Item",
    "DeleteInvitesResultsResponseArray",
    "DeleteInvitesResultsResponseArrayItemsItem",
    "DeleteInvitesResultsResponseArrayItemsItemExceptionType0",
    "DeleteMemberAccessResult",
    "DeleteMemberAccessResultsResponseArray",
    "DeletePartnerAssetAccessBody",
    "DeletePartnerAssetAccessBodyAccessesItem",
    "DeletePartnerAssetAccessBodyAccessesItemPartnerType",
    "DeletePartnerAssetsResult",
    "DeletePartnerAssetsResultsResponseArray",
    "DeletePartnersRequest",
    "DeletePartnersResponse",
    "DeletedMembersResponse",
    "DeliveryMetricsGetReportType",
    "DeliveryMetricsResponse",
    "DeliveryMetricsResponseItemsItem",
    "DeliveryMetricsResponseItemsItemCategory",
    "DetailedError",
    "DetailedErrorDetails",
    "DisclosureType",
    "EnhancedMatchStatusType",
    "EntityStatus",
    "Error",
    "EventData",
    "EventQualityScore",
    "Exception_",
    "FeaturedTrend",
    "FeedProcessingResultsListResponse200",
    "FeedsListResponse200",
    "FollowUserRequest",
    "FollowersListResponse200",
    "Gender",
    "GenderBucket",
    "GenderDemographics",
    "GenderFilter",
    "GenderListItem",
    "GetAudiencesOrderBy",
    "GetBusinessAssetTypeResponse",
    "GetBusinessAssetsResponse",
    "GetBusinessAssetsResponseCatalogInfoType0",
    "GetBusinessEmployersResponse200",
    "GetBusinessMembersResponse200",
    "GetBusinessPartnersResponse200",
    "GetInvitesInviteStatusItem",
    "GetInvitesResponse200",
    "GetMMMReportResponse",
    "GetMMMReportResponseGetMMMReportResponseData",
    "GetMMMReportResponseGetMMMReportResponseDataReportStatus",
    "GetPartnerAssetsResponse",
    "GoogleProductCategory0Filter",
    "GoogleProductCategory1Filter",
    "GoogleProductCategory2Filter",
    "GoogleProductCategory3Filter",
    "GoogleProductCategory4Filter",
    "GoogleProductCategory5Filter",
    "GoogleProductCategory6Filter",
    "Granularity",
    "GridClickType",
    "HotelIdFilter",
    "HotelProcessingRecord",
    "ImageDetails",
    "ImageMetadata",
    "ImageSize",
    "IngestionSourceOptions",
    "InnerProductCategoriesMetricsHighlights",
    "IntegrationLog",
    "IntegrationLogClientError",
    "IntegrationLogClientRequest",
    "IntegrationLogClientRequestMethod",
    "IntegrationLogClientRequestRequestHeaders",
    "IntegrationLogClientRequestResponseHeaders",
    "IntegrationLogEventType",
    "IntegrationLogLogLevel",
    "IntegrationLogsInvalidLogResponse",
    "IntegrationLogsInvalidLogResponseRejectedLogsItem",
    "IntegrationLogsRequest",
    "IntegrationLogsSuccessResponse",
    "IntegrationMetadata",
    "IntegrationRecord",
    "IntegrationRequest",
    "IntegrationRequestPatch",
    "IntegrationsGetListResponse200",
    "Interest",
    "InterestsEnum",
    "InviteAssetsSummary",
    "InviteAssetsSummaryAdAccountsItem",
    "InviteAssetsSummaryProfilesItem",
    "InviteBusinessRoleBinding",
    "InviteBusinessRoleBindingInviteData",
    "InviteExceptionResponse",
    "InviteResponse",
    "InviteStatus",
    "InviteType",
    "ItemAttributes",
    "ItemAttributesRequest",
    "ItemCreateBatchRecord",
    "ItemDeleteBatchRecord",
    "ItemDeleteDiscontinuedBatchRecord",
    "ItemGroupIdFilter",
    "ItemIdFilter",
    "ItemProcessingRecord",
    "ItemProcessingStatus",
    "ItemUpdateBatchRecord",
    "ItemUpsertBatchRecord",
    "ItemValidationEvent",
    "ItemsIssuesListResponse200",
    "Keyword",
    "KeywordError",
    "KeywordMetrics",
    "KeywordMetricsResponse",
    "KeywordUpdate",
    "KeywordUpdateBody",
    "KeywordsCommon",
    "KeywordsGetResponse200",
    "KeywordsMetricsArrayResponse",
    "KeywordsRequest",
    "KeywordsResponse",
    "L1InterestListItem",
    "Label",
    "LabelCreateRequest",
    "LabelCreateRequestLabelsItem",
    "LabelError",
    "LabelParentType",
    "LabelParentTypeType1",
    "LabelParentTypeType2Type1",
    "LabelParentTypeType3Type1",
    "LabelStatus",
    "LabelType",
    "LabelUpdateRequest",
    "LabelUpdateRequestLabelsItem",
    "LabelsListEntityStatusesItem",
    "LabelsListLabelTypesItem",
    "LabelsListResponse200",
    "LabelsResponse",
    "Language",
    "LeadFormArrayResponse",
    "LeadFormArrayResponseItemsItem",
    "LeadFormCommon",
    "LeadFormCommonPolicyLinksItem",
    "LeadFormCreateRequest",
    "LeadFormQuestion",
    "LeadFormQuestionFieldType",
    "LeadFormQuestionType",
    "LeadFormResponse",
    "LeadFormStatus",
    "LeadFormTestRequest",
    "LeadFormTestResponse",
    "LeadFormUpdateRequest",
    "LeadFormsListOrder",
    "LeadFormsListResponse200",
    "LeadSubscription",
    "LeadSubscriptionPostParamsCreate",
    "LeadSubscriptionPostParamsCreatePartnerMetadata",
    "LeadsExportCreateRequest",
    "LeadsExportCreateResponse",
    "LeadsExportResponseData",
    "LeadsExportStatus",
    "LineItem",
    "LinkedBusiness",
    "LocalStoreUpdate",
    "LookbackPeriodOptions",
    "MMMReportingColumn",
    "MMMReportingTargetingType",
    "MatchType",
    "MatchTypeResponse",
    "MaxPriceFilter",
    "Media",
    "MediaListResponse200",
    "MediaType",
    "MediaTypeFilter",
    "MediaUpload",
    "MediaUploadCreate",
    "MediaUploadParameters",
    "MediaUploadStatus",
    "MediaUploadType",
    "MemberBusinessRole",
    "MembersToDeleteBody",
    "MembersToDeleteBodyMembersItem",
    "Metrics",
    "MetricsReportingLevel",
    "MetricsResponse",
    "MetricsResponseDataItem",
    "MinPriceFilter",
    "MultiPinsAnalyticsAppTypes",
    "MultiPinsAnalyticsMetricTypesItemType0",
    "MultiPinsAnalyticsMetricTypesItemType1",
    "NonDraftEntityStatus",
    "NonNullableCatalogsCurrency",
    "NonNullableProductAvailabilityType",
    "Notification",
    "NotificationPostBodyType0Item",
    "NotificationPostBodyType1",
    "NotificationPostNotificationResponse",
    "NullableCatalogsItemFieldType",
    "NullableCurrency",
    "OauthAccessTokenRequest",
    "OauthAccessTokenRequestClientCredentials",
    "OauthAccessTokenRequestClientCredentialsGrantType",
    "OauthAccessTokenRequestCode",
    "OauthAccessTokenRequestCodeGrantType",
    "OauthAccessTokenRequestGrantType",
    "OauthAccessTokenRequestRefresh",
    "OauthAccessTokenRequestRefreshGrantType",
    "OauthAccessTokenResponse",
    "OauthAccessTokenResponseClientCredentials",
    "OauthAccessTokenResponseClientCredentialsResponseType",
    "OauthAccessTokenResponseCode",
    "OauthAccessTokenResponseCodeResponseType",
    "OauthAccessTokenResponseIntegrationRefresh",
    "OauthAccessTokenResponseIntegrationRefreshResponseType",
    "OauthAccessTokenResponseRefresh",
    "OauthAccessTokenResponseRefreshResponseType",
    "OauthAccessTokenResponseResponseType",
    "ObjectiveType",
    "OperationType",
    "OptimizationGoalMetadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataConversionEvent",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataConversionLearningModeType",
    "OptimizationGoalMetadataFrequencyGoalMetadata",
    "OptimizationGoalMetadataFrequencyGoalMetadataTimerange",
    "OptimizationGoalMetadataScrollupGoalMetadata",
    "OrderLine",
    "OrderLineError",
    "OrderLinePaidType",
    "OrderLineResponse",
    "OrderLineSingleResponse",
    "OrderLineStatus",
    "OrderLines",
    "OrderLinesArrayResponse",
    "OrderLinesListOrder",
    "OrderLinesListResponse200",
    "OverallStatusOptions",
    "PacingDeliveryType",
    "PageVisitConversionTagsGetOrder",
    "PageVisitConversionTagsGetResponse200",
    "Paginated",
    "PaginatedItemsItem",
    "PartnerType",
    "Permissions",
    "PermissionsWithOwner",
    "Pin",
    "PinAnalyticsMetricsResponse",
    "PinAnalyticsMetricsResponseDailyMetricsItem",
    "PinAnalyticsMetricsResponseDailyMetricsItemMetrics",
    "PinAnalyticsMetricsResponseLifetimeMetrics",
    "PinAnalyticsMetricsResponseSummaryMetrics",
    "PinAnalyticsResponse",
    "PinCreate",
    "PinMediaSourceImageBase64",
    "PinMediaSourceImageBase64SourceType",
    "PinMediaSourceImageURL",
    "PinMediaSourceImageURLSourceType",
    "PinMediaSourceImagesBase64",
    "PinMediaSourceImagesBase64Item",
    "PinMediaSourceImagesBase64SourceType",
    "PinMediaSourceImagesURL",
    "PinMediaSourceImagesURLItem",
    "PinMediaSourceImagesURLSourceType",
    "PinMediaSourcePinURL",
    "PinMediaSourcePinURLSourceType",
    "PinMediaSourceVideoID",
    "PinMediaSourceVideoIDSourceType",
    "PinMediaWithImage",
    "PinMediaWithImageAndVideo",
    "PinMediaWithImageAndVideoMediaType",
    "PinMediaWithImageMediaType",
    "PinMediaWithImages",
    "PinMediaWithImagesMediaType",
    "PinMediaWithVideo",
    "PinMediaWithVideoMediaType",
    "PinMediaWithVideos",
    "PinMediaWithVideosMediaType",
    "PinPinMetricsType0",
    "PinPromotionSummaryStatus",
    "PinUpdate",
    "PinsAnalyticsAppTypes",
    "PinsAnalyticsMetricTypesItemType0",
    "PinsAnalyticsMetricTypesItemType1",
    "PinsAnalyticsSplitField",
    "PinsListPinFilter",
    "PinsListPinType",
    "PinsListResponse200",
    "PinsSaveBody",
    "PinterestLibError",
    "PinterestLibPaginationOrder",
    "PinterestLibStatus204",
    "PinterestLibStatus204StatusCode",
    "PlacementGroupType",
    "PlacementMultipliers",
    "PlacementMultipliersPLACEMENT",
    "PriceFilter",
    "PriceFilterCatalogsProductGroupPricingCurrencyCriteria",
    "PriceFilterCatalogsProductGroupPricingCurrencyCriteriaOperator",
    "ProductAvailabilityType",
    "ProductCategoriesDemographic",
    "ProductCategoriesDemographicAge",
    "ProductCategoriesEngagementType",
    "ProductCategoriesMetricsHighlights",
    "ProductCategoryDetailLookbackWindow",
    "ProductCategoryDetails",
    "ProductCategoryDetailsPredictedTimeSeries",
    "ProductCategoryDetailsTimeSeries",
    "ProductCategoryEnum",
    "ProductCategoryRegion",
    "ProductGroupAnalyticsResponseItem",
    "ProductGroupPromotion",
    "ProductGroupPromotionCollectionsHeaderTypeType1",
    "ProductGroupPromotionCollectionsHeaderTypeType2Type1",
    "ProductGroupPromotionCollectionsHeaderTypeType3Type1",
    "ProductGroupPromotionCreateRequest",
    "ProductGroupPromotionCustomizableCtaTypeType1",
    "ProductGroupPromotionCustomizableCtaTypeType2Type1",
    "ProductGroupPromotionCustomizableCtaTypeType3Type1",
    "ProductGroupPromotionPreferredMediaTypeType1",
    "ProductGroupPromotionPreferredMediaTypeType2Type1",
    "ProductGroupPromotionPreferredMediaTypeType3Type1",
    "ProductGroupPromotionResponse",
    "ProductGroupPromotionResponseItem",
    "ProductGroupPromotionUpdateRequest",
    "ProductGroupPromotionsListEntityStatusesItem",
    "ProductGroupPromotionsListOrder",
    "ProductGroupPromotionsListResponse200",
    "ProductGroupReferenceFilter",
    "ProductGroupSummaryStatus",
    "ProductGroupsAnalyticsClickWindowDays",
    "ProductGroupsAnalyticsColumnsItem",
    "ProductGroupsAnalyticsConversionReportTime",
    "ProductGroupsAnalyticsEngagementWindowDays",
    "ProductGroupsAnalyticsViewWindowDays",
    "ProductType0Filter",
    "ProductType1Filter",
    "ProductType2Filter",
    "ProductType3Filter",
    "ProductType4Filter",
    "ProductsByProductGroupFilterListResponse200",
    "PromotionArrayElement",
    "PromotionCommon",
    "PromotionCommonDiscountStatus",
    "PromotionCreateRequest",
    "PromotionResponse",
    "PromotionTemplateValue",
    "PromotionType",
    "PromotionUpdateRequest",
    "PromotionsListOrder",
    "PromotionsListResponse200",
    "PromotionsResponse",
    "QualityComponentDetails",
    "QualityComponentIssue",
    "QualityComponents",
    "QualityComponentsAdvertiserExternalId",
    "QualityComponentsClickIdEpik",
    "QualityComponentsExternalEventId",
    "QualityComponentsHashedEmail",
    "QualityComponentsHashedMaid",
    "QualityComponentsIpAddress",
    "QualityComponentsOrderId",
    "QualityComponentsOrderValue",
    "QualityComponentsProductId",
    "QualityComponentsSourceUrl",
    "QualityComponentsUserAgent",
    "QuizPinData",
    "QuizPinDataTieBreakerType",
    "QuizPinOption",
    "QuizPinQuestion",
    "QuizPinResult",
    "RelatedTerms",
    "RelatedTermsRelatedTermsListItem",
    "ReportingColumnAsync",
    "ReportingTimeZone",
    "ReportsStatsResponse200",
    "RespondToInvitesResponseArray",
    "RespondToInvitesResponseArrayItemsItem",
    "Role",
    "S3FilePart",
    "S3MultipartUploadData",
    "SSIOAccountAddress",
    "SSIOAccountItem",
    "SSIOAccountPMPName",
    "SSIOAccountResponse",
    "SSIOCreateInsertionOrderRequest",
    "SSIOCreateInsertionOrderRequestOrderLineType",
    "SSIOCreateInsertionOrderResponse",
    "SSIOEditInsertionOrderRequest",
    "SSIOEditInsertionOrderResponse",
    "SSIOInsertionOrderCommon",
    "SSIOInsertionOrderStatus",
    "SSIOOrderLine",
    "SearchPartnerPinsResponse200",
    "SearchUserBoardsGetResponse200",
    "SearchUserPinsListResponse200",
    "SharedAudience",
    "SharedAudienceAccount",
    "SharedAudienceAccountAccountType",
    "SharedAudienceCommon",
    "SharedAudienceResponse",
    "SharedAudienceResponseCommon",
    "SharedAudiencesForBusinessListOrder",
    "SharedAudiencesForBusinessListResponse200",
    "SingleInterestTargetingOptionResponse",
    "SourcePlatformOptions",
    "SsioInsertionOrdersStatusGetByAdAccountResponse200",
    "SsioOrderLinesGetByAdAccountResponse200",
    "SummaryPin",
    "SystemUserUpdateBody",
    "TargetingAdvertiserCountry",
    "TargetingOptionResponseType0Item",
    "TargetingOptionsGetPublicTargetingType",
    "TargetingSpec",
    "TargetingSpecAgeBucket",
    "TargetingSpecAppType",
    "TargetingSpecGender",
    "TargetingSpecOperationAgeBucket",
    "TargetingSpecOperationAgeBucketField",
    "TargetingSpecOperationAgeBucketOperation",
    "TargetingSpecOperationAppType",
    "TargetingSpecOperationAppTypeField",
    "TargetingSpecOperationAppTypeOperation",
    "TargetingSpecOperationGender",
    "TargetingSpecOperationGenderField",
    "TargetingSpecOperationGenderOperation",
    "TargetingSpecOperationList",
    "TargetingSpecOperationListOperation",
    "TargetingSpecOperationMinMaxAge",
    "TargetingSpecOperationMinMaxAgeField",
    "TargetingSpecOperationMinMaxAgeOperation",
    "TargetingSpecOperationShoppingRetargeting",
    "TargetingSpecOperationShoppingRetargetingField",
    "TargetingSpecOperationShoppingRetargetingOperation",
    "TargetingSpecOperationString",
    "TargetingSpecOperationStringOperation",
    "TargetingSpecShoppingRetargeting",
    "TargetingSpecTARGETINGSTRATEGYType0Item",
    "TargetingTemplateAudienceSizing",
    "TargetingTemplateAudienceSizingReachEstimate",
    "TargetingTemplateCommon",
    "TargetingTemplateCreate",
    "TargetingTemplateGetResponseData",
    "TargetingTemplateKeyword",
    "TargetingTemplateListOrder",
    "TargetingTemplateListResponse200",
    "TargetingTemplateResponseData",
    "TargetingTemplateUpdateRequest",
    "TargetingTemplateUpdateRequestOperationType",
    "TargetingTypeFilter",
    "TargetingTypeFilterTargetingTypesItem",
    "TemplateBasedReport",
    "TemplateResponse",
    "TemplateResponseColumnsItem",
    "TemplateResponseConversionReportTimeType",
    "TemplateResponseCreationSource",
    "TemplateResponseDateRange",
    "TemplateResponseDateRangeAbsoluteDateRangeType0",
    "TemplateResponseDateRangeDynamicDateRangeType0",
    "TemplateResponseDateRangeDynamicDateRangeType0Range",
    "TemplateResponseDateRangeRelativeDateRangeType0",
    "TemplateResponseIngestionSourcesType0Item",
    "TemplatesListOrder",
    "TemplatesListResponse200",
    "TermsOfService",
    "TitleKeywordsFilter",
    "TokenRevocationRequest",
    "TokenRevocationRequestTokenTypeHint",
    "TopPinsAnalyticsResponse",
    "TopPinsAnalyticsResponseDateAvailability",
    "TopPinsAnalyticsResponsePinsItem",
    "TopPinsAnalyticsResponsePinsItemDataStatus",
    "TopPinsAnalyticsResponseSortBy",
    "TopVideoPinsAnalyticsResponse",
    "TopVideoPinsAnalyticsResponseDateAvailability",
    "TopVideoPinsAnalyticsResponsePinsItem",
    "TopVideoPinsAnalyticsResponsePinsItemDataStatus",
    "TopVideoPinsAnalyticsResponsePinsItemMetrics",
    "TopVideoPinsAnalyticsResponseSortBy",
    "TrackingUrls",
    "TrendType",
    "TrendingKeywordsResponse",
    "TrendingKeywordsResponseTrendingKeyword",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0AgeDistributionType0AgeDistribution",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0",
    "TrendingKeywordsResponseTrendingKeywordDemographicsType0GenderDistributionType0GenderDistribution",
    "TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries",
    "TrendingKeywordsResponseTrendingKeywordTimeSeries",
    "TrendingPin",
    "TrendingProductCategory",
    "TrendingTopic",
    "TrendingTopicTimeSeries",
    "TrendsSupportedRegion",
    "UpdatableItemAttributes",
    "UpdateAssetGroupBody",
    "UpdateAssetGroupBodyAssetGroupsToUpdateItem",
    "UpdateAssetGroupResponse",
    "UpdateAssetGroupResponseExceptionsType0Item",
    "UpdateInvitesResultsResponseArray",
    "UpdateInvitesResultsResponseArrayItemsItem",
    "UpdateMaskBidOptionField",
    "UpdateMaskFieldType",
    "UpdateMemberAssetAccessBody",
    "UpdateMemberAssetAccessBodyAccessesItem",
    "UpdateMemberAssetsResultsResponseArray",
    "UpdateMemberAssetsResultsResponseArrayItemsItem",
    "UpdateMemberBusinessRoleBody",
    "UpdateMemberResult",
    "UpdateMemberResultsResponseArray",
    "UpdatePartnerAssetAccessBody",
    "UpdatePartnerAssetAccessBodyAccessesItem",
    "UpdatePartnerAssetsResult",
    "UpdatePartnerAssetsResultsResponseArray",
    "UpdatePartnerResultsResponseArray",
    "UpdatePartnerResultsResponseArrayItemsItem",
    "UserAccountAnalyticsAppTypes",
    "UserAccountAnalyticsContentType",
    "UserAccountAnalyticsFromClaimedContent",
    "UserAccountAnalyticsMetricTypesItem",
    "UserAccountAnalyticsPinFormat",
    "UserAccountAnalyticsSource",
    "UserAccountAnalyticsSplitField",
    "UserAccountAnalyticsTopPinsAppTypes",
    "UserAccountAnalyticsTopPinsContentType",
    "UserAccountAnalyticsTopPinsCreatedInLastNDays",
    "UserAccountAnalyticsTopPinsFromClaimedContent",
    "UserAccountAnalyticsTopPinsMetricTypesItem",
    "UserAccountAnalyticsTopPinsPinFormat",
    "UserAccountAnalyticsTopPinsSortBy",
    "UserAccountAnalyticsTopPinsSource",
    "UserAccountAnalyticsTopVideoPinsAppTypes",
    "UserAccountAnalyticsTopVideoPinsContentType",
    "UserAccountAnalyticsTopVideoPinsCreatedInLastNDays",
    "UserAccountAnalyticsTopVideoPinsFromClaimedContent",
    "UserAccountAnalyticsTopVideoPinsMetricTypesItem",
    "UserAccountAnalyticsTopVideoPinsPinFormat",
    "UserAccountAnalyticsTopVideoPinsSortBy",
    "UserAccountAnalyticsTopVideoPinsSource",
    "UserAccountFollowedInterestsResponse200",
    "UserBusinessRoleBinding",
    "UserFollowingFeedType",
    "UserFollowingGetResponse200",
    "UserListOperationType",
    "UserListType",
    "UserSingleAssetBinding",
    "UserSummary",
    "UserWebsiteSummary",
    "UserWebsiteVerificationCode",
    "UserWebsiteVerifyRequest",
    "UserWebsiteVerifyRequestVerificationMethod",
    "UserWebsitesGetResponse200",
    "UsersForIndividualAssetResponse",
    "VerticalProductCategory",
    "VideoMetadataWithItemType",
)
