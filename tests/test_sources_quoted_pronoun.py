"""Round 33 (h-pronq33): the source book's he/she inside quotation marks.

``SourceBook._pronoun`` meets a pronoun only as the speaker, relay or addressee of a cue
whose record survives (a cue inside a direct quote is left to the quote's speaker), so a
quoted "He" reaches the quoted-he rule (f5f2fcf) where the parser hangs a participle cue
outside the quote ("adding ...") on the quote's verb (a cue speaker the parse got wrong:
``clauses.subject_of`` now gives the participle the reporting verb's subject, so the
"He" is no speaker) or where the quote is partial (there the rule now stands back: the
clause subject outside the marks is no speaker of direct speech).  Invented texts only."""

from __future__ import annotations

import pytest

from wiretrace.nlp.actors import antecedents

MET = "Farm bill\n\nSenator Tom Hale met Governor Dan Pryor in Reno on Monday. "


def _holder(report, text: str, words: str) -> str | None:
    """The name of the PERSON entity with a mention covering the first character of
    ``words``; None where no PERSON entity holds it."""
    at = text.index(words)
    return next((e.name for e in report.entities if e.type == "PERSON" for m in e.mentions
                 if m.start <= at < m.end), None)


def _speaker(report, text: str, words: str) -> str | None:
    """The source name of the quote or record that holds the first character of ``words``
    (the narrowest)."""
    at = text.index(words)
    names = {s.id: s.name for s in report.sources}
    held = [q for q in report.quotes if q.start <= at < q.end]
    return names.get(min(held, key=lambda q: q.end - q.start).speaker) if held else None


@pytest.mark.parametrize("quote, words", [
    # the NYT archive's two apostrophes: the parser hangs "adding" on "cares"
    ("Mr. Pryor said, adding of Mr. Hale, ''He cares about the voters.''", "He cares"),
    # double marks, a participle after the quote hung on the quote's verb
    ('Mr. Pryor said of Mr. Hale, "He cares about the voters," adding that it was late.',
     "it was late"),
])
def test_a_participle_outside_a_quote_hung_on_its_verb_is_the_reporters(
        analyze_text, quote, words):
    # clauses.subject_of: the participle goes with the reporting verb, so the quoted "He"
    # is no cue's speaker; before h-pronq33 the quoted-he rule made it Tom Hale and with
    # him the record's speaker (without the rule both were Dan Pryor, the "He" wrongly)
    text = MET + quote
    r = analyze_text(text, published="2016-03-20")
    assert _speaker(r, text, words) == "Pryor"
    assert _holder(r, text, "He cares") != "Dan Pryor"


def test_a_he_in_direct_speech_is_never_its_speaker(analyze_text):
    # guard: only the speaker is named before it; the pronoun stays unresolved (before
    # the quoted-he rule and the participle fix: the speaker, Dan Pryor)
    text = ("Farm bill\n\nGovernor Dan Pryor spoke in Reno on Monday. Mr. Pryor said, "
            "adding of the bill, ''He cares about the voters.''")
    r = analyze_text(text, published="2016-03-20")
    assert _holder(r, text, "He cares") is None


def test_a_partial_quote_in_indirect_speech_keeps_the_speakers_he(analyze_text):
    # 'said that "he ..."': indirect speech, the reporter's pronoun; the speaker may be
    # "he" (the quoted-he rule gave Tom Hale before h-pronq33)
    text = MET + 'Mr. Pryor said that "he believes the farm bill is dead."'
    r = analyze_text(text, published="2016-03-20")
    assert _holder(r, text, "he believes") == "Dan Pryor"


@pytest.mark.parametrize("quote", [
    'Mr. Pryor said that Mr. Hale "believes he can win, and he says he will fight."',
    'Mr. Pryor said Mr. Hale was tired and "he says he wants to go home."',
])
def test_a_partial_quote_after_a_subject_that_is_no_speaker_keeps_its_subject(
        analyze_text, quote):
    # the subject outside the marks is the quoted predicate's (or a conjunct's), not the
    # quote's speaker (the quoted-he rule gave Dan Pryor before h-pronq33)
    text = MET + quote
    r = analyze_text(text, published="2016-03-20")
    assert _holder(r, text, "he says") == "Tom Hale"


@pytest.mark.parametrize("marks", ['"', "''"])
def test_two_apostrophes_give_a_narrated_he_the_reading_double_marks_give(
        analyze_text, marks):
    # the narration's "he said" continues the speaker it named, not a name inside the
    # quote, with either mark (at 75266041 the '' quote's name took it)
    text = (f"Farm bill\n\nGovernor Dan Pryor spoke in Reno on Monday. {marks}Senator Tom "
            f"Hale will lose the vote on the farm bill,{marks} he said.")
    r = analyze_text(text, published="2016-03-20")
    assert _holder(r, text, "he said") == "Dan Pryor"


def test_single_apostrophes_open_no_quote(nlp):
    # possessives, a plural possessive and "rock 'n' roll" are no quotation marks; the
    # quote after them is read as without them
    text = ("Fair\n\nMr. Pryor's band played rock 'n' roll at the farmers' fair. \"The "
            "bill is dead,\" he said. Mr. Hale's aides left.")
    doc = nlp(text)
    inside = {t.text for t in doc if antecedents.quoted(t, doubled=True)}
    assert inside == {"The", "bill", "is", "dead", ",", '"'}  # the closing mark counts in
    assert all(antecedents.quoted(t, doubled=True) == antecedents.quoted(t) for t in doc)
