"""The texting channels' part of the settings tree (bot/config.py): what SMS, WhatsApp and Telegram share
(address retention, the outbox's retries), Twilio's and Telegram's credentials. Read once with the rest
of the tree; the channels (channels/texting, channels/twilio, channels/telegram) receive these and never
read the environment. They live here, not in channels/, because importing a channel package starts its
webhook, which needs the tree."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from bot.settings_core import ConfigError, EnvReader, number_text

WHATSAPP_PREFIX = "whatsapp:"
# An E.164 number, with or without its "+": what Twilio sends in From and To.
_PHONE_NUMBER = re.compile(r"^\+?[0-9]{3,15}$")
# What Telegram accepts as a webhook's secret_token (setWebhook).
_TELEGRAM_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
DEFAULT_TELEGRAM_API_BASE_URL = "https://api.telegram.org"


def is_phone_number(number: str) -> bool:
    return bool(_PHONE_NUMBER.match(number))


def e164(number: str) -> str:
    number = number.strip().replace(" ", "")
    return number if number.startswith("+") or not number else "+" + number


def _our_number(read: EnvReader, name: str) -> str:
    """One of our Twilio numbers in E.164 ("+447700900000"), "whatsapp:" and spaces taken off; "" if unset."""
    raw = read.text(name)
    number = raw[len(WHATSAPP_PREFIX):] if raw.lower().startswith(WHATSAPP_PREFIX) else raw
    number = e164(number)
    if number and not is_phone_number(number):
        raise ConfigError(f"{name} must be a phone number in E.164 form such as +447700900000, not {raw!r}")
    return number


def _optional_web_address(read: EnvReader, name: str) -> str:
    return read.web_address(name, "") if read.text(name) else ""


@dataclass(frozen=True)
class TextingSettings:
    # How long a texting address is kept after the person's last message.
    contact_retention: dt.timedelta = dt.timedelta(hours=24)
    # First retry of a failed send after this long; each next one waits twice as long (capped).
    retry_base_seconds: float = 2.0
    retry_max_seconds: float = 600.0
    max_attempts: int = 10
    # How often idle addresses and settled outbox rows are deleted.
    cleanup_interval_seconds: float = 300.0

    @classmethod
    def from_env(cls, read: EnvReader) -> "TextingSettings":
        return cls(
            contact_retention=dt.timedelta(hours=read.positive_number("CONTACT_RETENTION_HOURS", 24)),
            retry_base_seconds=read.positive_number("OUTBOX_RETRY_BASE_SECONDS", cls.retry_base_seconds),
            retry_max_seconds=read.positive_number("OUTBOX_RETRY_MAX_SECONDS", cls.retry_max_seconds),
            max_attempts=read.whole_number("OUTBOX_MAX_ATTEMPTS", cls.max_attempts, kind="a whole number of attempts"),
            cleanup_interval_seconds=read.positive_number(
                "CONTACT_CLEANUP_INTERVAL_SECONDS", cls.cleanup_interval_seconds
            ),
        )

    def environment(self) -> dict[str, str]:
        return {
            "CONTACT_RETENTION_HOURS": number_text(self.contact_retention.total_seconds() / 3600),
            "OUTBOX_RETRY_BASE_SECONDS": number_text(self.retry_base_seconds),
            "OUTBOX_RETRY_MAX_SECONDS": number_text(self.retry_max_seconds),
            "OUTBOX_MAX_ATTEMPTS": str(self.max_attempts),
            "CONTACT_CLEANUP_INTERVAL_SECONDS": number_text(self.cleanup_interval_seconds),
        }

    def retry_delay(self, failed_attempts: int) -> float:
        """Exponential backoff: base, 2x base, 4x base ... up to the cap."""
        return float(min(self.retry_max_seconds, self.retry_base_seconds * (2 ** max(0, failed_attempts - 1))))


@dataclass(frozen=True)
class TwilioSettings:
    """TWILIO_*, as given ("" when unset). Whether SMS and WhatsApp are on, and what is missing when they
    are not, is channels/twilio/config.py's to say: a half-configured channel is off, not a failed start."""

    account_sid: str = ""
    auth_token: str = ""
    sms_number: str = ""
    whatsapp_number: str = ""
    # Only to point at a stand-in (tests); "" for Twilio's own.
    api_base_url: str = ""

    @classmethod
    def from_env(cls, read: EnvReader) -> "TwilioSettings":
        return cls(
            account_sid=read.text("TWILIO_ACCOUNT_SID"),
            auth_token=read.text("TWILIO_AUTH_TOKEN"),
            sms_number=_our_number(read, "TWILIO_SMS_NUMBER"),
            whatsapp_number=_our_number(read, "TWILIO_WHATSAPP_NUMBER"),
            api_base_url=_optional_web_address(read, "TWILIO_API_BASE_URL"),
        )

    def environment(self) -> dict[str, str]:
        return {
            "TWILIO_ACCOUNT_SID": self.account_sid,
            "TWILIO_AUTH_TOKEN": self.auth_token,
            "TWILIO_SMS_NUMBER": self.sms_number,
            "TWILIO_WHATSAPP_NUMBER": self.whatsapp_number,
            "TWILIO_API_BASE_URL": self.api_base_url,
        }


@dataclass(frozen=True)
class TelegramSettings:
    """TELEGRAM_*, as given ("" when unset); channels/telegram/config.py decides whether the channel is on."""

    bot_token: str = ""
    # Telegram sends it in X-Telegram-Bot-Api-Secret-Token (set with setWebhook's secret_token).
    secret_token: str = ""
    api_base_url: str = DEFAULT_TELEGRAM_API_BASE_URL

    @classmethod
    def from_env(cls, read: EnvReader) -> "TelegramSettings":
        secret = read.text("TELEGRAM_SECRET_TOKEN")
        if secret and not _TELEGRAM_SECRET.match(secret):
            # Not the value: it is a secret.
            raise ConfigError("TELEGRAM_SECRET_TOKEN must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -")
        return cls(
            bot_token=read.text("TELEGRAM_BOT_TOKEN"),
            secret_token=secret,
            api_base_url=read.web_address("TELEGRAM_API_BASE_URL", DEFAULT_TELEGRAM_API_BASE_URL),
        )

    def environment(self) -> dict[str, str]:
        return {
            "TELEGRAM_BOT_TOKEN": self.bot_token,
            "TELEGRAM_SECRET_TOKEN": self.secret_token,
            "TELEGRAM_API_BASE_URL": self.api_base_url,
        }

