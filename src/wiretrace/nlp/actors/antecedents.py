"""Who a pronoun stands for: the one place where the layers resolve pronouns.

The policy, in the order the rules are tried:

- A relative pronoun ("who", "which", "that", "whom") stands for the noun its clause
  modifies: "officials who spoke" -> "officials" (:func:`relative_head`).
- A personal pronoun stands for an entity (:func:`pronoun_entity`):

  1. the subject of the clause it continues: "Syria says it will withdraw", "the police
     said they" (:func:`clause_subject`; a relative clause's subject stops the climb:
     "officers who supported ..." is not the antecedent);
  2. for "he" and "she", the one person named before it in its sentence;
  3. with no person before it there, the person who is the subject of the sentence
     before (the subject preference of centering; Grosz, Joshi & Weinstein 1995).

  In direct speech a third-person pronoun is not the quote's speaker, who would say "I"
  or "we": where rule 1 finds a subject outside the quotation marks for a pronoun inside
  them, the pronoun stands for the nearest fitting entity named before it, in its sentence
  or the two before, other than the speaker ('"There is room for Turkey ... They know they
  need to ...," an official told reporters': Turkey; '... interpreted by Erdogan ... "he may
  tease the U.S.," Yesilada said': Erdogan) (:func:`quoted`).

  A definite description that is a subject ("The insurgent group denied ...") stands for
  the organization named before it that fits its noun (``anaphora.antecedent``), and so
  does a pronoun whose clause subject is one ("..., saying it condemns ...").

  A name the writer adds in brackets after the pronoun ('he (Erdogan) may not want')
  comes first of all (:func:`gloss`); an entity whose type the pronoun does not agree
  with by animacy is never its antecedent (:func:`agrees`: "he" a PERSON, "it" no PERSON).

  A possessive "his" or "her" on a kin noun ("his father") is the nearest person named
  before it in its sentence (:func:`person_before`).

The speaker of a quote and the source a reporting verb's pronoun continues ("he said")
are resolved by the attribution layer's source book (``attribution/sources.py``), which
knows the sources already found.  Nothing here reads the article's text beyond the parse.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Span, Token

from ... import names

if TYPE_CHECKING:
    from ..context import Context

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Personal pronouns that may stand for a named entity (subjects and possessives).
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her",
                               "our"})
SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
# Verbs that carry an embedded clause whose pronouns refer back to their subject: "Syria
# says it will withdraw", "Hungary has said it will support", "the rebels announced they".
CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "acomp"})


class _Placed(Protocol):
    label: str
    start: int
    end: int


def relative_head(token: Token) -> Token:
    """For a relative pronoun that is a relative clause's argument ("officials who spoke",
    "Gaddafi, who seized power", "a presentation that his aides carry"), the noun the
    clause modifies; any other token itself.  A relative pronoun is known by its word
    (who, which, that, whom), not by its tag: the parser often tags a relative "that" IN,
    and tags free relatives WP ("whoever ends up", "what he is doing"), which modify no
    noun."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return token
    clause = token.head
    return named_anchor(clause.head) if clause.dep_ == "relcl" else token


def named_anchor(noun: Token) -> Token:
    """The person a group word in apposition names: "Gov. John Kasich of Ohio, a Republican
    who has refused to endorse Mr. Trump" -> Kasich, not the Republican Party.  An
    appositive and its anchor are one referent (CGEL ch. 15 §5; Quirk et al. 17.65), so a
    relative clause on the appositive tells of the named person; a party's or a people's
    word (typed NORP) there is a person of that party, never the party or the people as a
    body.  Other appositive nouns keep their own reading ("a lawyer who")."""
    if noun.dep_ == "appos" and noun.ent_type_ == "NORP" and noun.pos_ in ("NOUN", "PROPN") \
            and noun.head.ent_type_ == "PERSON":
        return noun.head
    return noun


