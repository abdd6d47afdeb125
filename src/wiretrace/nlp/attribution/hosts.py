"""The clause a cue is set inside or after, when the cue has no complement of its own:
"The risk, he said, is a clash", "As one source said, the deal is off", "the crews met on
Monday, as the Gazette reported", "..., said the company's chief executive" (split from
:mod:`.clauses`, round 20)."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import CLOSING_MARKS, FINITE, clause_tokens
from .words import cue_class, lexicon


def host_clause(verb: Token) -> list[int]:
    """A cue set inside or after the clause it reports, with a subject of its own and no
    complement: "The risk, he said, is a clash", "It was, they say, a failure", "As one
    source said, the deal is off".  The parser hangs the cue on that clause (parataxis, or
    an "as" clause): the content is the clause less the cue's own words and the commas
    around them."""
    head = verb.head
    if head.i == verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    compared = _comparative(verb)
    if compared:
        return compared
    if not head.tag_.startswith(("VB", "MD", "JJ")):
        return []
    # set inside it ("he said" as parataxis); an "as" clause before it ("As one source
    # said, the deal is off") or after it ("the crews met on Monday, as the Gazette
    # reported": CGEL ch. 15, an "as" clause whose verb lacks its complement stands for the
    # main clause); or a reporting verb after a comma at the sentence's end
    as_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                             for c in verb.children)
    if not (verb.dep_ == "parataxis" or (as_clause and (verb.i < head.i or _trailing_as(verb)))
            or _trailing_conj(verb) or _set_off_before(verb)):
        return []
    own = {t.i for t in verb.subtree}
    # another reporting phrase on the host keeps its words ("..., as many expected,
    # according to an email": the email's record)
    own |= {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "according"
            for t in c.subtree}
    if verb.i > head.i and verb.dep_ == "advcl":
        # "X met Y, as the Gazette reported, and he will ...": a clause joined after the
        # cue is no part of what it reports
        own |= {t.i for c in head.children if c.i > verb.i and c.dep_ in ("conj", "cc")
                for t in c.subtree}
    lo, hi = min(own), max(own)
    doc = verb.doc
    for j in (lo - 1, hi + 1):  # the commas that set the cue off
        if 0 <= j < len(doc) and doc[j].is_punct and doc[j].text in ",\u2014\u2013-":
            own.add(j)
    return clause_tokens(head, exclude=own)


def _comparative(verb: Token) -> list[int]:
    """A cue that heads a "than" clause with a subject of its own and no complement:
    "deficits will be $1.5 trillion more than the budget office had predicted", "turnout
    was higher than most analysts had forecast", "came sooner than anyone had expected".
    The comparative clause lacks the compared term (CGEL ch. 13): what the subject
    predicted or expected is the comparative phrase it belongs to, the content (that
    phrase less the "than" clause).  Round 32, PolNeAR's train split, first half: such a
    clause outside our records is a gold cue 5 times (5 articles), no cue once."""
    than = next((c for c in verb.children if c.dep_ in ("mark", "advmod")
                 and c.lower_ == "than" and c.i < verb.i), None)
    host = verb.head
    if than is None and verb.dep_ == "pcomp" and host.lower_ == "than":
        than, host = host, host.head
    if than is None or host.i == verb.i or verb.i < host.i or any(
            c.dep_ in COMPLEMENTS for c in verb.children):
        return []
    own = {t.i for t in verb.subtree} | {than.i}
    return clause_tokens(host, exclude=own)


# what a verb's complement may be labelled: an "as" clause whose verb has one is no
# report of its host ("as countries see escalating risks", "as he continued to speak")
COMPLEMENTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "agent")
# the classes of a host that reports its own content ('"Quiet," he demanded, as ...')
HOST_REPORTS = ("speech", "claim", "deny", "relay", "refuse")


def _trailing_as(verb: Token) -> bool:
    """An "as" clause after its host that reports it ("..., as the Gazette reported",
    "as harbour pilots point out"): the verb lacks its complement (the gap of CGEL's
    comparative "as" clause, ch. 13), it is a verb of saying, not one whose content
    comes after a preposition ("the crowd cheered as she spoke": a time), and the host
    is no report of its own (one content, one cue: '"Quiet," he demanded, as ...')."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    last = max(t.i for t in verb.subtree)
    if last + 1 < len(verb.doc) and verb.doc[last + 1].text == ":":
        return False  # "..., as the institute's website notes: "...": it opens the quote
    if cue_class(verb.head) in HOST_REPORTS or any(c.dep_ in COMPLEMENTS or (
            c.dep_ == "prep" and c.lower_ in lex.prep_content.get(lemma, ()))
            for c in verb.children):
        return False
    return not (lemma in lex.prep_content and lemma not in lex.saying and not any(
        c.dep_ == "prt" for c in verb.children))  # "as the pilots point out"


