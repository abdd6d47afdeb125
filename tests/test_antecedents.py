"""The one antecedent module (nlp/actors/antecedents.py), on hand-built parses so the
rules are tested apart from the parser's choices."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from wiretrace.nlp.actors.antecedents import clause_subject, person_before, relative_head

VOCAB = spacy.blank("en").vocab  # with the lexical attributes (lower_) of English


def _doc(words, heads, deps, tags=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps,
               tags=tags or ["XX"] * len(words), spaces=[True] * len(words))


def test_a_relative_pronoun_stands_for_the_noun_its_clause_modifies_whatever_its_tag():
    # "a presentation that aides carry": the parser often tags a relative "that" IN
    doc = _doc(["a", "presentation", "that", "aides", "carry"], [1, 1, 4, 4, 1],
               ["det", "ROOT", "dobj", "nsubj", "relcl"], ["DT", "NN", "IN", "NNS", "VBP"])
    assert relative_head(doc[2]).text == "presentation"
    assert relative_head(doc[3]).text == "aides"  # not a relative pronoun


def test_a_free_relative_modifies_no_noun():
    # "whoever ends up winning": no relcl above it
    doc = _doc(["whoever", "ends", "up"], [1, 1, 1], ["nsubj", "ROOT", "prt"],
               ["WP", "VBZ", "RP"])
    assert relative_head(doc[0]).text == "whoever"


def test_a_pronoun_continues_the_subject_of_the_clause_above_it():
    # "Syria says it will withdraw"
    doc = _doc(["Syria", "says", "it", "will", "withdraw"], [1, 1, 4, 4, 1],
               ["nsubj", "ROOT", "nsubj", "aux", "ccomp"])
    assert clause_subject(doc[2]).text == "Syria"
    assert clause_subject(doc[0]) is None  # not a pronoun


def test_a_relative_clause_subject_stops_the_climb():
    # "officers who supported him when he seized power": "who" is no antecedent
    words = ["officers", "who", "supported", "him", "when", "he", "seized", "power"]
    doc = _doc(words, [0, 2, 0, 2, 6, 6, 2, 6],
               ["ROOT", "nsubj", "relcl", "dobj", "advmod", "nsubj", "advcl", "dobj"])
    assert clause_subject(doc[5]) is None


def test_the_nearest_person_before_the_pronoun_in_its_sentence():
    class M:
        def __init__(self, label, start, end):
            self.label, self.start, self.end = label, start, end

    doc = _doc(["Haftar", "met", "Sarraj", "and", "his", "father"], [1, 1, 1, 1, 5, 1],
               ["nsubj", "ROOT", "dobj", "cc", "poss", "conj"])
    found = [M("PERSON", 0, 1), M("PERSON", 2, 3), M("GPE", 3, 4)]
    assert person_before(doc[4], found) is found[1]
    assert person_before(doc[0], found) is None


def test_animacy_he_for_people_only_it_never_for_a_person():
    from wiretrace.nlp.actors.antecedents import agrees

    assert agrees("He", "PERSON") and agrees("herself", "PERSON")
    for etype in ("GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", None):
        assert not agrees("he", etype) and not agrees("his", etype)
        assert agrees("it", etype)
    assert not agrees("its", "PERSON") and not agrees("It", "PERSON")
    assert agrees("they", "PERSON") and agrees("they", "ORG")


def test_a_bracketed_name_after_a_pronoun_is_whom_it_stands_for():
    from wiretrace.nlp.actors.antecedents import gloss

    words = ["he", "(", "Vasko", ")", "may", "leave"]
    doc = _doc(words, [4, 0, 0, 0, 5, 5], ["nsubj", "punct", "appos", "punct", "aux", "ROOT"])
    for t, pos in zip(doc, ["PRON", "PUNCT", "PROPN", "PUNCT", "AUX", "VERB"]):
        t.pos_ = pos
    assert gloss(doc[0]).text == "Vasko"
    plain = _doc(["he", "may", "leave"], [2, 2, 2], ["nsubj", "aux", "ROOT"])
    assert gloss(plain[0]) is None


def _blank(text):
    return spacy.blank("en")(text)


def test_quotes_are_told_by_their_marks_not_counted():
    # one opening mark the writer forgot to close does not turn every later quote
    # inside out (an article with no paragraph breaks)
    from wiretrace.nlp.actors.antecedents import quoted

    text = ('In the past, the bloc "was led by a firm majority, Lund said. "Both are gone." '
            '"Rome did not vote for Ana Ruiz," he said. "Berlin is tired," he added.')
    doc = _blank(text)
    at = {t.text: t for t in doc}
    assert quoted(at["Ruiz"]) and quoted(at["Berlin"]) and quoted(at["Both"])
    hes = [t for t in doc if t.text == "he"]
    assert not quoted(at["added"]) and not any(quoted(t) for t in hes)
    # (up to the next opening mark, "Lund said" still reads as quoted: no mark says where
    # the unclosed quote ended)
    curly = _blank("He said \u201cwe will go\u201d and left.")
    assert quoted(curly[3]) and not quoted(curly[-2])
    broken = _blank('"It is over\nShe left. "Next')  # a paragraph break ends a quote
    she = next(t for t in broken if t.text == "She")
    assert quoted(broken[1]) and not quoted(she) and quoted(broken[-1])


def test_he_after_a_quote_continues_its_speaker_not_a_person_named_inside(analyze_text):
    # the opening mark before "was led" is never closed: counting marks made the quote
    # about Ursula Becker narration, and "he added" hers
    report = analyze_text(
        'Paolo Verdi, a historian, spoke to reporters on Monday. For decades, the council '
        '"was led by a broad alliance of three factions, Verdi said. "All of them are weak '
        'now. The old pacts are broken." "The factions keep a lead, but a narrow one," he '
        'said. "Milan did not back the council chair, Ursula Becker, and it stalls her '
        'plans." "Turin and Genoa are struggling at home," he added.')
    people = {e.name: [m.text for m in e.mentions] for e in report.entities
              if e.type == "PERSON"}
    assert people["Ursula Becker"] == ["Ursula Becker"]
    assert people["Paolo Verdi"].count("he") == 2


def test_a_coordinated_verb_without_a_subject_shares_the_first_conjuncts():
    # "Lee argued that ... but suggested Kim went": Lee is the subject above Kim; with a
    # subject of its own ("... but Ann suggested Kim went") the climb stops at the conj
    from wiretrace.nlp.actors.antecedents import governing_subjects

    words = ["Lee", "argued", "it", "but", "suggested", "Kim", "went"]
    pos = ["PROPN", "VERB", "PRON", "CCONJ", "VERB", "PROPN", "VERB"]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 1, 1, 1, 6, 4], pos=pos,
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "nsubj", "ccomp"])
    assert [t.text for t in governing_subjects(doc[5])] == ["Lee"]
    words = ["Lee", "argued", "it", "but", "Ann", "suggested", "Kim", "went"]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 1, 1, 5, 1, 7, 5],
              pos=["PROPN", "VERB", "PRON", "CCONJ", "PROPN", "VERB", "PROPN", "VERB"],
              deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "nsubj", "ccomp"])
    assert [t.text for t in governing_subjects(doc[6])] == ["Ann"]
