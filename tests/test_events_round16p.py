"""Event actors through possessive pronouns (events/pronouns.py): a possessive on the
object of a support verb stands for the verb's subject, and a name between that
possessor and the event noun only classifies the act.  Invented sentences."""

from __future__ import annotations


def _event(report, trigger):
    found = [e for e in report.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in report.events]}"
    return found[0]


def _sources(report, event):
    names = {e.id: e.name for e in report.entities}
    return {(a.text, names.get(a.entity_id), a.country) for a in event.actors
            if a.role == "source"}


def test_its_on_the_object_of_a_support_verb_is_the_subject(analyze_text):
    r = analyze_text("Vetoes\n\nThe Kremlin on Tuesday used its Security Council veto to "
                     "block the resolution on Moldova.", published="2021-05-04")
    ev = _event(r, "veto")
    assert ev.type == "REJECT"
    assert _sources(r, ev) == {("its", "Kremlin", "RUS")}


def test_a_name_after_a_named_possessor_only_classifies_the_act(analyze_text):
    r = analyze_text("Vetoes\n\nRussia's U.N. veto of the draft angered the Moldovan "
                     "delegation on Tuesday.", published="2021-05-04")
    ev = _event(r, "veto")
    assert {name for _, name, _ in _sources(r, ev)} == {"Russia"}


def test_a_verb_that_is_an_event_takes_someone_elses_act(analyze_text):
    r = analyze_text("Talks\n\nThe Kremlin welcomed its decision to leave the talks on "
                     "Tuesday.", published="2021-05-04")
    ev = _event(r, "decision")
    assert all(name is None for _, name, _ in _sources(r, ev))


def test_their_is_not_one_party_named_alone(analyze_text):
    r = analyze_text("Raids\n\nIsrael used their tunnels as a pretext on Tuesday.",
                     published="2021-05-04")
    for ev in r.events:
        assert ("their", "Israel", "ISR") not in _sources(r, ev)


def test_their_on_a_plural_group_noun_takes_its_code(analyze_text):
    r = analyze_text("Raids\n\nThe rebels pressed ahead with their offensive against the "
                     "army in Goma.", published="2021-05-04")
    ev = _event(r, "offensive")
    assert ev.type == "ASSAULT"
    assert [a.sector for a in ev.actors if a.role == "source"] == ["REB"]
