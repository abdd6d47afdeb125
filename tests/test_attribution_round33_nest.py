"""Round 33: a clause the parser hangs before a cue verb as its complement is no content
when the verb has a complement clause after it.  Invented sentences."""

from wiretrace.nlp.attribution.cues import find_cues
from wiretrace.nlp.context import masked_text
from wiretrace.read.text import from_text


def _said(nlp, text):
    doc = nlp(masked_text(from_text(text)))
    said = next(c for c in find_cues(doc) if doc[c.anchor].lower_ == "said")
    return doc, said


def test_the_subjects_relative_clause_is_no_content_when_a_clause_follows(nlp):
    doc, said = _said(nlp, "Mendes, meanwhile, who sits on no harbour board, said that fact "
                           "speaks volumes about which of the two port councils is ready "
                           "to act.")
    assert min(said.content) > said.anchor
    assert doc[min(said.content)].lower_ == "that"
    assert "sits" not in {doc[i].text for i in said.content}


def test_a_fronted_adjunct_is_no_content_when_a_clause_follows(nlp):
    doc, said = _said(nlp, "In a statement issued soon after the mayor dropped her bid, "
                           "Okafor said he is confident the port will keep its ferry.")
    words = [doc[i].text for i in said.content]
    assert words[:3] == ["he", "is", "confident"]
    assert "dropped" not in words


def test_a_preposed_clause_with_no_complement_after_the_verb_is_still_the_content(nlp):
    doc, said = _said(nlp, "The pier will close in May, the harbour master said.")
    assert "close" in {doc[i].text for i in said.content}
