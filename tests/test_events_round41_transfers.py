"""Gifts, loans and purchases between private parties (issue 18, round 41, h-biz41;
political_readings.yaml 13): a verb of PETRARCH2's GRANT, FINANCE, PURCHASE or TRADE
blocks in a transfer sense whose parties are all private is no event; state funding and
loans stay AID (U15).  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("The investor Carl Brenner and his brother gave $4 million to a super PAC last year.",
     "gave"),
    ("Carl Brenner has lent his private jet to the Okafor family.", "lent"),
])
def test_private_transfer_not_shown(text, trigger):
    assert not [s for s in shown(text, "source") if s[0] == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("China donated two million vaccine doses to the Philippines.", "donated"),
    ("The United States gave weapons to Ukraine last year.", "gave"),
])
def test_state_transfer_stays(text, trigger):
    assert [s for s in shown(text, "source") if s[0] == trigger]
