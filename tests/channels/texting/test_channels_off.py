"""Without credentials the texting channels are off: their routes say so clearly, and nothing else changes.

A unit of the real hub: `create_app` with no texting credentials, in this process, over the stack's
database and pointed at the stack's Rasa and action servers (for its health check; no message reaches
the assistant). Starting a second whole stack only to leave the channels out would cost a Rasa server."""
from __future__ import annotations

import requests

from bot.app import create_app
from bot.app_keys import DELIVERERS
from bot.config import Settings
from bot.launcher import Stack
from channels.texting.service import TEXTING
from tests.support.ports import free_port
from tests.support.standins.server import BackgroundServer


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
            "ACTION_SERVER_PORT": str(running.action_port),
            # Half-configured: a bot token without its secret must not turn Telegram on, nor an account
            # without its token and number SMS.
            "TELEGRAM_BOT_TOKEN": "123:abc",
            "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        }
    )
    app = create_app(settings)
    assert app[DELIVERERS] == {}
    assert TEXTING not in app
    server = BackgroundServer(app, port=port).start()
    try:
        for path, missing in (
            ("/webhooks/twilio", "TWILIO_AUTH_TOKEN"),
            ("/webhooks/twilio/status", "TWILIO_SMS_NUMBER"),
            ("/webhooks/telegram", "TELEGRAM_SECRET_TOKEN"),
        ):
            response = requests.post(f"http://127.0.0.1:{port}{path}", data={"Body": "hi"}, timeout=10)
            assert response.status_code == 503
            assert response.json()["error"]["code"] == "channel_not_configured"
            assert missing in response.json()["error"]["message"]
        health = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=10)
        assert health.status_code == 200, health.text
    finally:
        server.stop()
