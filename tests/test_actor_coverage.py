"""Coverage of the state actors (data/actors_states.yaml, by tools/make_state_actors.py):
every UN member's government, foreign ministry, armed forces and intelligence services, the
main IGOs, and the dated heads of state and government of the G20, Libya, Israel and their
neighbours -- checked through the lookup that codes entities, not by reading the file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from wiretrace.lexicon import load_tsv
from wiretrace.nlp.actors import dictionaries as actor_files
from wiretrace.nlp.actors import gazetteer
from wiretrace.nlp.actors.codes import _dictionary_code

from .conftest import REPO

MEMBERS = [r for r in load_tsv("un_members.tsv") if r["status"] == "member"]
# Demonyms the naming rule leaves out: "Congolese" is said of both Congos.
NOT_USED = {"Congolese"}


def code(name: str, when: str = "2025-06-01", person: bool = False):
    return _dictionary_code(name, when, person=person)


def adjective(alpha3: str) -> str | None:
    demonyms = gazetteer.country_of_code(alpha3).demonyms
    return demonyms[0] if demonyms and demonyms[0] not in NOT_USED else None


def test_the_member_list_is_the_uns():
    assert len(MEMBERS) == 193
    assert len({r["alpha3"] for r in MEMBERS}) == 193
    assert all(gazetteer.country_of_code(r["alpha3"]) for r in MEMBERS)
    observers = {r["alpha3"] for r in load_tsv("un_members.tsv") if r["status"] == "observer"}
    assert observers == {"VAT", "PSE"}


@pytest.mark.parametrize("alpha3", [r["alpha3"] for r in MEMBERS])
def test_every_member_state_has_government_foreign_ministry_military_and_intelligence(alpha3):
    name = gazetteer.country_of_code(alpha3).name
    forms = {
        "GOV": ["Government of {n}", "Government of the {n}",
                "Ministry of Foreign Affairs of {n}", "Ministry of Foreign Affairs of the {n}"],
        "MIL": ["Armed Forces of {n}", "Armed Forces of the {n}"],
    }
    for sector, patterns in forms.items():
        found = {code(p.format(n=name)) for p in patterns} - {(None, None)}
        assert found == {(alpha3, sector)}, (alpha3, sector, found)
    adj = adjective(alpha3)
    named = [f"{adj} {{}}"] if adj else []
    if alpha3 != "GEO":  # "Georgia intelligence" could be the US state's
        named.append(f"{name} {{}}")
    assert named, alpha3
    for form in named:
        assert code(form.format("government")) == (alpha3, "GOV"), form
        assert code(form.format("Foreign Ministry")) == (alpha3, "GOV"), form
        assert code(form.format("Armed Forces")) == (alpha3, "MIL"), form
        assert code(form.format("intelligence")) == (alpha3, "SPY"), form
    if adj:
        for noun in ("military", "army", "navy", "air force"):
            assert code(f"{adj} {noun}") == (alpha3, "MIL"), noun
        assert code(f"the {adj} intelligence services") == (alpha3, "SPY")


@pytest.mark.parametrize(("name", "country"), [
    ("Georgia government", None),  # could be the US state's
    ("Congolese army", None),  # could be either Congo's
    ("Congo-Brazzaville army", "COG"),
    ("DR Congo army", "COD"),
    ("Nigerien army", "NER"),
    ("Nigerian army", "NGA"),
    ("Dominica government", "DMA"),
    ("Dominican government", "DOM"),  # as countries.tsv reads "Dominican"
    ("South Sudanese army", "SSD"),
    ("Sudanese army", "SDN"),
    ("Equatorial Guinean army", "GNQ"),
    ("Guinean army", "GIN"),
])
def test_ambiguous_names_are_left_out(name, country):
    assert code(name)[0] == country


@pytest.mark.parametrize(("name", "country"), [
    ("CIA", "USA"), ("NSA", "USA"), ("MI6", "GBR"), ("MI5", "GBR"), ("GCHQ", "GBR"),
    ("DGSE", "FRA"), ("DGSI", "FRA"), ("BND", "DEU"), ("AISE", "ITA"), ("FSB", "RUS"),
    ("SVR", "RUS"), ("GRU", "RUS"), ("Ministry of State Security", "CHN"),
    ("Public Security Intelligence Agency", "JPN"), ("Research and Analysis Wing", "IND"),
    ("Badan Intelijen Negara", "IDN"), ("ABIN", "BRA"), ("SIDE", "ARG"), ("ASIS", "AUS"),
    ("ASIO", "AUS"), ("CSIS", "CAN"), ("South Korean National Intelligence Service", "KOR"),
    ("General Intelligence Presidency", "SAU"), ("State Security Agency", "ZAF"),
    ("Turkish National Intelligence Organization", "TUR"), ("Mossad", "ISR"),
    ("Shin Bet", "ISR"), ("Unit 8200", "ISR"), ("Egyptian General Intelligence Service", "EGY"),
    ("Sudanese General Intelligence Service", "SDN"), ("Chadian National Security Agency", "TCD"),
    ("DGDSE", "NER"), ("Jordanian General Intelligence Directorate", "JOR"),
    ("Lebanese General Security", "LBN"), ("Palestinian General Intelligence Service", "PSE"),
    ("Libyan intelligence", "LBY"), ("Tunisian intelligence", "TUN"),
    ("Algerian intelligence", "DZA"), ("Syrian General Intelligence Service", "SYR"),
])
def test_named_intelligence_services(name, country):
    assert code(name) == (country, "SPY")


def test_dated_agencies_follow_their_dates():
    assert code("Syrian Air Force Intelligence", "2020-01-01") == ("SYR", "SPY")
    assert code("Rapid Support Forces", "2020-01-01") == ("SDN", "MIL")
    assert code("Rapid Support Forces", "2024-01-01") == ("SDN", "REB")
    assert code("Government of National Accord", "2018-01-01") == ("LBY", "GOV")


IGOS = ["United Nations", "UN", "UN Security Council", "United Nations Security Council",
        "UN General Assembly", "United Nations General Assembly", "UNHCR",
        "UN refugee agency", "UNICEF", "World Food Programme", "WFP", "WHO",
        "World Health Organization", "IAEA", "UNESCO", "ILO", "IMF", "World Bank", "WTO",
        "UNRWA", "UNSMIL", "UNIFIL", "EU", "European Union", "European Commission",
        "European Council", "Council of the European Union", "European Parliament",
        "European Central Bank", "ECB", "NATO", "African Union", "AU", "Arab League",
        "League of Arab States", "ASEAN", "OAS", "OSCE", "OPEC", "OPEC+",
        "Gulf Cooperation Council", "GCC", "Shanghai Cooperation Organisation", "SCO", "BRICS",
        "Council of Europe", "ECOWAS", "International Criminal Court", "ICC",
        "International Court of Justice", "ICJ", "Interpol", "OECD",
        "Organisation of Islamic Cooperation", "OIC", "Commonwealth of Nations",
        "Commonwealth Secretariat", "G7", "Group of Seven", "G20", "Group of 20"]


@pytest.mark.parametrize("name", IGOS)
def test_main_igos(name):
    assert code(name) == (None, "IGO")


# (name, country, a day in office): heads of state and government as known in 2025-10.
LEADERS = [
    ("Donald Trump", "USA", "2025-06-01"), ("Joe Biden", "USA", "2022-06-01"),
    ("Barack Obama", "USA", "2015-06-01"), ("Donald Trump", "USA", "2018-06-01"),
    ("Keir Starmer", "GBR", "2025-06-01"), ("Rishi Sunak", "GBR", "2023-06-01"),
    ("Boris Johnson", "GBR", "2021-06-01"), ("Charles III", "GBR", "2025-06-01"),
    ("Emmanuel Macron", "FRA", "2025-06-01"), ("Francois Hollande", "FRA", "2015-06-01"),
    ("François Bayrou", "FRA", "2025-06-01"), ("Gabriel Attal", "FRA", "2024-06-01"),
    ("Friedrich Merz", "DEU", "2025-06-01"), ("Olaf Scholz", "DEU", "2023-06-01"),
    ("Angela Merkel", "DEU", "2018-06-01"), ("Frank-Walter Steinmeier", "DEU", "2025-06-01"),
    ("Giorgia Meloni", "ITA", "2025-06-01"), ("Mario Draghi", "ITA", "2022-06-01"),
    ("Sergio Mattarella", "ITA", "2025-06-01"), ("Shigeru Ishiba", "JPN", "2025-06-01"),
    ("Fumio Kishida", "JPN", "2023-06-01"), ("Shinzo Abe", "JPN", "2018-06-01"),
    ("Mark Carney", "CAN", "2025-06-01"), ("Justin Trudeau", "CAN", "2020-06-01"),
    ("Anthony Albanese", "AUS", "2025-06-01"), ("Scott Morrison", "AUS", "2020-06-01"),
    ("Vladimir Putin", "RUS", "2025-06-01"), ("Mikhail Mishustin", "RUS", "2025-06-01"),
    ("Dmitry Medvedev", "RUS", "2015-06-01"), ("Xi Jinping", "CHN", "2025-06-01"),
    ("Li Qiang", "CHN", "2025-06-01"), ("Li Keqiang", "CHN", "2018-06-01"),
    ("Narendra Modi", "IND", "2025-06-01"), ("Droupadi Murmu", "IND", "2025-06-01"),
    ("Prabowo Subianto", "IDN", "2025-06-01"), ("Joko Widodo", "IDN", "2020-06-01"),
    ("Luiz Inacio Lula da Silva", "BRA", "2025-06-01"), ("Jair Bolsonaro", "BRA", "2020-06-01"),
    ("Javier Milei", "ARG", "2025-06-01"), ("Alberto Fernandez", "ARG", "2021-06-01"),
    ("Claudia Sheinbaum", "MEX", "2025-06-01"),
    ("Andres Manuel Lopez Obrador", "MEX", "2020-06-01"),
    ("Lee Jae-myung", "KOR", "2025-07-01"), ("Yoon Suk Yeol", "KOR", "2023-06-01"),
    ("Moon Jae-in", "KOR", "2019-06-01"), ("Salman bin Abdulaziz", "SAU", "2025-06-01"),
    ("Mohammed bin Salman", "SAU", "2025-06-01"), ("Cyril Ramaphosa", "ZAF", "2025-06-01"),
    ("Jacob Zuma", "ZAF", "2016-06-01"), ("Recep Tayyip Erdogan", "TUR", "2025-06-01"),
    ("Ahmet Davutoglu", "TUR", "2015-06-01"),
    ("Mohamed al-Menfi", "LBY", "2025-06-01"), ("Abdul Hamid Dbeibah", "LBY", "2025-06-01"),
    ("Osama Hammad", "LBY", "2025-06-01"), ("Aguila Saleh", "LBY", "2025-06-01"),
    ("Fayez al-Sarraj", "LBY", "2018-06-01"), ("Fathi Bashagha", "LBY", "2022-06-01"),
    ("Isaac Herzog", "ISR", "2025-06-01"), ("Benjamin Netanyahu", "ISR", "2025-06-01"),
    ("Naftali Bennett", "ISR", "2022-01-01"), ("Yair Lapid", "ISR", "2022-09-01"),
    ("Reuven Rivlin", "ISR", "2018-06-01"),
    ("Abdel Fattah el-Sisi", "EGY", "2025-06-01"), ("Mostafa Madbouly", "EGY", "2025-06-01"),
    ("Sherif Ismail", "EGY", "2016-06-01"),
    ("Abdel Fattah al-Burhan", "SDN", "2025-06-01"), ("Omar al-Bashir", "SDN", "2015-06-01"),
    ("Abdalla Hamdok", "SDN", "2020-06-01"),
    ("Mahamat Idriss Deby", "TCD", "2025-06-01"), ("Idriss Deby", "TCD", "2015-06-01"),
    ("Allamaye Halina", "TCD", "2025-06-01"),
    ("Abdourahamane Tchiani", "NER", "2025-06-01"), ("Mohamed Bazoum", "NER", "2022-06-01"),
    ("Ali Lamine Zeine", "NER", "2025-06-01"),
    ("Abdelmadjid Tebboune", "DZA", "2025-06-01"), ("Abdelaziz Bouteflika", "DZA", "2015-06-01"),
    ("Nadir Larbaoui", "DZA", "2025-06-01"),
    ("Kais Saied", "TUN", "2025-06-01"), ("Beji Caid Essebsi", "TUN", "2017-06-01"),
    ("Sara Zaafrani Zenzri", "TUN", "2025-06-01"),
    ("Abdullah II", "JOR", "2025-06-01"), ("Jafar Hassan", "JOR", "2025-06-01"),
    ("Bisher Al-Khasawneh", "JOR", "2022-06-01"),
    ("Joseph Aoun", "LBN", "2025-06-01"), ("Nawaf Salam", "LBN", "2025-06-01"),
    ("Michel Aoun", "LBN", "2020-06-01"), ("Najib Mikati", "LBN", "2023-06-01"),
    ("Ahmed al-Sharaa", "SYR", "2025-06-01"), ("Bashar al-Assad", "SYR", "2020-06-01"),
    ("Hussein Arnous", "SYR", "2022-06-01"),
    ("Mahmoud Abbas", "PSE", "2025-06-01"), ("Mohammad Mustafa", "PSE", "2025-06-01"),
    ("Mohammad Shtayyeh", "PSE", "2020-06-01"),
]


@pytest.mark.parametrize(("name", "country", "day"), LEADERS)
def test_heads_of_state_and_government_in_office(name, country, day):
    assert code(name, day, person=True) == (country, "GOV")


@pytest.mark.parametrize(("name", "day", "expected"), [
    ("Ursula von der Leyen", "2025-06-01", (None, "IGO")),
    ("Ursula von der Leyen", "2016-06-01", ("DEU", "MIL")),
    ("Antonio Costa", "2025-06-01", (None, "IGO")),
    ("Antonio Costa", "2020-06-01", ("PRT", "GOV")),
    ("Donald Tusk", "2017-06-01", (None, "IGO")),
    ("Donald Tusk", "2025-06-01", ("POL", "GOV")),
    ("Jean-Claude Juncker", "2016-06-01", (None, "IGO")),
    ("Charles Michel", "2022-06-01", (None, "IGO")),
    ("Mahmoud Ali Youssouf", "2025-06-01", (None, "IGO")),
    ("Moussa Faki Mahamat", "2020-06-01", (None, "IGO")),
    ("Nkosazana Dlamini-Zuma", "2015-06-01", (None, "IGO")),
    ("Antonio Guterres", "2025-06-01", (None, "IGO")),
    ("Mark Rutte", "2025-06-01", (None, "IGO")),
    ("Mark Rutte", "2020-06-01", ("NLD", "GOV")),
])
def test_eu_au_and_un_leaders_by_date(name, day, expected):
    assert code(name, day, person=True) == expected


def test_roles_change_with_the_date():
    assert code("Donald Trump", "2022-06-01", person=True) == ("USA", "ELI")
    assert code("Benjamin Netanyahu", "2022-06-01", person=True) == ("ISR", "OPP")
    assert code("Abdel Fattah el-Sisi", "2013-06-01", person=True) == ("EGY", "MIL")
    assert code("Ahmed al-Sharaa", "2020-06-01", person=True) == ("SYR", "REB")
    assert code("Abu Mohammad al-Jolani", "2025-06-01", person=True) == ("SYR", "GOV")
    assert code("Mohamed Hamdan Dagalo", "2024-06-01", person=True) == ("SDN", "REB")
    assert code("Joseph Aoun", "2020-06-01", person=True) == ("LBN", "MIL")
    # an older role PETRARCH2 dates is kept for a leader this file adds
    assert code("Recep Tayyip Erdogan", "1995-06-01", person=True) == ("TUR", "ELI")
    # transliterations fold to the same person
    assert code("Abdel Fattah al-Sissi", "2025-06-01", person=True) == ("EGY", "GOV")


def test_every_entry_names_its_source():
    entries = yaml.safe_load(
        (REPO / "src" / "wiretrace" / "data" / "actors_states.yaml").read_text(encoding="utf-8")
    )["actors"]
    assert len(entries) > 1000
    assert all(str(e.get("source", "")).strip() for e in entries)
    assert actor_files.read_states()


def test_the_state_actors_rank_between_the_supplement_and_petrarch(tmp_path, monkeypatch):
    # PETRARCH2 codes the FSB as police; this file as intelligence
    assert code("FSB") == ("RUS", "SPY")
    # the supplement wins over this file, and the user's file over both
    mine = tmp_path / "mine.yaml"
    mine.write_text("actors:\n  - name: Mossad\n    country: ISR\n    sector: GOV\n"
                    "    source: test\n", encoding="utf-8")
    monkeypatch.setenv("WIRETRACE_ACTORS", str(mine))
    assert code("Mossad") == ("ISR", "GOV")


# Written for this test.
TEXT = """Border talks