QUOTE_MARKS = ("\"", "\u201c", "\u201d")
THIRD_PERSON = frozenset({"it", "they", "he", "she", "its", "their", "his", "her"})
PEOPLE_PRONOUNS = frozenset({"he", "she", "his", "her"})
# third persons that stand for people as subject or object ("he was rearrested", "told them")
PEOPLE_ARGUMENTS = frozenset({"he", "she", "they", "him", "her", "them"})
GROUP_TYPES = frozenset({"GPE", "ORG", "NORP"})
# Animacy (grammar): he, she and their forms stand for people only; it and its never do.
ANIMATE_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
INANIMATE_PRONOUNS = frozenset({"it", "its", "itself"})


def agrees(pronoun: str, entity_type: str | None) -> bool:
    """Whether a pronoun may stand for an entity of ``entity_type`` by animacy: "he" for a
    PERSON only (never a state, an organization, a group or a storm: "a top Air Force
    general said he" is the general, not the Air Force), "it" for anything but a PERSON.
    Other pronouns ("they", "we") agree with any type."""
    word = pronoun.lower()
    if word in ANIMATE_PRONOUNS:
        return entity_type == "PERSON"
    if word in INANIMATE_PRONOUNS:
        return entity_type != "PERSON"
    return True


def quoted(token: Token, text: str | None = None, doubled: bool = False) -> bool:
    """Whether ``token`` stands inside quotation marks: the last double quotation mark
    before it in its paragraph opens a quote (a quote runs on to the end of its paragraph
    at most).  ``text``: the Doc's text when the caller has it (``ctx.masked``);
    ``doc.text`` joins every token again on each call.  ``doubled``: two apostrophes, the
    NYT archive's double mark, count too (the source book's pronouns; the events layer
    reads quotes without them)."""
    if text is None:
        text = token.doc.text
    marks, inside = _quote_marks(text, doubled)
    k = bisect_left(marks, token.idx)
    return k > 0 and inside[k - 1] and text.rfind("\n", marks[k - 1], token.idx) < 0


def _opens(text: str, i: int, inside: bool) -> bool:
    """Whether the double quotation mark at ``i`` opens a quote: a curly mark by its shape;
    a straight one by what is around it (a space or a bracket before it and a word after
    it open; a word before it and a space or a punctuation mark after it close); else it
    turns the state around.  So one mark a writer forgot to close (a quote that runs into
    the narration, 'the bloc "was led by a firm majority, Lund said. "Both ...') does
    not turn every later quote inside out, as counting marks does where an article comes
    without paragraph breaks."""
    mark = text[i]
    if mark not in ("\"", "'"):
        return mark == "\u201c"
    width = 2 if mark == "'" else 1  # two apostrophes, the NYT archive's double mark
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + width] if i + width < len(text) else "\n"
    if (before.isspace() or before in "([{\u2014-") and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]\u2014-"):
        return False
    return not inside


@lru_cache(maxsize=16)
def _quote_marks(text: str, doubled: bool = False) -> tuple[list[int], list[bool]]:
    """The offsets of the double quotation marks of ``text`` and, after each, whether a
    quote is open (a paragraph break closes one)."""
    marks: list[int] = []
    inside: list[bool] = []
    state = False
    skip = -1
    for i, char in enumerate(text):
        if char == "\n":
            state = False
            continue
        if char in QUOTE_MARKS or (doubled and char == "'" and i > skip
                                   and text.startswith("''", i)):
            state = _opens(text, i, state)
            marks.append(i)
            inside.append(state)
            skip = i + 1  # the second apostrophe of the pair
    return marks, inside


def sentences_back(token: Token, n: int) -> int:
    """The first token index of the sentence ``n`` sentences before ``token``'s (its own
    sentence's start at the document's first sentence)."""
    first = token.sent.start
    for _ in range(n):
        if first > 0:
            first = token.doc[first - 1].sent.start
    return first


