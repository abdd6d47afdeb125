"""Where an attribution's content runs on past the phrase its verb governs first:
the verb's own phrase after an object ("for", "over", "as", "about", "in"), a second
"that" clause coordinated with the first, and the rest of a clause that a medial
reporting clause interrupts (docs/attribution.md, "Content"; round 31)."""

from spacy.tokens import Token

from .words import lexicon

# prepositions whose phrase after a verb's object PolNeAR keeps in the object content
REASON_PREPS = ("for", "over", "as", "about", "in")
# verbs of likening whose "to" phrase names the second term of the likeness:
# "compared Mendes *to a captain*" (Merriam-Webster "compare" 1, to liken; the phrase is
# the verb's complement, CGEL ch. 4); round 35: the gold contents of "compare" on
# train's first half hold it.  Not "liken" (its run-on lowered PolNeAR dev's content F1
# 0.8979 -> 0.8972 though first half gained: its contents stay the object)
LIKENING = frozenset({"compare"})


def object_with_reason(verb: Token, content: list[int]) -> list[int]:
    """An object content runs on to a "for", "over", "as", "about" or "in" phrase of the
    same verb after it: "mocked Rubio *for not having won a state*", "blasted her rival
    on Monday *over his stance*", "endorsed Jeb Bush *for president*", "dismissed the
    dispute *as absurd*" (the reason, role or predicate belongs to the act judged or
    backed, CGEL ch. 4 complements of "blame" and "regard" type verbs; PolNeAR marks the
    object and the phrase as one content: on train's first half for/over 33 of 39, as 11
    of 12, about 5 of 5, in about 30 of 34 once times and media are left out), less a
    phrase of the act itself ("in an interview", "in December").  Not "to" (16 of 18,
    but its phrase is often the one addressed, and two right cues went), except after
    "compare" (``LIKENING``: "compared the levy to a toll"), nor "on", "at",
    "with", "by" (about half)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and content
                and content[0] == c.left_edge.i and content[-1] <= c.right_edge.i), None)
    if obj is None:
        return content
    preps = REASON_PREPS + ("to",) if verb.lemma_.lower() in LIKENING else REASON_PREPS
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > obj.right_edge.i
                 and c.lower_ in preps and any(
                     g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
    if prep is None or _of_the_act(prep):
        return content
    return _through(content, content[-1] + 1, prep)


def second_that_clause(verb: Token, content: list[int]) -> list[int]:
    """A second content clause the parser hung on the reporting verb: a conjunct after
    the content that opens with "that" ("said the U.S. needs to secure the border, but
    that he would not support mass deportation"). "That" marks a content clause, not a
    second predicate (CGEL ch. 11 and 15: coordinated content clauses), so it is part of
    what is reported (PolNeAR: 6 of 7 on train's first half)."""
    if not content:
        return content
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.left_edge.i > content[-1]
                 and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
                         for m in c.children)), None)
    if conj is None or conj.left_edge.i - content[-1] > 4:
        return content
    return _through(content, content[-1] + 1, conj)


# what the parser hangs on a medial reporting verb that goes on with the reported clause
MEDIAL_REST = ("xcomp", "ccomp", "prep")


def medial_rest(verb: Token, content: list[int]) -> list[int]:
    """A reporting clause set inside the clause it reports, "A, X said, B" (Quirk et al.
    15.53, the reporting clause in medial position): the words after its closing comma
    go on with the report ("Nor does she have any plans, advisers say, to take cues
    from ...", "The two are tied, the poll indicates, with each receiving 44 percent"),
    though the parser hung them on the reporting verb as its complement or phrase.  Not
    a quotation that opens after the comma (the quote's own record), a coordinated
    clause or a participle ("..., he said, adding that ...": a second act)."""
    if not content or max(content) >= verb.i:
        return content
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (max(content) < subject.left_edge.i < verb.i):
        return content
    own = {t.i for t in verb.subtree}
    j = verb.i + 1
    while j < len(doc) and j - verb.i <= 4 and doc[j].text != "," and j in own and not any(
            doc[j].dep_ == d and doc[j].head.i == verb.i for d in MEDIAL_REST):
        j += 1
    if j >= len(doc) or doc[j].text != "," or j + 1 >= verb.sent.end:
        return content
    rest = doc[j + 1]
    child = next((c for c in verb.children if c.i > j and c.left_edge.i == j + 1), None)
    if child is None or child.dep_ not in MEDIAL_REST or rest.is_punct or (
            child.tag_ == "VBG" and child.dep_ != "prep"):
        return content
    if child.dep_ == "prep" and _of_the_act(child):
        return content
    return _through(content, j + 1, child)


def _through(content: list[int], first: int, head: Token) -> list[int]:
    """``content``, then the words from ``first`` through the end of ``head``'s phrase,
    less the punctuation that closes it and the spaces: the stretch a content runs on to."""
    doc = head.doc
    end = head.right_edge.i
    while end > head.i and doc[end].is_punct:
        end -= 1
    return content + [i for i in range(first, end + 1) if not doc[i].is_space]


def _of_the_act(prep: Token) -> bool:
    """A phrase that tells of the reporting act, not of what was said: its medium ("in
    an interview"), its time ("on Tuesday") or the anonymity it was granted ("on
    condition of anonymity")."""
    lex = lexicon()
    words = " ".join(t.lower_ for t in prep.subtree)
    return any(p in words for p in lex.anonymity_phrases) or any(
        g.dep_ == "pobj" and (g.lemma_.lower() in lex.medium_nouns
                              or g.ent_type_ in ("DATE", "TIME")) for g in prep.children)
