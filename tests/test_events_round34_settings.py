"""Round 34 (issue 18): a meeting named with 'during' on a verb of saying is the setting of
the remark, as with 'at' (Quirk et al. 1985, 9.38); praise or a promise whose only target
is the audience a speaker addresses ("roused the crowd", "assures his audience") is no
event (PLOVER codes acts between actors).  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("During a town hall meeting in Ames, Senator Marco Rubio told reporters the plan "
     "would fail.", "meeting"),
    ("Governor Chris Christie roused the crowd to chants at the convention.", "roused"),
    ("Senator Lindsey Graham assures his audience that the bill will pass.", "assures"),
])
def test_a_setting_or_an_audience_is_no_event(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Marco Rubio met Governor Terry Branstad during a visit to Iowa.",
     ("met", "CONSULT")),
    ("President Barack Obama praised Chancellor Angela Merkel in Berlin.",
     ("praised", "SUPPORT")),
])
def test_meetings_and_praise_of_parties_stay(text, expected):
    assert expected in shown(text)
