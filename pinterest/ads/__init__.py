"""Ads resources: ad accounts, campaigns, ad groups, ads, keywords, audiences, customer lists,
conversion tags and conversion events."""
