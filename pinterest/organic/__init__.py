"""Organic resources: boards, board sections and pins."""
