"""Local stand-ins for the providers' APIs (Twilio's REST API, Telegram's Bot API), started before the
stack so that the hub can be pointed at them (TWILIO_API_BASE_URL, TELEGRAM_API_BASE_URL)."""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from tests.support.standins.telegram_api import TelegramStandIn
from tests.support.standins.twilio_api import TwilioStandIn

# Ofcom's drama range (07700 900000 to 900999): never a real person's number.
SMS_NUMBER = "+447700900000"
WHATSAPP_NUMBER = "+447700900001"


@dataclass
class StandIns:
    twilio: TwilioStandIn
    telegram: TelegramStandIn
    telegram_secret: str

    def environment(self) -> dict[str, str]:
        """What the stack needs to use the stand-ins."""
        return {
            "TWILIO_ACCOUNT_SID": self.twilio.account_sid,
            "TWILIO_AUTH_TOKEN": self.twilio.auth_token,
            "TWILIO_SMS_NUMBER": SMS_NUMBER,
            "TWILIO_WHATSAPP_NUMBER": WHATSAPP_NUMBER,
            "TWILIO_API_BASE_URL": self.twilio.url,
            "TELEGRAM_BOT_TOKEN": self.telegram.bot_token,
            "TELEGRAM_SECRET_TOKEN": self.telegram_secret,
            "TELEGRAM_API_BASE_URL": self.telegram.url,
        }

    def stop(self) -> None:
        self.twilio.stop()
        self.telegram.stop()


def start_standins() -> StandIns:
    twilio = TwilioStandIn(account_sid="AC" + secrets.token_hex(16), auth_token=secrets.token_hex(16)).start()
    telegram = TelegramStandIn(bot_token=f"{secrets.randbelow(10**9)}:{secrets.token_urlsafe(26)}").start()
    return StandIns(twilio=twilio, telegram=telegram, telegram_secret=secrets.token_urlsafe(24))
