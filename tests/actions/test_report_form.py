"""The report's questions, answers, review and saving, driven the way Rasa drives the validators."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator, Optional

import pytest
import sqlalchemy as sa
from rasa_sdk.executor import CollectingDispatcher

from actions import storage
from actions.choices import NOT_GIVEN
from actions.references import ActionSaveAddition, ValidateAdditionForm
from actions.report_form import ActionAskAccount, ActionAskContactRef, ActionNoteStory, ValidateReportForm
from actions.stopping import ActionFinishStopping
from actions.submit import ActionSubmitReport
from bot.storage.database import Database
from bot.storage.references import parse_reference
from bot.storage.reports import find_report
from bot.storage.schema import reports
from tests.actions.conftest import controls, make_tracker, responses

FORM = ValidateReportForm()


async def validate(
    slot: str,
    text: str,
    domain: dict[str, Any],
    intent: str = "inform",
    slots: Optional[dict[str, Any]] = None,
    entities: Optional[list[dict[str, Any]]] = None,
) -> tuple[dict[str, Any], CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent, {"requested_slot": slot, **(slots or {})}, entities, "report_form")
    result = await getattr(FORM, f"validate_{slot}")(text, dispatcher, tracker, domain)
    return result, dispatcher


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'speakup.db'}")
    storage.database.cache_clear()
    yield storage.database()
    storage.database.cache_clear()


def _stored_report(database: Database, reference: Optional[str]) -> dict[str, Any]:
    """The report saved under `reference`, with its additions; the test fails here when there is none."""
    assert reference is not None
    report = database.transaction(lambda c: find_report(c, reference))
    assert report is not None, reference
    return report


async def test_a_button_a_number_and_a_title_all_answer_a_choice(domain: dict[str, Any]) -> None:
    pressed, _ = await validate("reporter_role", '/choose{"reporter_role":"witness"}', domain, "choose",
                                entities=[{"entity": "reporter_role", "value": "witness"}])
    typed_number, _ = await validate("reporter_role", "2", domain, "choose")
    typed_words, _ = await validate("reporter_role", "I saw it happen", domain)
    assert pressed == typed_number == typed_words == {"reporter_role": "witness"}


async def test_a_skip_is_stored_as_not_given(domain: dict[str, Any]) -> None:
    assert (await validate("place_type", "prefer not to say", domain, "skip"))[0] == {"place_type": NOT_GIVEN}
    assert (await validate("when_happened", "don't know", domain, "skip"))[0] == {"when_happened": NOT_GIVEN}


async def test_an_unclear_choice_is_asked_again_kindly(domain: dict[str, Any]) -> None:
    result, dispatcher = await validate("ongoing", "purple", domain, "nlu_fallback")
    assert result == {"ongoing": None}
    assert responses(dispatcher) == ["utter_choice_not_understood"]


async def test_answers_given_earlier_are_kept_when_the_form_resumes(domain: dict[str, Any]) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("carry on", "choose", {"requested_slot": None, "place_type": "park"}, active_loop="report_form")
    assert await FORM.validate_place_type("park", dispatcher, tracker, domain) == {"place_type": "park"}


async def test_a_confirmed_guess_becomes_the_kind_and_tells_the_hub(domain: dict[str, Any]) -> None:
    result, dispatcher = await validate("incident_kind", "yes", domain, "affirm",
                                        {"suggested_kind": "stalking", "account_parts": ["he follows me"]})
    assert result == {"incident_kind": "stalking", "suggested_kind": None}
    assert controls(dispatcher) == [{"conversation": {"incident_kind": "stalking", "danger": False}}]
    assert "utter_kind_noted" in responses(dispatcher)


async def test_a_rejected_guess_offers_the_list(domain: dict[str, Any]) -> None:
    result, _ = await validate("incident_kind", "no", domain, "deny", {"suggested_kind": "stalking"})
    assert result == {"incident_kind": None, "suggested_kind": None}


async def test_naming_another_kind_instead_of_yes_or_no(domain: dict[str, Any]) -> None:
    result, _ = await validate("incident_kind", "no it's domestic abuse", domain, "deny", {"suggested_kind": "stalking"})
    assert result["incident_kind"] == "domestic_abuse"


async def test_several_reasons_are_kept_for_a_hate_incident(domain: dict[str, Any]) -> None:
    result, _ = await validate("hate_motivation", "1 and 3", domain, "choose", {"incident_kind": "hate"})
    assert result == {"hate_motivation": ["race", "sexual_orientation"]}


async def test_the_account_collects_messages_until_done(domain: dict[str, Any]) -> None:
    first, _ = await validate("account", "he follows me home", domain, "tell_story_stalking")
    assert first == {"account": None, "account_parts": ["he follows me home"]}
    second, _ = await validate("account", "every night", domain, "inform", {"account_parts": ["he follows me home"]})
    assert second["account_parts"] == ["he follows me home", "every night"]
    done, _ = await validate("account", "done", domain, "done", {"account_parts": second["account_parts"]})
    assert done["account"] == "he follows me home\n\nevery night"


async def test_danger_inside_the_account_is_kept_and_answered(domain: dict[str, Any]) -> None:
    result, dispatcher = await validate("account", "he's outside now", domain, "danger_now", {"account_parts": ["it started in May"]})
    assert result["account_parts"] == ["it started in May", "he's outside now"]
    assert result["danger_reported"] is True
    assert result["account"] is None
    assert responses(dispatcher)[:2] == ["utter_emergency", "utter_emergency_routes"]
    assert controls(dispatcher)[0]["conversation"]["danger"] is True


async def test_the_account_prompt_adapts(domain: dict[str, Any]) -> None:
    async def prompt(text: str, slots: dict[str, Any]) -> list[str]:
        dispatcher = CollectingDispatcher()
        await ActionAskAccount().run(dispatcher, make_tracker(text, "inform", slots), domain)
        return responses(dispatcher)

    assert await prompt("2", {"reporter_role": "witness"}) == ["utter_ask_account_witness"]
    assert await prompt("yes", {"account_parts": ["my ex keeps turning up"]}) == ["utter_ask_account_continue"]
    assert await prompt("more", {"account_parts": ["a", "more"]}) == ["utter_ask_account_more"]


async def test_contact_details_are_only_ever_a_sealed_reference(domain: dict[str, Any]) -> None:
    sealed, _ = await validate("contact_ref", '/contact_given{"contact_ref":"abc123"}', domain, "contact_given",
                               entities=[{"entity": "contact_ref", "value": "abc123"}])
    assert sealed == {"contact_ref": "abc123"}
    skipped, _ = await validate("contact_ref", "skip", domain, "skip")
    assert skipped == {"contact_ref": NOT_GIVEN}
    typed, dispatcher = await validate("contact_ref", "my nan's house", domain, "inform")
    assert typed == {"contact_ref": None}
    assert responses(dispatcher) == ["utter_contact_not_recognised"]


async def test_asking_for_contact_details_tells_the_hub_to_seal_the_answer(domain: dict[str, Any]) -> None:
    dispatcher = CollectingDispatcher()
    await ActionAskContactRef().run(dispatcher, make_tracker("2", "choose"), domain)
    assert controls(dispatcher) == [{"capture": "contact_details"}]
    assert responses(dispatcher) == ["utter_ask_contact_ref"]


async def test_which_questions_are_asked(domain: dict[str, Any]) -> None:
    slots = domain["forms"]["report_form"]["required_slots"]
    async def required(values: dict[str, Any]) -> list[str]:
        return await FORM.required_slots(slots, CollectingDispatcher(), make_tracker(slots=values), domain)

    plain = await required({"incident_kind": "stalking"})
    assert "hate_motivation" not in plain and "contact_ref" not in plain and "field_to_change" not in plain
    hate = await required({"incident_kind": "hate", "contact_preference": "contact"})
    assert {"hate_motivation", "contact_ref", "contact_safe_time"} <= set(hate)
    no_details = await required({"contact_preference": "contact", "contact_ref": NOT_GIVEN})
    assert "contact_safe_time" not in no_details
    assert "field_to_change" in await required({"review_decision": "change"})


async def test_changing_an_answer_empties_it_and_what_depends_on_it(domain: dict[str, Any]) -> None:
    result, _ = await validate("field_to_change", "Contact", domain, "inform",
                               {"review_decision": "change", "contact_preference": "contact", "contact_ref": "abc"})
    assert result == {"contact_preference": None, "contact_ref": None, "contact_safe_time": None,
                      "field_to_change": None, "review_decision": None}


async def test_a_story_is_kept_and_its_kind_suggested(domain: dict[str, Any]) -> None:
    tracker = make_tracker("my ex keeps turning up at my work", "tell_story_stalking")
    events = await ActionNoteStory().run(CollectingDispatcher(), tracker, domain)
    assert {e["name"]: e["value"] for e in events} == {
        "suggested_kind": "stalking", "account_parts": ["my ex keeps turning up at my work"]}


FILLED = {
    "incident_kind": "hate", "reporter_role": "victim", "hate_motivation": ["race"], "account": "they shouted at me",
    "when_happened": "last Friday", "place_type": "public_transport", "area": "Leicester", "offender": NOT_GIVEN,
    "ongoing": "once", "evidence": NOT_GIVEN, "contact_preference": "anonymous", "consent_share": "police",
    "review_decision": "send",
}


async def test_submitting_saves_the_report_and_gives_a_reference(domain: dict[str, Any], database: Database) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionSubmitReport().run(dispatcher, make_tracker("send", "affirm", FILLED, channel="sms"), domain)
    saved = next(m for m in dispatcher.messages if m.get("response") == "utter_report_saved")
    report = _stored_report(database, parse_reference(saved["reference"]))
    assert report["status"] == "submitted" and report["kind"] == "hate" and report["channel"] == "sms"
    assert report["answers"]["offender"] is None
    assert report["answers"]["hate_motivation"] == ["race"]
    assert report["contact_encrypted"] is None
    assert "utter_next_steps_anonymous" in responses(dispatcher)
    assert all(e["value"] in (None, False) for e in events)


async def test_a_turn_taken_again_after_a_process_died_gives_the_same_reference_and_saves_one_report(
    domain: dict[str, Any], database: Database
) -> None:
    """Rasa or the action server died after the report was saved and before the turn was: the hub sends the
    turn again with the same message id, and the person is told the reference that is stored."""
    references = []
    for message_id in ("turn-7", "turn-7", "turn-9"):
        dispatcher = CollectingDispatcher()
        await ActionSubmitReport().run(dispatcher, make_tracker("send", "affirm", FILLED, message_id=message_id), domain)
        references.append(next(m for m in dispatcher.messages if m.get("response") == "utter_report_saved")["reference"])
    assert references[0] == references[1] != references[2]  # another turn (sending it again) is another report
    assert database.transaction(lambda c: c.execute(sa.select(sa.func.count()).select_from(reports)).scalar_one()) == 2


async def test_stopping_keeps_a_partial_report(domain: dict[str, Any], database: Database) -> None:
    dispatcher = CollectingDispatcher()
    slots = {"stop_choice": "keep", "incident_kind": "stalking", "account_parts": ["he follows me"]}
    events = await ActionFinishStopping().run(dispatcher, make_tracker("1", "choose", slots), domain)
    saved = next(m for m in dispatcher.messages if m.get("response") == "utter_partial_saved")
    report = _stored_report(database, parse_reference(saved["reference"]))
    assert report["status"] == "partial" and report["answers"]["account"] == "he follows me"
    assert {"event": "slot", "name": "resume_report", "value": False, "timestamp": None} in events


async def test_stopping_and_deleting_tells_the_hub_to_forget_first(domain: dict[str, Any], database: Database) -> None:
    dispatcher = CollectingDispatcher()
    slots = {"stop_choice": "delete", "account_parts": ["he follows me"]}
    await ActionFinishStopping().run(dispatcher, make_tracker("2", "choose", slots), domain)
    assert dispatcher.messages[0]["custom"] == {"speakup": {"forget": True}}
    assert "utter_deleted" in responses(dispatcher)


async def test_adding_to_a_report_by_its_reference(domain: dict[str, Any], database: Database) -> None:
    dispatcher = CollectingDispatcher()
    await ActionSubmitReport().run(dispatcher, make_tracker("send", "affirm", FILLED), domain)
    shown = next(m for m in dispatcher.messages if m.get("response") == "utter_report_saved")["reference"]
    form = ValidateAdditionForm()
    found = await form.validate_reference_to_add(
        shown, CollectingDispatcher(), make_tracker(shown, "inform", {"requested_slot": "reference_to_add"}), domain)
    assert found == {"reference_to_add": parse_reference(shown), "reference_tries": 0}
    said = CollectingDispatcher()
    slots = {"reference_to_add": found["reference_to_add"], "addition_text": "it happened again", "addition_parts": ["it happened again"]}
    for _try in range(2):  # the same turn taken again after a process died in it: added once
        await ActionSaveAddition().run(said, make_tracker("done", "done", slots, message_id="turn-12"), domain)
        assert responses(said).count("utter_addition_saved") == _try + 1
    report = _stored_report(database, found["reference_to_add"])
    assert [a["text"] for a in report["additions"]] == ["it happened again"]


async def test_wrong_references_are_limited_and_reveal_nothing(domain: dict[str, Any], database: Database) -> None:
    form = ValidateAdditionForm()
    tries = 0
    for attempt in range(3):
        dispatcher = CollectingDispatcher()
        tracker = make_tracker("1234 5678 9012", "inform", {"requested_slot": "reference_to_add", "reference_tries": tries})
        result = await form.validate_reference_to_add("x", dispatcher, tracker, domain)
        tries = result["reference_tries"]
        assert result["reference_to_add"] is None
        # Only "not found": no kind, date or content of any report, and nothing else filled in.
        assert responses(dispatcher) == (["utter_reference_not_found"] if attempt < 2 else [])
        assert all(set(k for k, v in m.items() if v) <= {"response", "template"} for m in dispatcher.messages)
    assert tries == 3
    required = await form.required_slots(["reference_to_add", "addition_text"], CollectingDispatcher(),
                                         make_tracker(slots={"reference_tries": 3}), domain)
    assert required == []


async def test_a_number_while_checking_a_guess_means_yes_no_or_not_sure(domain: dict[str, Any]) -> None:
    result, _ = await validate("incident_kind", "3", domain, "choose", {"suggested_kind": "domestic_abuse"})
    assert result == {"incident_kind": "not_sure", "suggested_kind": None}
    result, _ = await validate("incident_kind", "1", domain, "choose", {"suggested_kind": "domestic_abuse"})
    assert result["incident_kind"] == "domestic_abuse"


async def test_a_report_started_from_a_story_explains_itself_once(domain: dict[str, Any]) -> None:
    _, after_no = await validate("incident_kind", "1", domain, "choose", {"account_parts": ["story"]})
    assert "utter_report_intro" in responses(after_no)
    _, on_change = await validate("incident_kind", "1", domain, "choose", {"account_parts": ["story"], "reporter_role": "victim"})
    assert "utter_report_intro" not in responses(on_change)


async def test_a_sealed_reference_survives_the_form_being_resumed(domain: dict[str, Any]) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("carry on", "choose", {"requested_slot": None, "contact_ref": "abc"}, active_loop="report_form")
    assert await FORM.validate_contact_ref("abc", dispatcher, tracker, domain) == {"contact_ref": "abc"}
