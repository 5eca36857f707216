"""`speakup staff add`: accounts from the command line, the password from standard input.

The commands run in this process (bot.cli.main, standard input and output captured), so that each is
milliseconds, not a Python start-up; one test runs the installed `speakup` command itself."""
from __future__ import annotations

import io
import os
import secrets
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest
import sqlalchemy as sa

from bot.cli import main
from bot.console.accounts import authenticate
from bot.storage.schema import staff

SPEAKUP = Path(sys.executable).parent / "speakup"


@dataclass(frozen=True)
class Ran:
    """What a command left: its exit status and what it printed."""

    returncode: int
    stdout: str
    stderr: str


class Speakup(Protocol):
    def __call__(self, *args: str, password: str) -> Ran: ...


@pytest.fixture
def speakup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Speakup:
    """Runs `speakup ARGS` against a database of its own in tmp_path, the password on standard input."""
    monkeypatch.setenv("SPEAKUP_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(48))
    monkeypatch.delenv("DATABASE_URL", raising=False)

    def run(*args: str, password: str) -> Ran:
        capsys.readouterr()  # only what this command prints
        monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
        try:
            returncode = main(list(args))
        except SystemExit as exit_:  # argparse refusing the arguments
            returncode = int(exit_.code or 0)
        printed = capsys.readouterr()
        return Ran(returncode, printed.out, printed.err)

    return run


def signs_in(tmp_path: Path, name: str, password: str) -> bool:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'speakup.db'}", future=True)
    try:
        with engine.begin() as connection:
            return authenticate(connection, name, password) is not None
    finally:
        engine.dispose()  # no connection left open while the command line writes


def test_creates_an_account_with_the_password_from_stdin(tmp_path: Path, speakup: Speakup) -> None:
    result = speakup("staff", "add", "alex.h", "--role", "supervisor", password="correct horse battery")
    assert result.returncode == 0, result.stderr
    assert "correct horse" not in result.stdout + result.stderr
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'speakup.db'}", future=True)
    with engine.begin() as connection:
        row = connection.execute(sa.select(staff).where(staff.c.name == "alex.h")).one()
        assert row.role == "supervisor" and row.password_hash.startswith("$argon2id$")
        assert authenticate(connection, "alex.h", "correct horse battery") is not None
        assert authenticate(connection, "alex.h", "correct horse battery\n") is None
    engine.dispose()

    again = speakup("staff", "add", "alex.h", "--role", "handler", password="another long password")
    assert again.returncode == 1 and "already" in again.stderr


def test_refuses_short_passwords_and_unknown_roles(speakup: Speakup) -> None:
    short = speakup("staff", "add", "sam", "--role", "handler", password="short")
    assert short.returncode == 1 and "at least 12" in short.stderr
    role = speakup("staff", "add", "sam", "--role", "admin", password="a long enough password")
    assert role.returncode == 2


def test_lists_and_disables_accounts(tmp_path: Path, speakup: Speakup) -> None:
    assert speakup("staff", "add", "kim", "--role", "handler", password="kim's long password").returncode == 0
    listed = speakup("staff", "list", password="")
    assert listed.returncode == 0 and "kim\thandler\ten\tactive" in listed.stdout
    disabled = speakup("staff", "disable", "kim", password="")
    assert disabled.returncode == 0
    assert "kim\thandler\ten\tdisabled" in speakup("staff", "list", password="").stdout
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'speakup.db'}", future=True)
    with engine.begin() as connection:
        assert authenticate(connection, "kim", "kim's long password") is None
    engine.dispose()
    assert speakup("staff", "disable", "nobody", password="").returncode == 1


def test_records_the_languages_a_handler_speaks_and_changes_them_later(speakup: Speakup) -> None:
    added = speakup("staff", "add", "ola", "--role", "handler", "--languages", "pl, gu", password="ola's long password")
    assert added.returncode == 0
    assert "ola\thandler\ten,pl,gu\tactive" in speakup("staff", "list", password="").stdout
    assert speakup("staff", "languages", "ola", "ur", password="").returncode == 0
    assert "ola\thandler\ten,ur\tactive" in speakup("staff", "list", password="").stdout
    unknown = speakup("staff", "languages", "ola", "pl,xx", password="")
    assert unknown.returncode == 1 and "unknown language xx" in unknown.stderr
    assert speakup("staff", "languages", "nobody", "pl", password="").returncode == 1


def test_sets_a_new_password_with_the_same_policy_and_re_enables(tmp_path: Path, speakup: Speakup) -> None:
    assert speakup("staff", "add", "lee", "--role", "handler", password="lee's first long password").returncode == 0
    common = speakup("staff", "password", "lee", password="password1234")
    assert common.returncode == 1 and "too common" in common.stderr
    assert speakup("staff", "add", "max", "--role", "handler", password="iloveyou2024!").returncode == 1
    changed = speakup("staff", "password", "lee", password="a brand new phrase for lee")
    assert changed.returncode == 0, changed.stderr
    assert signs_in(tmp_path, "lee", "lee's first long password") is False
    assert signs_in(tmp_path, "lee", "a brand new phrase for lee") is True
    disabled = speakup("staff", "disable", "lee", password="")
    assert disabled.returncode == 0, disabled.stderr
    assert signs_in(tmp_path, "lee", "a brand new phrase for lee") is False
    enabled = speakup("staff", "enable", "lee", password="")
    assert enabled.returncode == 0, enabled.stderr
    assert signs_in(tmp_path, "lee", "a brand new phrase for lee") is True
    assert speakup("staff", "password", "nobody", password="a brand new phrase for lee").returncode == 1


def test_the_installed_command_reads_the_password_from_stdin_and_hashes_it_at_the_production_cost(tmp_path: Path) -> None:
    env = {**os.environ, "SPEAKUP_VAR_DIR": str(tmp_path), "SECRET_KEY": secrets.token_urlsafe(48)}
    env.pop("DATABASE_URL", None)

    def command(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(SPEAKUP), *args], input=password + "\n", env=env, capture_output=True, text=True, timeout=120)

    added = command("staff", "add", "alex.h", "--role", "handler", password="correct horse battery")
    assert added.returncode == 0, added.stderr
    assert "correct horse" not in added.stdout + added.stderr
    assert "alex.h\thandler\ten\tactive" in command("staff", "list").stdout
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'speakup.db'}", future=True)
    with engine.begin() as connection:
        stored = connection.execute(sa.select(staff.c.password_hash).where(staff.c.name == "alex.h")).scalar_one()
    engine.dispose()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,")
    # (Read before signing in: this process's cheap hasher would rehash it at its own cost.)
    assert signs_in(tmp_path, "alex.h", "correct horse battery")
