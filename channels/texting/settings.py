"""The texting channels' shared settings are part of the one settings tree (bot/config.py: Settings.texting);
the class lives in bot/channel_settings.py and is named here too for the texting code that uses it."""
from __future__ import annotations

from bot.channel_settings import TextingSettings

__all__ = ["TextingSettings"]
