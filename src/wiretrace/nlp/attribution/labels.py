"""Speaker labels: a line that opens with a name and a colon ("Okafor: The Port Deal Is
'Dead'", a transcript's "MENDES: ..."), the colon its cue (moved from cues.py)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from .record import Cue
from .words import lexicon

# A speaker label: "Rubio: I still believe ...", "Bill Clinton: Hillary 'better
# qualified'", "TAPPER: And obviously ..." (a headline or a transcript turn).
LABEL_WORDS = 6
LABEL_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
LABEL_DASHES = {"\u2013", "\u2014", "-", "\u2015"}
OPENING_MARKS = '"\u201c\u2018\'\u00ab'


# "Mark Blumenthal and Jon Cohen: ...": two speakers of one label
LABEL_JOINERS = {"and", "&"}
# "Clinton to Planned Parenthood: ...", "Former AG Mukasey at RNC: ...": a headline's label
# may say whom or where the speaker addressed; the words before the preposition name the
# speaker (3 articles of PolNeAR's train split, first half)
LABEL_PREPOSITIONS = {"to", "at", "on"}


def _label_colon(line: list[Token]) -> int | None:
    """The colon of a label: within the line's first words, or within as many words
    after a dash (a digest's items, "POLLS TOO EARLY - Ana Mendes: "..."", name what
    they quote after the dash)."""
    colon = next((k for k, t in enumerate(line[:LABEL_WORDS + 3]) if t.text == ":"), None)
    if colon is not None:
        return colon
    first = next((k for k, t in enumerate(line) if t.text == ":"), None)
    if first is None:
        return None
    dash = max((k for k, t in enumerate(line[:first]) if t.text in LABEL_DASHES), default=-1)
    return first if dash >= 0 and first - dash <= LABEL_WORDS + 2 else None


def label_cues(doc: Doc) -> list[Cue]:
    """A line that opens with a name and a colon: the name speaks the rest of the line
    (PolNeAR's guidelines: "Romeo: 'Is the day so young?'", the colon is the cue).  The
    label is at most six capitalized words and no verb: in the headline, proper nouns or
    one of them a name (a person, organization, group or place; a subheading in the body,
    "Rubio: Finish second.", is no attribution); anywhere, words in capitals where two or
    more lines open so (a transcript's speaker turns); before a dash ("EXCLUSIVE - Roger
    Stone:") only the part after it counts."""
    lines: list[list[Token]] = [[]]
    for t in doc:
        if "\n" in t.text:
            lines.append([])
        elif not t.is_space:
            lines[-1].append(t)
    headline = next((line for line in lines if line), None)
    found = []
    for line in lines:
        colon = _label_colon(line)
        if not colon or colon + 1 >= len(line):
            continue
        label = line[:colon]
        dash = max((k for k, t in enumerate(label) if t.text in LABEL_DASHES), default=-1)
        label = label[dash + 1:]
        cut = next((k for k, t in enumerate(label) if k > 0 and t.lower_ in LABEL_PREPOSITIONS),
                   None) if line is headline else None
        if cut is not None and len(label) - cut <= LABEL_WORDS:
            label = label[:cut]
        words = [t for t in label if not t.is_punct and t.tag_ != "POS"]
        joined = [t for t in words if t.lower_ not in LABEL_JOINERS]
        if not joined or len(words) > LABEL_WORDS or words[0].lower_ in LABEL_JOINERS or not all(
                t.text[:1].isupper() and len(t.text) > 1 and not t.tag_.startswith("VB")
                for t in joined):
            continue  # "Q:", "A:", "Clinton Wades In: ..." are no speaker labels
        words = joined
        rest = [t.i for t in line[colon + 1:]]
        while rest and doc[rest[-1]].is_punct:
            rest.pop()
        if not rest or len(rest) < 2:
            continue
        found.append((line is headline, words, line[colon], rest))
    capitals = sum(1 for _, w, _, _ in found if all(t.text.isupper() for t in w))
    # a speaker who opens two or more lines ("Matthews: ...", later "Matthews: ..."):
    # a transcript's turns, whatever the case of the name
    turns = Counter(w[-1].lower_ for in_headline, w, _, _ in found if not in_headline)
    # names the body gives an entity type ("Okafor", tagged a common noun in a headline)
    names = {t.lower_ for t in doc if t.ent_type_ in LABEL_TYPES} if found else set()
    lex = lexicon()
    out = []
    for in_headline, words, colon, rest in found:
        proper = any(t.ent_type_ in LABEL_TYPES for t in words) or all(
            t.tag_ in ("NNP", "NNPS") for t in words)
        last = words[-1]
        named = in_headline and (proper or last.lower_ in names or (
            last.lemma_.lower() in lex.source_nouns and len(words) <= 3))
        turn = (all(t.text.isupper() for t in words) and len(words[-1].text) > 1 and (
            capitals >= 2)) or (not in_headline and turns[last.lower_] >= 2 and (
            proper or last.lower_ in names))
        # 'Ana Mendes: "The harbour will reopen ..."': a name, a colon and a quotation mark
        # (PolNeAR's guidelines: 'Romeo: "Is the day so young?"')
        quoted = proper and doc[rest[0]].text[:1] in OPENING_MARKS
        if not (named or turn or quoted):
            continue
        out.append(Cue(tokens=[colon.i], cls="speech", anchor=colon.i, speaker=words[-1].i,
                       content=rest))
    return out


# the verb classes a headline's mistagged verb may have ("Mayor Praises Port Plan")
HEADLINE_CLASSES = {"speech", "claim", "deny", "stance", "cognitive", "evidence", "intention"}


def headline_verb_cues(doc: Doc) -> list[Cue]:
    """A headline's cue verb the tagger took for a noun ("Union Chief Praises Port Plan",
    "Mayor Says Port Will Reopen": headlines drop articles and use
    title case, and the model tags the verb a proper or plural noun): a form in -s of a
    listed verb between a noun and more words (or its base form after a plural noun,
    "Dock Unions Back Port Plan", "pilots mock levy") is the cue, the noun before it the speaker
    and the rest of the line the content (the headline's "X verbs Y" is a sentence).  In
    sentence case ("Mayor demands port inquiry", AP's headline style) the form must come
    before any word tagged a verb.  Intentions count too ("Mayor plans port levy").
    """
    lex = lexicon()
    line: list[Token] = []
    for t in doc:
        if "\n" in t.text:
            if line:
                break
        elif not t.is_space:
            line.append(t)
    out = []

    def listed(word: Token) -> str | None:  # the lemma of a listed verb's form in -s
        low = word.lower_
        lemma = next((low[:-n] for n, ending in ((1, "s"), (2, "es"))
                      if low.endswith(ending) and low[:-n] in lex.verbs), None)
        return lemma if lemma is not None and lex.verbs[lemma] in HEADLINE_CLASSES else None

    for k in range(1, len(line) - 1):
        t, before = line[k], line[k - 1]
        lemma = listed(t)
        if lemma is None and before.tag_ in ("NNS", "NNPS") and t.lower_ in lex.verbs and (
                lex.verbs[t.lower_] in HEADLINE_CLASSES):
            lemma = t.lower_  # a plural subject takes the base form: "Funds Support Okafor"
        if lemma is None:
            continue
        if before.lower_ in COORDINATORS:
            cue = _coordinated(line, k, lemma, listed)
            if cue is not None:
                out.append(cue)
            continue
        if t.tag_.startswith("VB") and not _name_as_verb(line, k + 1):
            continue
        if not t.text[:1].isupper() and any(w.tag_.startswith(("VB", "MD")) for w in line[:k]):
            continue  # "officials held port talks with ...": a noun after the line's verb
        if before.pos_ in ("PROPN", "NOUN") and (cue := _headline_cue(line, k, lemma, before)):
            out.append(cue)
    return out


def _headline_cue(line: list[Token], k: int, lemma: str, speaker: Token) -> Cue | None:
    """The cue of the headline verb ``line[k]`` when words follow it that can be what is
    said (no punctuation or verb right after it, a noun or pronoun among them): its content
    is the rest of the line, without closing punctuation."""
    if k + 1 >= len(line) or line[k + 1].is_punct or (line[k + 1].tag_.startswith(
            ("VB", "MD")) and not _name_as_verb(line, k + 1)) or not any(
            w.pos_ in ("PROPN", "NOUN", "PRON") for w in line[k + 1:]):
        return None
    rest = [w.i for w in line[k + 1:]]
    while rest and line[k].doc[rest[-1]].is_punct:
        rest.pop()
    return Cue(tokens=[line[k].i], cls=lexicon().verbs[lemma], anchor=line[k].i,
               speaker=speaker.i, content=rest)


def _name_as_verb(line: list[Token], k: int) -> bool:
    """A person's name the tagger took for a verb ("Clinton blasts Trump over ...", "Super
    PAC blasts Trump for ...": "Trump" tagged VBP, and the listed verb before it an
    auxiliary or a plural noun): a token of a PERSON entity is never the headline's verb."""
    return k < len(line) and line[k].tag_.startswith("VB") and line[k].ent_type_ == "PERSON"


# what joins a headline's second verb to its first ("X Backs Y And Denounces Z",
# "X Says Y, Calls Z ...": coordinated predicates share the subject, CGEL ch. 15)
COORDINATORS = {"and", ","}


def _coordinated(line: list[Token], k: int, lemma: str, listed) -> Cue | None:
    """The second of two coordinated headline verbs ("Le Pen Backs Trump And Denounces
    Clinton", "Mayor chides council and praises union"): a listed form in -s after "and"
    or a comma, where an earlier word of the line is a listed form in -s after a noun (the
    first verb, in the same case: both capitalized or both not), is a cue whose speaker is
    the first verb's subject and whose content is the rest of the line."""
    first = next((j for j in range(1, k - 1) if listed(line[j]) is not None
                  and line[j - 1].pos_ in ("PROPN", "NOUN")
                  and line[j].text[:1].isupper() == line[k].text[:1].isupper()), None)
    return None if first is None else _headline_cue(line, k, lemma, line[first - 1])


def cut_coordinated(doc: Doc, cues: list[Cue], headline: list[Cue]) -> None:
    """End each earlier cue's content before a coordinated headline verb (the first verb's
    content is its own object, not the second predicate)."""
    for second in headline:
        if doc[second.anchor - 1].lower_ not in COORDINATORS:
            continue
        for cue in cues:
            if cue.anchor < second.anchor and second.anchor in cue.content:
                cue.content = [i for i in cue.content if i < second.anchor - 1]
