"""Round 18 (issue 20, one person one actor): a "he" or "she" by gender and by the one the
sentence is about, a generational suffix, a family's name.  Invented texts."""

from __future__ import annotations

from wiretrace import names
from wiretrace.eval import people

from .conftest import assert_offsets


def _holder(report, start: int) -> str | None:
    """The name of the entity with a mention starting at ``start``."""
    return next((e.name for e in report.entities for m in e.mentions if m.start == start),
                None)


def test_a_he_skips_a_woman_a_title_names_as_such(analyze_text):
    text = ("Vote\n\nMr. Reed met voters in Dover on Monday. Mrs. Holt was there too. "
            "\"It is a start,\" he said.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    he = text.index(" he said") + 1
    assert _holder(r, he) == "Reed"
    holt = next(e for e in r.entities if e.name == "Holt")
    assert all(m.text.lower() != "he" for m in holt.mentions)


def test_a_he_said_continues_the_one_the_sentence_is_about_not_its_claim(analyze_text):
    text = ("Rally\n\nMr. Reed was blunt on Monday, claiming without any evidence that "
            "Governor Bob Cole wanted higher taxes. \"That is insane,\" he said.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert _holder(r, text.index(" he said") + 1) == "Reed"


def test_a_surname_joins_a_name_closed_by_jr(analyze_text):
    text = ("Visit\n\nSenator Carl T. Mendez Jr. visited Ohio on Monday. Mr. Mendez said "
            "the plan would pass.")
    r = analyze_text(text, published="2016-08-17")
    full = next(e for e in r.entities if e.name == "Carl T. Mendez Jr.")
    assert "Mendez" in {m.text for m in full.mentions}
    assert names.without_suffix(("carl", "t", "mendez", "jr")) == ("carl", "t", "mendez")
    assert names.without_suffix(("mendez", "jr")) == ("mendez", "jr")  # too short to tell


def test_a_surname_before_family_is_the_family_not_a_person(analyze_text):
    text = ("Campaign\n\nCarl Mendez spoke in Ohio on Monday. His sister Ana Mendez joined "
            "him at the rally. The Mendez family is popular in the state.")
    r = analyze_text(text, published="2016-08-17")
    family = text.index("Mendez family")
    holder = next(e for e in r.entities for m in e.mentions if m.start == family)
    assert holder.type != "PERSON"
    assert holder.name not in ("Carl Mendez", "Ana Mendez")


def test_rows_naming_the_same_entities_are_told_apart_by_their_first_offset(tmp_path):
    path = tmp_path / "people.tsv"
    path.write_text(
        "story\thalf\tkind\tentities\tnote\n"
        "s1\tdev\tmerged\tAnn Lee | Bo Park\tpp: he@50 is Bo Park, listed in Ann Lee\n"
        "s1\tdev\tmerged\tAnn Lee | Bo Park\tpp: he@90 is Bo Park, listed in Ann Lee\n"
        "s1\tdev\tfixed\tAnn Lee | Bo Park\tafter: he@90 now in Bo Park\n", encoding="utf-8")
    errors = people.judged_errors(people.read_judgments(path))
    assert [(e["offsets"][0], e["status"]) for e in errors] == [(50, "judged"), (90, "fixed")]


def test_the_polnear_file_is_read_as_one_dev_set():
    from pathlib import Path

    rows = people.read_judgments(Path(__file__).resolve().parents[1]
                                 / "docs/judgments/people-polnear-dev2.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    assert all(e["offsets"] for e in people.judged_errors(rows))


def test_a_family_takes_the_code_its_people_share(analyze_text):
    text = ("Primary\n\nJeb Bush campaigned in South Carolina on Monday with his brother "
            "George W. Bush. The Bush family remains popular in the state.")
    r = analyze_text(text, published="2016-02-17")
    family = next(e for e in r.entities for m in e.mentions
                  if m.start == text.index("Bush family"))
    people_ = [e for e in r.entities if e.name in ("Jeb Bush", "George W. Bush")]
    assert family.type == "NORP" and len(people_) == 2
    coded = {e.country for e in people_ if e.country}
    assert coded == {"USA"} and family.country == "USA"  # those of them with a code


def test_a_role_noun_before_a_name_for_someone_else_gives_no_gender(nlp):
    from types import SimpleNamespace

    from wiretrace.nlp.actors.antecedents import entity_genders

    doc = nlp("A finance chairman for Holt met Mrs. Lee and Mr. Diaz.")
    at = {t.text: t.i for t in doc}
    ctx = SimpleNamespace(doc=doc, entities=[],
                          token_entity={at["Holt"]: "e1", at["Lee"]: "e2", at["Diaz"]: "e3"})
    assert entity_genders(ctx) == {"e2": "female", "e3": "male"}
