"""Actor dictionaries: the project's supplement (data/actors_wiretrace.yaml), the user's own
files (setting `actors`, `--actors`) and their dates, and clear errors for broken files."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wiretrace.errors import InputError
from wiretrace.lexicon import load_yaml
from wiretrace.nlp.actors import codes as actor_codes
from wiretrace.nlp.actors import dictionaries as actor_files

from .conftest import REPO

# Written for these tests.
TEXT = ("Port deal\n\nOn Monday, Tarek Mansour told reporters that he had met President "
        "Karim Sall in Dakar. Saddam Haftar welcomed the talks.")
USER = """
actors:
  - name: Tarek Mansour
    aliases: [T. Mansour]
    country: TUN
    sector: BUS
    source: "test"
  - name: Karim Sall
    country: SEN
    sector: GOV
    until: 2019-12-31
    source: "test"
  - name: Karim Sall
    country: SEN
    sector: OPP
    since: 2020-01-01
    source: "test"
  - name: Saddam Haftar
    country: LBY
    sector: GOV
    source: "test: the user's file wins over the shipped one"
"""


def codes(report):
    return {e.name: (e.country, e.sector) for e in report.entities}


def test_the_shipped_supplement_codes_the_founding_articles_actors(founding_report):
    found = codes(founding_report)
    assert found["Saddam Haftar"] == ("LBY", "MIL")
    assert found["Saif al-Islam Qaddafi"][0] == "LBY"
    assert found["International Criminal Court"] == (None, "IGO")
    assert found["Washington Free Beacon"] == ("USA", "MED")
    assert found["State Department"] == ("USA", "GOV")


def test_every_shipped_entry_names_its_source():
    entries = load_yaml("actors_wiretrace.yaml")["actors"]
    assert entries and all(str(e.get("source", "")).strip() for e in entries)
    assert actor_files.read_shipped()


def test_a_user_dictionary_adds_overrides_and_dates(tmp_path, monkeypatch, analyze_text):
    path = tmp_path / "mine.yaml"
    path.write_text(USER, encoding="utf-8")
    monkeypatch.setenv("WIRETRACE_ACTORS", str(path))
    found = codes(analyze_text(TEXT, published="2021-03-01"))
    assert found["Tarek Mansour"] == ("TUN", "BUS")
    assert found["Karim Sall"] == ("SEN", "OPP")  # the role that holds in 2021
    assert found["Saddam Haftar"] == ("LBY", "GOV")  # the user's entry wins
    assert codes(analyze_text(TEXT, published="2018-03-01"))["Karim Sall"] == ("SEN", "GOV")
    monkeypatch.delenv("WIRETRACE_ACTORS")
    assert codes(analyze_text(TEXT, published="2021-03-01"))["Tarek Mansour"] == (None, None)


@pytest.mark.parametrize(("text", "message"), [
    ("actors:\n  - name: X\n    country: XXX\n", "not an ISO 3166-1"),
    ("actors:\n  - name: X\n    country: TUN\n    colour: red\n", "unknown field"),
    ("actors:\n  - country: TUN\n", "needs a 'name'"),
    ("actors:\n  - name: X\n    sector: GOV\n", "give a country"),
    ("actors:\n  - name: X\n    country: TUN\n    since: last year\n", "a date must be"),
    ("actors: [", "not valid YAML"),
    ("people: []\n", "list under 'actors'"),
])
def test_a_broken_dictionary_is_a_clear_error(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        actor_files.read_user(str(path))
    assert "bad.yaml" in str(caught.value)


def test_the_cli_stops_on_a_broken_dictionary_before_analyzing(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - name: X\n    country: XXX\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "wiretrace", "analyze", str(article),
                          "--actors", str(bad)], capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 2 and "not an ISO 3166-1" in run.stderr


@pytest.mark.parametrize("name,sectors", [
    ("Israeli Intelligence Ministry", ["GOV", "SPY"]),
    ("Ministry of Defense", ["GOV", "MIL"]),
    ("Libyan National Army", ["MIL"]),
    ("International Criminal Court", ["JUD"]),  # "criminal" names people, not the court
    ("Washington Free Beacon", []),
])
def test_an_organization_s_sectors_come_from_the_nouns_in_its_name(name, sectors):
    assert actor_codes.agent_sectors(name) == sectors


@pytest.mark.parametrize("published, sector", [
    ("1998-05-01", "GOV"),   # the Taliban held Kabul, 1996-2001
    ("2015-06-01", "REB"),   # the insurgency
    ("2024-03-01", "GOV"),   # in power again since 15 August 2021
])
def test_an_actor_s_role_holds_on_the_article_s_date(analyze_text, published, sector):
    """PETRARCH2 codes the Taliban as rebels whatever the date; the shipped supplement
    dates each role, so a 2024 story does not code Afghanistan's rulers as insurgents."""
    report = analyze_text("Arrests in Kabul\n\nThe Taliban arrested two journalists in "
                          "Kabul, officials said.", published=published)
    (taliban,) = [e for e in report.entities if "Taliban" in e.name]
    assert (taliban.country, taliban.sector) == ("AFG", sector)


