"""Twilio's configuration, from the settings tree's TWILIO_* part (Settings.twilio, read and checked at
start-up by bot/config.py). SMS and WhatsApp are on when their number is set."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.assistant_contract import SMS, WHATSAPP
from bot.channel_settings import WHATSAPP_PREFIX, e164, is_phone_number
from bot.config import Settings

# SMS and WHATSAPP are named in the contract with the hub's other channels; re-exported for the adapter.
__all__ = ["SMS", "WHATSAPP", "WHATSAPP_PREFIX", "TwilioConfig", "is_phone_number", "load", "split_address"]


def split_address(twilio_address: str) -> tuple[str, str]:
    """("whatsapp", "+447700900123") for "whatsapp:+447700900123"; ("sms", "+44...") for "+44..."."""
    value = twilio_address.strip()
    if value.lower().startswith(WHATSAPP_PREFIX):
        return WHATSAPP, e164(value[len(WHATSAPP_PREFIX):])
    return SMS, e164(value)


@dataclass(frozen=True)
class TwilioConfig:
    account_sid: str
    auth_token: str
    sms_number: Optional[str]
    whatsapp_number: Optional[str]
    # The address Twilio calls: signatures are computed over it, not over what the proxy forwards.
    public_base_url: str
    # Where the API is (tests point this at a local stand-in); None for Twilio's own.
    api_base_url: Optional[str]

    def our_number(self, channel: str) -> Optional[str]:
        return self.sms_number if channel == SMS else self.whatsapp_number

    @property
    def channels(self) -> list[str]:
        return [name for name in (SMS, WHATSAPP) if self.our_number(name)]

    @property
    def status_callback_url(self) -> str:
        return f"{self.public_base_url}/webhooks/twilio/status"


def load(settings: Settings) -> tuple[Optional[TwilioConfig], str]:
    """The configuration, or None and what is missing (said in the routes' 503, never a secret)."""
    twilio = settings.twilio
    credentials = (("TWILIO_ACCOUNT_SID", twilio.account_sid), ("TWILIO_AUTH_TOKEN", twilio.auth_token))
    missing = [name for name, value in credentials if not value]
    if not (twilio.sms_number or twilio.whatsapp_number):
        missing.append("TWILIO_SMS_NUMBER or TWILIO_WHATSAPP_NUMBER")
    if missing:
        return None, "SMS and WhatsApp are not set up on this server (missing " + ", ".join(missing) + ")."
    config = TwilioConfig(
        account_sid=twilio.account_sid,
        auth_token=twilio.auth_token,
        # Already in E.164, without "whatsapp:" (bot/channel_settings.py).
        sms_number=twilio.sms_number or None,
        whatsapp_number=twilio.whatsapp_number or None,
        public_base_url=settings.public_base_url.rstrip("/"),
        api_base_url=twilio.api_base_url or None,
    )
    return config, ""
