"""Runs a small aiohttp app on a free port in a background thread: how the stand-ins serve the stack."""
from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Coroutine, Optional, TypeVar

from aiohttp import web

from tests.support.ports import free_port

T = TypeVar("T")


@dataclass
class BackgroundServer:
    app: web.Application
    port: int = field(default_factory=free_port)
    _loop: Optional[asyncio.AbstractEventLoop] = None
    _thread: Optional[threading.Thread] = None
    _runner: Optional[web.AppRunner] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "BackgroundServer":
        ready = threading.Event()

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            self._runner = web.AppRunner(self.app, access_log=None)
            self._loop.run_until_complete(self._runner.setup())
            self._loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port).start())
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._runner.cleanup())
            self._loop.close()

        self._thread = threading.Thread(target=serve, name=f"stand-in:{self.port}", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("a stand-in server did not start")
        return self

    def call(self, coroutine: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Runs a coroutine on the server's loop (for tests reaching into an in-process app)."""
        assert self._loop is not None, "start() the server first"
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)


class Recorder:
    """What a stand-in received, safe to read from the test thread, with waiting for what is expected."""

    def __init__(self) -> None:
        self._items: list[Any] = []
        self._changed = threading.Condition()
        self._listeners: list[Callable[[Any], None]] = []

    def add(self, item: Any) -> None:
        with self._changed:
            self._items.append(item)
            self._changed.notify_all()
            listeners = list(self._listeners)
        for listener in listeners:
            listener(item)

    def listen(self, listener: Callable[[Any], None]) -> None:
        """Calls `listener(item)` for every item added from now on, on the stand-in's thread (the
        benchmark times replies by it: it must be quick and thread-safe)."""
        with self._changed:
            self._listeners.append(listener)

    def all(self) -> list[Any]:
        with self._changed:
            return list(self._items)

    def wait_for(self, condition: Callable[[list[Any]], bool], timeout: float = 30.0) -> list[Any]:
        """Waits until `condition(items)` holds; returns the items (AssertionError after `timeout`)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition(list(self._items)):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out waiting; the stand-in has {self._items!r}")
                self._changed.wait(remaining)
            return list(self._items)


class FailureSwitch:
    """Makes a stand-in answer with an error: for the next N requests, or for a while."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._remaining = 0
        self._until = 0.0
        self._status = 500
        self.failed = 0

    def fail_next(self, count: int, status: int = 500) -> None:
        """Fails the next `count` requests (and counts failures afresh)."""
        with self._lock:
            self._remaining, self._status, self.failed = count, status, 0

    def fail_for(self, seconds: float, status: int = 500) -> None:
        """Fails every request for `seconds` (and counts failures afresh)."""
        with self._lock:
            self._until, self._status, self.failed = time.monotonic() + seconds, status, 0

    def reset(self) -> None:
        with self._lock:
            self._remaining, self._until, self.failed = 0, 0.0, 0

    def failure(self) -> Optional[int]:
        """The status to fail this request with, or None to serve it."""
        with self._lock:
            if self._remaining > 0:
                self._remaining -= 1
            elif time.monotonic() >= self._until:
                return None
            self.failed += 1
            return self._status
