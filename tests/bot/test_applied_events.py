"""A tracker's applied events are folded on from where they were left (bot/rasa_plugins/applied_events.py),
and every caller still gets exactly what Rasa's own method gives, after every event of every conversation."""
from __future__ import annotations

import random
from collections import deque
from typing import Any, Callable, Iterable, Iterator, List

import pytest
from rasa.shared.core.events import (
    ActionExecuted, ActionExecutionRejected, ActionReverted, ActiveLoop, BotUttered, DefinePrevUserUtteredFeaturization,
    Event, Restarted, SessionStarted, SlotSet, UserUttered, UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins import applied_events as module

FORMS = ("report_form", "contact_form")

# Each makes a new event: what a conversation with forms, interruptions, reverts and restarts holds.
EVENT_KINDS: tuple[Callable[[random.Random], Event], ...] = (
    lambda r: ActionExecuted("action_listen"),
    lambda r: UserUttered("text", {"name": r.choice(["report_incident", "choose", "danger_now"])}),
    lambda r: ActionExecuted(r.choice(FORMS)),
    lambda r: ActiveLoop(r.choice(FORMS)),
    lambda r: ActiveLoop(None),
    lambda r: ActionExecutionRejected(r.choice(FORMS)),
    lambda r: ActionExecuted(r.choice(["utter_danger", "action_danger", "utter_ask_more"])),
    lambda r: BotUttered("a question"),
    lambda r: SlotSet("incident_kind", r.choice(["hate", "assault", None])),
    lambda r: DefinePrevUserUtteredFeaturization(False),
    lambda r: ActionReverted(),
    lambda r: UserUtteranceReverted(),
    lambda r: Restarted(),
    lambda r: SessionStarted(),
)
# Reverts and restarts are rarer than the rest in a real conversation, and would otherwise empty every one.
WEIGHTS = (8, 8, 6, 3, 2, 1, 4, 4, 3, 1, 1, 1, 0.3, 0.3)


def conversation(seed: int, length: int) -> List[Event]:
    chooser = random.Random(seed)
    return [chooser.choices(EVENT_KINDS, WEIGHTS)[0](chooser) for _ in range(length)]


@pytest.fixture(autouse=True)
def applied() -> Iterator[None]:
    module.apply()
    yield


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many events each fold walked."""
    counted: list[int] = []
    rasas_fold = module._fold

    def counting(tracker: DialogueStateTracker, events: Iterable[Event], *rest: Any) -> None:
        events = list(events)
        counted.append(len(events))
        rasas_fold(tracker, events, *rest)

    monkeypatch.setattr(module, "_fold", counting)
    return counted


def same_events(found: Iterable[Event], expected: Iterable[Event]) -> bool:
    """The same event objects in the same order (equal events are not enough: the same object is kept)."""
    return [id(e) for e in found] == [id(e) for e in expected]


@pytest.mark.parametrize("first_seed", range(0, 300, 50))
def test_after_every_event_the_applied_events_are_rasas(first_seed: int) -> None:
    for seed in range(first_seed, first_seed + 50):
        tracker = DialogueStateTracker("someone", slots=[])
        for event in conversation(seed, length=random.Random(seed).randint(1, 80)):
            tracker.update(event)
            expected = module.RASA_APPLIED_EVENTS(tracker)
            assert same_events(tracker.applied_events(), expected), f"conversation {seed}"
            assert same_events(tracker.applied_events(), expected), f"conversation {seed}, asked again"


def test_with_a_history_limit_the_oldest_events_dropped_start_it_again() -> None:
    for seed in range(1000, 1040):
        tracker = DialogueStateTracker("someone", slots=[], max_event_history=12)
        for event in conversation(seed, length=60):
            tracker.update(event)
            assert same_events(tracker.applied_events(), module.RASA_APPLIED_EVENTS(tracker)), f"conversation {seed}"


def test_events_replaced_under_the_same_newest_event_start_it_again() -> None:
    tracker = DialogueStateTracker("someone", slots=[])
    newest = ActionExecuted("action_listen")
    for event in (ActionExecuted("action_listen"), UserUttered("hi", {"name": "report_incident"}), newest):
        tracker.update(event)
    tracker.applied_events()

    tracker.events = deque([Restarted(), UserUttered("other", {"name": "choose"}), newest])

    assert same_events(tracker.applied_events(), module.RASA_APPLIED_EVENTS(tracker))


def test_several_events_added_between_questions_are_folded_in_together() -> None:
    events = conversation(7, length=120)
    tracker = DialogueStateTracker("someone", slots=[])
    for start in range(0, len(events), 9):
        for event in events[start:start + 9]:
            tracker.update(event)
        assert same_events(tracker.applied_events(), module.RASA_APPLIED_EVENTS(tracker))


def test_only_the_events_added_since_are_walked(walked: list[int]) -> None:
    tracker = DialogueStateTracker("someone", slots=[])
    for event in (ActionExecuted("action_listen"), UserUttered("hi", {"name": "report_incident"}),
                  ActionExecuted("report_form"), ActiveLoop("report_form"), BotUttered("What happened?")):
        tracker.update(event)
    tracker.applied_events()
    walked.clear()

    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("hate", {"name": "choose"}))
    tracker.applied_events()
    tracker.applied_events()

    assert walked == [2]


def test_a_form_named_for_the_first_time_starts_it_again(walked: list[int]) -> None:
    """Rasa applies a form's earlier runs by whether its name appears anywhere in the conversation."""
    tracker = DialogueStateTracker("someone", slots=[])
    for event in (ActionExecuted("action_listen"), ActionExecuted("contact_form"), ActionExecuted("contact_form")):
        tracker.update(event)
    tracker.applied_events()
    tracker.update(ActiveLoop("contact_form"))

    assert same_events(tracker.applied_events(), module.RASA_APPLIED_EVENTS(tracker))
    assert walked == [3, 4]


def test_each_caller_gets_a_list_of_its_own() -> None:
    tracker = DialogueStateTracker("someone", slots=[])
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("hi", {"name": "report_incident"}))
    tracker.applied_events().clear()

    assert len(tracker.applied_events()) == 2


def test_rasas_trackers_use_it() -> None:
    assert DialogueStateTracker.applied_events is module.applied_events
