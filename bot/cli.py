"""`speakup`: administration from the command line.

    speakup staff add NAME --role handler|supervisor [--languages pl,gu]
    speakup staff languages NAME pl,gu
    speakup staff list
    speakup staff disable NAME
    speakup staff enable NAME
    speakup staff password NAME
    speakup hub --port N [--console-port M]

`password` sets a new password (for someone who has forgotten theirs) and ends the account's sessions.

`hub` starts one more hub with the same settings as the others (the environment, as for `make run`) on
another port: several hubs behind a load balancer share the database, and wake-ups, locks and the sign-in
rate limit through Redis (REDIS_URL; docs/architecture.md "Several hubs"). It serves a staff console too
only with --console-port.

The password is read from standard input when that is not a terminal (for scripts:
`printf '%s' "$PASSWORD" | speakup staff add ...`), otherwise asked for twice without echo. It never
appears in the command line, where other users of the machine could see it."""
from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from typing import Callable, Optional, Sequence, TypeVar

from sqlalchemy.engine import Connection

from bot.config import ConfigError, Settings
from bot.console.accounts import (
    MIN_PASSWORD_CHARS, ROLES, AccountError, Staff, by_name, check_password, create_staff, end_sessions, everyone,
    hash_password, parse_languages, set_active, set_languages, set_password_hash,
)
from bot.console.audit import STAFF_MEMBER, write
from bot.hub import run as run_hub
from bot.storage.database import Database

T = TypeVar("T")


def _read_password() -> str:
    if not sys.stdin.isatty():
        # One line (a trailing newline from echo or a file is not part of the password).
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password (at least {MIN_PASSWORD_CHARS} characters): ")
    second = getpass.getpass("The same password again: ")
    if first != second:
        raise AccountError("the two passwords are not the same")
    return first


def _in_database(work: Callable[[Connection], T]) -> T:
    settings = Settings.from_env()
    database = Database(settings.database_url, workers=1)
    try:
        database.create_schema()
        return database.transaction(work)
    finally:
        database.close()


def add_staff(name: str, role: str, languages: str = "") -> int:
    spoken = parse_languages(languages)
    password = _read_password()

    def create(connection: Connection) -> Staff:
        member = create_staff(connection, name, role, password, spoken)
        write(connection, None, "account_created", STAFF_MEMBER, str(member.id), f"{role} from the command line")
        return member

    member = _in_database(create)
    print(f"Created {member.role} account {member.name!r} (id {member.id}).")
    return 0


def staff_languages(name: str, languages: str) -> int:
    spoken = parse_languages(languages)

    def record(connection: Connection) -> Optional[Staff]:
        member = set_languages(connection, name, spoken)
        if member is not None:
            write(connection, None, "languages_changed", STAFF_MEMBER, str(member.id), ",".join(spoken) or "English only")
        return member

    if _in_database(record) is None:
        raise AccountError(f"there is no account named {name}")
    print(f"{name!r} helps people in English{''.join(', ' + code for code in spoken)}.")
    return 0


def list_staff() -> int:
    for member, active in _in_database(everyone):
        languages = ",".join(("en", *member.languages))
        print(f"{member.name}\t{member.role}\t{languages}\t{'active' if active else 'disabled'}")
    return 0


def _set_active_from_cli(name: str, active: bool) -> int:
    """Disables (its sessions end at once) or re-enables the account named `name`, audited as done from
    the command line. A disabled handler's conversations go back to the assistant at the console's next
    watch, which finds nobody there (bot/console/duty.py)."""
    def apply(connection: Connection) -> Optional[Staff]:
        member = by_name(connection, name)
        if member is not None:
            set_active(connection, member.id, active)
            audited_as = "account_enabled" if active else "account_disabled"
            write(connection, None, audited_as, STAFF_MEMBER, str(member.id), "from the command line")
        return member

    if _in_database(apply) is None:
        raise AccountError(f"there is no account named {name}")
    print(f"Enabled {name!r}: they can sign in again." if active
          else f"Disabled {name!r}: they cannot sign in, and their sessions have ended.")
    return 0