def _trailing_conj(verb: Token) -> bool:
    """"The plant is hanging on, but it is under pressure from imports, said its chief
    executive", "..., a study by a Moscow sociologist concluded this year": a reporting
    verb with its subject after a comma, ending the sentence, and with no complement
    but the one it speaks to ("..., his top aide told the Gazette"), that the parser
    made a conjunct or a complement of the clause it reports (no "and" or "but" before
    it: a comma alone does not coordinate two clauses here)."""
    doc = verb.doc
    if verb.head.i >= verb.i:
        return False
    addressed = verb.lemma_.lower() in lexicon().addressee_object
    if any(c.dep_ in COMPLEMENTS and not (addressed and c.dep_ in ("dobj", "dative"))
           for c in verb.children):
        return False
    j = verb.i - 1
    while j > verb.head.i and doc[j].text in CLOSING_MARKS:
        j -= 1
    if doc[j].text != ",":
        return False
    last = max(t.i for t in verb.subtree)
    end = verb.sent.end
    return all(doc[k].is_punct or doc[k].is_space or doc[k].text in CLOSING_MARKS
               for k in range(last + 1, end))


def _set_off_before(verb: Token) -> bool:
    """"Instead, Okafor told the Gazette, the levy would pass", "But with each vote, her
    backers concede, it gets harder": a reporting clause set off by a comma before the
    clause it reports, at the sentence's start or after a comma (Quirk et al. 15.53, the
    reporting clause in initial or medial position), which the parser made a complement
    or an adverbial clause of that clause: no complement but its addressee, no
    subordinator ("When Okafor announced her run, ..." is a time)."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl") or head.i < verb.i or cue_class(
            head) in HOST_REPORTS or not _finite(head):
        return False  # the host reports its own content, or is no clause with a subject
    addressed = verb.lemma_.lower() in lexicon().addressee_object
    if any((c.dep_ in COMPLEMENTS and not (addressed and c.dep_ in ("dobj", "dative")))
           or c.dep_ in ("mark", "neg") or c.tag_ in ("WRB", "WDT", "WP") for c in verb.children):
        return False
    first = min(t.i for t in verb.subtree)
    last = max(t.i for t in verb.subtree)
    return last + 1 < head.i and doc[last + 1].text == "," and (
        first == verb.sent.start or doc[first - 1].text == ",")


def _finite(verb: Token) -> bool:
    """A finite clause with its subject ("the levy would pass", "it gets harder")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
        verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE
                                   for c in verb.children))


# relative pronouns that may stand for what is said ("the levy which the mayor denies",
# "what the council proposed")
RELATIVE_OBJECTS = ("which", "that", "what", "whom")
# a stance may be taken towards a person too ("a candidate who many members oppose")
STANCE_OBJECTS = (*RELATIVE_OBJECTS, "who")


def relative_object(verb: Token) -> list[int]:
    """"the fees, which the port board denies", "a rate which Ms. Okafor proposed", "what
    the mayor is promising": the object of a verb of saying that is a relative pronoun
    stands for what is said; the pronoun is the content, with the clause after the verb
    when there is one ("which she said represented all her emails").  PolNeAR's
    guidelines keep the pronoun and leave its antecedent out (no coreference in a
    span)."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lex.verbs.get(lemma) == "speech" and lemma != "say" and lemma not in (
            lex.message_object | lex.object_content):
        return []  # "the book that he wrote": a work, not a message
    stance = lex.verbs.get(lemma) == "stance"
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i
                    and c.lower_ in (STANCE_OBJECTS if stance else RELATIVE_OBJECTS)
                    and c.tag_ in ("WDT", "WP")), None)
    if pronoun is None or (verb.dep_ != "relcl" and pronoun.lower_ != "what"):
        return []
    if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return []  # "what it says about the town": to show (Merriam-Webster "say" 2b)
    # the clause after the verb, or what it is said about ("what he said about the levy")
    after = [t for c in verb.children if c.i > verb.i and (c.dep_ in ("ccomp", "xcomp") or (
        c.dep_ == "prep" and c.lower_ in ("about", "of"))) for t in clause_tokens(c)]
    return [pronoun.i, *after]
