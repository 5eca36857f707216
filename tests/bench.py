"""`make bench`: simulated people completing whole reports through the hub at once: web chat people
through the chat API, and texters by SMS through the Twilio webhook (tests/bench_sms.py); and the
staff console's live paths, handler to person and person to console (tests/bench_console.py).

Prints p50/p95/p99 latency per turn, turns per second, errors, the CPU each process spent per turn, and
each process's memory (resident, and proportional: shared library pages counted once across the Rasa
servers) with the stack's total. `--compare-servers` measures the web chat at 1 Rasa server and then at
RASA_SERVERS (one per core by default), one stack after the other, and prints the ratio of their turns per
second: on a shared, noisy machine the ratio holds better than either figure. It starts its own stack on free ports over a fresh database, with the tests' stand-in for
Twilio's API (or, for the web chat only, uses --hub-url). `--channel web|sms|console|all` (all by
default).
Figures go in docs/benchmarks.md with the date and the command. Not a test: nothing here passes or
fails on time."""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

import aiohttp

from bot.config import default_rasa_servers
from bot.launcher import Stack
from tests.support.stack import start_stack

REFERENCE = re.compile(r"\b\d{4} \d{4} \d{4}\b")
# How a simulated person answers: a button whose title matches the first of these, in order of preference.
PREFERRED = (
    "report something", "hate", "it happened to me", "me", "race", "street", "not sure", "yes",
    "still happening", "no", "anonymous", "police", "both", "submit", "send", "that's right", "correct",
)
# Never pressed: they leave the report or go elsewhere.
AVOIDED = ("change", "stop", "delete", "person", "helpline", "danger", "add to", "edit", "cancel", "999")
FREE_TEXT = (
    "A man shouted racist abuse at me at the bus stop on Humberstone Road and spat at me.",
    "He said people like me should go back where we came from. There were other people there.",
    "done",
)
MAX_TURNS = 60


@dataclass
class Results:
    latencies_ms: list[float] = field(default_factory=list)
    # The same latencies by kind of turn (opening the chat, a button pressed, words typed): where the tail is.
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    reports: int = 0
    wall_seconds: float = 0.0  # from the first person starting to the last one finishing
    # CPU seconds of each process of the stack when the measured people started and when they finished.
    cpu: tuple[dict[str, float], dict[str, float]] = ({}, {})


def choose(messages: list[dict[str, Any]]) -> Optional[dict[str, str]]:
    buttons = [b for m in messages for b in m.get("buttons") or []]
    usable = [b for b in buttons if not any(word in b["title"].lower() for word in AVOIDED)]
    for wanted in PREFERRED:
        for button in usable:
            if wanted in button["title"].lower():
                return button
    return usable[0] if usable else None


async def timed(results: Results, call: Any, kind: str) -> Any:
    started = time.perf_counter()
    async with call as response:
        body = await response.json()
        if response.status >= 400:
            raise RuntimeError(f"{response.status}: {body}")
    elapsed = (time.perf_counter() - started) * 1000
    results.latencies_ms.append(elapsed)
    results.by_kind.setdefault(kind, []).append(elapsed)
    return body