def disable_staff(name: str) -> int:
    return _set_active_from_cli(name, False)


def enable_staff(name: str) -> int:
    return _set_active_from_cli(name, True)


def set_staff_password(name: str) -> int:
    """A new password for someone who has forgotten theirs: the same policy as everywhere, and every
    session of the account ends (whoever knew the old password is signed out)."""
    password = _read_password()
    check_password(password, name)
    hashed = hash_password(password)

    def change(connection: Connection) -> Optional[Staff]:
        member = by_name(connection, name)
        if member is not None:
            set_password_hash(connection, member.id, hashed)
            ended = end_sessions(connection, member.id)
            write(connection, None, "password_changed", STAFF_MEMBER, str(member.id), f"from the command line; {ended} sessions ended")
        return member

    if _in_database(change) is None:
        raise AccountError(f"there is no account named {name}")
    print(f"Changed the password of {name!r}; their sessions have ended.")
    return 0


def run_another_hub(port: int, console_port: Optional[int]) -> int:
    settings = Settings.from_env()
    settings = dataclasses.replace(settings, hub_port=port, console_port=console_port or settings.console_port)
    if not settings.redis_url:
        print("speakup: no REDIS_URL: this hub's live streams hear the other hubs' changes only at each "
              "heartbeat, and texts from one person may be handled by two hubs at once. Set REDIS_URL for "
              "several hubs (docs/architecture.md, \"Several hubs\").", file=sys.stderr)
    run_hub(settings, with_console=console_port is not None)
    return 0


def _port(text: str) -> int:
    port = int(text)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a port (1-65535)")
    return port


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="speakup", description="SpeakUp administration.")
    commands = parser.add_subparsers(dest="command", required=True)
    staff = commands.add_parser("staff", help="staff console accounts")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True)
    add = staff_commands.add_parser("add", help="create a call handler or supervisor account")
    add.add_argument("name", help="the name they sign in with (letters, digits, . _ -)")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--languages", default="", help="languages they can help people in besides English, e.g. pl,gu")
    spoken = staff_commands.add_parser("languages", help="record the languages someone helps people in besides English")
    spoken.add_argument("name")
    spoken.add_argument("languages", help="codes separated by commas, e.g. pl,gu (empty: English only)")
    staff_commands.add_parser("list", help="every account, with its role and whether it is active")
    disable_parser = staff_commands.add_parser("disable", help="stop an account signing in (ends its sessions)")
    disable_parser.add_argument("name")
    enable_parser = staff_commands.add_parser("enable", help="let a disabled account sign in again")
    enable_parser.add_argument("name")
    password_parser = staff_commands.add_parser("password", help="set a new password (ends the account's sessions)")
    password_parser.add_argument("name")
    hub = commands.add_parser("hub", help="start one more hub with the same settings, on another port")
    hub.add_argument("--port", type=_port, required=True, help="the port this hub listens on (HUB_HOST's address)")
    hub.add_argument("--console-port", type=_port, help="serve a staff console too, on this port")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "staff" and args.staff_command == "add":
            return add_staff(args.name, args.role, args.languages)
        if args.command == "staff" and args.staff_command == "languages":
            return staff_languages(args.name, args.languages)
        if args.command == "staff" and args.staff_command == "list":
            return list_staff()
        if args.command == "staff" and args.staff_command == "disable":
            return disable_staff(args.name)
        if args.command == "staff" and args.staff_command == "enable":
            return enable_staff(args.name)
        if args.command == "staff" and args.staff_command == "password":
            return set_staff_password(args.name)
        if args.command == "hub":
            return run_another_hub(args.port, args.console_port)
    except (AccountError, ConfigError) as problem:
        print(f"speakup: {problem}", file=sys.stderr)
        return 1
    return 2


if __name__ == "__main__":
    sys.exit(main())
