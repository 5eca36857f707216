"""A replacement of a Rasa method is set only over the method it was written for (bot/rasa_plugins/replacing.py)."""
from __future__ import annotations

import pytest

from bot.rasa_plugins.replacing import replace_known_method


class RasaThing:
    def answer(self) -> str:
        return "from rasa"


def replacement(self: RasaThing) -> str:
    return "from speakup"


def test_a_known_method_is_replaced_once() -> None:
    class Thing(RasaThing):
        def answer(self) -> str:
            return "from rasa"

    replace_known_method(Thing, "answer", replacement, ['return "from rasa"'], "tests")
    replace_known_method(Thing, "answer", replacement, ['return "from rasa"'], "tests")

    assert Thing().answer() == "from speakup"


def test_a_method_that_changed_is_refused_loudly_and_left_alone() -> None:
    class Thing(RasaThing):
        def answer(self) -> str:
            return "from a newer rasa"

    with pytest.raises(RuntimeError, match=r"written for Rasa 3.6's Thing.answer, which has changed"):
        replace_known_method(Thing, "answer", replacement, ['return "from rasa"'], "tests")

    assert Thing().answer() == "from a newer rasa"
