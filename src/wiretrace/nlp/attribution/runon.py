"""Where an attribution's content runs on past the phrase its verb governs first:
the verb's own "for" / "over" phrase after an object, and a second "that" clause
coordinated with the first (docs/attribution.md, "Content")."""

from spacy.tokens import Token

# prepositions whose phrase after a verb's object PolNeAR keeps in the object content
REASON_PREPS = ("for", "over", "as", "about")


def object_with_reason(verb: Token, content: list[int]) -> list[int]:
    """An object content runs on to a "for" or "over" phrase of the same verb after it:
    "mocked Rubio *for not having won a state*", "blasted her rival on Monday *over his
    stance*", "endorsed Jeb Bush *for president*" (the reason or the role belongs to the
    act judged or backed, CGEL ch. 4 complements of "blame" type verbs; PolNeAR marks the
    object and the phrase as one content, 33 of 39 such records on train's first half)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and content
                and content[0] == c.left_edge.i and content[-1] <= c.right_edge.i), None)
    if obj is None:
        return content
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > obj.right_edge.i
                 and c.lower_ in REASON_PREPS and any(
                     g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
    if prep is None:
        return content
    end = prep.right_edge.i
    while end > prep.i and verb.doc[end].is_punct:
        end -= 1
    return content + [i for i in range(content[-1] + 1, end + 1) if not verb.doc[i].is_space]


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
    end = conj.right_edge.i
    while end > conj.i and verb.doc[end].is_punct:
        end -= 1
    return content + [i for i in range(content[-1] + 1, end + 1) if not verb.doc[i].is_space]
