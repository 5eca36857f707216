"""What the Twilio webhooks of the real stack accept: signed requests to our own numbers, and a clear 4xx
(never a 500) for the rest, with nothing of a refused request stored or passed to the assistant."""
from __future__ import annotations

from urllib.parse import quote

import pytest
import requests
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from bot.storage.schema import outbox
from tests.channels.texting.people import TWILIO_WEBHOOK, TwilioPhone
from tests.support.standins import StandIns

STATUS_WEBHOOK = "/webhooks/twilio/status"


@pytest.fixture
def phone(stack_phone: TwilioPhone) -> TwilioPhone:
    """A new phone texting the real stack."""
    return stack_phone


def _still_alive(phone: TwilioPhone) -> None:
    """The hub took the bad request in its stride: the next text is answered by the assistant."""
    assert phone.say("still there?")
    assert phone.hub.assistant_heard(phone.conversation_id)[-1] == "still there?"


def _nothing_processed(phone: TwilioPhone) -> None:
    assert phone.hub.transcript(phone.conversation_id) == []
    assert phone.hub.assistant_heard(phone.conversation_id) == []
    assert phone.received() == []


def test_an_unsigned_request_is_refused_and_not_processed(phone: TwilioPhone) -> None:
    response = requests.post(phone.hub.url + TWILIO_WEBHOOK, data=phone.form("hello"), timeout=30)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "signature_missing"
    _nothing_processed(phone)


def test_a_forged_signature_is_refused_and_not_processed(phone: TwilioPhone) -> None:
    form = phone.form("hello")
    forged = phone.sign(form, token="not-the-auth-token")
    assert phone.post(form, signature=forged).status_code == 403
    tampered = dict(form, Body="something else")
    assert phone.post(tampered, signature=phone.sign(form)).status_code == 403
    _nothing_processed(phone)


def test_the_signature_covers_the_public_url_not_the_address_the_proxy_used(phone: TwilioPhone) -> None:
    form = phone.form("hello")
    assert phone.post(form, signature=phone.sign(form)).status_code == 200  # signed for PUBLIC_BASE_URL
    other = phone.form("hello")
    internal = RequestValidator(phone.twilio.auth_token).compute_signature(phone.hub.url + TWILIO_WEBHOOK, other)
    assert phone.post(other, signature=internal).status_code == 403


@pytest.mark.parametrize("missing", ["MessageSid", "From", "To"])
def test_missing_form_fields_get_a_clear_400(phone: TwilioPhone, missing: str) -> None:
    form = phone.form("hello")
    del form[missing]
    if missing == "MessageSid":
        del form["SmsMessageSid"]
    response = phone.post(form)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "missing_fields"


def test_a_message_to_a_number_that_is_not_ours_gets_404(phone: TwilioPhone) -> None:
    form = phone.form("hello", To="+447700900999")
    response = phone.post(form)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unknown_number"
    # An SMS to our WhatsApp number (or the reverse) is not ours either.
    assert phone.post(phone.form("hello", To="+447700900001")).status_code == 404


@pytest.mark.parametrize(
    "field, value, code",
    [("MessageSid", "not-a-sid", "invalid_message_sid"), ("From", "Mallory", "invalid_sender"), ("NumMedia", "many", "invalid_num_media")],
)
def test_malformed_fields_get_a_clear_400(phone: TwilioPhone, field: str, value: str, code: str) -> None:
    form = phone.form("hello")
    form[field] = value
    if field == "MessageSid":
        form["SmsMessageSid"] = value
    response = phone.post(form)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == code


def test_invalid_encodings_get_a_clear_4xx_and_never_a_500(phone: TwilioPhone) -> None:
    form = phone.form("hello")
    signature = phone.sign(form)
    body = "&".join(f"{quote(k)}={quote(v)}" for k, v in form.items() if k != "Body") + "&Body=%FF%FE%80"
    headers = {"X-Twilio-Signature": signature, "Content-Type": "application/x-www-form-urlencoded"}
    response = requests.post(phone.hub.url + TWILIO_WEBHOOK, data=body.encode(), headers=headers, timeout=30)
    assert response.status_code == 400
    raw = b"Body=\xff\xfe&From=%2B447700900123"
    response = requests.post(phone.hub.url + TWILIO_WEBHOOK, data=raw, headers=headers, timeout=30)
    assert response.status_code == 400
    json_body = requests.post(
        phone.hub.url + TWILIO_WEBHOOK, json=form, headers={"X-Twilio-Signature": signature}, timeout=30
    )
    assert json_body.status_code == 415
    _still_alive(phone)


def test_control_characters_and_odd_unicode_are_cleaned_not_fatal(phone: TwilioPhone) -> None:
    assert phone.say("he\x00llo\u200b \U0001F600 there")  # a NUL, a zero-width space, an emoji
    cleaned = phone.hub.assistant_heard(phone.conversation_id)[-1]
    assert cleaned.startswith("hello") and cleaned.endswith("\U0001F600 there")
    assert phone.hub.said_by_person(phone.conversation_id) == [cleaned]


def test_a_huge_request_is_refused_without_harm(phone: TwilioPhone) -> None:
    form = phone.form("x" * 70_000)
    assert phone.post(form).status_code == 413
    _still_alive(phone)


def test_delivery_receipts_are_recorded_when_signed(phone: TwilioPhone, standins: StandIns) -> None:
    phone.say("hello")
    sid = standins.twilio.messages_to(phone.number)[-1].sid
    receipt = {"MessageSid": sid, "MessageStatus": "delivered", "AccountSid": standins.twilio.account_sid,
               "To": phone.number, "From": phone.service_number, "ApiVersion": "2010-04-01"}
    assert phone.post(receipt, path=STATUS_WEBHOOK).status_code == 204
    assert phone.post(receipt, signature="forged", path=STATUS_WEBHOOK).status_code == 403
    assert phone.post({"MessageStatus": "sent"}, path=STATUS_WEBHOOK).status_code == 400
    with phone.hub.engine.connect() as connection:
        status = connection.execute(sa.select(outbox.c.provider_status).where(outbox.c.provider_id == sid)).scalar()
    assert status == "delivered"


def test_receipts_signed_by_twilio_reach_the_outbox(phone: TwilioPhone, standins: StandIns) -> None:
    phone.say("hello")
    sid = standins.twilio.messages_to(phone.number)[-1].sid
    standins.twilio.receipts.wait_for(lambda receipts: any(r[0] == sid for r in receipts), timeout=10)
    assert (sid, "delivered", 204) in standins.twilio.receipts.all()
    with phone.hub.engine.connect() as connection:
        status = connection.execute(sa.select(outbox.c.provider_status).where(outbox.c.provider_id == sid)).scalar()
    assert status == "delivered"


def test_a_signature_of_arbitrary_bytes_is_refused_not_a_crash(phone: TwilioPhone) -> None:
    form = phone.form("hello")
    response = requests.post(
        phone.hub.url + TWILIO_WEBHOOK, data=form, headers={"X-Twilio-Signature": b"\xff\xfe".decode("latin-1")}, timeout=10
    )
    assert response.status_code == 403
    _still_alive(phone)