def sentence_before(token: Token) -> Span | None:
    """The sentence before ``token``'s, a paragraph break the parser made a sentence of
    its own (only white space) skipped: the sentence a paragraph's first words continue;
    None at the document's first sentence."""
    start = token.sent.start
    while start > 0:
        sent = token.doc[start - 1].sent
        if not all(t.is_space for t in sent):
            return sent
        start = sent.start
    return None


def _quoted_antecedent(ctx: Context, pronoun: Token, speaker: str | None) -> str | None:
    """For a third-person pronoun in a quote, the nearest entity named before it (its
    sentence and the two before) that fits it (a person for he/she, a state, group or
    organization for it/they) and is not the quote's ``speaker``."""
    first = sentences_back(pronoun, 2)
    wanted = {"PERSON"} if pronoun.lower_ in PEOPLE_PRONOUNS else GROUP_TYPES
    for i in range(pronoun.i - 1, first - 1, -1):
        entity = ctx.token_entity.get(i)
        if entity is not None and entity != speaker and ctx.entity_type(entity) in wanted:
            return entity
    return None


OPENING = frozenset({"(", "["})
CLOSING = frozenset({")", "]"})


def gloss(pronoun: Token) -> Token | None:
    """The name a writer puts in brackets right after a pronoun to say whom it stands for
    ('he (Erdogan) may not want ...', '"they [the rebels] will not stop"'), the last word
    of the bracketed phrase; None when there is none."""
    doc = pronoun.doc
    i = pronoun.i + 1
    if pronoun.lower_ not in PERSONAL_PRONOUNS or i >= len(doc) or doc[i].text not in OPENING:
        return None
    j = i + 1
    while j < len(doc) and j - i <= 5 and doc[j].text not in CLOSING:
        j += 1
    if j >= len(doc) or j - i > 5 or j == i + 1 or doc[j].text not in CLOSING:
        return None
    last = doc[j - 1]
    return last if last.pos_ in ("PROPN", "NOUN") else None


