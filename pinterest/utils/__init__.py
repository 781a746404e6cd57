"""Helpers that `pinterest-api-sdk` 0.2.7 exposed under `pinterest.utils`."""
