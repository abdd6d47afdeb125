"""Round 30, one person one actor (issue 20): invented texts only."""

from pathlib import Path

from wiretrace.eval import people

REPO = Path(__file__).resolve().parents[1]


def test_the_polnear_dev4_file_is_read_as_one_dev_set():
    rows = people.read_judgments(REPO / "docs/judgments/people-polnear-dev4.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people.judged_errors(rows)
    assert all(e["offsets"] for e in errors)
    assert sum(e["kind"] == "split" for e in errors) == 6
    assert sorted(e["merge"] for e in errors if e["kind"] == "merged") == ["pn", "pp", "pp"]


def _holder(report, start: int) -> str | None:
    """The name of the entity with a mention starting at ``start``."""
    return next((e.name for e in report.entities for m in e.mentions if m.start == start), None)


def test_a_name_without_its_middle_initial_is_the_same_person(analyze_text):
    text = (
        "Unions\n\nOf all voters, union members might resist Walter K. Brandt, the "
        "candidate. ''I believe Walter Brandt is speaking to our members,'' Ms. Lowe said. "
        "Mr. Brandt spoke in Ohio on Monday."
    )
    r = analyze_text(text, published="2016-01-30")
    full = _holder(r, text.index("Walter K. Brandt"))
    assert full == "Walter K. Brandt"
    assert _holder(r, text.index("Walter Brandt")) == full
    assert _holder(r, text.index("Brandt spoke")) == full


def test_two_names_with_different_initials_leave_the_plain_one_apart(analyze_text):
    # guard: "George Bush" may be either man where both are named with initials
    text = (
        "Family\n\nGeorge H. W. Bush met George W. Bush in Texas on Monday. "
        "A statue of George Bush stands in the town."
    )
    r = analyze_text(text, published="2016-02-17")
    plain = _holder(r, text.index("George Bush"))
    assert plain not in ("George H. W. Bush", "George W. Bush")


def test_a_bare_surname_before_the_namesake_is_named_is_the_one_named_before(analyze_text):
    text = (
        "Race\n\nThe union endorsed Nora Vance in November. Few members support Mrs. "
        "Vance, the leaders said. Mrs. Vance remains popular in the polls. Later, "
        "a former aide to President Carl Vance spoke to the members."
    )
    r = analyze_text(text, published="2016-01-30")
    assert _holder(r, text.index("Vance, the")) == "Nora Vance"
    assert _holder(r, text.index("Vance remains")) == "Nora Vance"


def test_a_courtesy_title_so_placed_gives_her_gender_for_later_mentions(analyze_text):
    text = (
        "Fed\n\nShe may get a top job if Nora Vance wins. An adviser to Mrs. Vance's "
        "campaign hired her under Carl Vance in 1997. Mrs. Vance has said she intends to "
        "name women to her cabinet."
    )
    r = analyze_text(text, published="2016-07-27")
    assert _holder(r, text.index("Vance's")) == "Nora Vance"
    assert _holder(r, text.index("Vance has said")) == "Nora Vance"


def test_a_full_name_typed_org_is_the_person_the_courtesy_title_names_later(analyze_text):
    text = (
        "Fed\n\nThe bank may raise rates this week. Gene Sperling, a longtime Democratic "
        "policy maker who advises the campaign, hired Ms. Alma Brainard in 1997. "
        "''She is a superb economist,'' Mr. Sperling said on Tuesday."
    )
    r = analyze_text(text, published="2016-07-27")
    full = next(e for e in r.entities for m in e.mentions if m.start == text.index("Gene"))
    later = next(
        e for e in r.entities for m in e.mentions if m.start == text.index("Sperling said")
    )
    assert full.type == "PERSON" and later is full


def test_an_organization_before_a_bare_surname_stays_one(analyze_text):
    # guard: a name the actor dictionaries give a sector keeps its type
    text = (
        "Markets\n\nGoldman Sachs raised its forecast on Monday. ''Growth is strong,'' "
        "Mr. Sachs, a trader, said on Tuesday."
    )
    r = analyze_text(text, published="2016-07-27")
    org = next(e for e in r.entities for m in e.mentions if m.start == text.index("Goldman"))
    assert org.type != "PERSON"
