"""Who speaks and what is said, read from the parse around a reporting word: the subject of a
cue (through relative pronouns, passives and the verbs that relay it) and the clause it
reports, with the words of its host clause."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.antecedents import quoted, relative_head
from .words import RELATIVE_PRONOUNS, SUBJECTS, could_be_source, lexicon, names_people, to_marked


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def by_agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase ("was criticized by the senator"), or
    None."""
    return next((p for a in _children(verb, "agent") for p in _children(a, "pobj")), None)


def that_marked(clause: Token) -> bool:
    """A clause opened by the complementizer "that" ("said that ...", "the claim that
    ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and not (
        clitic_perfect(verb))


def clitic_perfect(verb: Token) -> bool:
    """A participle the parser read as passive through the clitic 's alone, with a direct
    object after it: "he's predicted big wins".  The clitic 's stands for "is" or "has"
    (Quirk et al. 1985, 3.23); a passive leaves its object to be the subject, so a
    participle that keeps one is the perfect ("he has predicted"), and the passive
    subject is its subject."""
    return any(c.dep_ == "dobj" for c in verb.children) and [
        c.lower_ for c in verb.children if c.dep_ == "auxpass"] in (["'s"], ["\u2019s"])


def _governing_relay(verb: Token) -> Token | None:
    """The relay verb a participle hangs on: "quoted a source ... saying" (via the noun),
    "quoted X as saying", "quoted X ..., claiming"."""
    lex = lexicon()
    node = verb
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return None
        if head.tag_.startswith("VB") and lex.verbs.get(head.lemma_.lower()) == "relay":
            return head
        if head.tag_.startswith("VB") and head.dep_ not in ("acl", "advcl", "pcomp"):
            return None  # another clause: its relay is not ours
        node = head
    return None


CLOSING_MARKS = ("\u201d", "''", '"', "\u2019")
FINITE = {"VBD", "VBZ", "VBP", "MD"}  # the tags of a finite verb or auxiliary
# the labels the parser gives a subject set after its verb ("..., added a farmer")
INVERTED_SUBJECT_DEPS = ("dobj", "attr", "npadvmod", "dative", "oprd", "appos", "dep")


def inverted_subject(verb: Token) -> Token | None:
    """Quotative inversion: '"The port is ready," added a harbour pilot', "'...,' said
    Ana Mendes": after a closing quotation mark a speech verb may come before its
    subject (English grammar: subject-verb inversion after direct speech), which the
    parser often labels an object.  The noun right after the verb is then the subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(
            c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if lexicon().verbs.get(verb.lemma_.lower()) not in ("speech", "claim", "deny"):
        return None
    j = verb.i - 1
    while j >= 0 and verb.doc[j].text == ",":
        j -= 1
    if j < 0 or verb.doc[j].text not in CLOSING_MARKS:
        return None
    nxt = verb.i + 1
    for c in verb.children:
        if c.i > verb.i and c.dep_ in INVERTED_SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") \
                and c.left_edge.i == nxt:
            return c
    # "''...,'' said Tom Reyes, half joking", "said Tom Reyes, who ... endorsed ...": the
    # parser may make the name the subject of a later verb; the name right after the
    # verb is still the inverted subject
    if nxt < len(verb.doc) and verb.doc[nxt].pos_ == "PROPN":
        name = verb.doc[nxt]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i and (
                name.head.pos_ == "PROPN"):
            name = name.head
        if name.dep_ in SUBJECTS and name.head.i > verb.i:
            return name
    return None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker of a cue verb: its subject, the agent of a passive, the one a relay
    verb quotes ("quoted a source ... saying"), the noun a participle modifies ("a
    statement saying"), or the subject of the verb it hangs on."""
    if depth > 4:
        return None
    lex = lexicon()
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS or (
        c.dep_ == "nsubjpass" and clitic_perfect(verb))]
    if subjects:
        # "The news agency AFP said": the parser may give two subjects; the one next to
        # the verb is the name
        before = [c for c in subjects if c.i < verb.i]
        return relative_head(max(before, key=lambda c: c.i) if before else subjects[0])
    inverted = inverted_subject(verb)
    if inverted is not None:
        return inverted
    if _is_passive(verb):
        # "Y was quoted as saying": the one quoted speaks; "it was said by X": X speaks
        if lex.verbs.get(verb.lemma_.lower()) == "relay":
            for c in _children(verb, "nsubjpass"):
                return relative_head(c)
        for agent in _children(verb, "agent"):
            for pobj in _children(agent, "pobj"):
                return pobj
        return None
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("ROOT", "ccomp", "parataxis"):
        # "..., former president Bill Clinton said": the parser hung the subject as an
        # apposition on an earlier noun; a finite verb has a subject, and it is the name
        # right before it
        j = verb.i - 1
        while j >= 0 and verb.doc[j].is_punct and verb.doc[j].text == ",":
            j -= 1
        left = verb.doc[j] if j >= 0 else None
        while left is not None and left.dep_ in ("compound", "flat") and left.head.i > left.i:
            left = left.head
        if left is not None and left.dep_ == "appos" and left.pos_ in ("NOUN", "PROPN"):
            return left
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "a source familiar with the talks saying": the parser may hang the participle
        # on "talks"; the speaker is the source-like noun above it
        node = head
        for _ in range(4):
            if could_be_source(node) or node.head.i == node.i:
                break
            node = node.head
        return node if could_be_source(node) else head
    relay = _governing_relay(verb) if verb.tag_ == "VBG" else None
    if relay is not None:
        for c in relay.children:
            if c.dep_ == "dobj":
                return c
        if _is_passive(relay):
            for c in _children(relay, "nsubjpass"):
                return relative_head(c)
    if verb.dep_ == "conj":
        # "He said the warning was baseless and accused X": a second report coordinated
        # with the reported clause (`_coordinated_reports`) shares the reporting verb's
        # subject, not the clause's
        node = head
        while node.dep_ != "ccomp" and node.head.i != node.i and node.i >= node.head.i:
            node = node.head
        if node.dep_ == "ccomp" and verb.i in _coordinated_reports(node):
            return subject_of(node.head, depth + 1)
    if verb.dep_ == "xcomp" and _is_passive(head):
        # "she's expected to argue", "he was asked to comment": the subject of a passive
        # raising or control verb is the understood subject of its infinitive (CGEL
        # ch. 14, catenative complements)
        for c in _children(head, "nsubjpass"):
            return relative_head(c)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ in ("ccomp", "parataxis") \
            and quoted(head, doubled=True) and not quoted(verb, doubled=True):
        # 'X said of Y, "He cares ...," adding that ...': a participle outside the quote
        # that the parser hung on the quote's verb goes with the reporting verb above it
        return subject_of(head.head, depth + 1)
    if verb.dep_ in ("advcl", "xcomp", "conj"):
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
        return subject_of(head.head, depth + 1)  # "justified his choice by saying, ..."
    return None


def _relay_subject(verb: Token) -> Token | None:
    """Who relays a participle or "as saying" cue: the subject of the relay verb it hangs
    on ("the Free Beacon quoted a source ... saying"), or that verb's passive agent."""
    relay = _governing_relay(verb)
    if relay is None:
        return None
    for c in relay.children:
        if c.dep_ in SUBJECTS:
            return relative_head(c)
    for agent in _children(relay, "agent"):
        for pobj in _children(agent, "pobj"):
            return pobj
    return None


def clause_tokens(root: Token, exclude: set[int] = frozenset()) -> list[int]:
    """The tokens of ``root``'s subtree, less ``exclude``, edge punctuation and a leading
    "whether" or "if".  A leading "that" stays: PolNeAR's guidelines make the
    complementizer part of the content ("believes *that the plan is unfair*"), as PARC's
    do.  A contrasting clause with its own speaker ("..., while 22 percent said they
    might change their mind") is left out: it is a report of its own, not part of this
    one."""
    exclude = set(exclude) | _contrasted_reports(root) | _coordinated_reports(root)
    toks = [t for t in root.subtree if t.i not in exclude and not t.is_space]
    while toks and (toks[0].is_punct or (toks[0].dep_ == "mark" and toks[0].lower_ in (
            "whether", "if"))):
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    return [t.i for t in toks]


def _contrasted_reports(root: Token) -> set[int]:
    """The tokens of adverbial clauses under ``root``, the clause a speech verb reports,
    that open with a contrasting subordinator ("while", "whereas": CGEL's contrastive
    adjuncts, Merriam-Webster "while" 3), whose verb is a speech verb with an active
    subject of its own ("X said A, while Y said B"), after the clause it contrasts with
    and ending it (a "while" before it concedes: "while the plan has merit, it costs too
    much"; one inside dashes is an aside): the writer sets two reports side by side."""
    lex = lexicon()
    if not (root.dep_ == "ccomp" and lex.verbs.get(root.head.lemma_.lower()) == "speech"):
        return set()
    words = [t for t in root.subtree if not (t.is_punct or t.is_space)]
    last = words[-1].i if words else root.i
    out: set[int] = set()
    for t in root.subtree:
        if t.i != root.i and t.dep_ == "advcl" and t.i > t.head.i and (
                t.right_edge.i >= last) and (
                lex.verbs.get(t.lemma_.lower()) == "speech") and any(
                c.dep_ == "mark" and c.lower_ in lex.contrast_marks for c in t.children) and any(
                c.dep_ == "nsubj" for c in t.children):
            out.update(x.i for x in t.subtree)
    return out


# the classes of a second report coordinated with the first one's complement
COORDINATED_CLASSES = ("speech", "claim", "deny", "stance", "topic")
PERSONAL_SUBJECTS = {"he", "she", "they", "we", "i"}


def _coordinated_reports(root: Token) -> set[int]:
    """A second report the parser hung on the reported clause ``root``: a verb of
    speech or stance coordinated with ``root``, after it, in the tense of the reporting
    verb, with no subject of its own or a personal pronoun for one ("He says he respects
    Clinton and calls her ...", "said the warning was baseless, and accused Downing
    Street of ...", "said A, and he railed against B").  Coordinated predicates share
    the subject (CGEL ch. 15), and the one that shares the reporting verb's tense and
    reports in its turn is the speaker's second act, not part of what was said; it is a
    record of its own.  The exclusion runs from the coordinator to the verb's last
    word."""
    head = root.head
    if root.dep_ != "ccomp" or not head.tag_.startswith("VB") or (
            lexicon().verbs.get(head.lemma_.lower()) not in ("speech", "claim", "deny")):
        return set()
    out: set[int] = set()
    for t in root.subtree:
        # the last predicate of the clause (the parser may hang it on a verb deep
        # inside: "said the warning was indicative that he did not know ..., and accused")
        if t.dep_ != "conj" or t.i < root.i or t.tag_ != head.tag_ or (
                t.right_edge.i < root.right_edge.i - 1) or not t.head.tag_.startswith(
                ("VB", "MD")) or lexicon().verbs.get(t.lemma_.lower()) not in (
                COORDINATED_CLASSES) or t.i in out:
            continue
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in PERSONAL_SUBJECTS:
            continue
        cc = [c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i]
        start = max(cc) if cc else t.left_edge.i
        out.update(range(start, t.right_edge.i + 1))
    return out


def _in_favor_of(prep: Token) -> Token | None:
    """The object of the complex preposition "in favor of" (Merriam-Webster: in support
    of; Quirk et al. 9.10, complex prepositions), the opposite of "against", after a verb
    that takes its "against" phrase as content ("argued in favor of Britain's remaining
    in the union", "has spoken out in favor of gun control")."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    for noun in prep.children:
        if noun.dep_ == "pobj" and noun.lemma_.lower() in ("favor", "favour"):
            for of in noun.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    return next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None)
    return None


def _across_main_clauses(clause: Token, verb: Token) -> bool:
    """A clause that ends before the verb with a semicolon or a colon between them: both
    join main clauses (CGEL ch. 15; a colon opens an elaboration of what precedes it,
    Chicago Manual of Style 6.61), so the first is not the second verb's complement,
    though the parser may hang it there ("He calls for a levy; she calls for a tax cut",
    "The mood has shifted: most voters now say ...")."""
    doc = verb.doc
    return clause.right_edge.i < verb.i and any(
        doc[i].text in (";", ":") for i in range(clause.right_edge.i + 1, verb.i))


def _content_of_verb(verb: Token, cls: str) -> list[int]:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # a finite clause after the verb ("said he is certain", not "said X, half joking")
    after = any(k.i > verb.i and (k.tag_ in FINITE or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE for a in k.children))
        for k in clauses)
    for c in clauses:
        if c.i < verb.i and after:
            # "In a statement released after the vote, Okafor said he is certain ...",
            # "Okafor, who sits on no board, said that fact ...": a complement clause after
            # the verb fills its complement, so a clause the parser hung before it (an
            # adjunct, the subject's relative clause) is no content (CGEL ch. 16: a
            # preposed complement leaves none after the verb)
            continue
        if not _across_main_clauses(c, verb):
            # "Six in 10 say he's decisive, after half said so": a pro-form after the verb
            # fills its complement, so a clause the parser hung before it is no content
            pro_form = _pro_form(verb) if c.i < verb.i else []
            return pro_form or clause_tokens(c)
    if inverted_subject(verb) is not None:
        return []  # '"...," added a harbour pilot': the quote is what is said
    for c in verb.children:
        # "asked the crews if they planned to sail", "wondered whether it would hold"
        if c.dep_ == "advcl" and c.i > verb.i and any(
                g.dep_ == "mark" and (g.lower_ == "whether" or (
                    g.lower_ == "if" and lemma in lex.question_verbs)) for g in c.children):
            return clause_tokens(c)
    preps = lex.prep_content.get(lemma, frozenset())
    if lemma in lex.prep_active_only and (any(c.dep_ == "dobj" for c in verb.children) or (
            verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass")
                                           for c in verb.children))):
        return []  # "an ad focused on immigration", "focused resources on Ohio"
    # "reminded voters of her record": the parser may hang the phrase on the one
    # addressed, a name or a noun for people
    addressed = [g for c in verb.children if c.dep_ == "dobj" and (
        could_be_source(c) or names_people(c)) for g in c.children]
    for c in list(verb.children) + addressed:
        # "called for a re-run", "accused Moscow of meddling in the vote"
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    return clause_tokens(g)
        favored = _in_favor_of(c) if "against" in preps else None
        if favored is not None:
            return clause_tokens(favored)  # "argued in favor of Britain's remaining ..."
    for c in verb.children:
        # "called for the mayor to resign": a for-to clause, whose "for" the parser makes
        # the clause's marker; the content is the clause less its "for"
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ in preps
                     and g.i < c.i), None)
        if mark is not None and c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i:
            return clause_tokens(c, exclude={mark.i})
    predicate = _object_predicate(verb) if cls in (
        "speech", "claim", "evidence", "cognitive") else []
    if predicate:
        return predicate
    gerund = _gerund_complement(verb, cls)
    if gerund:
        return gerund
    if cls == "evidence":
        # "A new poll shows a tightening race": what a poll, study or record shows
        subject = subject_of(verb)
        if subject is not None and lex.source_nouns.get(subject.lemma_.lower()) == "document":
            for c in verb.children:
                if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"):
                    return clause_tokens(c)
        return []
    if cls in ("intention", "cognitive"):
        # "wants to meet the rebels", "hopes to sign the deal"
        for c in verb.children:
            if c.dep_ == "xcomp" and c.tag_ == "VB" and to_marked(c):
                return clause_tokens(c)
        if cls == "intention" or lemma in lex.object_beliefs or (
                lemma in lex.object_awareness and any(
                    c.dep_ in SUBJECTS for c in verb.children)):
            # "farmers want a new dam", "wants more money for schools"; "officials expect
            # a record turnout", "feared the re-emergence of ..." (`object_beliefs`);
            # "investigators understood his meaning", with a subject (`object_awareness`)
            for c in verb.children:
                if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and (
                        c.lower_ not in RELATIVE_PRONOUNS):
                    return clause_tokens(c)
        return []
    if cls == "stance":
        # "Egypt backs the plan", "condemned the strike on Sirte", "groups that favored
        # her", "would prefer to wait"
        for c in verb.children:
            if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and (
                    c.lower_ not in RELATIVE_PRONOUNS):
                return clause_tokens(c)
        for c in verb.children:
            if c.dep_ == "xcomp" and c.tag_ == "VB" and to_marked(c):
                return clause_tokens(c)
        return []
    if cls in ("claim", "deny", "speech"):
        # "claimed to have met", "denied meeting him", "told airlines not to buy",
        # "are said to be faster"; not "officials who asked not to be named"
        addressed = _is_passive(verb) or any(c.dep_ in ("dobj", "dative")
                                             for c in verb.children)
        for c in verb.children:
            if c.dep_ in ("xcomp", "pcomp") and c.tag_.startswith("VB") and (
                    cls != "speech" or (c.dep_ == "xcomp" and (
                        addressed or lemma in lex.commissive))):
                return clause_tokens(c)
        pro_form = _pro_form(verb)
        if pro_form:
            return pro_form
    if cls in ("speech", "claim"):
        # "announced in an internal memo that he would ...": the parser took the
        # complement for a relative clause; a relative clause has no "that" marker
        for t in verb.subtree:
            if t.dep_ in ("relcl", "acl") and t.head.dep_ == "pobj" and (
                    t.head.head.head.i == verb.i) and that_marked(t):
                return clause_tokens(t)
    if lemma in lex.object_clause:
        # "said families of the victims file lawsuits", "said legalizing it could ..."
        for c in verb.children:
            if c.i > verb.i and ((c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and (
                    c.lower_ not in RELATIVE_PRONOUNS)) or (
                    c.dep_ == "xcomp" and c.tag_ == "VBG")):
                return clause_tokens(c)
    if lemma in lex.object_content:
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and (
                    c.pos_ in ("NOUN", "PROPN", "VERB") or _part_of(c)):
                if lemma in lex.audience_verbs and (
                        could_be_source(c) or names_people(c)
                        or c.lemma_.lower() in lex.audience_nouns):
                    return []  # "addressed the convention": the audience, no content
                return clause_tokens(c)
    if verb.i > 0 and verb.doc[verb.i - 1].text == "<":
        return []  # markup the text kept ("<tweet pic=... author=...>"), no verb
    if lemma in lex.message_object or any(
            c.dep_ == "prt" and c.lower_ in lex.message_particles.get(lemma, ())
            for c in verb.children):
        # "recalled the mayor's generosity", "noted the cost", "pointed out the progress":
        # a common-noun object after the verb that names no one is what is said
        for c in verb.children:
            if c.dep_ == "dobj" and (c.pos_ == "NOUN" or _part_of(c)) and c.i > verb.i and not (
                    could_be_source(c) or names_people(c)):
                return clause_tokens(c)
    if lemma in lex.question_object_verbs:
        # "asked Republicans a simple question", "answered a question on free trade"
        for c in verb.children:
            if c.dep_ == "dobj" and c.i > verb.i and (
                    c.lemma_.lower() in lex.question_object_nouns):
                return clause_tokens(c)
    if cls == "relay":
        # "quoted the State Department as being uninvolved ..., and unwilling to ..."
        out: list[int] = []
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                comp = [g for g in c.children if g.dep_ in ("pcomp", "pobj")]
                if comp and not (comp[0].lemma_.lower() in lex.saying and comp[0].tag_ == "VBG"):
                    out += clause_tokens(comp[0])
            elif c.dep_ == "conj" and c.pos_ in ("ADJ", "ADV") and out:
                out += clause_tokens(c)
        return out
    return []


def _part_of(obj: Token) -> bool:
    """"confirmed a few of his claims", "noted some of the costs": a quantifier object
    with its "of" phrase (a partitive) stands for the things it counts."""
    return obj.pos_ in ("ADJ", "NUM", "PRON") and obj.lower_ not in RELATIVE_PRONOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children) for c in obj.children)


# classes whose verbs report a gerund clause after them whatever the verb
GERUND_CLASSES = ("claim", "deny", "cognitive", "evidence", "stance", "intention")


def _gerund_complement(verb: Token, cls: str) -> list[int]:
    """A gerund clause as the complement: "reported raising $9 million", "suggested
    boycotting the firm", "supports tightening the rules", "considered running" (English
    grammar: the -ing clause is the catenative complement, what is said, held or
    wanted).  Speech verbs only when their object is what they say (`object_content`,
    `message_object`),
    so that "continued talking" is no report; not after an object ("saw him
    running")."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if cls not in GERUND_CLASSES and lemma not in lex.object_content and (
            lemma not in lex.message_object):
        return []
    for c in verb.children:
        if c.i > verb.i and c.dep_ in ("dobj", "attr") and c.tag_ != "VBG":
            return []
        if c.i > verb.i and c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and not any(
                g.dep_ in SUBJECTS for g in c.children):
            return clause_tokens(c)
    return []


def _pro_form(verb: Token) -> list[int]:
    """"said so", "said no", "said the same of Lee", "denied it": a word that stands for
    what was said is the content, with an "of" or "about" phrase after it.  Not for a
    verb whose object is its addressee ("told it")."""
    lex = lexicon()
    if verb.lemma_.lower() in lex.addressee_object:
        return []
    for c in verb.children:
        if (c.dep_ == "dobj" and c.lower_ in lex.pro_form_objects) or (
                c.dep_ in ("intj", "advmod", "npadvmod", "dobj") and c.i > verb.i
                and c.lower_ in lex.pro_form_adverbs):
            out = set(clause_tokens(c))
            for p in verb.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "about") and p.i > c.i:
                    out |= set(clause_tokens(p))
            return sorted(out)
    return []


