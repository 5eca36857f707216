"""Telegram: a bot webhook checked against its secret token; inline keyboards for choices."""
from channels.telegram.webhook import setup

__all__ = ["setup"]
