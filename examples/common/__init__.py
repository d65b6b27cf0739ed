"""Helpers the examples share: the text layout of their reports (common.layout)."""
