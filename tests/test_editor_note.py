"""Round 44 (issues 18 and 21, h-ednote44): a paragraph that opens with an editor's-note
label ("Editor's note: ...") is the outlet's note on the story, not its reporting: the
cleaner marks it boilerplate (kept in the text, offsets unchanged) and no quote, cue or
event is read from it; a hard-wrapped note is marked over its lines; a mention of a note
inside a sentence stays body (docs/quality.md, "Round 44: an outlet's editor's note").
Invented sentences."""

from __future__ import annotations

from wiretrace.clean import clean
from wiretrace.read.text import from_text
from wiretrace.render import happened

BODY = ("Harbor City Council voted on Tuesday to close the old bridge.\n\n"
        "Councilwoman Dana Ortiz said the repairs would cost too much.\n\n")
NOTE = ("Editor’s note: Mayor Victor Ruiz said last year that the Harbor Ledger lies, "
        "and he threatened its reporters with arrest.")
WRAPPED = ("Editor’s note: Mayor Victor Ruiz said last\n"
           "year that the Harbor Ledger lies, and he\n"
           "threatened its reporters with arrest.\n"
           "Readers can write to the desk.")


def _marked(text: str) -> list[tuple[str, str]]:
    article = clean(from_text(text, id="a"))
    assert article.text == text
    return [(r.reason, text[r.start:r.end]) for r in article.removed]


def test_a_note_paragraph_is_boilerplate():
    assert _marked(BODY + NOTE) == [("boilerplate", NOTE)]
    # any apostrophe, any case, and a note with more paragraphs after it
    for label in ("EDITOR'S NOTE:", "Editors' note:", "Editor's Note:"):
        note = NOTE.replace("Editor’s note:", label)
        assert _marked(BODY + note + "\n\nThe vote was 7 to 2.") == [("boilerplate", note)]


def test_a_hard_wrapped_note_is_marked_over_its_lines():
    marked = _marked(BODY + WRAPPED)
    assert [t for _, t in marked] == WRAPPED.split("\n")[:3]
    assert {r for r, _ in marked} == {"boilerplate"}


def test_a_note_mentioned_inside_a_sentence_stays_body():
    text = BODY + "The Ledger later added an editor’s note: the figure was wrong."
    assert _marked(text) == []


def test_no_quote_or_event_from_the_note(analyze_text):
    report = analyze_text(BODY + NOTE, published="2026-03-02")
    start = len(BODY)
    assert not [q for q in report.quotes if q.cue is not None and q.cue.start >= start]
    assert not [e for e in report.events if e.trigger.start >= start]
    assert [q for q in report.quotes if q.cue is not None and q.cue.start < start]
    # the same sentences as the story's own paragraph are read
    report = analyze_text(BODY + NOTE.replace("Editor’s note: ", ""), published="2026-03-02")
    assert [q for q in report.quotes if q.cue is not None and q.cue.start >= start]
    assert [e for e in report.events if e.trigger.start >= start and happened(e)]
