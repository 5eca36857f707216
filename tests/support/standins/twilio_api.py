"""A local stand-in for Twilio's REST API: the Messages resource, in Twilio's own wire format.

POST /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded (To, From, Body, StatusCallback),
HTTP basic auth AccountSid:AuthToken; answers 201 with the message's JSON (sid, status "queued", ...)
or Twilio's error JSON ({"code", "message", "more_info", "status"}). Like Twilio, it then posts a
signed delivery receipt to the message's StatusCallback.

GET /2010-04-01/Accounts/{AccountSid}/Messages.json?To=&From=&PageSize=: the messages it took, newest
first, in Twilio's page format ({"messages": [...], "page", "page_size", "uri", "next_page_uri", ...}).

`hold_answers(seconds)` makes it take each message at once and answer only after `seconds`: a hub killed
meanwhile never learns that Twilio has the message (the window that sent a text twice)."""
from __future__ import annotations

import asyncio
import datetime as dt
import secrets
import threading
import time
from dataclasses import dataclass
from email.utils import format_datetime
from typing import Any, Optional

from aiohttp import BasicAuth, ClientError, ClientSession, web
from twilio.request_validator import RequestValidator

from tests.support.standins.server import BackgroundServer, FailureSwitch, Recorder

MAX_BODY = 1600


@dataclass(frozen=True)
class SentMessage:
    sid: str
    to: str
    from_: str
    body: str
    status_callback: Optional[str]
    created: dt.datetime


def _error(status: int, code: int, message: str) -> web.Response:
    return web.json_response(
        {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status},
        status=status,
    )


class TwilioStandIn:
    def __init__(self, account_sid: str, auth_token: str) -> None:
        self.account_sid = account_sid
        # Delivery receipts posted back, signed as Twilio signs them: [(sid, status, http status)].
        self.receipts = Recorder()
        self.auth_token = auth_token
        self.sent = Recorder()
        self.failures = FailureSwitch()
        self.requests = 0
        self._lock = threading.Lock()
        # Numbers that replied STOP on Twilio's side (its error 21610 for each send to them).
        self.unsubscribed: set[str] = set()
        # Seconds between taking a message and answering for it (hold_answers).
        self.answer_delay = 0.0
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{account_sid}/Messages.json", self.create_message)
        app.router.add_get("/2010-04-01/Accounts/{account_sid}/Messages.json", self.list_messages)
        self.server = BackgroundServer(app)

    @property
    def url(self) -> str:
        return self.server.url

    def start(self) -> "TwilioStandIn":
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def hold_answers(self, seconds: float) -> None:
        """Takes each message at once but answers only `seconds` later (0: at once again, and answers held
        now go)."""
        self.answer_delay = seconds

    async def _held(self) -> None:
        """Waits out the answer delay, or until hold_answers(0) lets held answers go."""
        held_until = time.monotonic() + self.answer_delay
        while self.answer_delay and time.monotonic() < held_until:
            await asyncio.sleep(0.05)

    def messages_to(self, to: str) -> list[SentMessage]:
        return [message for message in self.sent.all() if message.to == to]

    def wait_for_messages(self, to: str, count: int, timeout: float = 30.0) -> list[SentMessage]:
        """Waits until at least `count` messages went to `to`; returns them all, in order."""
        self.sent.wait_for(lambda sent: sum(1 for m in sent if m.to == to) >= count, timeout)
        return self.messages_to(to)

    def _authorised(self, request: web.Request) -> bool:
        try:
            auth = BasicAuth.decode(request.headers.get("Authorization", ""))
        except ValueError:
            return False
        return auth.login == self.account_sid and auth.password == self.auth_token

    async def _post_receipt(self, url: str, receipt: dict[str, str]) -> None:
        """What Twilio does once a message is delivered: a form POST signed with the auth token."""
        await asyncio.sleep(0.05)
        signature = RequestValidator(self.auth_token).compute_signature(url, receipt)
        try:
            async with ClientSession() as http:
                async with http.post(url, data=receipt, headers={"X-Twilio-Signature": signature}) as response:
                    self.receipts.add((receipt["MessageSid"], receipt["MessageStatus"], response.status))
        except ClientError:
            self.receipts.add((receipt["MessageSid"], receipt["MessageStatus"], None))

    async def create_message(self, request: web.Request) -> web.Response:
        with self._lock:
            self.requests += 1
        if request.match_info["account_sid"] != self.account_sid or not self._authorised(request):
            return _error(401, 20003, "Authenticate")
        failure = self.failures.failure()
        if failure is not None:
            return _error(failure, 20500 if failure >= 500 else 20429, "Service unavailable (stand-in failing on purpose)")
        form = await request.post()
        to, sender, body = form.get("To"), form.get("From"), form.get("Body")
        if not isinstance(to, str) or not to:
            return _error(400, 21604, "A 'To' phone number is required.")
        if not isinstance(sender, str) or not sender:
            return _error(400, 21603, "A 'From' phone number is required.")
        if not isinstance(body, str) or not body:
            return _error(400, 21602, "Message body is required.")
        if len(body) > MAX_BODY:
            return _error(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
        if to in self.unsubscribed:
            return _error(400, 21610, f"Attempt to send to unsubscribed recipient {to}")
        sid = "SM" + secrets.token_hex(16)
        callback = form.get("StatusCallback")
        message = SentMessage(sid, to, sender, body, callback if isinstance(callback, str) else None,
                              dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        self.sent.add(message)
        if isinstance(callback, str) and callback:
            receipt = {"MessageSid": sid, "SmsSid": sid, "MessageStatus": "delivered", "AccountSid": self.account_sid,
                       "From": sender, "To": to, "ApiVersion": "2010-04-01"}
            asyncio.get_running_loop().create_task(self._post_receipt(callback, receipt))
        await self._held()
        return web.json_response(self._resource(message, status="queued"), status=201)

    def _resource(self, message: SentMessage, status: str) -> dict[str, Any]:
        """A Message resource as Twilio's JSON gives it (dates in RFC 2822)."""
        created = format_datetime(message.created)
        return {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": message.body,
            "date_created": created,
            "date_sent": None if status == "queued" else created,
            "date_updated": created,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": message.from_,
            "messaging_service_sid": None,
            "num_media": "0",
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": message.sid,
            "status": status,
            "subresource_uris": {"media": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{message.sid}/Media.json"},
            "to": message.to,
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{message.sid}.json",
        }

    async def list_messages(self, request: web.Request) -> web.Response:
        """The Messages list, filtered by To and From, newest first; one page (PageSize, at most 1000)."""
        if request.match_info["account_sid"] != self.account_sid or not self._authorised(request):
            return _error(401, 20003, "Authenticate")
        failure = self.failures.failure()
        if failure is not None:
            return _error(failure, 20500 if failure >= 500 else 20429, "Service unavailable (stand-in failing on purpose)")
        to, sender = request.query.get("To"), request.query.get("From")
        try:
            page_size = min(1000, max(1, int(request.query.get("PageSize", "50"))))
        except ValueError:
            return _error(400, 20001, "Invalid PageSize")
        found = [m for m in reversed(self.sent.all())
                 if (to is None or m.to == to) and (sender is None or m.from_ == sender)][:page_size]
        uri = f"/2010-04-01/Accounts/{self.account_sid}/Messages.json?PageSize={page_size}&Page=0"
        return web.json_response({
            "messages": [self._resource(m, status="delivered") for m in found],
            "end": max(0, len(found) - 1), "first_page_uri": uri, "next_page_uri": None, "page": 0,
            "page_size": page_size, "previous_page_uri": None, "start": 0, "uri": uri,
        })
