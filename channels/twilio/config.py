"""Twilio's settings (TWILIO_* in the environment). SMS and WhatsApp are on when their number is set."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Optional

from bot.config import Settings

SMS, WHATSAPP = "sms", "whatsapp"
WHATSAPP_PREFIX = "whatsapp:"
# An E.164 number, with or without its "+": what Twilio sends in From and To.
_PHONE_NUMBER = re.compile(r"^\+?[0-9]{3,15}$")


def split_address(twilio_address: str) -> tuple[str, str]:
    """("whatsapp", "+447700900123") for "whatsapp:+447700900123"; ("sms", "+44...") for "+44..."."""
    value = twilio_address.strip()
    if value.lower().startswith(WHATSAPP_PREFIX):
        return WHATSAPP, _e164(value[len(WHATSAPP_PREFIX):])
    return SMS, _e164(value)


def _e164(number: str) -> str:
    number = number.strip().replace(" ", "")
    return number if number.startswith("+") or not number else "+" + number


def is_phone_number(number: str) -> bool:
    return bool(_PHONE_NUMBER.match(number))


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
    env: Mapping[str, str] = settings.extra
    account_sid = env.get("TWILIO_ACCOUNT_SID", "").strip()
    auth_token = env.get("TWILIO_AUTH_TOKEN", "").strip()
    sms = env.get("TWILIO_SMS_NUMBER", "").strip()
    whatsapp = env.get("TWILIO_WHATSAPP_NUMBER", "").strip()
    missing = [name for name, value in (("TWILIO_ACCOUNT_SID", account_sid), ("TWILIO_AUTH_TOKEN", auth_token)) if not value]
    if not (sms or whatsapp):
        missing.append("TWILIO_SMS_NUMBER or TWILIO_WHATSAPP_NUMBER")
    if missing:
        return None, "SMS and WhatsApp are not set up on this server (missing " + ", ".join(missing) + ")."
    config = TwilioConfig(
        account_sid=account_sid,
        auth_token=auth_token,
        sms_number=split_address(sms)[1] if sms else None,
        whatsapp_number=split_address(whatsapp)[1] if whatsapp else None,
        public_base_url=settings.public_base_url.rstrip("/"),
        api_base_url=(env.get("TWILIO_API_BASE_URL", "").strip().rstrip("/") or None),
    )
    return config, ""
