"""A verb's PETRARCH2 patterns and object senses are read on what its object stands for
in a relative clause (issue 18, round 44, h-evcode44; coding._pattern_objects): a
relative pronoun object or passive subject is its antecedent ("the allegations which he
denied", CGEL 12.3), as is a missing object ("the missiles Syria has used") and the
object a verb coordinated in the clause shares ("the rockets that Syria fired and used",
Quirk et al. 1985, 13.53).  The patterns had been read on 'which' or on nothing, which no
pattern names.  A clause whose verb strands a preposition or whose relative word is the
subject has no object gap.  Sentences written for the test."""
import pytest

from wiretrace.nlp.events import coding

from .conftest import shown


def test_shared_object_of_a_coordinated_relative_verb():
    # UTILIZE "- * &WEAPON" [175], read on 'rockets'
    found = shown("Russia sold the rockets that Syria fired and used against rebels in Idlib.",
                  "source")
    assert ("used", "ASSAULT", "Syria") in found, found


def test_relative_pronoun_object_of_a_coordinated_verb():
    # deny + allegations (plover_verbs.yaml objects, PETRARCH2's "DENY * ALLEGATION")
    found = shown("The minister answered the allegations which the opposition has repeated "
                  "and which Mr. Okafor has denied.", "source")
    assert ("denied", "REJECT", "Okafor") in found, found


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_object_gap_of_a_bare_relative(nlp):
    used = _token(nlp, "Russia shipped the missiles Syria has used against rebels in Idlib.",
                  "used")
    assert coding._pattern_objects(used)[0].text == "missiles"
    assert coding.coding_route(used)[0].type == "ASSAULT"


@pytest.mark.parametrize(("text", "word"), [
    ("Russia visited the city Syria lived in.", "lived"),  # a stranded preposition
    ("The council thanked the man who left.", "left"),  # the relative word is the subject
    ("Russia shipped the missiles that Syria said it needed.", "said"),  # a complement
])
def test_no_object_gap(nlp, text, word):
    assert coding._gap_antecedent(_token(nlp, text, word)) is None

