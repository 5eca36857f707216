"""Finding the phone numbers, email addresses and full UK postcodes people type anywhere in a message,
so that the hub can seal them (bot/router.py) before the transcript and before Rasa.

People type numbers everywhere: their own, the abuser's, a friend's, spelled every way. What counts:

- phone numbers, found by Google's libphonenumber (the `phonenumbers` port, its PhoneNumberMatcher at
  POSSIBLE leniency, which already skips dates, times and amounts), then kept only when they are
  unmistakably numbers: written internationally (+48 601 234 567, 0044 7700 900456) and possible there;
  written with the UK trunk 0 and at least ten digits (07700 900456, (0116) 496 0000, 0 7 7 0 0 ...); or
  without either but a valid UK number (7911 123456). Not: 999, 101, 55, 18000, 116 123, years, ages,
  house numbers, amounts, a SpeakUp reference (1234 5678 9012, even mistyped), or the
  public helplines of data/helplines.yml (a person saying they called Stop Hate UK names no one);
- email addresses, written plainly (name@example.com, with stray spaces around @ and dots) or spelled
  out as people do to dodge filters ("name at example dot com", "name [at] example [dot] co [dot] uk"):
  spelled-out ones only when they end in a common top-level domain, so "I was at home dot" is left alone;
- full UK postcodes (LE1 5WW, le15ww, LE1  5WW): the inward part is a digit and two letters that
  postcodes use (never C, I, K, M, O, V, so "5pm" is not one). An outward part alone ("LE1") is an area,
  not an address, and is left as it is."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional, Sequence

import phonenumbers
import yaml
from phonenumbers import Leniency, PhoneNumber, PhoneNumberMatcher

from bot.config import PROJECT_ROOT
from bot.storage.references import REFERENCE_LENGTH

if TYPE_CHECKING:
    from bot.texts import TextCatalogue

PHONE, EMAIL, POSTCODE = "phone", "email", "postcode"
KINDS = (PHONE, EMAIL, POSTCODE)
HELPLINES_PATH = PROJECT_ROOT / "data" / "helplines.yml"
# People in Leicester mostly write UK numbers without a country code.
HOME_REGION = "GB"
MIN_TRUNK_DIGITS = 10  # 0116 496 0000, 07700 900456 (11); 016977 4444 (10)
MIN_INTERNATIONAL_DIGITS = 9  # country code and number: +48 601 234 567 has 11

_PLAIN_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}\s?@\s?[\w-]{1,63}(?:\s?\.\s?[\w-]{1,63})*\s?\.\s?[A-Za-z]{2,24}(?![\w-])"
)
_TOP_LEVEL = r"(?:com|co|uk|org|net|gov|ac|nhs|police|edu|info|io|me|biz|eu|pl|ro|pk|in|bd|so|pt|br|de|fr|ie)"
_AT = r"(?:\s+at\s+|\s*[\[(]\s*at\s*[\])]\s*)"
_DOT = r"(?:\s+dot\s+|\s*[\[(]\s*dot\s*[\])]\s*)"
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w+-]{{1,64}}(?:(?:{_DOT}|\.)[\w+-]{{1,64}})*{_AT}[\w-]{{1,63}}(?:(?:{_DOT}|\.)[\w-]{{1,63}})*(?:{_DOT}|\.){_TOP_LEVEL}(?![\w-])",
    re.IGNORECASE,
)
_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)[ \t]*([0-9][ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![A-Za-z0-9])"
)
# Where a phone number written with its trunk 0 or a + may start, and the run of digits it may take.
_NUMBER_START = re.compile(r"(?<![\w+])(?:\+|\(?0)[\d \t\-().]{6,}")
# Twelve digits in any grouping: the shape of a SpeakUp reference (bot/storage/references.py).
_REFERENCE_SHAPE = re.compile(r"(?<![\d+])\d(?:[\s\-.]?\d){%d}(?![\d])" % (REFERENCE_LENGTH - 1))


@dataclass(frozen=True)
class Found:
    """One identity in a text: what kind, where, and the text as typed."""

    kind: str
    start: int
    end: int
    text: str


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the spans turned to spaces, so that later searches neither see them nor shift."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _is_reference(raw: str) -> bool:
    """Twelve digits not starting with 0: a reference, or one mistyped (its check digit wrong), which
    is still what the person means to give and names no one."""
    digits = re.sub(r"\D", "", raw)
    return len(digits) == REFERENCE_LENGTH and digits[0] != "0"


def _digits(number: PhoneNumber) -> str:
    return f"{number.country_code}:{phonenumbers.national_significant_number(number)}"


def public_numbers(path: Path = HELPLINES_PATH) -> frozenset[str]:
    """The helplines' numbers (data/helplines.yml), as `_digits` keys: a person naming one names no one."""
    catalogue = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    written = [value for key, value in (catalogue.get("numbers") or {}).items() if key.startswith("tel_")]
    for helpline in catalogue.get("helplines") or []:
        written += [route["number"] for route in helpline.get("routes") or [] if route.get("number")]
    keys = set()
    for number in written:
        try:
            keys.add(_digits(phonenumbers.parse(str(number), HOME_REGION)))
        except phonenumbers.NumberParseException:
            continue
    return frozenset(keys)


