"""Issue 18, round 45 (h-objgen45): the objective genitive.  The possessor of a noun of
an act done to someone (plover_verbs.yaml undergoer_nouns) is the one it is done to
(Quirk et al. 1985, 17.41-17.43; CGEL 5.16): also when a 'by' phrase names the doer, and
also when spaCy labels a person's lone surname before 's as an organization (the linked
entity's type decides).  Agent nouns keep their possessor as the doer.  Invented
sentences."""

from __future__ import annotations


def _roles(report, trigger):
    names = {e.id: e.name for e in report.entities}
    ev = next(e for e in report.events if e.trigger.text == trigger)
    out: dict[str, set[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, set()).add(a.text)
        if a.entity_id:
            out[a.role].add(names[a.entity_id])
    return out


def _has(roles, role, word):
    return any(word in n for n in roles.get(role, ()))


def test_by_phrase_makes_the_possessor_the_patient(analyze_text):
    r = analyze_text("London\n\nAssange's arrest by British police drew protests.",
                     published="2019-04-12")
    roles = _roles(r, "arrest")
    assert _has(roles, "target", "Assange")
    assert not _has(roles, "source", "Assange")
    assert _has(roles, "source", "police")


def test_surname_labelled_org_is_the_one_arrested(analyze_text):
    r = analyze_text("London\n\nWikiLeaks founder Julian Assange was arrested in London. "
                     "Following Assange's arrest in the UK, a lawyer asked for the "
                     "investigation to be resumed.", published="2019-04-12")
    roles = _roles(r, "arrest")
    assert _has(roles, "target", "Assange")
    assert not roles.get("source")


def test_patient_nouns_without_by_phrase(analyze_text):
    r = analyze_text("Moscow\n\nOpposition leader Alexei Navalny returned on Sunday. "
                     "Navalny's detention drew protests in Moscow. The "
                     "dissident's execution was condemned by Amnesty.",
                     published="2021-01-20")
    for trigger, who in (("detention", "Navalny"), ("execution", "dissident")):
        roles = _roles(r, trigger)
        assert _has(roles, "target", who) and not roles.get("source")


def test_agent_nouns_and_of_phrases_keep_the_possessor_as_doer(analyze_text):
    r = analyze_text("Kyiv\n\nRussia's attack on Ukraine drew condemnation. Iran's "
                     "execution of the dissident was condemned. Trump's accusation "
                     "against China was rejected by Beijing.", published="2022-03-01")
    assert _has(_roles(r, "attack"), "source", "Russia")
    assert _has(_roles(r, "execution"), "source", "Iran")
    assert _has(_roles(r, "accusation"), "source", "Trump")


def test_a_state_possessor_alone_stays_the_doer(analyze_text):
    r = analyze_text("Ankara\n\nTurkey's detention of the pastor angered Washington. "
                     "Iran's executions rose last year.", published="2018-08-01")
    assert _has(_roles(r, "detention"), "source", "Turkey")
