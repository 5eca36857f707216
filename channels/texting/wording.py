"""What the hub itself says on texting channels (keyword answers, menu lines, notices).

Every user-facing text belongs in domain.yml (so translating the assistant translates the hub): each
text here is read from the domain response of the same name when it exists. The English defaults keep
the channels working while the conversation is still being written; docs/texting.md lists the names."""
from __future__ import annotations

from typing import Any

from bot.texts import TextCatalogue

DEFAULTS: dict[str, str] = {
    "utter_hub_sms_help": (
        "SpeakUp: an automated service to report hate, abuse or harassment in Leicester, Leicestershire and "
        "Rutland, anonymously. In an emergency call 999. Reply STOP to stop messages."
    ),
    "utter_hub_sms_stopped": "You won't get any more messages from SpeakUp. Reply START to use it again. In an emergency call 999.",
    "utter_hub_sms_started": "Welcome back to SpeakUp. Send a message to start. In an emergency call 999.",
    "utter_hub_menu_option": "Reply {number} for {title}",
    "utter_hub_attachment_not_supported": "I can't accept photos or files yet, so I haven't kept it. Please describe it in words instead.",
    # What the transcript shows (to a call handler) where the person sent only a photo or file.
    "utter_hub_attachment_placeholder": "(a photo or file, not kept)",
    "utter_hub_empty_message": "That message was empty. Please type your message.",
    "utter_hub_message_too_long": "That message is too long for me. Please send it in parts of up to {max_chars} characters.",
    "utter_hub_not_a_choice": "That choice isn't available any more. Please pick from the latest choices, or type your message.",
}


class Wording:
    def __init__(self, texts: TextCatalogue) -> None:
        self._texts = texts

    def render(self, name: str, **values: Any) -> str:
        try:
            return self._texts.render(name, **values)
        except KeyError:
            return DEFAULTS[name].format(**values)
