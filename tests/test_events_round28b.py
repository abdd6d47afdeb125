"""Issue 18, round 28 (h-ev28b): event words without the political reading their code
needs (political_readings.yaml): phrasal verbs of dealing with something, campaign
rallies, popularity, things wanted in a list, a plain form stranded after a modal, 'study'
with no object, forums hosted or moderated, one's own conduct moderated, idioms of 'hit',
"caught (up) in", passive "met with" / "heard", a building before an attack noun, and
what a request asks to act on as no target.  Invented sentences."""

from __future__ import annotations

from .conftest import role_texts, shown_at


def test_seizing_on_an_event_is_no_seizure(analyze_text):
    assert not shown_at(analyze_text, "Donald Trump quickly seized on the shooting to renew "
                        "his call.", "seized")


def test_seizing_a_town_stays_a_seizure(analyze_text):
    [ev] = shown_at(analyze_text, "The rebels seized the town of Kidal on Tuesday.", "seized")
    assert ev.type == "COERCE" and role_texts(ev, "source") == ["The rebels"]


def test_grappling_with_a_problem_is_no_fight(analyze_text):
    assert not shown_at(analyze_text, "Many union officials in Ohio are grappling with a new "
                        "dynamic.", "grappling")


def test_a_war_in_a_list_of_things_wanted_has_not_happened(analyze_text):
    assert not shown_at(analyze_text, "Marco Rubio wants a tax cut, a war with Iran, a "
                        "balanced budget.", "war")


def test_a_war_waged_stays_an_assault(analyze_text):
    [ev] = shown_at(analyze_text, "Russia waged a war against Georgia in 2008.", "war")
    assert ev.type == "ASSAULT"


def test_a_plain_form_after_a_modal_and_a_dash_aside_is_hypothetical(analyze_text):
    assert not shown_at(analyze_text, "Such a move would go against the vote — Hillary "
                        "Clinton leads by two points — and contradict the wishes of Bernie "
                        "Sanders.", "contradict")


def test_a_finite_conjunct_stays_an_event(analyze_text):
    [ev] = shown_at(analyze_text, "Hillary Clinton leads by two points and criticized Bernie "
                    "Sanders on Monday.", "criticized")
    assert ev.type == "ACCUSE"


def test_students_studying_abroad_investigate_nothing(analyze_text):
    assert not shown_at(analyze_text, "More than 300,000 Chinese students are studying at "
                        "American universities.", "studying")


def test_hitting_the_airwaves_is_no_attack(analyze_text):
    assert not shown_at(analyze_text, "Donald Trump finally hit the airwaves this month with "
                        "an ad on immigration.", "hit")


def test_moderating_a_debate_is_no_repression(analyze_text):
    assert not shown_at(analyze_text, "In 2016 Jorge Ramos moderated a Democratic debate in "
                        "Miami.", "moderated")


def test_moderating_ones_own_attacks_is_no_repression(analyze_text):
    assert not shown_at(analyze_text, "Bernie Sanders said he would not moderate his attacks "
                        "on Hillary Clinton, and he did moderate his attacks.", "moderate")


def test_a_campaign_rally_is_no_protest(analyze_text):
    assert not shown_at(analyze_text, "Bernie Sanders and Hillary Clinton both visited the city. "
                        "Sanders held a rally Saturday while Clinton hosted a get out the vote "
                        "event Monday.", "rally")


def test_a_rally_against_a_policy_stays_a_protest(analyze_text):
    [ev] = shown_at(analyze_text, "Bernie Sanders and Hillary Clinton both visited the city. "
                    "Sanders held a rally Saturday against the Iran deal.", "rally")
    assert ev.type == "PROTEST"


def test_popularity_among_voters_is_no_support(analyze_text):
    assert not shown_at(analyze_text, "A labor-affiliated group found considerable support for "
                        "Donald Trump among Democrats.", "support")


def test_a_panel_hosted_by_a_media_centre_is_no_meeting(analyze_text):
    assert not shown_at(analyze_text, "Jeff Zucker spoke during a discussion Thursday with "
                        "BuzzFeed Editor-in-Chief Ben Smith hosted by the Paley Center for "
                        "Media.", "hosted")


def test_hosting_a_foreign_leader_stays_a_meeting(analyze_text):
    [ev] = shown_at(analyze_text, "Barack Obama hosted Vladimir Putin at the White House on "
                    "Monday.", "hosted")
    assert ev.type == "CONSULT"


def test_caught_in_the_middle_is_no_arrest(analyze_text):
    assert not shown_at(analyze_text, "Fred Trump Jr. was caught sort of in the middle of the "
                        "family business.", "caught")


def test_caught_by_police_stays_an_arrest(analyze_text):
    [ev] = shown_at(analyze_text, "The suspect was caught by police in Brussels on Friday.",
                    "caught")
    assert ev.type == "COERCE"


def test_a_church_named_before_a_shooting_is_no_attacker(analyze_text):
    for ev in shown_at(analyze_text, "Police said the Bethel Church shooting left nine people "
                       "dead.", "shooting"):
        assert "Bethel Church" not in role_texts(ev, "source")


def test_a_group_named_before_an_attack_stays_the_attacker(analyze_text):
    [ev] = shown_at(analyze_text, "The Taliban attack killed 10 soldiers.", "attack")
    assert role_texts(ev, "source") == ["Taliban"]


def test_heard_on_a_microphone_is_no_meeting(analyze_text):
    assert not shown_at(analyze_text, "Donald Trump was heard on a microphone telling Chris "
                        "Christie to get on a plane and go home.", "heard")


def test_met_by_a_prime_minister_stays_a_meeting(analyze_text):
    [ev] = shown_at(analyze_text, "Barack Obama was met at the airport by Prime Minister "
                    "Shinzo Abe on Monday.", "met")
    assert ev.type == "CONSULT"


def test_what_a_request_asks_to_close_is_no_party_asked(analyze_text):
    [ev] = shown_at(analyze_text, "Hillary Clinton called on lawmakers to close the Charleston "
                    "loophole.", "called")
    assert ev.type == "REQUEST" and "the Charleston loophole" not in role_texts(ev, "target")


def test_the_party_urged_stays_the_target(analyze_text):
    [ev] = shown_at(analyze_text, "The United States urged Pakistan to hand over Osama bin "
                    "Laden.", "urged")
    assert role_texts(ev, "target") == ["Pakistan"]


def test_restraining_another_partys_people_stays_coercion(analyze_text):
    # review (h-rev28b): "their" that cannot be the singular subject's is another party's
    # ("The army restrained their leaders"): no conduct of one's own, the COERCE stays
    [ev] = shown_at(analyze_text, "The army restrained their leaders on Monday.", "restrained")
    assert ev.type == "COERCE"
    assert not shown_at(analyze_text, "The rebels said they would moderate their attacks.",
                        "moderate")