def _object_predicate(verb: Token) -> list[int]:
    """What a cue says of its object: "called the plan a sham" (object and object
    predicate), "described the talks as useful", "called on the minister to resign"
    (the one called on and what they are asked to do), "found him guilty"."""
    lex = lexicon()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    pred = next((c for c in verb.children if c.dep_ == "oprd" or (
        c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.i)), None)
    if obj is None:
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in
                   lex.prep_object.get(verb.lemma_.lower(), ())), None)
        obj = next(iter(_children(on, "pobj")), None) if on is not None else None
        pred = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"),
                    None) if obj is not None else None
        oprds = [c for c in verb.children if c.dep_ == "oprd"]
        if obj is None and oprds and _small_clause(verb, oprds):
            return sorted({t for o in oprds for t in clause_tokens(o)})
    if obj is not None and pred is None and verb.lemma_.lower() in lex.regard_verbs:
        # "sees the campaign of the mayor as unfair": the parser may hang the "as"
        # predicate on the object's last noun; the object's subtree then holds it;
        # "labeled the levy a tax on the poor": a second object is the predicate
        pred = next((t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "as"
                     and t.i > obj.i and _as_predicate(t)), None) or next(
            (c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i), None) or next(
            # "view her as vastly more prepared", "sees him as captured by ...": the
            # parser makes the "as" predicate a clause of the verb's
            (c for c in verb.children if c.i > obj.i and c.dep_ in (
                "advcl", "xcomp", "ccomp", "acomp") and c.left_edge.lower_ == "as"
             and c.left_edge.i > obj.i and not any(g.dep_ in SUBJECTS for g in c.children)),
            None) or next(
            # "viewed him favorably" (`adverbs` under regard_verbs)
            (c for c in verb.children if c.dep_ == "advmod" and c.i > obj.i
             and c.lower_ in lex.regard_adverbs), None)
    if obj is None or pred is None:
        return []
    return sorted(set(clause_tokens(obj)) | set(clause_tokens(pred)))


def _small_clause(verb: Token, oprds: list[Token]) -> bool:
    """"Okafor calls Mendes unfit", "Lopes called the chief executive, Tom Reyes,
    'driven'": a verb of regarding or naming with a subject of its own, active, whose
    object and predicate the parser put under one object predicate (two of them, or one
    with a nominal of its own, not a compound name: "the organization called the Harbour
    Fund" is a naming participle misread)."""
    if verb.lemma_.lower() not in lexicon().regard_verbs or _is_passive(verb) or not any(
            c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return False
    return len(oprds) > 1 or any(g.dep_ in ("nsubj", "nmod", "appos", "dobj", "acl")
                                 for g in oprds[0].children)


def _as_predicate(prep: Token) -> bool:
    """An "as" that opens a predicate ("as unfair", "as a threat"), not "as well as"."""
    nxt = prep.nbor(1) if prep.i + 1 < len(prep.doc) else None
    return nxt is not None and nxt.lower_ not in ("well", "much", "many", "long", "soon",
                                                  "far") and any(
        c.dep_ in ("pobj", "pcomp", "amod", "acomp") for c in prep.children)
