"""Free ports for the servers a test starts.

A port is probed free and then handed to a server that binds it later: Rasa binds only after loading its model,
some fifteen seconds on. A port the kernel hands out for `bind(0)` lies in its ephemeral range, which every
outgoing connection draws from too (to PostgreSQL, Redis, the stand-ins...), so one of those could take it in the
meantime: CI once saw Rasa fail with "address already in use". So the ports come from below that range, where
only a listening server takes a port, and each is handed out once per test run.
"""
from __future__ import annotations

import random
import socket
from contextlib import ExitStack
from pathlib import Path

_EPHEMERAL_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LOWEST = 20000
_handed_out: set[int] = set()


def _ephemeral_range_start() -> int:
    """Where the kernel's ephemeral range starts (Linux's default 32768 when it cannot be read)."""
    try:
        return int(_EPHEMERAL_RANGE_FILE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_ports(count: int, attempts: int = 200) -> int:
    """The first of `count` consecutive free ports (several Rasa servers listen on RASA_PORT, RASA_PORT + 1...),
    none of them in the ephemeral range nor handed out before."""
    highest_first = _ephemeral_range_start() - count
    if highest_first < _LOWEST:
        raise RuntimeError(f"no room for {count} ports below the ephemeral range")
    for _ in range(attempts):
        first = random.randint(_LOWEST, highest_first)
        wanted = range(first, first + count)
        if any(port in _handed_out for port in wanted):
            continue
        with ExitStack() as held:
            try:
                for port in wanted:
                    probe = held.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
                    probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.update(wanted)
        return first
    raise RuntimeError(f"no {count} consecutive free ports found below the ephemeral range")


def free_port() -> int:
    return free_ports(1)
