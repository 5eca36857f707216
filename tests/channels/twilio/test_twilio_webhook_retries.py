"""The Twilio stand-in's webhook retries (tests/support/standins/twilio_webhook.py), which `make soak` relies
on to deliver texts as Twilio would while the hub is killed: the connection overrides read from the URL's
fragment, and a failed try sent again with the same MessageSid, only when the policy says so."""
from __future__ import annotations

import asyncio

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from tests.support.ports import free_port
from tests.support.standins.twilio_webhook import ConnectionOverrides, TwilioWebhookCaller, inbound_form


def test_twilios_defaults_and_the_overrides_in_the_fragment() -> None:
    assert ConnectionOverrides.from_url("https://example.org/webhooks/twilio") == ConnectionOverrides(
        connect_timeout=5.0, read_timeout=15.0, total_time=15.0, retries=1, policy=frozenset({"ct", "rt"}))
    overrides = ConnectionOverrides.from_url("https://example.org/webhooks/twilio#rc=9&rp=ct,rt,5xx&tt=4000")
    assert overrides.retries == 5 and overrides.total_time == 4.0  # at most 5 retries, as Twilio allows
    assert overrides.retries_after("5xx") and not overrides.retries_after("4xx")
    assert ConnectionOverrides.from_url("https://example.org/w#rp=all").policy == frozenset({"ct", "rt", "4xx", "5xx"})


def deliver(statuses: list[int], fragment: str) -> tuple[list[str], list[str], bool]:
    """Delivers one text to a webhook answering `statuses` in turn: the MessageSids it got, the outcomes."""
    async def main() -> tuple[list[str], list[str], bool]:
        got: list[str] = []

        async def webhook(request: web.Request) -> web.Response:
            got.append(str((await request.post())["MessageSid"]))
            return web.Response(status=statuses[min(len(got), len(statuses)) - 1])

        app = web.Application()
        app.router.add_post("/webhooks/twilio", webhook)
        async with TestServer(app) as server, aiohttp.ClientSession() as http:
            url = str(server.make_url("/webhooks/twilio"))
            caller = TwilioWebhookCaller("token", f"{url}#{fragment}", "https://example.org/webhooks/twilio", http)
            delivery = await caller.deliver(inbound_form("AC1", "+447700900123", "+447700900000", "hi"))
        return got, delivery.tries, delivery.accepted

    return asyncio.run(main())


def test_a_5xx_is_tried_again_with_the_same_message_sid_when_the_policy_says_so() -> None:
    got, tries, accepted = deliver([503, 503, 200], "rc=5&rp=ct,rt,5xx&tt=1000")
    assert tries == ["503", "503", "200"] and accepted
    assert len(got) == 3 and len(set(got)) == 1


def test_by_default_a_5xx_is_not_tried_again() -> None:
    got, tries, accepted = deliver([500, 200], "tt=1000")
    assert tries == ["500"] and not accepted and len(got) == 1


def test_a_refused_connection_is_tried_again_until_the_total_time_is_spent() -> None:
    async def main() -> list[str]:
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{free_port()}/webhooks/twilio#rc=2&tt=600"
            caller = TwilioWebhookCaller("token", url, "https://example.org/webhooks/twilio", http)
            return (await caller.deliver(inbound_form("AC1", "+447700900123", "+447700900000", "hi"))).tries

    assert asyncio.run(main()) == ["ct", "ct", "ct"]
