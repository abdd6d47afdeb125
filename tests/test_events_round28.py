"""Issue 18, round 28 (ev28): readings that report no event (an interview asked for or
declined; "agree" as concurring with a view), the doer of talks named by a light verb,
shootings, and conditional vows.  Invented sentences."""

from __future__ import annotations

from .conftest import role_texts, shown_at


def test_declining_an_interview_is_no_rejection(analyze_text):
    assert not shown_at(analyze_text, "Governor Ruth Adler declined to be interviewed for this "
                        "article.", "declined")


def test_interview_requests_are_no_request(analyze_text):
    assert not shown_at(analyze_text, "The reporter Tom Okafor said President Luis Arce has "
                        "not answered his interview requests.", "requests")


def test_shrugging_off_anothers_comments_stays_a_rejection(analyze_text):
    # another party's comments are no interview: the rejection stays
    [ev] = shown_at(analyze_text, "Senator Ruth Adler shrugged off President Luis "
                    "Arce's comments on Monday.", "shrugged")
    assert ev.type == "REJECT"


def test_agreeing_with_a_person_is_no_agreement(analyze_text):
    assert not shown_at(analyze_text, "Senator Tom Okafor said he agreed with Governor Ruth "
                        "Adler about the budget.", "agreed")


def test_agreeing_with_a_party_to_act_stays_an_agreement(analyze_text):
    [ev] = shown_at(analyze_text, "Bolivia agreed with Chile to hold talks on the border.",
                    "agreed")
    assert ev.type == "AGREE"


def test_talks_conducted_with_partners_have_the_subject_as_source(analyze_text):
    [ev] = shown_at(analyze_text, "Chile is conducting free trade talks with Peru and "
                    "Bolivia.", "talks")
    assert ev.type == "CONSULT"
    assert role_texts(ev, "source") == ["Chile"]
    assert role_texts(ev, "target") == ["Bolivia", "Peru"]


def test_a_visit_paid_is_the_payers_visit(analyze_text):
    [ev] = shown_at(analyze_text, "President Luis Arce paid a visit to Chile on Monday.",
                    "visit")
    assert ev.type == "CONSULT" and role_texts(ev, "source") == ["Luis Arce"]
    assert not shown_at(analyze_text, "President Luis Arce paid a visit to Chile on Monday.",
                        "paid")


def test_police_shootings_are_force_by_the_police(analyze_text):
    [ev] = shown_at(analyze_text, "The governor spoke about the recent police shootings in "
                    "Lima and Cusco.", "shootings")
    assert ev.type == "ASSAULT" and role_texts(ev, "source") == ["police"]


def test_a_conditional_vow_of_a_tariff_is_a_threat_made(analyze_text):
    [ev] = shown_at(analyze_text, "President Luis Arce has vowed to impose a punishing tariff "
                    "on Chilean imports unless Chile cancels the new law.", "vowed")
    assert ev.type == "THREATEN"


def test_naming_in_a_free_relative_is_no_request(analyze_text):
    text = "Governor Adler attacks what she calls a broken system to rally her base."
    assert not shown_at(analyze_text, text, "calls")
    [ev] = shown_at(analyze_text, text, "attacks")  # the act is the governing verb's
    assert ev.type == "ACCUSE"


def test_a_name_that_is_a_verdict_keeps_its_criticism(analyze_text):
    found = shown_at(analyze_text, "Governor Ruth Adler assails what she calls the immoral "
                     "lie of the Peruvian government.", "calls")
    assert [e.type for e in found] == ["ACCUSE"]


def test_calling_something_by_a_name_outside_a_relative_stays(analyze_text):
    [ev] = shown_at(analyze_text, "Senator Tom Okafor called the election process corrupt.",
                    "called")
    assert ev.type == "ACCUSE"


def test_negotiating_is_consultation(analyze_text):
    [ev] = shown_at(analyze_text, "Chile negotiated with Peru for a year.", "negotiated")
    assert ev.type == "CONSULT"


def test_a_vow_to_avoid_a_conflict_is_no_threat(analyze_text):
    # review (h-rev28): only a light verb's event noun is the vow's content ("vowed to
    # impose sanctions"); 'avoid' is none, so its object 'conflict' makes no threat
    found = shown_at(analyze_text, "President Luis Arce vowed to avoid a conflict with Chile.",
                     "vowed")
    assert all(e.type != "THREATEN" for e in found)


def test_dismissing_comments_already_made_stays_a_rejection(analyze_text):
    # review (h-rev28): remarks already made ("the comments") or named by their speaker
    # ("comments from Peru") are another party's words, no comment asked of the press
    for text, trigger in (("The Kremlin dismissed the comments as absurd.", "dismissed"),
                          ("Chile rejected comments from Peru about the border.",
                           "rejected")):
        assert [e.type for e in shown_at(analyze_text, text, trigger)] == ["REJECT"]


def test_declining_comment_is_still_no_rejection(analyze_text):
    assert not shown_at(analyze_text, "The Kremlin declined comment on Monday.", "declined")


def test_agreeing_with_a_proposal_stays_an_agreement(analyze_text):
    # sense 3 of "agree": a proposal accepted (the lead's choice after the h-rev28 review)
    [ev] = shown_at(analyze_text, "Peru agreed with Chile's proposal to reopen the border.",
                    "agreed")
    assert ev.type == "AGREE"