The French Foreign Ministry condemned the strike on Monday. Mossad agents met officers of \
the Lebanese Armed Forces, and the Egyptian military said it had destroyed tunnels. Prime \
Minister Abdul Hamid Dbeibah told the UN Security Council that the Libyan National Army had \
shelled Tripoli. President Abdel Fattah el-Sisi received Mahmoud Abbas, while the FSB \
exchanged lists with the Sudanese Armed Forces.
"""


def test_wiretrace_analyze_codes_state_actors(tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(TEXT, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "wiretrace", "analyze", str(article),
                          "--published", "2024-05-01", "--format", "json"],
                         capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    report = report[0] if isinstance(report, list) else report
    found = {e["name"]: (e["country"], e["sector"]) for e in report["entities"]}
    assert found["French Foreign Ministry"] == ("FRA", "GOV")
    assert found["Mossad"] == ("ISR", "SPY")
    assert found["Lebanese Armed Forces"] == ("LBN", "MIL")
    assert found["Abdul Hamid Dbeibah"] == ("LBY", "GOV")
    assert found["UN Security Council"] == (None, "IGO")
    assert found["Libyan National Army"] == ("LBY", "MIL")
    assert found["Abdel Fattah el-Sisi"] == ("EGY", "GOV")
    assert found["Mahmoud Abbas"] == ("PSE", "GOV")
    assert found["FSB"] == ("RUS", "SPY")
    assert found["Sudanese Armed Forces"] == ("SDN", "MIL")
    # spaCy names only "Egyptian" (NORP) in "the Egyptian military": the entity gets the
    # country; the "Egyptian military" entry is never looked up, so no sector.
    assert found["Egyptian"] == ("EGY", None)


def test_the_congos_as_the_press_writes_them():
    # countries.tsv aliases: "the Democratic Republic of Congo" (no "the" before Congo)
    assert gazetteer.country_of_name("the Democratic Republic of Congo").alpha3 == "COD"
    assert gazetteer.country_of_name("Republic of Congo").alpha3 == "COG"
    assert gazetteer.country_of_name("Congo") is None  # either of the two

