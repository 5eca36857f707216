"""The one password policy for staff accounts, wherever a password is set (`speakup staff add`,
`speakup staff password`, the console's "Change your password"): at least 12 characters, not one of
the most common passwords (a bundled list: nothing is looked up over the network), not one of them
padded to length with digits, symbols or repetition ("password1234", "iloveyou!!!!"), and not the
account's name. NCSC and NIST SP 800-63B advise length and a blocklist over composition rules."""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from bot.config import PROJECT_ROOT

MIN_PASSWORD_CHARS = 12
COMMON_PASSWORDS_PATH = PROJECT_ROOT / "data" / "common_passwords" / "common-passwords.txt.gz"
# What people add to a common password to make it long enough: digits, symbols and spaces at either end.
_PADDING = re.compile(r"^[\W\d_]+|[\W\d_]+$")


@lru_cache(maxsize=1)
def common_passwords(path: Path = COMMON_PASSWORDS_PATH) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip().lower() for line in handle if line.strip())


def _repeated_unit(text: str) -> str:
    """'abcabcabc' -> 'abc': a short piece said again and again is as weak as the piece."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size]
    return text


def is_common(password: str) -> bool:
    candidate = password.strip().lower()
    common = common_passwords()
    core = _PADDING.sub("", candidate)
    return any(form in common for form in {candidate, core, _repeated_unit(candidate), _repeated_unit(core)} if form)


def problem_with(password: str, name: Optional[str] = None) -> Optional[str]:
    """Why this password cannot be used, in words for the person choosing it; None when it can."""
    if len(password) < MIN_PASSWORD_CHARS:
        return f"a password has at least {MIN_PASSWORD_CHARS} characters"
    # A short name ("jo") could occur in any phrase by chance; a longer one in the password is a giveaway.
    if name and (password.lower() == name.lower() or (len(name) >= 4 and name.lower() in password.lower())):
        return "a password must not contain the account name"
    if is_common(password):
        return "that password is too common (it is on a list of passwords people use most): choose another"
    return None
