"""Every code the service stores has its plain-English label in data/console_labels.yml."""
from __future__ import annotations

from bot.assistant_contract import CHANNELS
from bot.console import labels
from bot.conversation_status import Status
from bot.conversations import ASSISTANT, HANDLER, PERSON, SYSTEM


def test_every_channel_status_and_sender_has_a_label() -> None:
    assert set(labels.CHANNELS) == set(CHANNELS)
    assert set(labels.STATUSES) == {status.value for status in Status}
    assert set(labels.SENDERS) == {PERSON, ASSISTANT, HANDLER, SYSTEM}


def test_labels_are_plain_words_not_codes() -> None:
    for code, label in labels.LABELS.items():
        assert label and "_" not in label and label[0].isupper(), (code, label)


def test_every_page_notice_is_a_sentence() -> None:
    for page, said in labels.NOTICES.items():
        for code, text in said.items():
            assert text.endswith(".") and text[0].isupper(), (page, code, text)
