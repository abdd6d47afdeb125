"""Issue 18, round 28 (h-ev28c): recall of events other than ACCUSE -- a trade union as an
actor, an endorsement won from someone, a request made in an op-ed or an ad, the content
clause of "the fact that", and the toll of an attack told in a relative clause.
Invented sentences."""

from __future__ import annotations

from .conftest import role_texts, shown_at


def test_a_union_endorsing_a_candidate_is_support_by_the_union(analyze_text):
    [ev] = shown_at(analyze_text, "The dockworkers union endorsed Senator Ana Ruiz on Monday.",
                    "endorsed")
    assert ev.type == "SUPPORT"
    assert role_texts(ev, "source") == ["The dockworkers union"]
    [source] = [a for a in ev.actors if a.role == "source"]
    assert source.sector == "LAB"


def test_the_union_alone_is_an_actor(analyze_text):
    [ev] = shown_at(analyze_text, "The union endorsed Governor Tom Okafor last week.",
                    "endorsed")
    assert ev.type == "SUPPORT" and role_texts(ev, "target") == ["Tom Okafor"]


def test_the_european_union_keeps_its_own_code(analyze_text):
    # guard: a named union is the entity the dictionaries code, not a trade union
    [ev] = shown_at(analyze_text, "The European Union criticized Russia on Monday.",
                    "criticized")
    [source] = [a for a in ev.actors if a.role == "source"]
    assert source.sector == "IGO"


def test_an_endorsement_won_is_given_by_the_of_phrase(analyze_text):
    [ev] = shown_at(analyze_text, "Senator Ana Ruiz won the endorsement of Governor Tom "
                    "Okafor on Monday.", "endorsement")
    assert ev.type == "SUPPORT"
    assert role_texts(ev, "source") == ["Tom Okafor"]
    assert role_texts(ev, "target") == ["Ana Ruiz"]


def test_backing_secured_from_a_party(analyze_text):
    [ev] = shown_at(analyze_text, "Mayor Tom Okafor secured the backing of the teachers "
                    "union last month.", "backing")
    assert ev.type == "SUPPORT" and role_texts(ev, "target") == ["Tom Okafor"]
    assert role_texts(ev, "source") == ["the teachers union"]


def test_an_endorsement_of_a_candidate_by_nobody_named_has_no_source(analyze_text):
    # guard: 'of' after an endorsement not received names what is endorsed
    evs = shown_at(analyze_text, "Governor Tom Okafor announced his endorsement of Senator "
                   "Ana Ruiz on Monday.", "endorsement")
    assert all(role_texts(ev, "source") != ["Ana Ruiz"] for ev in evs)


def test_an_op_ed_urging_is_its_authors_request(analyze_text):
    [ev] = shown_at(analyze_text, "Senator Ana Ruiz wrote an op-ed urging Congress to pass "
                    "the budget.", "urging")
    assert ev.type == "REQUEST"
    assert role_texts(ev, "source") == ["Ana Ruiz"] and role_texts(ev, "target") == ["Congress"]


def test_the_fact_that_asserts_its_clause(analyze_text):
    [ev] = shown_at(analyze_text, "Few members back her, despite the fact that the "
                    "dockworkers union endorsed Senator Ana Ruiz last summer.", "endorsed")
    assert ev.type == "SUPPORT"


def test_a_claim_that_does_not_assert_its_clause(analyze_text):
    # guard: "claim" is no factive noun
    assert not shown_at(analyze_text, "Few members back her, despite the claim that the "
                        "dockworkers union endorsed Senator Ana Ruiz last summer.", "endorsed")


def test_the_toll_of_an_attack_in_a_relative_clause(analyze_text):
    [ev] = shown_at(analyze_text, "A suicide bombing that killed 12 soldiers shook the capital "
                    "on Monday.", "killed")
    assert ev.type == "ASSAULT" and role_texts(ev, "target") == ["12 soldiers"]


def test_a_storm_that_killed_people_is_no_attack(analyze_text):
    # guard: the antecedent is no attack noun
    assert not shown_at(analyze_text, "The storm that killed 12 people hit the coast on "
                        "Monday.", "killed")


def test_a_relative_clause_on_people_stays_a_description(analyze_text):
    # guard: "soldiers who killed" describes the soldiers (the round-9 relative rule)
    assert not shown_at(analyze_text, "The soldiers who killed 12 villagers were sent home "
                        "on Monday.", "killed")
