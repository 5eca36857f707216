"""Report reference numbers: unguessable, digits only (a phone keypad types them), read aloud in fours.

A Damm check digit catches every single-digit typo and every swap of two adjacent digits, so a
mistyped reference is recognised as such instead of silently pointing at someone else's report."""
from __future__ import annotations

import re
import secrets
from typing import Optional

# The Damm algorithm's quasigroup table of order 10.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
RANDOM_DIGITS = 11
REFERENCE_LENGTH = RANDOM_DIGITS + 1


def damm_check_digit(digits: str) -> int:
    interim = 0
    for digit in digits:
        interim = _DAMM[interim][int(digit)]
    return interim


def new_reference() -> str:
    """Twelve digits: eleven random (10^11 possibilities) and a check digit."""
    body = "".join(str(secrets.randbelow(10)) for _ in range(RANDOM_DIGITS))
    if body[0] == "0":  # A leading zero is easily dropped when read aloud or pasted into a sheet.
        body = str(secrets.randbelow(9) + 1) + body[1:]
    return body + str(damm_check_digit(body))


def format_reference(reference: str) -> str:
    return " ".join(reference[i : i + 4] for i in range(0, len(reference), 4))


def parse_reference(text: str) -> Optional[str]:
    """The reference in what someone typed ("4821 9375 0164", "4821-9375-0164"), if it checks out."""
    digits = re.sub(r"[\s\-.]", "", text or "")
    match = re.search(r"\d{%d}" % REFERENCE_LENGTH, digits)
    if not match or len(re.sub(r"\D", "", digits)) != REFERENCE_LENGTH:
        return None
    candidate = match.group(0)
    return candidate if damm_check_digit(candidate) == 0 else None
