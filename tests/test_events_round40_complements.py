"""What a coded verb takes decides its sense (issue 18, round 40, h-event40;
data/complements.yaml, nlp/events/complements.py, data/campaign_events.yaml): PETRARCH2's
ATTEND patterns code a sports day attended as no event ("* KENTUCKY DERBY" [---]) and a
ceremony as 017 (no PLOVER category); an invitation to appear or testify is a summons to a
forum, no meeting (INVITE's patterns name negotiations); refusing to make a statement of
disapproval is declining comment (CAMEO 011, "REFUSE * COMMENT"), no CAMEO 12 rejection;
a verb of defeat with a U.S. state after 'in' is an election result.  Sentences written
for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Okafor and her husband attended Governor Brandt's 2005 wedding.",
     "attended"),
    ("Governor Brandt has attended numerous football games since 2015.", "attended"),
    ("The Brandt campaign invited Senator Okafor to appear at the party convention.",
     "invited"),
    ("Senator Okafor has invited Governor Brandt to testify before the committee.",
     "invited"),
    ("Senator Okafor refused to condemn Governor Brandt on Sunday.", "refused"),
    ("Senator Okafor declined to assail Governor Brandt on Sunday.", "declined"),
    ("Senator Okafor refuses to disavow the endorsement of Governor Brandt.", "refuses"),
    ("Senator Okafor refused to repudiate Governor Brandt.", "refused"),
    ("Senator Okafor garnered most of the convention's pledged delegates.", "garnered"),
    ("Senator Okafor was besting the former Massachusetts governor in South Carolina.",
     "besting"),
])
def test_complement_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban attended a U.N.-organized meeting in Doha last month.",
     ("attended", "CONSULT", "Taliban")),
    ("Senator Okafor invited Governor Brandt to visit Lima.",
     ("invited", "CONSULT", "Okafor")),
    ("Senator Okafor refused to endorse Governor Brandt.",
     ("refused", "REJECT", "Okafor")),
    ("Kenya refused to attend the hearing in The Hague.",
     ("refused", "REJECT", "Kenya")),
    ("Government forces defeated the rebels in Darfur.",
     ("defeated", "ASSAULT", "Government forces")),
])
def test_complement_kept(text, expected):
    assert expected in shown(text, "source")
