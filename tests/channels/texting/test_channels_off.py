"""Without credentials the texting channels are off: their routes say so clearly, and nothing else changes."""
from __future__ import annotations

import secrets
from pathlib import Path

import requests

from bot.app import create_app
from bot.app_keys import DELIVERERS
from bot.config import Settings
from channels.texting.service import TEXTING
from tests.support.ports import free_port
from tests.support.standins.assistant import ScriptedAssistant
from tests.support.standins.server import BackgroundServer


def test_unconfigured_channels_answer_503_and_add_nothing_else(tmp_path: Path, assistant: ScriptedAssistant) -> None:
    port = free_port()
    settings = Settings.from_env(
        {
            "SPEAKUP_VAR_DIR": str(tmp_path),
            "SECRET_KEY": secrets.token_urlsafe(48),
            "HUB_PORT": str(port),
            "RASA_PORT": str(assistant.rasa.port),
            "ACTION_SERVER_PORT": str(assistant.actions.port),
            # Half-configured: a bot token without its secret must not turn Telegram on.
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
        assert requests.get(f"http://127.0.0.1:{port}/healthz", timeout=10).status_code == 200
    finally:
        server.stop()
