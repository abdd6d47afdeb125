"""The cleaner: which lines are not article body, and what it reads from them."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from tests.conftest import assert_offsets
from wiretrace.clean import clean, date_line
from wiretrace.clean import tables as cleaner
from wiretrace.model import Removed
from wiretrace.read.text import from_text


def marked(article) -> list[tuple[str, str]]:
    return [(r.reason, article.text[r.start:r.end]) for r in article.removed]


def run(text: str, **meta):
    return clean(from_text(text, **meta))


def example(name: str) -> str:
    return resources.files("wiretrace").joinpath("examples", name).read_text(encoding="utf-8")


# --------------------------------------------------------------- the data file


def _entries():
    data = cleaner.rules()
    # how each family is applied by the cleaner: searched at the line end, whole line,
    # or at the line start
    for family, how in (("credit", "end"), ("caption", "full"), ("dateline", "start"),
                        ("contributors", "full"), ("boilerplate", "full"),
                        ("provenance", "full"), ("closing", "search"),
                        ("editor_note", "start")):
        for number, entry in enumerate(data[family]):
            yield pytest.param(family, how, entry, id=f"{family}-{entry.get('name', number)}")
    yield pytest.param("byline", "full", data["byline"], id="byline")


@pytest.mark.parametrize("family,how,entry", list(_entries()))
def test_every_pattern_matches_its_examples_and_not_its_counterexamples(family, how, entry):
    flags = re.IGNORECASE if family == "boilerplate" else 0
    rx = re.compile(cleaner.expand(entry["pattern"]), flags)
    at_end = re.compile(cleaner.expand(rf"(?:{entry['pattern']})\s*$"), flags)
    apply = {"end": at_end.search, "full": rx.fullmatch, "start": rx.match,
             "search": rx.search}[how]
    assert entry.get("comment") or family == "byline", "every pattern says what it is for"
    assert entry["examples"], "every pattern carries examples"
    for text in entry["examples"]:
        assert apply(text), f"{family} pattern misses its example {text!r}"
    for text in entry.get("non_examples", []):
        assert not apply(text), f"{family} pattern matches its counterexample {text!r}"


# --------------------------------------------------------------- the founding article


def test_founding_article_marks_captions_credits_and_contributors_only(founding_text):
    article = run(founding_text)
    caption = ("A member of the troops loyal to Libya's internationally recognized government "
               "rides a military vehicle as he prepares before heading to Sirte, on the "
               "outskirts of Misrata, Libya, July 18, 2020")
    credit = "(photo credit: AYMAN SAHELY/REUTERS)"
    contributors = "Zachary Keyser and Reuters contributed to this report."
    assert marked(article) == [
        ("caption", caption), ("credit", credit),
        ("caption", caption), ("credit", credit),
        ("contributors", contributors),
    ]
    # the first caption shares its line with the credit; the second stands alone
    first, second = article.removed[0], article.removed[2]
    assert founding_text[first.end:first.end + 2] == " ("
    assert founding_text[second.end] == "\n"
    assert article.contributors == ["Zachary Keyser", "Reuters"]
    assert article.byline == []
    assert article.published is None and "published_from" not in article.meta
    assert article.text == founding_text


def test_founding_article_every_other_line_is_body(founding_text):
    article = run(founding_text)
    for line in re.finditer(r"[^\n]+", founding_text):
        covered = any(r.start <= line.start() and line.end() <= r.end for r in article.removed)
        if "photo credit" in line.group() or "A member of the troops" in line.group():
            continue
        if "contributed to this report" in line.group():
            assert covered
        else:
            assert not any(r.start < line.end() and line.start() < r.end
                           for r in article.removed), line.group()


def test_no_entity_source_or_quote_inside_removed_text(founding_report):
    removed = founding_report.article.removed
    assert {r.reason for r in removed} == {"caption", "credit", "contributors"}

    def inside(start, end):
        return any(r.start < end and start < r.end for r in removed)

    for entity in founding_report.entities:
        for m in entity.mentions:
            assert not inside(m.start, m.end), (entity.name, m.text)
    for source in founding_report.sources:
        for m in source.mentions:
            assert not inside(m.start, m.end), (source.name, m.text)
    for quote in founding_report.quotes:
        assert not inside(quote.start, quote.end), quote.text
    assert_offsets(founding_report)


# --------------------------------------------------------------- layouts

REUTERS = """Libya's election commission delays vote
TRIPOLI, Nov 20, 2021 (Reuters) - Libya's election commission said on Saturday it would delay the list of candidates.
FILE PHOTO: A man walks past a mural in Tripoli, Libya, May 3, 2021. REUTERS/Ismail Zitouny/File Photo
The commission said it needed more time to review appeals from candidates.
(Reporting by Ahmed Elumami in Tripoli; Additional reporting by Aidan Lewis in Cairo; Editing by Toby Chopra)
Our Standards: The Thomson Reuters Trust Principles."""

AP = """Rescuers search rubble after blast
By JANE DOE and John Roe, Associated Press
BEIRUT, Lebanon (AP) — Rescuers searched the rubble on Tuesday for survivors of the blast.
A boy waves a flag in Beirut, Lebanon, Friday, Dec. 24, 2021. (AP Photo/Hussein Malla)
Officials said the death toll had risen to twelve people overnight.
Associated Press writer Sam Poe in Cairo contributed to this report.
Copyright 2021 The Associated Press. All rights reserved."""

GUARDIAN = """Fighting flares near Sirte
Published: November 20, 2021 10:32
Fighters rest near Sirte on Monday. Photograph: Ismail Zitouny/Reuters
Fighting flared near the coastal city of Sirte on Monday, witnesses said.
Sign up for our newsletter
By Monday evening, the fighting had spread to the outskirts."""

AFP_GETTY = """Talks stall in Geneva
WASHINGTON — The State Department said on Thursday that talks had stalled.
Diplomats leave the meeting in Geneva on Wednesday
Mahmud Turkia/AFP via Getty Images
The talks are due to resume next month, a diplomat said.
-- With assistance from Jane Roe and John Doe."""

LAYOUTS = {"reuters": REUTERS, "ap": AP, "guardian": GUARDIAN, "afp_getty": AFP_GETTY}


def test_reuters_layout():
    article = run(REUTERS)
    assert marked(article) == [
        ("dateline", "TRIPOLI, Nov 20, 2021 (Reuters) -"),
        ("caption", "FILE PHOTO: A man walks past a mural in Tripoli, Libya, May 3, 2021."),
        ("credit", "REUTERS/Ismail Zitouny/File Photo"),
        ("contributors", REUTERS.splitlines()[4]),
        ("boilerplate", "Our Standards: The Thomson Reuters Trust Principles."),
    ]
    assert article.contributors == ["Ahmed Elumami", "Aidan Lewis", "Toby Chopra"]
    assert article.published == "2021-11-20"  # from the wire dateline
    assert article.meta["published_from"] == "text"
    assert article.meta["dateline_place"] == "TRIPOLI"


def test_ap_layout():
    article = run(AP)
    assert marked(article) == [
        ("byline", "By JANE DOE and John Roe, Associated Press"),
        ("dateline", "BEIRUT, Lebanon (AP) —"),
        ("caption", "A boy waves a flag in Beirut, Lebanon, Friday, Dec. 24, 2021."),
        ("credit", "(AP Photo/Hussein Malla)"),
        ("contributors", "Associated Press writer Sam Poe in Cairo contributed to this report."),
        ("boilerplate", "Copyright 2021 The Associated Press. All rights reserved."),
    ]
    assert article.byline == ["Jane Doe", "John Roe"]
    assert article.contributors == ["Sam Poe"]
    assert article.published is None  # the dateline holds no date


def test_guardian_layout_with_a_date_line():
    article = run(GUARDIAN)
    assert marked(article) == [
        ("dateline", "Published: November 20, 2021 10:32"),
        ("caption", "Fighters rest near Sirte on Monday."),
        ("credit", "Photograph: Ismail Zitouny/Reuters"),
        ("boilerplate", "Sign up for our newsletter"),
    ]
    assert article.published == "2021-11-20"
    assert article.byline == []  # "By Monday evening, ..." is a sentence, not a byline


def test_credit_only_line_makes_the_line_before_it_a_caption():
    article = run(AFP_GETTY)
    assert marked(article) == [
        ("dateline", "WASHINGTON —"),
        ("caption", "Diplomats leave the meeting in Geneva on Wednesday"),
        ("credit", "Mahmud Turkia/AFP via Getty Images"),
        ("contributors", "-- With assistance from Jane Roe and John Doe."),
    ]
    assert article.contributors == ["Jane Roe", "John Doe"]


def test_agency_sign_off_is_marked_but_leaves_the_last_paragraph_body():
    text = "Headline\nThe army withdrew from the town on Monday, officials said.\nReuters"
    assert marked(run(text)) == [("credit", "Reuters")]


def test_a_quote_before_a_credit_line_stays_body():
    text = "Headline\nThe army withdrew.\n“We will return,” he said.\nGetty Images"
    assert marked(run(text)) == [("credit", "Getty Images")]


@pytest.mark.parametrize("line,names", [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By JANE DOE, Associated Press", ["Jane Doe"]),
    ("By Jane Doe | Reuters", ["Jane Doe"]),
    ("By Jane Doe, John Roe and Sam Poe", ["Jane Doe", "John Roe", "Sam Poe"]),
    ("By Saif al-Islam Gaddafi in Tripoli", ["Saif al-Islam Gaddafi"]),
])
def test_bylines(line, names):
    article = run(f"Headline\n{line}\nThe body of the article follows here.")
    assert marked(article) == [("byline", line)]
    assert article.byline == names


@pytest.mark.parametrize("line", [
    "By the end of the day, the troops had left the city.",
    "By December, the talks had collapsed.",
    "Reporting by the newspaper suggested the army had withdrawn.",
    "Rising prices contributed to the unrest.",
])
def test_sentences_that_look_like_bylines_or_credits_are_body(line):
    assert run(f"Headline\n{line}").removed == []


@pytest.mark.parametrize("line", [
    "Advertisement", "Sign up for our newsletter", "Read more:",
    "Read more: Libya's election in doubt", "Follow us on Twitter", "All rights reserved.",
    "Click here to subscribe", "Share this article", "Story continues below advertisement",
])
def test_boilerplate_lines(line):
    assert marked(run(f"Headline\nA body line.\n{line}\nAnother body line.")) == [
        ("boilerplate", line)]


@pytest.mark.parametrize("line,iso", [
    ("March 06, 2008", "2008-03-06"),
    ("Published: November 20, 2021 10:32", "2021-11-20"),
    ("Updated 10:32 AM EST, Sat November 20, 2021", "2021-11-20"),
    ("Saturday 20 November 2021 10.32 GMT", "2021-11-20"),
    ("2021-11-20", "2021-11-20"),
])
def test_date_lines(line, iso):
    assert date_line(line) == (True, iso)
    article = run(f"Headline\n{line}\nThe body.")
    assert marked(article) == [("dateline", line)]
    assert article.published == iso and article.meta["published_from"] == "text"


@pytest.mark.parametrize("line", [
    "The vote was held on November 20, 2021.",
    "November 20, 2021 was a Saturday",
    "Published in 2021",
])
def test_sentences_with_dates_are_not_date_lines(line):
    assert date_line(line)[0] is False


def test_a_date_line_is_marked_but_metadata_wins():
    article = run("Headline\nMarch 06, 2008\nThe body.", published="2008-03-07")
    assert marked(article) == [("dateline", "March 06, 2008")]
    assert article.published == "2008-03-07"
    assert "published_from" not in article.meta


def test_first_date_line_gives_the_publication_date():
    article = run("Headline\nPublished: March 6, 2008\nThe body.\nUpdated: March 9, 2008")
    assert [r.reason for r in article.removed] == ["dateline", "dateline"]
    assert article.published == "2008-03-06"


def test_duplicated_body_paragraph():
    para = "Officials said the death toll had risen to twelve people overnight."
    text = f"Headline\n{para}\nRescue teams kept working.\n{para}\nYes.\nYes."
    article = run(text)
    assert marked(article) == [("duplicate", para)]
    assert article.removed[0].start == text.rindex(para)  # the later copy, not the first


def test_caption_repeated_as_a_prefix_or_near_copy_is_caption():
    caption = "Workers unload containers from a cargo ship at the port of Bizerte on Friday"
    text = (f"Headline\n{caption} (Reuters photo)\nA body line.\n"
            f"{caption[:50]}\n{caption.replace('Friday', 'Friday.')}\nLast body line.")
    assert [reason for reason, _ in marked(run(text))] == [
        "caption", "credit", "caption", "caption"]


def test_caption_without_credit_ending_in_place_and_date():
    line = "Workers unload containers at the port of Bizerte, Tunisia, February 2, 2024"
    assert marked(run(f"Headline\n{line}\nThe body.")) == [("caption", line)]
    sentence = "The talks began in Rome, Italy, on March 3, 2024."
    assert run(f"Headline\n{sentence}").removed == []


def test_the_headline_is_body():
    assert run("Advertisement\nThe body of the article.").removed == []


# --------------------------------------------------------------- invariants


def all_texts():
    return [*LAYOUTS.values(), example("demo-wire.txt"),
            *(json.loads(line)["text"] for line in example("demo.jsonl").splitlines())]


@pytest.mark.parametrize("text", all_texts())
def test_cleaning_twice_changes_nothing(text):
    once = run(text)
    assert clean(once) == once


@pytest.mark.parametrize("text", all_texts())
def test_removed_spans_are_sorted_disjoint_lines_inside_the_text(text):
    article = run(text)
    assert article.text == text
    previous_end = 0
    for r in article.removed:
        assert previous_end <= r.start < r.end <= len(text)
        covered = text[r.start:r.end]
        assert "\n" not in covered and covered == covered.strip()
        previous_end = r.end


def test_spans_already_marked_are_kept():
    text = "Headline\nA caption from the page\nThe body.\nAdvertisement"
    given = from_text(text).model_copy(update={"removed": [
        Removed(start=text.index("A caption"), end=text.index("A caption") + 23,
                reason="caption")]})
    article = clean(given)
    assert marked(article) == [("caption", "A caption from the page"),
                               ("boilerplate", "Advertisement")]


def test_an_article_with_nothing_to_remove_stays_unchanged():
    article = from_text("Talks resume\n\nThe two sides met in Geneva on Monday.\n"
                        "They agreed to meet again next week, officials said.",
                        published="2024-03-14")
    assert clean(article) == article


# --------------------------------------------------------------- the bundled demo


def test_demo_wire_marks_captions_credits_and_contributors():
    text = example("demo-wire.txt")
    article = run(text, published="2024-03-14")
    caption = ("Workers unload containers from a cargo ship at the commercial port of "
               "Bizerte, Tunisia, February 2, 2024")
    credit = "(photo credit: LINA ROSSETTI/HARBOURLINE)"
    assert marked(article) == [
        ("caption", caption), ("credit", credit), ("caption", caption), ("credit", credit),
        ("contributors", "Marco Ferrante and Nadia Gharbi contributed to this report."),
    ]
    assert article.contributors == ["Marco Ferrante", "Nadia Gharbi"]
    assert 350 <= len(text.split()) <= 500


def test_demo_jsonl_second_article_has_its_date_read_from_the_text():
    lines = [json.loads(line) for line in example("demo.jsonl").splitlines()]
    assert [r["id"] for r in lines] == ["demo-wire", "demo-rail"]
    assert lines[0]["text"] == example("demo-wire.txt")
    assert lines[0]["published"] == "2024-03-14" and "published" not in lines[1]
    article = run(lines[1]["text"])
    reasons = [reason for reason, _ in marked(article)]
    assert reasons == ["dateline", "byline", "dateline", "boilerplate", "contributors"]
    assert article.published == "2024-03-06"
    assert article.meta["published_from"] == "text"
    assert article.byline == ["Ingrid Haugen", "Peter Hale"]


def test_demo_wire_pipeline_keeps_entities_out_of_captions(analyze_text):
    report = analyze_text(example("demo-wire.txt"), published="2024-03-14")
    removed = report.article.removed
    assert len(removed) == 5
    for entity in report.entities:
        for m in entity.mentions:
            assert not any(r.start < m.end and m.start < r.end for r in removed), m.text
    assert_offsets(report)


def test_wire_dateline_only_near_the_top():
    from wiretrace.clean import clean
    from wiretrace.read.text import from_text

    body = ("Health news\n\nThe outbreak spread further this week.\nDoctors said cases rose.\n"
            "Hospitals are full.\nSchools closed.\n"
            "World Health Organization (WHO): The agency reported 300 new cases.\n")
    a = clean(from_text(body))
    assert a.removed == [] and "dateline_place" not in a.meta


def test_date_line_above_the_headline_gives_published():
    from wiretrace.clean import clean
    from wiretrace.read.text import from_text

    a = clean(from_text("March 6, 2008\nRebels seize Sirte\nRebels seized the town on Monday."))
    assert a.published == "2008-03-06" and a.title == "Rebels seize Sirte"
    assert [(r.start, r.reason) for r in a.removed] == [(0, "dateline")]


def test_cleaner_spans_never_overlap_on_a_page_of_many_captions():
    """Spans are checked against the given ones only; the cleaner's own never overlap."""
    from wiretrace.clean import clean
    from wiretrace.read.text import from_text

    cap = ("A soldier rides a military vehicle near Sirte, Libya, July 18, {} "
           "(photo credit: AYMAN SAHELY/REUTERS)")
    lines = ["Head"] + [cap.format(2000 + i % 7) for i in range(60)]
    lines += [f"The army attacked town number {i} on Monday and left." for i in range(60)]
    a = clean(from_text("\n".join(lines)))
    spans = sorted((r.start, r.end) for r in a.removed)
    assert len(spans) == 120  # a caption and a credit on each caption line
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
