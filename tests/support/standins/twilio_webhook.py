"""Twilio's side of an inbound message: the signed form POST to the hub's webhook, retried as Twilio retries it.

Twilio reads "connection overrides" from the fragment of the webhook URL configured for the number
(https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides): `ct` connect timeout (ms,
default 5000), `rt` read timeout (default 15000), `tt` total time for every try (default and most 15000),
`rc` retry count (0 to 5, default 1) and `rp` retry policy, a comma-separated list of `ct` (the connection
failed), `rt` (no answer in time), `4xx`, `5xx` or `all` (default `ct,rt`). A retry carries the same
MessageSid, which is how the hub knows it (channels/texting/flow.py). The fragment is never sent: the
request goes to, and is signed over, the URL without it (our reading of the docs; the tests' phones sign
the same way). SpeakUp's recommended webhook URL, docs/deploy.md: `.../webhooks/twilio#rc=5&rp=ct,rt,5xx`."""
from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import parse_qsl, urldefrag

import aiohttp
from twilio.request_validator import RequestValidator

# What the soak and the docs recommend: every retry Twilio allows, on a refused connection, a timeout or a 5xx.
RECOMMENDED_OVERRIDES = "rc=5&rp=ct,rt,5xx"


@dataclass(frozen=True)
class ConnectionOverrides:
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_time: float = 15.0
    retries: int = 1
    policy: frozenset[str] = frozenset({"ct", "rt"})

    @classmethod
    def from_url(cls, url: str) -> "ConnectionOverrides":
        """Twilio's defaults, overridden by the URL's fragment (values clamped to Twilio's limits)."""
        fields = dict(parse_qsl(urldefrag(url).fragment))

        def milliseconds(name: str, default: float, most: float) -> float:
            return min(most, max(0.1, int(fields[name]) / 1000)) if name in fields else default

        policy = frozenset(fields["rp"].split(",")) if "rp" in fields else cls.policy
        return cls(
            connect_timeout=milliseconds("ct", cls.connect_timeout, 10.0),
            read_timeout=milliseconds("rt", cls.read_timeout, 15.0),
            total_time=milliseconds("tt", cls.total_time, 15.0),
            retries=min(5, max(0, int(fields["rc"]))) if "rc" in fields else cls.retries,
            policy=frozenset({"ct", "rt", "4xx", "5xx"}) if "all" in policy else policy,
        )

    def retries_after(self, failure: str) -> bool:
        """Whether a try that failed this way (`ct`, `rt`, `4xx` or `5xx`) is tried again."""
        return failure in self.policy


@dataclass
class Delivery:
    """What happened to one inbound message: each try's outcome (an HTTP status, `ct` or `rt`)."""

    sid: str
    tries: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return bool(self.tries) and self.tries[-1].isdigit() and 200 <= int(self.tries[-1]) < 300

    @property
    def server_errors(self) -> int:
        return sum(1 for outcome in self.tries if outcome.isdigit() and int(outcome) >= 500)


def new_message_sid() -> str:
    return "SM" + secrets.token_hex(16)


def inbound_form(account_sid: str, sender: str, to: str, body: str, sid: Optional[str] = None) -> dict[str, str]:
    """The form fields Twilio posts for an SMS (the ones SpeakUp reads, and a few it does not)."""
    sid = sid or new_message_sid()
    return {
        "MessageSid": sid, "SmsMessageSid": sid, "AccountSid": account_sid, "From": sender, "To": to,
        "Body": body, "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01",
    }


@dataclass
class TwilioWebhookCaller:
    """Posts inbound messages to the hub as Twilio does. `webhook_url` is the URL configured for the number,
    overrides included; `public_url` is the one the hub checks signatures against (PUBLIC_BASE_URL + path),
    and the request goes to `hub_url` + path (the stack listens on loopback)."""

    auth_token: str
    webhook_url: str
    public_url: str
    http: aiohttp.ClientSession
    clock: Callable[[], float] = time.monotonic

    @property
    def overrides(self) -> ConnectionOverrides:
        return ConnectionOverrides.from_url(self.public_url + "#" + urldefrag(self.webhook_url).fragment)

    def signature(self, form: dict[str, str]) -> str:
        return str(RequestValidator(self.auth_token).compute_signature(self.public_url, form))

    async def deliver(self, form: dict[str, str]) -> Delivery:
        """Tries, and tries again while the policy allows, within the total time; the same MessageSid each time."""
        overrides = self.overrides
        delivery = Delivery(form["MessageSid"])
        started = self.clock()
        headers = {"X-Twilio-Signature": self.signature(form)}
        for _try in range(1 + overrides.retries):
            left = overrides.total_time - (self.clock() - started)
            if left <= 0:
                break
            timeout = aiohttp.ClientTimeout(
                total=left, sock_connect=min(left, overrides.connect_timeout), sock_read=overrides.read_timeout)
            outcome = await self._try(urldefrag(self.webhook_url).url, form, headers, timeout)
            delivery.tries.append(outcome)
            failure = outcome if not outcome.isdigit() else f"{outcome[0]}xx"
            if outcome.isdigit() and int(outcome) < 400 or not overrides.retries_after(failure):
                break
            # Twilio does not say how long it waits between tries: here they are spread over the total time,
            # so that a refused connection does not use every try in the same millisecond.
            pause = overrides.total_time / (overrides.retries + 1)
            await asyncio.sleep(min(pause, max(0.0, overrides.total_time - (self.clock() - started))))
        return delivery

    async def _try(self, url: str, form: dict[str, str], headers: dict[str, str], timeout: aiohttp.ClientTimeout) -> str:
        try:
            async with self.http.post(url, data=form, headers=headers, timeout=timeout) as response:
                await response.read()
                return str(response.status)
        except aiohttp.ClientConnectorError:
            return "ct"  # refused: nothing listens (the hub is starting again)
        except (asyncio.TimeoutError, aiohttp.ClientError, ConnectionResetError):
            return "rt"  # connected, but no answer: the hub died while answering, or was too slow