# ---- issue 20, second round: organizations named with a describing noun


def _named(report, name):
    found = [e for e in report.entities if e.name == name]
    assert found, f"no entity {name!r} in {[e.name for e in report.entities]}"
    return found[0]


def test_a_person_takes_the_code_of_the_business_named_with_them(analyze_text):
    r = analyze_text("Clinics\n\nDentistry draws tourists, said Anh Tran, founder of the "
                     "Saigon Lotus Research consultancy in Ho Chi Minh City.",
                     published="2019-11-26")
    assert (_named(r, "Saigon Lotus Research").country,
            _named(r, "Saigon Lotus Research").sector) == ("VNM", "BUS")
    assert (_named(r, "Anh Tran").country, _named(r, "Anh Tran").sector) == ("VNM", "BUS")


def test_an_institute_is_a_research_institution(analyze_text):
    r = analyze_text("Missiles\n\n\"They will test,\" said Mark Doyle, a senior fellow at the "
                     "Lakeview Institute of International Studies.", published="2019-12-03")
    assert _named(r, "Lakeview Institute of International Studies").sector == "EDU"
    assert _named(r, "Mark Doyle").sector == "EDU"


def test_a_name_typed_place_and_organization_is_the_organization(analyze_text):
    # VOA 6180790 (public domain): spaCy types "Iberdrola" GPE after "energy giant", ORG
    # as a subject
    r = analyze_text("Wind\n\nThe Maranchon wind farm is one of 300 in Spain owned by energy "
                     "giant Iberdrola. Earlier this month, Iberdrola announced it would phase "
                     "out its last two coal plants.", published="2019-12-04")
    found = [(e.type, len(e.mentions)) for e in r.entities if e.name == "Iberdrola"]
    assert found == [("ORG", 2)], found


def test_a_name_cut_at_a_particle_is_one_person(analyze_text):
    r = analyze_text("EU\n\nThe EU's new Commission President Ursula Von der Leyen has vowed "
                     "to cut emissions.", published="2019-12-04")
    assert any(e.name == "Ursula Von der Leyen" and e.type == "PERSON" for e in r.entities), \
        [e.name for e in r.entities]


def test_a_role_in_a_coded_organization_without_a_petrarch_entry(analyze_text):
    r = analyze_text("Haiti\n\nThe U.N. secretary-general's special representative in Haiti, "
                     "Helen La Lime, expressed concern. \"It is bad,\" said Asli Demir, a "
                     "senior fellow at the Bosphorus Council on Foreign Relations.",
                     published="2021-02-26")
    assert _named(r, "Helen La Lime").sector == "IGO"
    assert _named(r, "Asli Demir").sector == "EDU"  # a fellow is a scholar


