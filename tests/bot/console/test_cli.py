"""`speakup staff add`: accounts from the command line, the password from standard input."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from bot.console.accounts import authenticate
from bot.storage.schema import staff

SPEAKUP = Path(sys.executable).parent / "speakup"


def run(tmp_path: Path, *args: str, password: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SPEAKUP_VAR_DIR": str(tmp_path), "SECRET_KEY": secrets.token_urlsafe(48)}
    env.pop("DATABASE_URL", None)
    return subprocess.run([str(SPEAKUP), *args], input=password + "\n", env=env, capture_output=True, text=True, timeout=120)


def signs_in(tmp_path: Path, name: str, password: str) -> bool:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'speakup.db'}", future=True)
    try:
        with engine.begin() as connection:
            return authenticate(connection, name, password) is not None
    finally:
        engine.dispose()  # no connection left open while the command line writes


def test_creates_an_account_with_the_password_from_stdin(tmp_path: Path) -> None:
    result = run(tmp_path, "staff", "add", "alex.h", "--role", "supervisor", password="correct horse battery")
    assert result.returncode == 0, result.stderr
    assert "correct horse" not in result.stdout + result.stderr
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'speakup.db'}", future=True)
    with engine.begin() as connection:
        row = connection.execute(sa.select(staff).where(staff.c.name == "alex.h")).one()
        assert row.role == "supervisor" and row.password_hash.startswith("$argon2id$")
        assert authenticate(connection, "alex.h", "correct horse battery") is not None
        assert authenticate(connection, "alex.h", "correct horse battery\n") is None
    engine.dispose()

    again = run(tmp_path, "staff", "add", "alex.h", "--role", "handler", password="another long password")
    assert again.returncode == 1 and "already" in again.stderr


def test_refuses_short_passwords_and_unknown_roles(tmp_path: Path) -> None:
    short = run(tmp_path, "staff", "add", "sam", "--role", "handler", password="short")
    assert short.returncode == 1 and "at least 12" in short.stderr
    role = run(tmp_path, "staff", "add", "sam", "--role", "admin", password="a long enough password")
    assert role.returncode == 2


def test_lists_and_disables_accounts(tmp_path: Path) -> None:
    assert run(tmp_path, "staff", "add", "kim", "--role", "handler", password="kim's long password").returncode == 0
    listed = run(tmp_path, "staff", "list", password="")
    assert listed.returncode == 0 and "kim\thandler\ten\tactive" in listed.stdout
    disabled = run(tmp_path, "staff", "disable", "kim", password="")
    assert disabled.returncode == 0
    assert "kim\thandler\ten\tdisabled" in run(tmp_path, "staff", "list", password="").stdout
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'speakup.db'}", future=True)
    with engine.begin() as connection:
        assert authenticate(connection, "kim", "kim's long password") is None
    engine.dispose()
    assert run(tmp_path, "staff", "disable", "nobody", password="").returncode == 1


def test_records_the_languages_a_handler_speaks_and_changes_them_later(tmp_path: Path) -> None:
    added = run(tmp_path, "staff", "add", "ola", "--role", "handler", "--languages", "pl, gu", password="ola's long password")
    assert added.returncode == 0
    assert "ola\thandler\ten,pl,gu\tactive" in run(tmp_path, "staff", "list", password="").stdout
    assert run(tmp_path, "staff", "languages", "ola", "ur", password="").returncode == 0
    assert "ola\thandler\ten,ur\tactive" in run(tmp_path, "staff", "list", password="").stdout
    unknown = run(tmp_path, "staff", "languages", "ola", "pl,xx", password="")
    assert unknown.returncode == 1 and "unknown language xx" in unknown.stderr
    assert run(tmp_path, "staff", "languages", "nobody", "pl", password="").returncode == 1


def test_sets_a_new_password_with_the_same_policy_and_re_enables(tmp_path: Path) -> None:
    assert run(tmp_path, "staff", "add", "lee", "--role", "handler", password="lee's first long password").returncode == 0
    common = run(tmp_path, "staff", "password", "lee", password="password1234")
    assert common.returncode == 1 and "too common" in common.stderr
    assert run(tmp_path, "staff", "add", "max", "--role", "handler", password="iloveyou2024!").returncode == 1
    changed = run(tmp_path, "staff", "password", "lee", password="a brand new phrase for lee")
    assert changed.returncode == 0, changed.stderr
    assert signs_in(tmp_path, "lee", "lee's first long password") is False
    assert signs_in(tmp_path, "lee", "a brand new phrase for lee") is True
    disabled = run(tmp_path, "staff", "disable", "lee", password="")
    assert disabled.returncode == 0, disabled.stderr
    assert signs_in(tmp_path, "lee", "a brand new phrase for lee") is False
    enabled = run(tmp_path, "staff", "enable", "lee", password="")
    assert enabled.returncode == 0, enabled.stderr
    assert signs_in(tmp_path, "lee", "a brand new phrase for lee") is True
    assert run(tmp_path, "staff", "password", "nobody", password="a brand new phrase for lee").returncode == 1
