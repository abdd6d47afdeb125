"""Issue 18, round 20 (ev20): event actors read from the grammar of the argument phrase.
A name modifying an event noun as an nmod ("Tehran military backing") is not taken as its
doer (tried this round, taken out after judging); a party named on both sides of an event and no other is its
doer only; "both countries" / "the two countries" as a subject are the two countries the
text has just named, when exactly two are.  Invented sentences."""

from __future__ import annotations


def _event(analyze_text, text, trigger):
    r = analyze_text("Lima\n\n" + text, published="2019-03-01")
    found = [e for e in r.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in r.events]
    return found[0]


def _countries(event, role):
    return sorted(a.country for a in event.actors if a.role == role and a.entity_id)


def test_an_nmod_name_before_an_event_noun_is_not_taken_as_its_doer(analyze_text):
    # the parser makes the city an nmod of "backing": round 20's rule that took it as the
    # doer was judged wrong more often than right on real news, and taken out
    event = _event(analyze_text, "Tehran military backing of the Syrian government angered "
                   "Israel.", "backing")
    assert "IRN" not in _countries(event, "source")


def test_a_party_on_both_sides_alone_is_the_doer():
    from wiretrace.model import EventActor
    from wiretrace.nlp.events.coder import _not_own_target

    own = [EventActor(role="source", entity_id="e1", start=0, end=6, text="Seleka"),
           EventActor(role="target", entity_id="e1", start=0, end=6, text="Seleka")]
    assert [a.role for a in _not_own_target(own)] == ["source"]
    # another party: a symmetric event of two keeps every role
    two = [*own, EventActor(role="target", entity_id=None, start=9, end=15, text="troops")]
    assert _not_own_target(two) == two
    # the same entity under other words ("the court" of "EU countries") is two parties
    other = [own[0], EventActor(role="target", entity_id="e1", start=20, end=32,
                                text="Seleka units")]
    assert _not_own_target(other) == other


def test_both_countries_are_the_two_named_before(analyze_text):
    event = _event(analyze_text, "Peru and Chile quarrelled over fishing rights in 2011, and "
                   "in May both countries withdrew their envoys.", "withdrew")
    assert event.type == "SANCTION"
    assert _countries(event, "source") == ["CHL", "PER"]


def test_the_two_countries_as_a_subject_across_sentences(analyze_text):
    event = _event(analyze_text, "Peru and Chile held talks in Lima on Monday. The two "
                   "countries signed a trade agreement.", "signed")
    assert _countries(event, "source") == ["CHL", "PER"]


def test_the_two_countries_are_the_countries_not_a_city_named_after_them(analyze_text):
    r = analyze_text("Lima\n\nPeru and Chile held talks in Santiago on Monday. The two "
                     "countries signed a trade agreement.", published="2019-03-01")
    names = {e.id: e.name for e in r.entities}
    event = next(e for e in r.events if e.trigger.text == "signed")
    assert sorted(names[a.entity_id] for a in event.actors if a.role == "source") == [
        "Chile", "Peru"]


def test_two_countries_left_alone_when_three_are_named(analyze_text):
    event = _event(analyze_text, "Peru, Chile and Bolivia met in La Paz. The two countries "
                   "signed a trade pact.", "signed")
    assert not [a for a in event.actors if a.role == "source" and a.entity_id]


def test_two_countries_after_a_preposition_are_no_doer(analyze_text):
    # "a pact between the two countries": the agreement's parties, not a doer of the pact
    r = analyze_text("Lima\n\nPeru and Chile agreed on a new pact between the two "
                     "countries, officials said.", published="2019-03-01")
    assert [e.type for e in r.events if e.trigger.text == "pact" and e.type] == []
