"""SMS in the person's language through the Twilio stand-in, with the real assistant: the first text in
Polish, Urdu or Gujarati is answered in it, the menu is numbered in it, a number picks from it, and a
question that follows is in it."""
from __future__ import annotations

import re

import pytest

from bot.languages.catalogue import translations
from bot.texts import TextCatalogue
from tests.channels.texting.people import TwilioPhone

FIRST_WORDS = {
    "pl": "Sąsiad mnie nęka i grozi mi, boję się",
    "ur": "میرا پڑوسی مجھے روز دھمکیاں دیتا ہے اور میں ڈرتی ہوں",
    "gu": "મારો પાડોશી મને રોજ ધમકી આપે છે અને મને ડર લાગે છે",
}


def menu_pattern(code: str) -> re.Pattern[str]:
    """A numbered line as the language writes it ("Odpisz {number}: {title}"), as a pattern."""
    line = TextCatalogue.from_domain().render("utter_hub_menu_option", code, number="NUMBER", title="TITLE")
    return re.compile("^" + re.escape(line).replace("NUMBER", r"(?P<number>\d+)").replace("TITLE", r"(?P<title>.+)") + "$", re.M)


def options(texts: list[str], code: str) -> dict[str, int]:
    for text in reversed(texts):
        found = {m["title"].strip(): int(m["number"]) for m in menu_pattern(code).finditer(text)}
        if found:
            return found
    return {}


@pytest.mark.parametrize("code", sorted(FIRST_WORDS))
def test_a_text_in_the_persons_language_is_answered_in_it_with_a_menu_numbered_in_it(
    stack_phone: TwilioPhone, code: str
) -> None:
    replies = stack_phone.say(FIRST_WORDS[code])
    said = "\n".join(replies)
    announced = translations().text(code, "utter_hub_language_set", TextCatalogue.from_domain().english("utter_hub_language_set"))
    assert announced in said
    assert "Reply 1 for" not in said
    offered = options(replies, code)
    assert offered, replies
    # A number picks the option it stands for; what follows is in the language too.
    after = stack_phone.say(str(min(offered.values())))
    said_in_language = [m[:24] for m in translations().catalogues[code].messages.values() if len(m) > 24]
    assert any(text.startswith(tuple(said_in_language)) for text in after), after