def clause_subject(pronoun: Token) -> Token | None:
    """The subject of the verb whose clause holds a personal pronoun ("Syria says it will
    ...", "the police said they"), when the parse makes it the pronoun's antecedent: the
    first subject up the chain of clause links that is not itself a pronoun."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return None
    node = pronoun.head
    while node.dep_ in CLAUSE_LINKS and node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
        if any(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
            break  # "officers who supported ...": not the pronoun's antecedent
        for child in subjects:
            if child.lower_ not in PERSONAL_PRONOUNS:
                return child
    return None


def _speaker_entity(ctx: Context, pronoun: Token) -> str | None:
    """The person a he or she that speaks ("he said") stands for, as the attribution's
    source book resolved it (preferring a speaker the narration names): where another
    person is named before the pronoun in its sentence, inside the speaker's own quote
    ('"I admire Mary Smith," he said'), binding rules that one out (a name in the
    complement of "say" is never its subject pronoun: Principle C, Chomsky 1981)."""
    for source in ctx.sources:
        if source.entity_id and ctx.entity_type(source.entity_id) == "PERSON" and any(
                m.start == pronoun.idx and m.end == pronoun.idx + len(pronoun.text)
                for m in source.mentions):
            return source.entity_id
    return None


def pronoun_entity(ctx: Context, pronoun: Token,
                   entity_of: Callable[[Context, Token], str | None],
                   depth: int = 0) -> str | None:
    """:func:`_pronoun_entity`, where the person it finds agrees in gender with a he or
    she (a personal pronoun agrees with its antecedent in gender, CGEL ch. 17 §2.2:
    "Mr. Vance met union leaders. Ms. Ortega said he would criticize the plan" is not
    Ms. Ortega, the subject of the clause above the he); else the nearest person before
    it that agrees (:func:`_agreeing_before`; Hobbs 1978: the nearest antecedent that
    passes agreement).  Gender as
    :func:`entity_genders` reads it: a person it says nothing of agrees with either."""
    found = _pronoun_entity(ctx, pronoun, entity_of, depth)
    wanted = names.pronoun_gender(pronoun.text)
    if found is None or wanted is None or ctx.entity_type(found) != "PERSON":
        return found
    genders = _genders(ctx)
    speaker = direct_quote_speaker(ctx, pronoun)
    if found == speaker:
        # '"He deserved it," McGraw said', '... Mr. Trump said. "He's a great
        # gentleman"': in direct speech the speaker says "I"; a he/she is someone else
        return _agreeing_before(ctx, pronoun, wanted, genders, other_than=speaker)
    if genders.get(found, wanted) == wanted:
        return found
    return _agreeing_before(ctx, pronoun, wanted, genders, other_than=speaker)


def direct_quote_speaker(ctx: Context, pronoun: Token) -> str | None:
    """The entity of the speaker of the direct quote that holds ``pronoun`` (the
    attribution layer's quotes: kind "direct", inside quotation marks, the NYT archive's
    two apostrophes counted); None outside one or where the speaker has no entity.  A
    direct report keeps the original speaker's deixis (CGEL ch. 17 §10): the speaker
    refers to himself or herself in the first person, so a third-person he/she inside
    the quote is someone else.  Not for a partial or indirect report ('Sanders said he
    would win': the he is the speaker)."""
    quote = next((q for q in ctx.quotes or () if q.kind == "direct"
                  and q.start <= pronoun.idx < q.end), None)
    if quote is None or quote.speaker is None or not quoted(pronoun, ctx.masked,
                                                               doubled=True):
        return None
    source = next((s for s in ctx.sources if s.id == quote.speaker), None)
    return source.entity_id if source is not None else None


def _genders(ctx: Context) -> dict[str, str]:
    """:func:`entity_genders`, read once per article and entity map."""
    state = (id(ctx.token_entity), len(ctx.token_entity), id(ctx.entities))
    memo = ctx.memo.setdefault("entity_genders", {})
    if memo.get("state") != state:
        memo["state"], memo["genders"] = state, entity_genders(ctx)
    return memo["genders"]


def _agreeing_before(ctx: Context, pronoun: Token, wanted: str,
                     genders: dict[str, str], other_than: str | None = None) -> str | None:
    """The nearest person named before ``pronoun`` (its sentence and the two before) whose
    gender is ``wanted`` or unknown, other than ``other_than`` (the speaker of the direct
    quote the pronoun stands in)."""
    for i in range(pronoun.i - 1, sentences_back(pronoun, 2) - 1, -1):
        entity = ctx.token_entity.get(i)
        if entity is not None and entity != other_than and ctx.entity_type(
                entity) == "PERSON" and genders.get(entity, wanted) == wanted:
            return entity
    return None


def _pronoun_entity(ctx: Context, pronoun: Token,
                    entity_of: Callable[[Context, Token], str | None],
                    depth: int = 0) -> str | None:
    """The entity a personal pronoun stands for when the parse makes it clear: the entity
    (``entity_of``) of :func:`clause_subject` ("Syria says it will ...", "Haftar was
    disowned after he was captured"); for "he" and "she" where no such subject is found,
    the one person named before it in the sentence, if only one is ("officers who
    supported Gaddafi when he seized power"), and with none there, the person who is the
    subject of the sentence before.  A definite description ("the insurgent group") and
    a subject that is one stand for the organization ``anaphora.antecedent`` finds."""
    from .anaphora import antecedent

    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return antecedent(ctx, pronoun)  # "The insurgent group denied": the Taliban
    named = gloss(pronoun)
    if named is not None:  # 'he (Erdogan) may not want': the writer says whom
        entity = entity_of(ctx, named)
        return entity if entity is not None and agrees(
            pronoun.text, ctx.entity_type(entity)) else None
    subject = clause_subject(pronoun)
    if subject is not None:
        if (pronoun.lower_ in THIRD_PERSON and quoted(pronoun, ctx.masked)
                and not quoted(subject, ctx.masked)):
            # the quote's speaker: the pronoun is someone the speaker talks about
            return _quoted_antecedent(ctx, pronoun, entity_of(ctx, subject))
        entity = entity_of(ctx, subject)
        if entity is not None and (_one_person_for_many(ctx, pronoun, subject, entity)
                                   or not agrees(pronoun.text, ctx.entity_type(entity))):
            return None
        return entity or antecedent(ctx, subject)
    if pronoun.lower_ in ("he", "she"):
        people = {ctx.token_entity[t.i] for t in pronoun.sent if t.i < pronoun.i
                  and t.i in ctx.token_entity
                  and ctx.entity_type(ctx.token_entity[t.i]) == "PERSON"}
        spoke = _speaker_entity(ctx, pronoun) if people else None
        if spoke is not None and spoke not in people:  # '"I admire X," he said': not X
            return spoke
        if len(people) == 1:
            return people.pop()
        before = sentence_before(pronoun) if not people else None
        if before is not None:
            # "Taliban spokesperson Zabihullah Mujahid disclosed the decision ... He
            # accused the U.N. envoy": a he or she with no person before it in its own
            # sentence continues the person who is the subject of the sentence before
            # (the subject preference of centering; Grosz, Joshi & Weinstein 1995)
            root = before.root
            found = _subject_person(ctx, root, entity_of, SUBJECTS)
            first = next((t for t in before if t.dep_ in SUBJECTS), None)
            if found is None and first is not None and first.lower_ == pronoun.lower_ \
                    and depth < 3:
                # "Mrs. Clinton has praised ... But she has also promised ... / She
                # has praised ...": the same pronoun as the first subject of the
                # sentence before continues its center (Grosz, Joshi & Weinstein 1995,
                # the CONTINUE transition) and stands for whom that pronoun stands for
                return pronoun_entity(ctx, first, entity_of, depth + 1)
            if found is None and any(c.dep_ in SUBJECTS and c.pos_ == "NOUN"
                                     for c in root.children):
                # "..., officials said": the reported clause's subject (not where the
                # speaker is a pronoun, "he tweeted", who is the center himself)
                found = next((f for c in root.children if c.dep_ == "ccomp" for f in [
                    _subject_person(ctx, c, entity_of, SUBJECTS | PASSIVE_SUBJECTS)] if f),
                    None)
            return found
    return None


PLURAL = frozenset({"they", "their", "them"})


def _one_person_for_many(ctx: Context, pronoun: Token, subject: Token, entity: str) -> bool:
    """"Abdi says they walked away", "Bennett ... demanding they be reversed": a plural
    pronoun does not agree in number with one person named alone as the subject (the
    officers, the curbs are meant), so the subject is not its antecedent.  Two people
    conjoined ("Abdi and her husband said they") are."""
    return pronoun.lower_ in PLURAL and ctx.entity_type(entity) == "PERSON" \
        and subject.tag_ in ("NNP", "NN") and not subject.conjuncts


def _subject_person(ctx: Context, verb: Token, entity_of: Callable[[Context, Token], str | None],
                    deps: frozenset[str]) -> str | None:
    """The person that is the subject of ``verb``, named or a definite title that
    ``anaphora.antecedent`` links to a person named before.  Where the sentence before is a report
    whose speaker is no person ("Arnel Joseph was killed in a gun battle, officials said.
    "He opened fire ..."), the caller asks again for the reported clause's subject: what
    the sentence is about (centering's preferred center)."""
    from .anaphora import antecedent

    for child in verb.children:
        if child.dep_ in deps and child.lower_ not in PERSONAL_PRONOUNS:
            # a definite title the subject is ("Afghan President Ashraf Ghani ... The
            # president was calm ... He condemned"): the person it stands for
            entity = entity_of(ctx, child) or antecedent(ctx, child)
            if entity is not None and ctx.entity_type(entity) == "PERSON":
                return entity
    return None


def person_before(pronoun: Token, mentions: Sequence[_Placed]) -> _Placed | None:
    """The nearest person named before ``pronoun`` in its sentence ("the son of Khalifa
    Haftar and his father": Haftar), from ``mentions`` (token spans with a label, in text
    order)."""
    before = [m for m in mentions if m.label == "PERSON"
              and pronoun.sent.start <= m.start and m.end <= pronoun.i]
    return before[-1] if before else None


def entity_genders(ctx: Context) -> dict[str, str]:
    """Entity id -> "male" or "female" where the article says it: a courtesy title or a
    gendered title, capitalized, right before a mention or at its start ("Mrs.
    Clinton", "Mr. Biden", "Queen Elizabeth"; not "a finance chairman for Clinton");
    titles that say nothing ("President", "Sen.") and an entity titled both ways give
    none.  Where no title says it, the writer's own pronouns (round 38): the first he or
    she after a mention that is its clause's subject, in its sentence, with no other
    person named between and on the mention's side of quotation marks ("Clinton said
    she would ...", "Sanders, who said he ..."; the subject preference of centering
    makes the subject the likeliest antecedent), where more of them say it than say
    the other (on the PolNeAR and web dev stories a single such pronoun agrees with the
    entity's title in 22 of 24 entities; "X told the paper that she" may be someone
    else).  Where neither says anything, the weakest evidence (round 38): the gender the
    given name of the person's full name says (``names.full_names_gender``; "Laura Smith"
    female; a name both sexes bear, a name rare in the US counts, a tie of titles or
    pronouns give none)."""
    titled: dict[str, set[str]] = {}
    votes: dict[str, Counter[str]] = {}
    doc = ctx.doc
    for i, eid in ctx.token_entity.items():
        if i > 0 and ctx.token_entity.get(i - 1) == eid:
            continue  # not the first word of a mention
        for t in doc[max(i - 1, 0):i + 1]:  # "Mrs. Clinton"; not "chairman for Clinton"
            gender = names.title_gender(t.text) if (
                names.is_title(t.text) and t.text[:1].isupper()) else None
            if gender and (t.i == i or ctx.token_entity.get(t.i) != eid):
                titled.setdefault(eid, set()).add(gender)
        gender = _subjects_pronoun(ctx, doc[i], eid)
        if gender:
            votes.setdefault(eid, Counter())[gender] += 1
    out = {eid: found.pop() for eid, found in titled.items() if len(found) == 1}
    for eid, counted in votes.items():
        top = counted.most_common(2)
        if eid not in titled and (len(top) == 1 or top[0][1] > top[1][1]):
            out[eid] = top[0][0]
    for entity in ctx.entities:
        if entity.id not in titled and entity.id not in votes and (
                ctx.entity_type(entity.id) == "PERSON"):
            gender = names.full_names_gender(m.text for m in entity.mentions)
            if gender:
                out[entity.id] = gender
    return out


def _subjects_pronoun(ctx: Context, first: Token, eid: str) -> str | None:
    """The gender of the first he or she after the mention of ``eid``
    that starts at ``first``, where the mention is a PERSON that is its clause's subject
    and no other entity's PERSON mention stands between, in its sentence, the pronoun on
    the mention's side of quotation marks; else None."""
    j = first.i
    while ctx.token_entity.get(j + 1) == eid and j + 1 < first.sent.end:
        j += 1
    if first.doc[first.i:j + 1].root.dep_ not in SUBJECTS | PASSIVE_SUBJECTS or (
            ctx.entity_type(eid) != "PERSON"):
        return None
    inside = quoted(first, ctx.masked, doubled=True)
    for t in first.doc[j + 1:first.sent.end]:
        other = ctx.token_entity.get(t.i)
        if other is not None and other != eid and ctx.entity_type(other) == "PERSON":
            return None
        if t.lower_ in ("he", "she"):
            # a subject he/she: an object or possessive pronoun of the subject's own
            # clause is someone else as often ("Clinton attacked his record")
            same_side = quoted(t, ctx.masked, doubled=True) == inside
            return names.pronoun_gender(t.text) if same_side else None
    return None


def governing_subjects(token: Token) -> list[Token]:
    """For the subject of a clause that another verb's clause holds in its sentence (a
    complement, an adverbial, a noun's "that" clause: "Mr. Trump was blunt, claiming
    without any evidence that President Obama wanted ...", "Mr. Nevins said he pursued it
    only because Mr. Lynch agreed"), the subjects of the verbs above it, written before
    it, nearest first ("he", "Mr. Nevins"): the ones the sentence is about.  A relative
    clause ("remarks, which included the suggestion that Obama was"), a coordinated verb
    ("Trump spoke and Obama left"; one with no subject of its own shares the first
    conjunct's: "Hewitt argued ... but suggested Trump went"), a participle that
    modifies a noun or a finite adjunct of the main verb (:func:`_main_adjunct`:
    "Sanders held a rally while Clinton hosted an event") stops the climb; the subject
    of a subordinate verb ("While Clinton claimed ...") is not taken."""
    node, out = token.head, []
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and not _own_subject(node):
            node = node.head  # "Hewitt argued ... but suggested Trump went": one subject
            if not any(c.dep_ == "mark" for c in node.children):
                out.extend(_subjects_before(node, token))
            continue
        if node.dep_ in ("relcl", "conj", "parataxis") or (node.dep_ == "acl" and not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in node.children)) \
                or _main_adjunct(node):
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and not any(c.dep_ == "mark" for c in node.children):
            # a verb with a conjunction before it ("While Clinton claimed ...") is
            # itself a subordinate clause, whatever the parse hangs under it
            out.extend(_subjects_before(node, token))
    return out


