"""How long a text message really is, and how to split a long reply into sensible messages.

An SMS is sent in GSM-7 when every character is in the GSM 03.38 alphabet: 160 characters fit one
segment, 153 each when the message needs several (the rest carries the joining header). One character
outside it (an emoji, a Polish "ą", a curly apostrophe) makes the whole message UCS-2: 70 characters,
67 per segment. The extension characters (€ [ ] { } ^ ~ | \\ and form feed) take two GSM-7 septets
each, and a segment never ends half-way through one, nor half-way through a UTF-16 surrogate pair.

Replies are split at sentence boundaries first, then between words, and only as a last resort inside
a word, so that each message reads on its own."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM7, UCS2 = "GSM-7", "UCS-2"
_SINGLE_LIMIT = {GSM7: 160, UCS2: 70}
_MULTI_LIMIT = {GSM7: 153, UCS2: 67}

# Typographic characters that have a GSM-7 look-alike: replacing them keeps a message at 160
# characters a segment instead of 70 (as Twilio's "smart encoding" does).
_GSM_LOOKALIKES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
        "\u2026": "...", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2022": "-", "\u00b7": "-",
    }
)


def prefer_gsm7(text: str) -> str:
    """The text with typographic quotes, dashes and ellipses replaced by their GSM-7 look-alikes."""
    return text.translate(_GSM_LOOKALIKES)


def encoding_of(text: str) -> str:
    return GSM7 if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text) else UCS2


def _units(ch: str, encoding: str) -> int:
    """Septets (GSM-7) or UTF-16 code units (UCS-2) one character takes."""
    if encoding == GSM7:
        return 2 if ch in GSM7_EXTENSION else 1
    return 2 if ord(ch) > 0xFFFF else 1


@dataclass(frozen=True)
class SegmentCount:
    encoding: str
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int


def count_segments(text: str) -> SegmentCount:
    """How many SMS segments `text` takes, as a handset and Twilio count them."""
    encoding = encoding_of(text)
    units = [_units(ch, encoding) for ch in text]
    total = sum(units)
    if total <= _SINGLE_LIMIT[encoding]:
        return SegmentCount(encoding, total, 1 if text else 0)
    # Several segments: fill each up to its limit without splitting a two-unit character.
    per_segment, segments, used = _MULTI_LIMIT[encoding], 1, 0
    for size in units:
        if used + size > per_segment:
            segments, used = segments + 1, 0
        used += size
    return SegmentCount(encoding, total, segments)


# Whether a candidate message is short enough for the channel.
Fits = Callable[[str], bool]


def fits_sms_segments(max_segments: int) -> Fits:
    return lambda text: count_segments(text).segments <= max_segments


def fits_characters(max_characters: int) -> Fits:
    return lambda text: len(text) <= max_characters


_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [piece.strip() for piece in _SENTENCE_END.split(text) if piece.strip()]


def _pack(pieces: Iterable[tuple[str, str]], fits: Fits) -> list[str]:
    """Greedily joins (joiner, piece) pairs into as few messages as fit; a piece too long on its own is
    returned alone. The joiner goes between a piece and the one before it in the same message."""
    messages: list[str] = []
    current = ""
    for joiner, piece in pieces:
        candidate = f"{current}{joiner}{piece}" if current else piece
        if fits(candidate):
            current = candidate
            continue
        if current:
            messages.append(current)
        current = piece
    if current:
        messages.append(current)
    return messages


def _split_characters(word: str, fits: Fits) -> list[str]:
    parts: list[str] = []
    current = ""
    for ch in word:
        if current and not fits(current + ch):
            parts.append(current)
            current = ""
        current += ch
    return parts + ([current] if current else [])


def _split_words(sentence: str, fits: Fits) -> list[str]:
    words: list[str] = []
    for word in sentence.split():
        words.extend([word] if fits(word) else _split_characters(word, fits))
    return _pack(((" ", word) for word in words), fits)


def split_message(text: str, fits: Fits) -> list[str]:
    """`text` as one message if it fits, otherwise as several, each ending at a sentence if it can.

    Line breaks inside a part are kept where the text had them (a menu stays one option a line)."""
    text = text.strip()
    if not text:
        return []
    if fits(text):
        return [text]
    lines = [line.strip() for line in text.split("\n")]
    pieces: list[str] = []
    for line in lines:
        for sentence in sentences(line):
            pieces.extend([sentence] if fits(sentence) else _split_words(sentence, fits))
    # Rebuild with the original line breaks where sentences ended a line.
    return _pack_keeping_lines(text, pieces, fits)


def _pack_keeping_lines(text: str, pieces: list[str], fits: Fits) -> list[str]:
    return _pack(_with_original_breaks(text, pieces), fits)


def _with_original_breaks(text: str, pieces: list[str]) -> Iterator[tuple[str, str]]:
    """Each piece with what stood before it in the text: its own line breaks (at most a blank line),
    or else a space."""
    cursor = 0
    for piece in pieces:
        position = text.find(piece, cursor)
        gap = text[cursor:position] if position >= 0 else " "
        if position >= 0:
            cursor = position + len(piece)
        yield "\n" * min(gap.count("\n"), 2) or " ", piece