class IdentityFinder:
    def __init__(self, exempt_numbers: Optional[frozenset[str]] = None) -> None:
        self.exempt_numbers = public_numbers() if exempt_numbers is None else exempt_numbers

    def find(self, text: str) -> list[Found]:
        """Every identity in the text, in order; none overlap."""
        found: list[Found] = []
        searched = text
        for pattern in (_PLAIN_EMAIL, _SPELLED_EMAIL):
            emails = [Found(EMAIL, m.start(), m.end(), m.group(0)) for m in pattern.finditer(searched)]
            found += emails
            searched = _blank(searched, ((f.start, f.end) for f in emails))
        # References are not identities, but their digits must not be mistaken for a phone number.
        searched = _blank(searched, (m.span() for m in _REFERENCE_SHAPE.finditer(searched) if _is_reference(m.group(0))))
        phones = [Found(PHONE, start, end, text[start:end]) for start, end in self._phone_matches(searched)]
        found += phones
        searched = _blank(searched, ((f.start, f.end) for f in phones))
        found += [Found(POSTCODE, m.start(), m.end(), m.group(0)) for m in _POSTCODE.finditer(searched)]
        return sorted(found, key=lambda f: f.start)

    def _phone_matches(self, text: str) -> list[tuple[int, int]]:
        """The spans of the phone numbers in the text."""
        spans = self._matched(text, 0)
        # The matcher takes a number together with digits just before it ("flat 12 07700 900456", a date)
        # and then rejects the whole: look again from each 0 or + that starts a number-shaped run.
        rest = _blank(text, spans)
        for start in _NUMBER_START.finditer(rest):
            spans += self._matched(start.group(0), start.start())
        return sorted(spans)

    def _matched(self, text: str, offset: int) -> list[tuple[int, int]]:
        found = PhoneNumberMatcher(text, HOME_REGION, leniency=Leniency.POSSIBLE)
        return [(offset + m.start, offset + m.end) for m in found if self._is_phone(m)]

    def _is_phone(self, match: phonenumbers.PhoneNumberMatch) -> bool:
        number, raw = match.number, match.raw_string
        if _digits(number) in self.exempt_numbers:
            return False
        digits = re.sub(r"\D", "", raw)
        written = raw.lstrip("( ")
        if written.startswith("+") or written.startswith("00"):
            # No country code starts with 0: "0001 2281" is the end of a longer run of digits.
            international = digits[2:] if written.startswith("00") else digits
            return (
                not international.startswith("0")
                and len(international) >= MIN_INTERNATIONAL_DIGITS
                and phonenumbers.is_possible_number(number)
            )
        if written.startswith("0"):
            return len(digits) >= MIN_TRUNK_DIGITS
        # Without a 0 or a +, only a UK number's own length (7911 123456): twelve digits are the shape of
        # a reference, even a mistyped one, which libphonenumber would read as +44 when it starts 44.
        return len(digits) in (MIN_TRUNK_DIGITS - 1, MIN_TRUNK_DIGITS) and phonenumbers.is_valid_number(number)

    def replace(self, text: str, placeholder: Callable[[str], str]) -> tuple[str, list[Found]]:
        """The text with each identity replaced by `placeholder(kind)`, and what was replaced."""
        found = self.find(text)
        return replaced(text, found, placeholder), found


def replaced(text: str, found: Sequence[Found], placeholder: Callable[[str], str]) -> str:
    """The text with each of the identities `found` in it replaced by `placeholder(kind)`."""
    pieces, position = [], 0
    for identity in found:
        pieces += [text[position:identity.start], placeholder(identity.kind)]
        position = identity.end
    pieces.append(text[position:])
    return "".join(pieces)


PLACEHOLDER_RESPONSES = {
    PHONE: "utter_hub_phone_kept_safe",
    EMAIL: "utter_hub_email_kept_safe",
    POSTCODE: "utter_hub_postcode_kept_safe",
}


class Placeholders:
    """The placeholders, in every language, for those who must read a message without them: Rasa's
    classifiers (bot/rasa_plugins/language_intents.py). "[phone number kept safely]" says nothing about
    what the person wants, but its words are those of "is my number kept safe?", which the assistant
    would otherwise answer instead of taking the message as the answer it is."""

    def __init__(self, texts: "TextCatalogue") -> None:
        from bot.languages.supported import LANGUAGES

        written = {texts.render(name, lang.code) for name in PLACEHOLDER_RESPONSES.values() for lang in LANGUAGES}
        self._pattern = re.compile("|".join(re.escape(text) for text in sorted(written, key=len, reverse=True)))

    def removed(self, text: str) -> str:
        return self._pattern.sub(" ", text)
