"""Round 33 (h-act33) of the actor codes (issue 20): a role held in a candidate's
campaign is a party's (PTY), with the candidate's country where a dictionary knows the
candidate; a campaign of another kind, or a role not held now, is none.  Invented
sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _entity(report, name):
    return next((e for e in report.entities if e.name == name), None)


def test_a_candidates_campaign_chairman_is_of_the_party(analyze_text):
    r = analyze_text("Campaign\n\nDonald Trump's campaign manager, Lena Okafor, denied the "
                     "report on Sunday.", published="2016-05-01")
    assert_offsets(r)
    okafor = _entity(r, "Lena Okafor")
    assert okafor is not None and (okafor.country, okafor.sector) == ("USA", "PTY"), okafor


def test_campaign_staff_without_a_named_candidate(analyze_text):
    for text, name in (
            ("Hal Brenner, the campaign's new political director, criticized the Democrats.",
             "Hal Brenner"),
            ("Clinton campaign communications director Maria Vantress acknowledged the "
             "mistake.", "Maria Vantress")):
        r = analyze_text(text, published="2016-05-01")
        assert_offsets(r)
        person = _entity(r, name)
        assert person is not None and person.sector == "PTY", (name, r.entities)


def test_a_military_campaign_or_a_former_role_is_no_candidates(analyze_text):
    r = analyze_text("War\n\nThe military campaign director, Colonel Ivo Marek, attacked the "
                     "rebels. His former campaign manager, Ned Aldous, sued the newspaper.",
                     published="2016-05-01")
    assert_offsets(r)
    marek = _entity(r, "Ivo Marek")
    aldous = _entity(r, "Ned Aldous")
    assert marek is not None and marek.sector == "MIL", marek
    assert aldous is not None and aldous.sector != "PTY", aldous
    r = analyze_text("Drive\n\nMr. Vance, the vaccination campaign director, said the drive "
                     "had ended.", published="2016-05-01")
    vance = _entity(r, "Vance")
    assert vance is None or vance.sector != "PTY", vance


def test_an_organizations_or_a_states_campaign_is_no_candidates(analyze_text):
    # review (h-rev33): a campaign an organization or a state owns is no party's
    for text, name in (
            ("Drive\n\nTom Ruiz, campaign director at Greenpeace, said the spill was a "
             "disaster.", "Tom Ruiz"),
            ("Drive\n\nAmnesty International's campaign director, Tom Ruiz, said the arrests "
             "were unlawful.", "Tom Ruiz"),
            ("War\n\nThe Saudi campaign chief, General Ahmed Asiri, said the strikes would go "
             "on.", "Ahmed Asiri")):
        r = analyze_text(text, published="2016-05-01")
        person = _entity(r, name)
        assert person is None or person.sector != "PTY", (name, person)
