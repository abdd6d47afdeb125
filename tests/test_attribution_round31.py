"""Round 31: attribution rules that read the parse of a contraction right ("That's
according to", "she's expected to argue", "he's predicted", "said so").  Invented
sentences, written with straight apostrophes."""

from wiretrace.nlp.attribution.cues import find_cues
from wiretrace.nlp.context import masked_text
from wiretrace.read.text import from_text


def _cues(nlp, text):
    doc = nlp(masked_text(from_text(text)))
    return doc, find_cues(doc)


def test_a_copula_before_according_to_joins_the_cue_and_its_subject_is_the_content(nlp):
    doc, cues = _cues(nlp, "The levy raised $4 million. That's according to filings the "
                           "council released on Friday.")
    cue = next(c for c in cues if doc[c.anchor].lower_ == "according")
    assert [doc[i].text for i in cue.tokens] == ["'s", "according", "to"]
    assert [doc[i].text for i in cue.content] == ["That"]
    assert doc[cue.speaker].text == "filings"


def test_the_clitic_s_with_an_object_after_its_participle_is_the_perfect(nlp):
    doc, cues = _cues(nlp, "And she's predicted big gains for the port in the months ahead.")
    cue = next(c for c in cues if doc[c.anchor].lower_ == "predicted")
    assert doc[cue.speaker].lower_ == "she"


def test_a_passive_raising_verb_gives_its_subject_to_the_infinitive(nlp):
    doc, cues = _cues(nlp, "The mayor lacks the money of her rival, but she's expected to "
                           "argue that the port needs a new pier.")
    spoken = {doc[c.anchor].lower_: c for c in cues}
    assert doc[spoken["argue"].speaker].lower_ == "she"
    # the record PolNeAR marks is "'s expected to argue", its source the subject
    assert doc[spoken["expected"].speaker].lower_ == "she"


def test_a_pro_form_after_the_verb_is_its_content_not_a_clause_before_it(nlp):
    doc, cues = _cues(nlp, "Six in 10 say she's at least somewhat honest, after half said so "
                           "in the earlier poll.")
    said = next(c for c in cues if doc[c.anchor].lower_ == "said")
    assert [doc[i].text for i in said.content] == ["so"]
    say = next(c for c in cues if doc[c.anchor].lower_ == "say")
    assert doc[say.content[0]].lower_ == "she"
