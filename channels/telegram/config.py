"""Telegram's configuration, from the settings tree's TELEGRAM_* part (Settings.telegram, read and checked
at start-up by bot/config.py). The channel is on when both secrets are set."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.channel_settings import DEFAULT_TELEGRAM_API_BASE_URL as DEFAULT_API_BASE_URL
from bot.config import Settings


@dataclass(frozen=True)
class TelegramConfig:
    bot_token: str
    # Telegram sends it in X-Telegram-Bot-Api-Secret-Token (set with setWebhook's secret_token).
    secret_token: str
    api_base_url: str = DEFAULT_API_BASE_URL

    def method_url(self, method: str) -> str:
        """The Bot API address of a method. It contains the bot token: never log it."""
        return f"{self.api_base_url}/bot{self.bot_token}/{method}"


def load(settings: Settings) -> tuple[Optional[TelegramConfig], str]:
    telegram = settings.telegram
    token, secret = telegram.bot_token, telegram.secret_token
    missing = [name for name, value in (("TELEGRAM_BOT_TOKEN", token), ("TELEGRAM_SECRET_TOKEN", secret)) if not value]
    if missing:
        # Without the secret anyone could post updates as Telegram: the channel stays off.
        return None, "Telegram is not set up on this server (missing " + ", ".join(missing) + ")."
    return TelegramConfig(bot_token=token, secret_token=secret, api_base_url=telegram.api_base_url), ""
