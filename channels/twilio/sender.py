"""Sends SMS and WhatsApp messages with the official twilio library, without blocking the event loop.

twilio 8.2.2 has an asyncio HTTP client (twilio.http.async_http_client.AsyncTwilioHttpClient, on
aiohttp) and `create_async` on every resource. The API's address is the `base_url` of the client's
`api` domain (twilio.base.domain.Domain), so TWILIO_API_BASE_URL points the library at a stand-in in
tests without touching how it builds, signs or parses requests."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Optional

import aiohttp
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.storage.outbox import QueuedMessage
from channels.texting.delivery import SendFailure
from channels.twilio.config import WHATSAPP, WHATSAPP_PREFIX, TwilioConfig

# The library logs every request at INFO (URLs and headers): enough noise to hide what matters.
logging.getLogger("twilio").setLevel(logging.WARNING)
# The library passes no timeout to aiohttp (which then waits for ever): we bound each send ourselves.
SEND_TIMEOUT_SECONDS = 20.0
# Twilio's error for a recipient who replied STOP (its own opt-out list): no retry, and we stop too.
UNSUBSCRIBED_RECIPIENT = 21610
TOO_MANY_REQUESTS = 20429
# How many of the newest messages to one address are read when looking for a try cut short: a person's
# answers in the minutes around one try are far fewer.
LOOKBACK = 20


def classify(error: TwilioRestException) -> SendFailure:
    """A send failure from Twilio's answer. Only the status and Twilio's error code are kept: the
    message text can quote the phone number."""
    reason = f"twilio {error.status} error {error.code or '-'}"
    if error.code == UNSUBSCRIBED_RECIPIENT:
        return SendFailure(reason, temporary=False, opted_out=True)
    temporary = error.status == 429 or error.status >= 500 or error.code == TOO_MANY_REQUESTS
    return SendFailure(reason, temporary=temporary)


class TwilioTransport:
    def __init__(self, config: TwilioConfig) -> None:
        self.config = config
        self._http = AsyncTwilioHttpClient()
        self._client = Client(config.account_sid, config.auth_token, http_client=self._http)
        if config.api_base_url:
            self._client.api.base_url = config.api_base_url

    def _addresses(self, channel: str, address: str) -> tuple[str, str]:
        """(to, from) in Twilio's form: WhatsApp addresses carry the "whatsapp:" prefix."""
        ours = self.config.our_number(channel) or ""
        if channel == WHATSAPP:
            return WHATSAPP_PREFIX + address, WHATSAPP_PREFIX + ours
        return address, ours

    async def send(self, address: str, message: QueuedMessage) -> Optional[str]:
        to, sender = self._addresses(message.channel, address)
        try:
            created = await asyncio.wait_for(
                self._client.messages.create_async(
                    to=to, from_=sender, body=message.body, status_callback=self.config.status_callback_url
                ),
                timeout=SEND_TIMEOUT_SECONDS,
            )
        except TwilioRestException as error:
            raise classify(error) from None
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError, TwilioException, ValueError) as error:
            # Network trouble, or an answer that is not Twilio's JSON: worth trying again. Unless the
            # connection was never made, Twilio may have taken the message: it is asked before the next try.
            raise SendFailure(f"twilio unreachable: {type(error).__name__}", temporary=True,
                              outcome_unknown=not isinstance(error, aiohttp.ClientConnectorError)) from None
        return str(created.sid) if created.sid else None

    async def taken_since(self, address: str, message: QueuedMessage, since: dt.datetime) -> list[str]:
        """Twilio's ids of messages with these words to `address` created since `since`, newest first (its
        Messages list, filtered by To and From, gives the newest first)."""
        to, sender = self._addresses(message.channel, address)
        try:
            found = await asyncio.wait_for(
                self._client.messages.list_async(to=to, from_=sender, limit=LOOKBACK, page_size=LOOKBACK),
                timeout=SEND_TIMEOUT_SECONDS,
            )
        except TwilioRestException as error:
            raise classify(error) from None
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError, TwilioException, ValueError) as error:
            raise SendFailure(f"twilio unreachable: {type(error).__name__}", temporary=True) from None
        since_utc = since if since.tzinfo is not None else since.replace(tzinfo=dt.timezone.utc)
        return [
            str(taken.sid) for taken in found
            if taken.sid and taken.body == message.body and taken.date_created is not None
            and taken.date_created >= since_utc
        ]

    async def close(self) -> None:
        await self._http.close()
