"""A counterfactual is no request (round 30, lead): "X should have done Y" said by a
speaker is a judgement on the past (CGEL ch. 3, 9.4: modal + perfect, the act did not
happen; event_readings.yaml `counterfactual_modals`), which the counterfactual step
uncodes; the obligation reading must not code it again as a REQUEST.  "X should do Y"
and "X must do Y" stay requests."""
import pytest

from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text


def _requests(text: str) -> list[str]:
    report = analyze(from_text(text, id="t", published="2021-03-02"))
    return [e.trigger.text for e in report.events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Finnish Prime Minister Sanna Marin said Estonia should have closed the harbour.",
    'Finnish Prime Minister Sanna Marin said: "We are angry. Estonia should have closed '
    'the harbour."',
    '"Estonia should not have reopened the harbour," Finnish Prime Minister Sanna Marin '
    "said.",
])
def test_should_have_done_is_no_request(text):
    assert _requests(text) == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("Finnish Prime Minister Sanna Marin said Estonia should close the harbour.", "close"),
    ('Finnish Prime Minister Sanna Marin said: "We are angry. Estonia must close the '
     'harbour."', "close"),
])
def test_should_do_stays_a_request(text, trigger):
    assert _requests(text) == [trigger]
