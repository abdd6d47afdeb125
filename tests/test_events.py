"""Event mentions and who-did-what-to-whom from the dependency parse (events.v1).

Over 600 lines on purpose: most of it is tables of sentences with the event
type and roles each must give, one table per rule family, kept beside the tests that read
them."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _event(report, trigger):
    found = [e for e in report.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in report.events]}"
    return found[0]


def _names(report, event, role):
    """The argument words and, where linked, the entity names of one role."""
    names = {e.id: e.name for e in report.entities}
    out = {a.text for a in event.actors if a.role == role}
    return out | {names[a.entity_id] for a in event.actors if a.role == role and a.entity_id}


def test_active_verb_subject_and_object(analyze_text):
    r = analyze_text("Clashes in Tripoli\n\nLibyan forces attacked the rebel town of "
                     "Sirte on Monday.", published="2021-11-22")
    ev = _event(r, "attacked")
    assert ev.pos == "verb" and ev.lemma == "attack"
    assert "Libyan forces" in _names(r, ev, "source")
    assert any("town" in n for n in _names(r, ev, "target"))
    assert ev.type == "ASSAULT"
    assert_offsets(r)


def test_passive_with_agent(analyze_text):
    r = analyze_text("Arrest in Paris\n\nThe minister was arrested by French police in "
                     "Paris.", published="2021-11-22")
    ev = _event(r, "arrested")
    assert any("minister" in n for n in _names(r, ev, "target"))
    assert any("police" in n for n in _names(r, ev, "source"))
    assert ev.type == "COERCE" and ev.cameo == "173"


def test_with_meeting_is_symmetric(analyze_text):
    r = analyze_text("Talks\n\nAngela Merkel met with Emmanuel Macron in Berlin.",
                     published="2021-11-22")
    ev = _event(r, "met")
    assert ev.type == "CONSULT"
    both = {"Angela Merkel", "Emmanuel Macron"}
    assert both <= _names(r, ev, "source")
    assert both <= _names(r, ev, "target")


def test_coordinated_subjects(analyze_text):
    r = analyze_text("Summit\n\nGermany and France signed a trade agreement on Friday.",
                     published="2021-11-22")
    ev = _event(r, "signed")
    assert {"Germany", "France"} <= _names(r, ev, "source")


def test_control_verb_inherits_subject(analyze_text):
    r = analyze_text("Visit\n\nThe Turkish president sought to meet Vladimir Putin.",
                     published="2021-11-22")
    ev = _event(r, "meet")
    assert any("president" in n for n in _names(r, ev, "source"))
    assert "Vladimir Putin" in _names(r, ev, "target")


def test_nominal_events_and_possessors(analyze_text):
    r = analyze_text("Aftermath\n\nAfter Gaddafi's death, the meeting between the two "
                     "leaders was cancelled and sanctions were lifted.", published="2021-11-22")
    triggers = {e.trigger.text for e in r.events if e.pos == "noun"}
    assert {"death", "meeting", "sanctions"} <= triggers
    death = _event(r, "death")
    assert "Gaddafi" in _names(r, death, "source")


@pytest.mark.parametrize("word", ["government", "nation", "information", "morning"])
def test_nouns_that_name_things_are_not_events(analyze_text, word):
    r = analyze_text(f"Note\n\nThe {word} was mentioned by the spokesman.",
                     published="2021-11-22")
    assert word not in {e.trigger.text for e in r.events}


def test_according_to_is_not_an_event(analyze_text):
    r = analyze_text("Report\n\nTroops crossed the border, according to officials.",
                     published="2021-11-22")
    assert "according" not in {e.trigger.text for e in r.events}
    assert "crossed" in {e.trigger.text for e in r.events}


def test_no_political_code_without_a_named_actor(analyze_text):
    r = analyze_text("Prices\n\nThe program costs $99 and developers can join it.",
                     published="2021-11-22")
    assert all(e.type is None for e in r.events)


def test_founding_article_events(founding_report):
    r = founding_report
    removed = [(x.start, x.end) for x in r.article.removed]
    for ev in r.events:  # nothing from the photo caption or credit
        assert not any(s < ev.trigger.end and ev.trigger.start < e for s, e in removed)
    meetings = [e for e in r.events if e.lemma == "meet" and e.type == "CONSULT"]
    assert meetings
    body_meeting = [e for e in meetings if "Saddam Haftar" in _names(r, e, "target")]
    assert body_meeting, "the meeting with Saddam Haftar is CONSULT with him as a participant"
    assert any("Israeli" in n for n in _names(r, body_meeting[0], "source"))
    captured = _event(r, "captured")
    assert captured.type == "COERCE" and captured.time.value == "1987"
    assert captured.location and captured.location.name == "Chad"
    seized = _event(r, "seized")
    assert seized.time.value == "1969"
    sanctions = _event(r, "sanctions")
    assert sanctions.cameo and sanctions.cameo.startswith("16")
    for ev in r.events:
        assert ev.sentence.start <= ev.trigger.start < ev.trigger.end <= ev.sentence.end
    assert_offsets(r)


def test_a_verb_needs_a_source_and_a_recipient_where_plover_requires_one(analyze_text):
    r = analyze_text("Port\n\nTarek Mansour is expected to bid for the concession. Russia "
                     "attacked. Saif al-Islam was captured in Zintan. Egypt suspended.",
                     published="2021-11-22")
    assert _event(r, "expected").type is None  # raising verb: no expecter, no expected party
    assert _event(r, "attacked").type == "ASSAULT"  # ASSAULT needs no recipient
    assert _event(r, "suspended").type is None  # SANCTION does: suspended what, to whom?
    assert _event(r, "captured").type == "COERCE"  # passive: the captor is implicit


def test_group_noun_stands_for_its_organization_but_kin_does_not(analyze_text):
    r = analyze_text("Talks\n\nOfficials from Italy's Ministry of Infrastructure met with "
                     "Tarek Mansour. The son of Karim Mansour visited Rome.",
                     published="2024-03-14")
    met = _event(r, "met")
    assert any("Ministry of Infrastructure" in n for n in _names(r, met, "source"))
    visited = _event(r, "visited")
    assert "Karim Mansour" not in _names(r, visited, "source")


# PLOVER coding rules (plover_verbs.yaml), on sentences written for these tests.
def test_an_intent_governs_its_content(analyze_text):
    r = analyze_text("Talks\n\nNorway has agreed to send engineers to Ghana. Chile offered "
                     "to meet Peru. Mali pledged to withdraw its soldiers from Niger.",
                     published="2021-11-22")
    assert _event(r, "agreed").type == "AGREE"
    assert _event(r, "send").type is None  # what was agreed, not something that happened
    assert _event(r, "offered").type == "AGREE"
    assert "Peru" in _names(r, _event(r, "offered"), "target")
    assert _event(r, "pledged").type == "AGREE"  # intent to yield: AGREE 035 (CAMEO2PLOVER)
    assert _event(r, "pledged").cameo == "035"


def test_threats_requests_and_refusals_govern_their_content(analyze_text):
    r = analyze_text("Crisis\n\nTurkey threatened to ban Greek ships. Japan urged China to "
                     "release the fishermen. Iran refused to meet the inspectors. Kenya "
                     "demanded that Uganda withdraw its troops.", published="2021-11-22")
    threat = _event(r, "threatened")
    assert threat.type == "THREATEN" and _event(r, "ban").type is None
    assert _event(r, "urged").type == "REQUEST" and _event(r, "urged").mode == "yield"
    refusal = _event(r, "refused")
    assert refusal.type == "REJECT" and refusal.mode == "meet"
    demand = _event(r, "demanded")
    assert demand.type == "REQUEST" and "Uganda" in _names(r, demand, "target")


def test_future_cooperation_is_an_intent_and_must_is_a_request(analyze_text):
    r = analyze_text("Aid\n\nSweden will give Kenya a loan next year. Russia said Sudan "
                     "must return the helicopter.", published="2021-11-22")
    assert _event(r, "give").type == "AGREE"
    must = _event(r, "return")
    assert must.type == "REQUEST"
    assert "Russia" in _names(r, must, "source") and "Sudan" in _names(r, must, "target")


def test_a_pronoun_subject_stands_for_the_speaker_named_before_it(analyze_text):
    r = analyze_text("Troops\n\nSyria says it is willing to withdraw its troops from "
                     "Lebanon.", published="2021-11-22")
    ev = _event(r, "withdraw")
    assert ev.type == "AGREE"
    sources = [a for a in ev.actors if a.role == "source"]
    assert sources and {e.name for e in r.entities if e.id == sources[0].entity_id} == \
        {"Syria"}


def test_conditions_negations_and_what_is_withdrawn(analyze_text):
    r = analyze_text("Border\n\nKenya will withdraw its soldiers from Somalia unless "
                     "Somalia closes the camps. Egypt will not accept any more refugees. Peru "
                     "withdrew its ambassador from Chile. Spain rejected an ultimatum to "
                     "arrest the mayor.", published="2021-11-22")
    assert _event(r, "withdraw").type == "THREATEN"  # an intent with "unless": a threat
    assert _event(r, "accept").type == "REJECT"
    withdrew = _event(r, "withdrew")
    assert (withdrew.type, withdrew.mode) == ("SANCTION", "withdraw")  # not a RETREAT
    assert _event(r, "rejected").type == "REJECT"
    assert _event(r, "ultimatum").type is None and _event(r, "arrest").type is None


def test_founding_article_is_coded_as_an_analyst_would(founding_report):
    r = founding_report
    names = {e.id: e.name for e in r.entities}

    def who(ev, role):
        return {names.get(a.entity_id) for a in ev.actors if a.role == role}

    coded = [e for e in r.events if e.type]
    body_met = [e for e in coded if e.lemma == "meet" and e.type == "CONSULT"
                and "Saddam Haftar" in who(e, "source")]
    assert body_met and "Israeli Intelligence Ministry" in who(body_met[0], "source")
    sanction = [e for e in coded if e.type == "SANCTION"]
    assert sanction and "Saif al-Islam Qaddafi" in who(sanction[0], "target")
    warrant = next(e for e in coded if e.lemma == "warrant")
    assert warrant.type in ("ACCUSE", "COERCE")
    assert "Saif al-Islam Qaddafi" in who(warrant, "target")
    assert "International Criminal Court" in who(warrant, "source")
    assert any(e.type == "SUPPORT" and e.lemma == "support" for e in coded)
    seized = next(e for e in coded if e.lemma == "seize")
    captured = next(e for e in coded if e.lemma == "capture")
    assert seized.time.value == "1969" and captured.time.value == "1987"
    removed = [(x.start, x.end) for x in r.article.removed]
    assert not [e for e in r.events if any(s <= e.trigger.start < t for s, t in removed)]


def test_conditions_and_content_are_not_events(analyze_text):
    r = analyze_text("Talks\n\nKenya said it would meet the Somali envoy if Ethiopia attacked "
                     "the camps. Britain has promised to continue military aid to Kenya.",
                     published="2021-11-22")
    assert _event(r, "attacked").type is None  # a condition, not something that happened
    assert _event(r, "promised").type == "AGREE"
    assert _event(r, "aid").type is None  # what was promised


def test_the_manuals_distinctions(analyze_text):
    r = analyze_text("Border\n\nEgypt lodged an official protest with Sudan. Kenyan farmers "
                     "blocked roads into Nairobi. Peru and Chile signed a trade agreement. "
                     "Iranian negotiators returned to Vienna for talks.",
                     published="2021-11-22")
    protest = _event(r, "protest")
    assert (protest.type, protest.mode) == ("ACCUSE", "disapprove")  # diplomatic protest
    blocked = _event(r, "blocked")
    assert (blocked.type, blocked.mode) == ("PROTEST", "obstruct")
    assert _event(r, "signed").type == "SUPPORT"
    talks = _event(r, "talks")
    assert talks.type == "CONSULT" and any(a.role == "source" and a.entity_id
                                            for a in talks.actors)


@pytest.mark.parametrize("text,trigger,expected", [
    # a named target's country
    ("Clash\n\nIsrael shelled Lebanon on Monday.", "shelled", ("LBN", "target")),
    # a country named inside what the event is done to
    ("Border\n\nThe Israeli army lifted a blockade on Palestinian lorries on Friday.",
     "lifted", ("PSE", "target")),
    ("Hack\n\nNorth Korea tried to hack into the computers of South Korean officers.",
     "hack", ("KOR", "target")),
    # the shells are the instrument, not the target (round 16): a country named in what
    # they were fired at
    ("Raid\n\nIsraeli tanks fired shells at targets in Jericho on Sunday.", "fired",
     ("PSE", "target")),
    # no target: where it took place
    ("Raid\n\nIsraeli tanks fired shells near Jericho on Sunday.", "fired",
     ("PSE", "place")),
    # neither: the source's own country
    ("Strike\n\nAlgerian landowners began a hunger strike outside parliament on Sunday.",
     "strike", ("DZA", "domestic")),
    # a meeting's parties are all actors; a bare pronoun target is named elsewhere
    ("Talks\n\nFrance met with Germany in Paris on Monday.", "met", None),
    ("Aid\n\nHe arrived on Monday. The Israelis are supporting him.", "supporting", None),
])
def test_a_coded_event_names_the_country_it_is_directed_at(analyze_text, text, trigger,
                                                           expected):
    event = _event(analyze_text(text, published="2024-03-14"), trigger)
    assert event.type is not None
    got = (event.recipient.country, event.recipient.basis) if event.recipient else None
    assert got == expected


# Assertion (docs/events.md, "Asserted events"): sentences written for these tests.
@pytest.mark.parametrize("text,trigger,assertion", [
    ("Israel wants to attack Iranian nuclear sites.", "attack", "intended"),
    ("Chile sought to meet Peru's president.", "meet", "intended"),
    # (talks with both parties named: a noun of talks with no source is gated, round 29)
    ("The president hoped the prisoner swap would pave the way for talks between "
     "Washington and Iran.", "talks", "intended"),
    ("Analysts see a chance to exploit more financial aid from China.", "aid", "intended"),
    ("Will China invade Taiwan?", "invade", "question"),
    ("Kenya sent troops to Somalia so that they could fight al-Shabab.", "fight", "purpose"),
])
def test_what_the_text_does_not_assert_never_happened(analyze_text, text, trigger,
                                                      assertion):
    from wiretrace.render import happened

    r = analyze_text("Report\n\n" + text, published="2021-11-22")
    ev = _event(r, trigger)
    assert ev.factuality.assertion == assertion
    assert ev.type and not happened(ev), "coded, but not an event that happened"


def test_asserted_events_and_given_nouns_still_happened(analyze_text):
    from wiretrace.render import happened

    r = analyze_text("Report\n\nRussia managed to seize the airport. Turkey began to "
                     "withdraw its troops. Japan joined the talks to meet the limits of "
                     "the Paris climate pact.", published="2021-11-22")
    assert happened(_event(r, "seize")) and happened(_event(r, "withdraw"))
    assert _event(r, "pact").factuality.assertion == "asserted"


@pytest.mark.parametrize("text", [
    "The Taliban claimed they shot down a US helicopter, a claim that could not be "
    "independently verified.",
    "The Taliban claimed they shot down a US helicopter. The claim could not be "
    "independently verified.",
    "The Taliban said they shot down a US helicopter, but the Afghan government denied it.",
])
def test_a_doubted_claim_is_not_an_event_that_happened(analyze_text, text):
    from wiretrace.render import happened

    r = analyze_text("Crash\n\n" + text, published="2021-11-22")
    shot = _event(r, "shot")
    assert shot.type == "ASSAULT"
    assert shot.factuality.assertion == "doubted"
    assert shot.factuality.certainty == "possible" and not happened(shot)


def test_a_claim_is_shown_as_a_claim(analyze_text):
    from wiretrace.render import happened

    r = analyze_text("Crash\n\nThe Taliban claimed they shot down a US helicopter on "
                     "Friday.", published="2021-11-22")
    shot = _event(r, "shot")
    assert shot.factuality.assertion == "claimed" and happened(shot)
    assert shot.attribution  # the claimant


# Verb senses chosen by the object and the construction (plover_verbs.yaml statement_verbs,
# naming_verbs; event_verbs.yaml uncoded; PETRARCH2 patterns outside PLOVER).
@pytest.mark.parametrize("text,trigger,expected", [
    ("The minister expressed optimism that the two countries can remain allies.",
     "expressed", None),
    ("The minister expressed sorrow over lives lost.", "expressed", None),
    ("Congress called the verdict a miscarriage of justice.", "called", None),
    ("Obama called Putin on Monday.", "called", "CONSULT"),
    ("The Islamic State group released two videos of the attack.", "released", None),
    ("Hamas released two Israeli hostages.", "released", "RETREAT"),
    ("Israeli officials shared evidence with the United States.", "shared", "COOPERATE"),
    ("China claims about 90% of the sea.", "claims", None),
    ("Egypt condemned the attack on the embassy.", "condemned", "ACCUSE"),
    ("Kenya postponed the talks.", "postponed", "SANCTION"),  # POSTPONE * TALKS, not BLAME
    ("Analyst Ali Hassan thinks the decision is important.", "thinks", None),
])
def test_the_sense_follows_the_object_and_construction(analyze_text, text, trigger,
                                                       expected):
    r = analyze_text("Report\n\n" + text, published="2021-11-22")
    assert _event(r, trigger).type == expected


def test_cooperation_is_with_someone(analyze_text):
    r = analyze_text("Tests\n\nNorth Korea conducted two missile tests within a week. "
                     "Afghan forces controlled the site. Japan and India expanded "
                     "cooperation with Vietnam.", published="2021-11-22")
    assert _event(r, "conducted").type is None  # OVERSEE_MANAGE 060: with nobody
    assert _event(r, "controlled").type is None


# Headline fragments: a passive without its auxiliary; its subject is the target.
@pytest.mark.parametrize("headline,trigger,target,expected", [
    ("US Chinook helicopter shot down in Afghanistan", "shot", "US", "ASSAULT"),
    ("Hong Kong 'threatened with Chinese military intervention'", "threatened",
     "Hong Kong", "THREATEN"),
    ("Two Iranian diplomats expelled from Germany", "expelled", "Iranian", "SANCTION"),
])
def test_a_headline_passive_has_its_subject_as_target(analyze_text, headline, trigger,
                                                      target, expected):
    r = analyze_text(headline + "\n\nThe story follows.", published="2021-11-22")
    ev = _event(r, trigger)
    assert ev.type == expected
    assert any(target in n for n in _names(r, ev, "target"))
    assert not [a for a in ev.actors if a.role == "source"]  # nobody named as the doer


@pytest.mark.parametrize("headline,trigger,subject", [
    ("Ethiopian rebels backed down after talks with Kenya", "backed", "Ethiopian"),
    ("Taliban fighters gave up in Kunduz", "gave", "Taliban"),
])
def test_an_intransitive_phrasal_verb_in_a_headline_keeps_its_subject(analyze_text, headline,
                                                                     trigger, subject):
    # only phrasal verbs that always take an object make a reduced passive
    # (plover_verbs.yaml transitive_phrasal): "backed down", "gave up" are intransitive
    r = analyze_text(headline + "\n\nThe story follows.", published="2021-11-22")
    ev = next((e for e in r.events if e.trigger.text == trigger), None)
    assert ev is None or not any(subject in n for n in _names(r, ev, "target"))


def test_the_time_of_an_event_does_not_make_it_unreal(analyze_text):
    # "the time of X" dates X; only "time to act" is unreal (infinitive_only_nouns)
    r = analyze_text("Report\n\nPolice fired tear gas at protesters at the time of the "
                     "killing of two students by soldiers. Now is the time to negotiate "
                     "with the rebels.", published="2021-11-22")
    assert _event(r, "killing").factuality.assertion == "asserted"
    assert _event(r, "negotiate").factuality.assertion == "intended"


def test_a_sentence_with_its_period_keeps_its_active_subject(analyze_text):
    r = analyze_text("Report\n\nRussia attacked. Kenya shot down a Somali drone.",
                     published="2021-11-22")
    assert "Russia" in _names(r, _event(r, "attacked"), "source")
    assert "Kenya" in _names(r, _event(r, "shot"), "source")


# Verb + noun predicates (plover_verbs.yaml predicates), sentences written for the tests.
@pytest.mark.parametrize("text,trigger,expected,target,source", [
    ("Israeli troops opened fire on Palestinian protesters.", "opened", "ASSAULT",
     "Palestinian", "Israeli"),
    ("The Chinese army laid siege to the university.", "laid", "COERCE", "university",
     "Chinese"),
    ("The UN convoy came under attack near Aleppo.", "came", "ASSAULT", "UN", None),
    ("Egypt put the opposition leader Ayman Nour under house arrest.", "put", "COERCE",
     "Ayman Nour", "Egypt"),
])
def test_verb_and_noun_predicates(analyze_text, text, trigger, expected, target, source):
    r = analyze_text("Report\n\n" + text, published="2021-11-22")
    ev = _event(r, trigger)
    assert ev.type == expected
    assert any(target in n for n in _names(r, ev, "target"))
    sources = _names(r, ev, "source")
    assert any(source in n for n in sources) if source else not sources


def test_patterns_with_a_synonym_set(analyze_text):
    # PETRARCH2's "- * &NAVY"-style patterns, one row per member of the set
    r = analyze_text("Report\n\nEU members could not strike a deal with Turkey. China "
                     "expands its navy.", published="2021-11-22")
    assert _event(r, "strike").type in ("AGREE", "SUPPORT")  # a deal struck, not an attack
    assert _event(r, "expands").type == "MOBILIZE"  # EXPAND * &NAVY, not BOOST's 060


def test_things_named_are_not_acts(analyze_text):
    r = analyze_text("Report\n\nThe purchase poses a threat to NATO. Norway will act under "
                     "the Paris climate pact. Peru signed a trade pact with Chile. A general "
                     "said he is expecting Iran to launch a missile.", published="2021-11-22")
    assert _event(r, "threat").type is None  # a danger, no threat made
    pacts = [e for e in r.events if e.trigger.text == "pact"]
    assert pacts[0].type is None  # an existing agreement named
    assert _event(r, "signed").type == "SUPPORT"
    assert _event(r, "expecting").type is None  # a prediction, no intent


def test_acts_done_to_the_possessor_and_questions_asked(analyze_text):
    from wiretrace.render import happened

    r = analyze_text("Report\n\nMech Dara's arrest drew condemnation. Israel's release of "
                     "prisoners began. \"What rebel has a child?\" she asked. \"When Turkey "
                     "leaves the policy, relations with Egypt will improve,\" he said.",
                     published="2021-11-22")
    arrest = _event(r, "arrest")
    assert any("Dara" in n for n in _names(r, arrest, "target"))
    assert not _names(r, arrest, "source")
    assert any("Israel" in n for n in _names(r, _event(r, "release"), "source"))
    assert _event(r, "asked").type is None  # a question asked requests nothing
    leaves = _event(r, "leaves")
    assert leaves.factuality.assertion == "condition" and not happened(leaves)


def test_material_support_is_aid_and_pass_needs_an_object(analyze_text):
    r = analyze_text("Report\n\nTurkey's military backing of the Libyan government "
                     "averted its defeat. U.S. warships passed into the South China Sea.",
                     published="2021-11-22")
    backing = _event(r, "backing")
    assert (backing.type, backing.cameo) == ("AID", "072")
    assert _event(r, "passed").type is None


def test_the_actor_of_a_threatened_measure_is_the_one_who_threatens(analyze_text):
    r = analyze_text("Report\n\nAnkara tested the system despite threats of Washington "
                     "sanctions.", published="2021-11-22")
    threats = _event(r, "threats")
    assert "Washington" in _names(r, threats, "source")
    assert "Washington" not in _names(r, threats, "target")


@pytest.mark.parametrize("text,trigger,etype", [
    ("Prime Minister Mahathir Mohamad called on China to define its claims.", "called", "REQUEST"),
    ("Amnesty International called for the release of the journalist.", "called", "REQUEST"),
    ("Obama called Putin on Monday.", "called", "CONSULT"),
    ("Russia invaded Ukraine in 2022.", "invaded", "ASSAULT"),
])
def test_a_preposition_or_the_attack_sense_chooses_the_category(analyze_text, text, trigger, etype):
    report = analyze_text(text)
    assert _event(report, trigger).type == etype
    if trigger == "called" and etype == "CONSULT":  # "on Monday" is a time, not the one asked
        assert "Monday" not in _names(report, _event(report, trigger), "target")


@pytest.mark.parametrize("text,trigger,etype", [
    ("China staged military drills near Taiwan on Monday.", "drills", "MOBILIZE"),
    ("North Korea conducted two missile tests this week.", "tests", "MOBILIZE"),
    ("The United States and South Korea held joint military exercises.", "exercises",
     "COOPERATE"),
])
def test_shows_of_force_are_mobilize_and_joint_exercises_cooperate(analyze_text, text,
                                                                   trigger, etype):
    assert _event(analyze_text(text), trigger).type == etype


def test_a_test_without_a_military_modifier_is_no_event(analyze_text):
    report = analyze_text("The Federal Reserve said the banks passed stress tests.")
    assert not [e for e in report.events if e.trigger.text == "tests" and e.type]


def test_a_participle_misparsed_as_a_clause_describes_the_light_verbs_object(analyze_text):
    report = analyze_text("Three days after Lai took office, China conducted the military "
                          "drills encircling Taiwan.")
    drills = _event(report, "drills")
    assert drills.type == "MOBILIZE"
    assert "China" in _names(report, drills, "source")
    assert "Taiwan" in _names(report, drills, "target")
    assert _event(report, "encircling").type is None


def test_a_sentence_initial_he_continues_the_person_subject_before(analyze_text):
    report = analyze_text("Taliban spokesperson Zabihullah Mujahid disclosed the decision on "
                          "Tuesday. He accused the U.N. envoy of misrepresenting the facts.")
    accused = _event(report, "accused")
    assert accused.type == "ACCUSE"
    assert "Zabihullah Mujahid" in _names(report, accused, "source")


def test_he_with_no_person_subject_before_stays_unresolved(analyze_text):
    report = analyze_text("The decision was disclosed on Tuesday. He accused the U.N. envoy "
                          "of misrepresenting the facts.")
    assert _event(report, "accused").type is None


@pytest.mark.parametrize("text,trigger", [
    ("The United States particularly opposes China's maritime expansion.", "opposes"),
    ("Japan and China have been disputing the islands for years.", "disputing"),
])
def test_a_standing_stance_is_no_event(analyze_text, text, trigger):
    assert _event(analyze_text(text), trigger).type is None


def test_a_stance_taken_in_the_past_is_an_event(analyze_text):
    assert _event(analyze_text("Russia opposed the resolution on Monday."),
                  "opposed").type is not None


@pytest.mark.parametrize("text,trigger", [
    ("Turkey's role in the Libyan civil war angered France.", "war"),
    ("Barnier spoke at the start of Brexit negotiations.", "negotiations"),
])
def test_an_event_named_as_a_setting_is_not_coded(analyze_text, text, trigger):
    assert _event(analyze_text(text), trigger).type is None


def test_a_must_request_is_made_when_it_is_said(analyze_text):
    from wiretrace.render import happened

    report = analyze_text("A State Department spokesperson told reporters on Monday the U.N. "
                          "must maintain sanctions on North Korea.")
    maintain = _event(report, "maintain")
    assert maintain.type == "REQUEST"
    assert maintain.factuality.tense != "future" and happened(maintain)


@pytest.mark.parametrize("text,trigger,etype", [
    ("North Korean leader Kim Jong Un asked U.S. President Donald Trump for sanctions "
     "relief.", "asked", "REQUEST"),
    ("Central African Republic officials are pleading with civilians to return home.",
     "pleading", "REQUEST"),
    ("Reporters asked Biden about the deal.", "asked", None),
])
def test_asking_or_pleading_for_something_is_a_request(analyze_text, text, trigger, etype):
    assert _event(analyze_text(text), trigger).type == etype


@pytest.mark.parametrize("text,trigger", [
    ("Afghan security forces also arrived and controlled the site.", "arrived"),
    ("Congress called 'anti-Turkish' Monday's testing of the radar system.", "called"),
    ("VOA spoke with Armitage about U.S. support for the self-governing island.", "support"),
    ("The Central African Republic shares borders with Cameroon.", "shares"),
    ("A United States military plane used to help troops communicate has crashed.",
     "communicate"),
])
def test_what_an_event_needs(analyze_text, text, trigger):
    from wiretrace.render import happened

    report = analyze_text(text)
    assert not any(happened(e) for e in report.events if e.trigger.text == trigger)


@pytest.mark.parametrize("text,trigger,etype", [
    ("Chinese President Xi Jinping arrived in Moscow on Monday.", "arrived", "CONSULT"),
    ("Putin called Macron on Monday.", "called", "CONSULT"),
    ("Russia gave military support to the rebels.", "support", "AID"),
    ("Erdogan spoke by video link with his French counterpart Emmanuel Macron.", "spoke",
     "CONSULT"),
    ("The plan met with opposition from China's U.N. mission.", "met", "ACCUSE"),
    ("The Turkish and French leaders had been exchanging angry barbs.", "exchanging",
     "ACCUSE"),
    ("Pyongyang issued a series of warnings.", "issued", "THREATEN"),
])
def test_senses_read_from_the_construction(analyze_text, text, trigger, etype):
    assert _event(analyze_text(text), trigger).type == etype


def test_the_subject_of_dying_is_no_attacker(analyze_text):
    report = analyze_text("At least 21 passengers and four paramilitary troops died in the "
                          "attack.")
    ev = _event(report, "died")
    assert not any(a.role == "source" for a in ev.actors)
    assert ev.type is None


@pytest.mark.parametrize("text,trigger,etype", [
    ("The United States imposed tariffs on Chinese steel on Monday.", "tariffs", "SANCTION"),
    ("Sanctions were imposed on Iran by the United States.", "Sanctions", "SANCTION"),
    ("German automakers in Munich are against tariffs on Chinese cars.", "tariffs", None),
])
def test_tariffs_imposed_are_sanctions(analyze_text, text, trigger, etype):
    assert _event(analyze_text(text), trigger).type == etype


@pytest.mark.parametrize("text,trigger,etype", [
    ("He has warned that other member states could decide to quit.", "warned", None),
    ("Ankara is warning Washington of severe consequences.", "warning", "THREATEN"),
    ("Ankara warns it could turn to Russia.", "warns", "THREATEN"),
    ("Duterte personally welcomed the vaccines.", "welcomed", None),
    ("Germany thanked the United States for its help.", "thanked", "SUPPORT"),
    # round 20 (ev20b): forces sent to no party are their own side's mobilization
    ("Several hundred troops and humanitarian workers were deployed to the villages.",
     "deployed", "MOBILIZE"),
    ("France sent troops to Mali.", "sent", "COOPERATE"),
    ("Von der Leyen has argued that the bloc's linchpin is Schengen.", "argued", None),
])
def test_warnings_praise_sending_and_views(analyze_text, text, trigger, etype):
    assert _event(analyze_text(text), trigger).type == etype


def test_criticism_faced_from_someone(analyze_text):
    report = analyze_text("The Chinese government faced criticism from the United Nations "
                          "over its treatment of Uyghurs.")
    ev = _event(report, "faced")
    assert ev.type == "ACCUSE"
    assert "United Nations" in _names(report, ev, "source")
    assert any("government" in n for n in _names(report, ev, "target"))


def test_a_visit_from_someone_is_theirs(analyze_text):
    report = analyze_text("Turkey received a visit from the Emir of Qatar.")
    ev = _event(report, "visit")
    assert any("Emir" in n for n in _names(report, ev, "source"))


def test_cooperation_as_a_stance_is_no_event(analyze_text):
    report = analyze_text("India is increasingly supportive of security cooperation with Japan.")
    assert _event(report, "cooperation").type is None


def test_conjoined_passive_participles_share_their_subject(analyze_text):
    r = analyze_text("Several Sudanese rebels were neutralized or captured on Friday.")
    captured = _event(r, "captured")
    assert captured.type == "COERCE"
    assert any("rebels" in t for t in _names(r, captured, "target"))


def test_a_threat_states_its_condition(analyze_text):
    from wiretrace.render import happened
    r = analyze_text("Ankara is warning Washington of severe consequences if it turns to "
                     "Moscow.")
    warning = _event(r, "warning")
    assert warning.type == "THREATEN" and happened(warning)


def test_a_free_participle_of_a_request_is_the_speakers(analyze_text):
    r = analyze_text("The European Union said in a statement on Monday, calling on Russia "
                     "to withdraw its troops.")
    calling = _event(r, "calling")
    assert calling.type == "REQUEST"
    assert "European Union" in " ".join(_names(r, calling, "source"))


@pytest.mark.parametrize("text,trigger,countries", [
    ("U.S., French and Chinese officials met in Paris on Monday.", "met",
     {"USA", "FRA", "CHN"}),
    ("The U.S., French, Chinese, Russian and Mexican representatives signed the accord.",
     "signed", {"USA", "FRA", "CHN", "RUS", "MEX"}),
    ("Senior Hungarian officials met in Budapest on Monday.", "met", {"HUN"}),
])
def test_every_country_of_a_list_of_modifiers_is_a_joint_source(analyze_text, text,
                                                                  trigger, countries):
    """The parser hangs the first item of "U.S., French and Chinese officials" on the noun
    and the rest on each other: each item names one of the actors (PLOVER's compound
    actor), none is dropped."""
    r = analyze_text(text, published="2024-01-10")
    ev = _event(r, trigger)
    assert {a.country for a in ev.actors if a.role == "source"} == countries


def test_petrarch2_no_event_and_subject_patterns(analyze_text):
    # CAMEO.2.0.txt's "---" patterns block a sense ("KILL * HIMSELF", APPREHEND's
    # "* OPPORTUNITY", KILL's "- NAZIS *"); words before the verb are read on the subject
    # ("- &MILITARY * &TOWN" 192 in ENTER)
    r = analyze_text("Report\n\nThe gunman killed himself after the shooting in Ohio on Monday. "
                     "Police seized the opportunity on Thursday. Nazis killed thousands of "
                     "civilians in the war. Ruritanian troops entered the town of Goma on "
                     "Monday.", published="2021-11-22")
    killed = [e for e in r.events if e.trigger.text == "killed"]
    assert [e.type for e in killed] == [None, None]
    assert _event(r, "seized").type is None
    assert _event(r, "entered").type == "COERCE"