async def one_person(http: aiohttp.ClientSession, hub_url: str, results: Results, think: float) -> None:
    try:
        # People do not start in step: with a think time, each starts at a random moment within it.
        await asyncio.sleep(random.uniform(0, think))
        opened = await timed(results, http.post(f"{hub_url}/api/chat/sessions"), "opening")
        session_url = f"{hub_url}/api/chat/sessions/{opened['session_id']}/messages"
        messages, free_text = opened["messages"], iter(FREE_TEXT)
        for _turn in range(MAX_TURNS):
            if any(REFERENCE.search(m["text"]) for m in messages):
                results.reports += 1
                return
            await asyncio.sleep(think)
            button = choose(messages)
            body = {"payload": button["payload"]} if button else {"text": next(free_text, "skip")}
            kind = "button" if button else "typed"
            messages = (await timed(results, http.post(session_url, json=body), kind))["messages"]
        results.errors.append("no reference after %d turns; last: %r" % (MAX_TURNS, messages[-1:]))
    except Exception as error:  # one person's failure is a figure to report, not a reason to stop
        results.errors.append(f"{type(error).__name__}: {error}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def latency_line(name: str, values: list[float]) -> str:
    """One line of figures, in the same form for every path."""
    if not values:
        return f"{name} (ms): no figures"
    return "%s (ms): p50 %.0f  p95 %.0f  p99 %.0f  max %.0f  mean %.0f" % (
        name, percentile(values, 0.50), percentile(values, 0.95), percentile(values, 0.99), max(values),
        statistics.mean(values),
    )


def cpu_seconds(pid: int) -> float:
    """User plus system CPU the kernel charged to a process and its live descendants so far. Kernel
    accounting, not wall-clock: it counts only this process's work, so it holds on a shared, noisy machine."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # The command name (field 2) may hold spaces: the fields that follow start after its ")".
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # it ended while we looked
            stats[int(entry.name)] = fields
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        if current in stats:
            # utime and stime are fields 14 and 15 of /proc/<pid>/stat (here counted from field 3).
            total += (int(stats[current][11]) + int(stats[current][12])) / ticks
        pending.extend(children.get(current, []))
    return total


def stack_cpu(stack: Optional[Stack]) -> dict[str, float]:
    return {name: cpu_seconds(process.pid) for name, process in stack.processes.items()} if stack else {}


def report_cpu(before: dict[str, float], after: dict[str, float], turns: int) -> None:
    """CPU per turn of each process of the stack over the measured turns (the warm-up left out)."""
    if not before or not turns:
        return
    spent = {name: after[name] - before[name] for name in before}
    print("stack CPU per turn (ms, kernel accounting): " + "  ".join(
        f"{name} {seconds * 1000 / turns:.1f}" for name, seconds in spent.items()
    ) + f"  total {sum(spent.values()) * 1000 / turns:.1f}")


def rss_mb(pid: int) -> tuple[float, float]:
    """Current and peak resident memory of a process, in MB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def pss_mb(pid: int) -> float:
    """Proportional resident memory: each shared page divided among the processes that map it (the Rasa
    servers share TensorFlow's libraries), so the stack's processes add up to what the machine gives them."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return 0.0


def report_memory(stack: Stack) -> None:
    total = 0.0
    for name, process in stack.processes.items():
        current, peak = rss_mb(process.pid)
        proportional = pss_mb(process.pid)
        total += proportional
        print(f"memory {name}: {current:.0f} MB now ({proportional:.0f} MB proportional), {peak:.0f} MB peak")
    print(f"memory of the stack: {total:.0f} MB (proportional, summed over its {len(stack.processes)} processes)")


async def run(hub_url: str, people: int, think: float, stack: Optional[Stack] = None,
              more_hubs: Sequence[str] = ()) -> Results:
    """`people` complete reports at once; with `more_hubs`, each person is given a hub in turn (as a load
    balancer spreads them), the stack's first."""
    hubs = [hub_url, *more_hubs]
    warm = Results()
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as http:
        for hub in hubs:  # warm-up: first-use costs are not part of the figures
            await one_person(http, hub, warm, 0)
        if warm.errors:
            raise SystemExit(f"the warm-up report failed: {warm.errors}")
        results = Results()
        cpu_before = stack_cpu(stack)
        started = time.perf_counter()
        await asyncio.gather(*(one_person(http, hubs[n % len(hubs)], results, think) for n in range(people)))
        results.wall_seconds = time.perf_counter() - started
        results.cpu = (cpu_before, stack_cpu(stack))
    return results


def report_web(results: Results, people: int, think: float) -> None:
    turns = len(results.latencies_ms)
    wall = results.wall_seconds
    print(f"web chat people at once: {people}, think time: {think:.1f} s")
    print(f"reports completed: {results.reports}/{people}, turns: {turns}, errors: {len(results.errors)}")
    if results.latencies_ms:
        print(latency_line("latency per turn", results.latencies_ms))
        for kind, values in sorted(results.by_kind.items()):
            print("  " + latency_line(f"{kind} ({len(values)})", values))
        print(f"throughput: {turns / wall:.1f} turns/s over {wall:.1f} s")
    report_cpu(*results.cpu, turns)
    for error in results.errors[:5]:
        print("error:", error)


def throughput(results: Results) -> float:
    return len(results.latencies_ms) / results.wall_seconds if results.wall_seconds else 0.0


def compare_servers(people: int, servers: int) -> None:
    """The web chat at saturation with one Rasa server, then with `servers`, each on a fresh stack."""
    measured: dict[int, float] = {}
    for count in (1, servers):
        print(f"---- RASA_SERVERS={count}")
        stack = start_stack(Path(tempfile.mkdtemp(prefix="speakup-bench-")),
                            {"STAFFED_HOURS": "never", "RASA_SERVERS": str(count)})
        try:
            results = asyncio.run(run(stack.hub_url(), people, 0.0, stack))
            report_web(results, people, 0.0)
            report_memory(stack)
            measured[count] = throughput(results)
        finally:
            stack.stop()
        print()
    if measured.get(1):
        print(f"turns per second with {servers} Rasa servers / with 1: {measured[servers] / measured[1]:.2f}"
              f" ({measured[servers]:.1f} / {measured[1]:.1f})")


def compare_hubs(people: int, servers: int) -> None:
    """The web chat at saturation through one hub, then through two (the second started as an operator
    would, `speakup hub --port N`), on one stack sharing state through a throwaway Redis."""
    from tests.support.ports import free_port
    from tests.support.redis_server import ThrowawayRedis, redis_server_bin
    from tests.support.stack import start_another_hub

    binary = redis_server_bin()
    if binary is None:
        raise SystemExit("redis-server is not installed: make servers")
    redis_server = ThrowawayRedis.start(binary)
    stack = start_stack(Path(tempfile.mkdtemp(prefix="speakup-bench-")), {
        "STAFFED_HOURS": "never", "RASA_SERVERS": str(servers), "REDIS_URL": redis_server.url})
    measured: dict[int, float] = {}
    second = None
    try:
        print("---- one hub")
        results = asyncio.run(run(stack.hub_url(), people, 0.0, stack))
        report_web(results, people, 0.0)
        measured[1] = throughput(results)
        port = free_port()
        second = start_another_hub(stack, port)
        print("\n---- two hubs (the second's CPU is not in the stack's figures)")
        results = asyncio.run(run(stack.hub_url(), people, 0.0, stack, more_hubs=[f"http://127.0.0.1:{port}"]))
        report_web(results, people, 0.0)
        measured[2] = throughput(results)
    finally:
        if second is not None:
            second.terminate()
            second.wait(timeout=60)
        stack.stop()
        redis_server.stop()
    if measured.get(1) and measured.get(2):
        print(f"\nturns per second with 2 hubs / with 1: {measured[2] / measured[1]:.2f}"
              f" ({measured[2]:.1f} / {measured[1]:.1f}), {servers} Rasa server(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--channel", choices=("web", "sms", "console", "all"), default="all", help="which path to measure")
    parser.add_argument("--people", type=int, default=20, help="web chat people reporting at the same time")
    parser.add_argument("--texters", type=int, default=20, help="people reporting by SMS at the same time")
    parser.add_argument("--think", type=float, default=0.0, help="seconds each person waits before answering")
    parser.add_argument("--console-messages", type=int, default=3,
                        help="console path: messages each way in each of the 50 conversations")
    parser.add_argument("--hub-url", help="use a running hub instead of starting one (web chat only)")
    parser.add_argument("--rasa-servers", type=int, default=default_rasa_servers(),
                        help="Rasa servers in the stack (RASA_SERVERS; default one per core)")
    parser.add_argument("--compare-servers", action="store_true",
                        help="web chat at saturation with 1 Rasa server, then with --rasa-servers; prints the ratio")
    parser.add_argument("--compare-hubs", action="store_true",
                        help="web chat at saturation through 1 hub, then 2 (over Redis); prints the ratio")
    args = parser.parse_args()
    if args.compare_hubs:
        compare_hubs(args.people, args.rasa_servers)
        return
    if args.compare_servers:
        compare_servers(args.people, args.rasa_servers)
        return
    if args.hub_url and args.channel != "web":
        parser.error("--hub-url measures the web chat only (--channel web): the SMS path needs the Twilio stand-in"
                     " and the console path makes accounts in the stack's database")
    stack = standins = None
    if args.hub_url:
        hub_url = args.hub_url
    else:
        from tests.support.standins import start_standins

        standins = start_standins()
        # Staffed hours matter only to a request for a person, which the web and SMS people never make;
        # the console path needs them open (its people ask for a person, and the handlers are on duty).
        staffed = "always" if args.channel in ("console", "all") else "never"
        stack = start_stack(Path(tempfile.mkdtemp(prefix="speakup-bench-")), {
            **standins.environment(), "STAFFED_HOURS": staffed, "RASA_SERVERS": str(args.rasa_servers)})
        hub_url = stack.hub_url()
    try:
        if args.channel in ("web", "all"):
            report_web(asyncio.run(run(hub_url, args.people, args.think, stack)), args.people, args.think)
        if args.channel in ("sms", "all"):
            from tests.bench_sms import bench as bench_sms

            assert stack is not None and standins is not None
            if args.channel == "all":
                print()
            bench_sms(stack, standins, args.texters, args.think)
        if args.channel in ("console", "all"):
            from tests.bench_console import bench as bench_console

            assert stack is not None
            if args.channel == "all":
                print()
            # Last: its handlers stay signed in (on duty) until the stack stops.
            bench_console(stack, args.console_messages, args.think)
        if stack is not None:
            print()
            report_memory(stack)
    finally:
        if stack is not None:
            stack.stop()
        if standins is not None:
            standins.stop()


if __name__ == "__main__":
    main()