def _subjects_before(verb: Token, token: Token) -> list[Token]:
    """The active and passive subjects of ``verb`` written before ``token``."""
    return [c for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS
            and c.i < token.i]


def _own_subject(verb: Token) -> bool:
    """Whether a coordinated verb has a subject of its own ("Trump spoke and Obama left");
    one without ("Hewitt argued that ... but suggested Trump went too far") shares the
    first conjunct's subject (coordination of verb phrases; CGEL ch. 15)."""
    return any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"expl"} for c in verb.children)


# Subordinators of a content clause, not of an adjunct ("said that ...", "asked whether").
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _main_adjunct(verb: Token) -> bool:
    """A finite adverbial clause with a subordinator, an adjunct of the sentence's main verb
    ("Sanders held a rally Saturday while Clinton hosted an event"): its own unit of the
    sentence, processed after the main clause like a sentence of its own (Kameyama 1998,
    "Intrasentential centering": tensed adjunct clauses are sequential units, complement
    and relative clauses embedded ones), so its subject does not give way to the main
    clause's.  One inside a complement ("Mr. Nevins said he pursued it only because Mr.
    Lynch agreed") is part of that embedded unit."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    return verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and (
        verb.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite
                                   for c in verb.children)) and any(
        c.dep_ == "mark" and c.lower_ not in COMPLEMENTIZERS for c in verb.children)


def embedded(token: Token) -> bool:
    """Whether ``token`` stands in a clause that modifies a noun: a relative clause ("Mr.
    Trump's remarks, which have included the suggestion that President Obama was the
    founder") or a noun's clause ("the suggestion that ..."), at any depth.  Such a clause
    is embedded in its sentence and does not set the center the next sentence continues
    (centering within a sentence, Kameyama 1998, "Intrasentential centering": relative
    and noun-complement clauses are embedded units): a subject in it is no antecedent of
    a "he said" in a later sentence."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False
