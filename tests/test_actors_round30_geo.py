"""Round 30 (h-geo30) of the actor codes (issues 18 and 20): a generic actor whose own
words make it of several states or of a region ("international forces", "European
governments", "officials in Belgium, Germany and Italy", "across the continent") takes no
country from the event's place or the article's main country.  Invented sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _codes(report):
    return {
        (a.text, a.country, a.sector, a.code_basis)
        for e in report.events
        for a in e.actors
        if a.role in ("source", "target") and a.sector
    }


TEXT = (
    "Ruritania talks\n\nKenyan police arrested protesters in Nairobi on Monday. The "
    "Kenyan government said the protests were illegal. The Taliban threatened to attack "
    "international forces. European governments will insist on stricter checks at their "
    "borders, officials in Nairobi said. Across the continent, opposition parties have "
    "complained of an uneven playing field. Kenya's president praised the police."
)


def test_groups_of_several_states_take_no_country(analyze_text):
    r = analyze_text(TEXT, published="2019-12-05")
    assert_offsets(r)
    codes = {t: (c, s, b) for t, c, s, b in _codes(r)}
    assert codes.get("international forces") == (None, "MIL", None), codes
    assert codes.get("European governments") == (None, "GOV", None), codes
    assert codes.get("opposition parties") == (None, "OPP", None), codes


def test_groups_of_the_article_keep_its_country(analyze_text):
    # the same story: the protesters in Nairobi and the police keep Kenya's code
    r = analyze_text(TEXT, published="2019-12-05")
    codes = {t: (c, s) for t, c, s, _ in _codes(r)}
    assert codes.get("protesters") == ("KEN", "OPP"), codes
    assert codes.get("the police") == ("KEN", "COP"), codes


def test_a_phrase_naming_places_of_several_countries(analyze_text):
    text = (
        "Trade\n\nThe Chinese minister visited Europe and met with officials in charge "
        "of trade in Belgium, Germany and Italy. China criticized the police."
    )
    r = analyze_text(text, published="2024-10-05")
    officials = [(c, s) for t, c, s, _ in _codes(r) if t == "officials"]
    assert officials and all(c is None for c, _ in officials), officials
    # one country's place still places its group: the police stay China's
    assert ("the police", "CHN", "COP", "article") in _codes(r)


def test_a_single_country_group_is_not_a_region(analyze_text):
    # "across the country" is one state: the group takes the place's country
    text = (
        "Strike\n\nKenyan teachers marched in Nairobi on Monday. Across the country, "
        "workers protested in Nairobi against the tax."
    )
    r = analyze_text(text, published="2019-12-05")
    workers = [(c, s) for t, c, s, _ in _codes(r) if t == "workers"]
    assert workers and all(c == "KEN" for c, _ in workers), workers
