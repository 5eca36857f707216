"""Without credentials the texting channels are off: their routes say so clearly, and nothing else changes.

A unit of the real hub: `create_app` on services of its own, with no texting credentials, in this
process, over the stack's database and pointed at the stack's Rasa and action servers (for its health
check; no message reaches the assistant). Starting a second whole stack only to leave the channels out
would cost a Rasa server."""
from __future__ import annotations

import asyncio

import aiohttp
from aiohttp import web

from bot.app import create_app
from bot.app_keys import DELIVERERS
from bot.config import Settings
from bot.launcher import Stack
from bot.services import hub_services
from channels.texting.service import TEXTING
from tests.support.ports import free_port


def test_unconfigured_channels_answer_503_and_add_nothing_else(stack: Stack) -> None:
    port = free_port()
    running = stack.settings
    settings = Settings.from_env(
        {
            "SPEAKUP_VAR_DIR": str(running.var_dir),
            "DATABASE_URL": running.database_url,
            "SECRET_KEY": running.secret_key,
            "HUB_PORT": str(port),
            "RASA_PORT": str(running.rasa_port),
            "RASA_SERVERS": str(running.rasa_servers),
            "ACTION_SERVER_PORT": str(running.action_port),
            # Half-configured: a bot token without its secret must not turn Telegram on, nor an account
            # without its token and number SMS.
            "TELEGRAM_BOT_TOKEN": "123:abc",
            "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        }
    )

    async def check() -> None:
        async with hub_services(settings) as services:
            app = create_app(services)
            assert app[DELIVERERS] == {}
            assert TEXTING not in app
            runner = web.AppRunner(app)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", port).start()
            try:
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
                    for path, missing in (
                        ("/webhooks/twilio", "TWILIO_AUTH_TOKEN"),
                        ("/webhooks/twilio/status", "TWILIO_SMS_NUMBER"),
                        ("/webhooks/telegram", "TELEGRAM_SECRET_TOKEN"),
                    ):
                        async with http.post(f"http://127.0.0.1:{port}{path}", data={"Body": "hi"}) as response:
                            error = (await response.json())["error"]
                            assert response.status == 503
                            assert error["code"] == "channel_not_configured"
                            assert missing in error["message"]
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as health:
                        assert health.status == 200, await health.text()
            finally:
                await runner.cleanup()

    asyncio.run(check())