def test_a_former_role_in_a_state_body_is_an_elite(analyze_text):
    # CAMEO's ELI: former government officials
    r = analyze_text("Talks\n\n\"They will wait,\" said Evan Ross, a former State Department "
                     "official.", published="2019-12-03")
    ross = _named(r, "Evan Ross")
    assert ross.sector == "ELI"


def test_a_future_role_gives_no_sector(analyze_text):
    r = analyze_text("Talks\n\n\"They will wait,\" said Evan Ross, the incoming State "
                     "Department spokesman.", published="2019-12-03")
    assert _named(r, "Evan Ross").sector is None


def test_a_headline_clause_is_the_names_it_holds(analyze_text):
    r = analyze_text("Ankara Defies Washington Over Russian Missiles\n\nTurkey tested a "
                     "Russian system in Ankara, despite threats from Washington.",
                     published="2019-11-25")
    names = {e.name for e in r.entities}
    assert "Ankara Defies Washington" not in names and {"Ankara", "Washington"} <= names


def test_newspapers_are_media(analyze_text):
    r = analyze_text("Press\n\nTwo newspapers, the Phnom Penh Post and the Cambodia Daily, "
                     "were sold in 2017. Reporters at the Phnom Penh Post protested.",
                     published="2024-09-30")
    assert (_named(r, "Phnom Penh Post").country, _named(r, "Phnom Penh Post").sector) \
        == ("KHM", "MED")
    assert _named(r, "Cambodia Daily").sector == "MED"


def test_a_country_s_leader_is_its_state_leader(analyze_text):
    r = analyze_text("Summit\n\nThere, North Korean leader Kim Jong Un asked U.S. President "
                     "Donald Trump for sanctions relief. Opposition leader Ali Musa spoke.",
                     published="2019-12-03")
    kim = _named(r, "Kim Jong Un")
    assert (kim.country, kim.sector) == ("PRK", "GOV")  # PETRARCH2: STATE LEADER GOV
    assert _named(r, "Ali Musa").sector == "OPP"  # a party's leader is no state leader


def test_a_title_with_its_of_complement(analyze_text):
    # NER takes "State" in "Secretary of State" for a name; the title is the whole phrase
    r = analyze_text("Talks\n\nOn Thursday in Washington, U.S. Secretary of State Antony "
                     "Blinken assured visiting Australian Foreign Minister Marise Payne that "
                     "the United States would stand by Australia.", published="2021-05-14")
    blinken = _named(r, "Antony Blinken")
    assert (blinken.country, blinken.sector) == ("USA", "GOV")


@pytest.mark.parametrize("text,name,code", [
    ("Sanctions\n\nThe Ruritanian Treasury Department froze the accounts on Monday.",
     "Ruritanian Treasury Department", "GOV"),
    ("Migrants\n\nThe Department of Homeland Security said it would deport the migrants.",
     "Department of Homeland Security", "GOV"),
    ("Aid\n\nSayed Sadat, the provincial head of the Red Crescent Society, said tents "
     "were sent.", "Red Crescent Society", "NGO"),
])
def test_a_body_s_head_word_gives_its_sector(analyze_text, text, name, code):
    # the head words that nearly always name one kind of body among PETRARCH2's names
    assert _named(analyze_text(text, published="2020-01-10"), name).sector == code


def test_a_body_s_name_says_its_country(analyze_text):
    r = analyze_text("Travel\n\nVisitors rose by 10 percent last year, the Tourism Authority "
                     "of Thailand said on Monday.",
                     published="2020-01-10")
    assert (_named(r, "Tourism Authority of Thailand").country,
            _named(r, "Tourism Authority of Thailand").sector) == ("THA", "GOV")


def test_a_name_hung_from_its_first_word_takes_its_role(analyze_text):
    # spaCy tags "Sayed" a verb and hangs the name from it: the role in apposition is the
    # surname's
    r = analyze_text("Aid\n\nSayed Sadat, the provincial head of the Red Crescent Society, "
                     "said tents were sent.", published="2020-01-10")
    assert _named(r, "Sayed Sadat").sector == "NGO"
