"""Round 34: subheadings glued to the next sentence where the text lost its line breaks
(VOA's normalized text: "... to justice. International reaction A U.S. State Department
spokesperson urged ..."; data/subheads.yaml, nlp/language.py ``glued_subheads``)."""

from __future__ import annotations

from .conftest import shown

# Invented, in the layout of VOA web stories with their line breaks normalized away.
ARTICLE = (
    "Gunmen stormed a prison near the capital on Friday, officials said. Dozens of "
    "inmates escaped. International reaction A State Department spokesperson urged the "
    "government of Haiti to restore order. Recent attacks The police arrested three men "
    "after the raid. Financial strain While the ministry asked donors for money, "
    "aid groups said they had little left."
)


def _sentence_starts(nlp, text: str) -> list[str]:
    return [s[0].text for s in nlp(text).sents]


def test_a_glued_subhead_is_a_sentence_of_its_own(nlp):
    starts = _sentence_starts(nlp, ARTICLE)
    for start in ("International", "A", "Recent", "The", "Financial", "While"):
        assert start in starts, starts


def test_no_entity_and_no_actor_crosses_the_subhead(nlp):
    doc = nlp(ARTICLE)
    for ent in doc.ents:
        assert "reaction" not in ent.text and "attacks" not in ent.text
    events = shown(ARTICLE, "source", "target")
    urged = [e for e in events if e[0] == "urged"]
    arrested = [e for e in events if e[0] == "arrested"]
    assert urged and all("reaction" not in e[2] for e in urged), events
    assert arrested and all("attacks" not in e[2] for e in arrested), events


def test_prose_with_a_capitalized_word_is_no_subhead(nlp):
    from wiretrace.nlp.language import glued_subheads

    for text in ("Officials told The Associated Press on Monday that talks ended.",
                 "The charity Doctors Without Borders says insecurity grew.",
                 "Vitamin A is essential, doctors said.",
                 "World War I veterans marched on Sunday.",
                 "He visited The Hague on Monday.",
                 "Follow Pam Key On Twitter.",
                 "Talks ended. Ministers met Monday in Paris."):
        assert glued_subheads(nlp(text)) == [], text


def test_line_breaks_and_offsets_are_kept(nlp):
    from wiretrace.nlp.language import glued_subheads

    doc = nlp(ARTICLE)
    found = [(doc[s:j].text, doc[j].text) for s, j in glued_subheads(doc)]
    assert found == [("International reaction", "A"), ("Recent attacks", "The"),
                     ("Financial strain", "While")]
    assert doc.text == ARTICLE


def test_no_event_is_coded_in_a_glued_subhead():
    text = ("Tokyo eased its visa rules last year. Chinese demand The changes in the "
            "immigration policy drew thousands of investors, officials said.")
    assert [e for e in shown(text, "source") if e[0] == "demand"] == []
