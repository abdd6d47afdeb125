"""People: who a person mention is when names are shared or shortened.  The context that
makes a name a person, the full name a surname or title stands for (by salience, gender,
titles and nearby roles).  The kinship cues that keep a father and son with one family
name apart ("Saddam Haftar, the son of Khalifa Haftar") are in kinship.py."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Token

from ... import names, settings
from ...lexicon import load_yaml
from ..context import Context
from . import bound, gazetteer
from .mentions import GENERATIONS, Cluster, Mention


@lru_cache(maxsize=1)
def _saying() -> frozenset[str]:
    verbs = load_yaml("cues.yaml")["verbs"]
    return frozenset(str(w) for kind in ("speech", "claim", "deny")
                     for w in verbs.get(kind, {}).get("lemmas", []))


def _pronoun_back(ctx: Context, m: Mention, close: bool = False) -> str | None:
    """The gender of the he/she (his, her ...) that refers back to ``m`` as
    :func:`_person_context` reads it: ``m`` a subject and that pronoun the next personal
    pronoun after it, with no person's name and no "it"/"they" between; else None.
    ``close``: the name may also be a close appositive of the subject, the noun of a role
    written right before it ("CEO Carly Fiorina named ...", parsed "CEO" nsubj, the name
    its appos), and a proper noun that is another clause's subject also ends the search
    ("where Edison Research has conducted polls ... Trump has ... his": his is Trump's,
    whom NER may not type PERSON)."""
    doc = ctx.doc
    root = doc[m.start:m.end].root
    if close and root.dep_ == "appos" and root.head.i == m.start - 1:
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for t in doc[m.end:min(len(doc), root.sent.end + 40)]:
        if t.ent_type_ == "PERSON" or t.lower_ in ("it", "its", "they", "their") or (
                close and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")):
            return None
        if gender := names.pronoun_gender(t.text):
            return gender
    return None


def _person_context(ctx: Context, m: Mention) -> bool:
    """The sentence makes the name a person: a title right before it ("Ms. Monaco"), or
    it is a subject (of a verb of saying, or of any verb) and the next personal pronoun
    refers back to it as a person ("Monaco said she ...", "Aden is reluctant to go back.
    She said ..."; "Ankara said it ..." is the government)."""
    doc = ctx.doc
    if m.start > 0 and names.is_title(doc[m.start - 1].text) and doc[m.start - 1].is_title:
        return True
    return _pronoun_back(ctx, m) is not None


# Types NER gives a surname that joins a person named in full: an organization or a
# place ("Trump" ORG, "Modi" GPE), a nationality, and a title of a work ("La Lime" for
# Helen La Lime: a name NER does not know as a person's), a building and a product
# ("Rubio" FAC for Marco Rubio, "Schiff" PRODUCT for Adam Schiff: the bare surname after
# the full name; PRODUCT seen in three articles, round 37).
_SURNAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "WORK_OF_ART", "FAC", "PRODUCT"})


def _person_mentions(ctx: Context, cluster: Cluster, people: list[Cluster],
                     full: list[Cluster]) -> tuple[list[Mention], list[Mention]]:
    """The mentions of ``cluster`` that may join a person named in full, and the rest."""
    if cluster.label == "PERSON":
        return list(cluster.mentions), []
    if cluster.label not in _SURNAME_LABELS or not (
            len(cluster.key) == 1 or any(_ends(cluster.key, c.key) for c in full)):
        return [], list(cluster.mentions)
    if len({m.key for m in cluster.mentions}) != 1:
        return [], list(cluster.mentions)
    text = cluster.mentions[0].text
    if not text[:1].isupper() or text.isupper():
        return [], list(cluster.mentions)  # "NATO", "UN": not written as a surname
    if not any(_ends(cluster.key, c.key) for c in full) and not (
            len(cluster.mentions) >= 2
            and sum(c.key[0] == cluster.key[0] for c in full) == 1
            and any(_person_context(ctx, m) for m in cluster.mentions)):
        # only a surname joins from another type, or a family name written first that
        # the article uses as a person's ("Sun Lijun ... Sun says he enjoys")
        return [], list(cluster.mentions)
    # the actor dictionaries know many people by surname ("Trump"): only a place's name
    # needs the sentence's word
    known = (gazetteer.country_of_name(text) or gazetteer.country_of_demonym(text)
             or gazetteer.country_of_city(text))
    joining = [m for m in cluster.mentions if not known or _person_context(ctx, m)]
    return joining, [m for m in cluster.mentions if m not in joining]


def _family_use(ctx: Context, m: Mention) -> bool:
    """A one-word surname that modifies a noun for a family (``names.yaml: family_nouns``),
    alone or coordinated with it: "the Bush family", "the Bush presidencies, and family"."""
    if m.end - m.start != 1:
        return False
    token = ctx.doc[m.start]
    if token.dep_ != "compound" or token.head.i <= token.i:
        return False
    head = token.head
    family = names.family_nouns()
    return head.lower_ in family or any(c.dep_ == "conj" and c.lower_ in family
                                        for c in head.children)


class _Facts:
    """What the article says of each person named in full, for telling apart people who
    share a surname."""

    def __init__(self, ctx: Context, full: list[Cluster]):
        self.roles = {id(c): set().union(*(m.roles for m in c.mentions)) for c in full}
        self.titled = {id(c): _titles_before(ctx, c) for c in full}
        self.gender = {id(c): _gender(ctx, c) for c in full}
        self.named = {id(c): _given_gender(c) for c in full}
        self.first = {id(c): c.first() for c in full}
        self.full = full
        self.bound: dict[int, str | None] = {}
        self.in_full = {id(c): _full_mentions(c) for c in full}
        title = (ctx.article.title or "").lower()
        headline = ctx.text.split("\n", 1)[0].lower()
        self.headline = {id(c) for c in full if any(
            m.text.lower() in title or m.text.lower() in headline for m in c.mentions)}

    def sex(self, cluster: Cluster) -> str | None:
        """The gender the article gives the person, else the one the given name says (the
        weakest evidence: :func:`_given_gender`)."""
        return self.gender[id(cluster)] or self.named[id(cluster)]

    def said(self, ctx: Context, m: Mention, targets: list[Cluster]) -> str | None:
        """The gender a mention's own sentence gives it: a courtesy or gendered title
        before it ("Mrs. Clinton"), else a pronoun its clause binds ("when Clinton
        declared her candidacy"; :func:`bound.pronoun_sex`, round 40), this one only
        where ``targets`` are each of a known gender, some of that one and some not (it
        rules namesakes out, never all of them)."""
        title = _title_gender(ctx, m)
        if title or m.end - m.start != 1:
            return title
        if id(m) not in self.bound:
            self.bound[id(m)] = bound.pronoun_sex(ctx, m, self.full, self.sex)
        gender = self.bound[id(m)]
        sexes = [self.sex(c) for c in targets]
        return gender if None not in sexes and gender in sexes and len(set(sexes)) > 1 \
            else None


def _choose(ctx: Context, mentions: list[Mention], targets: list[Cluster],
            facts: _Facts) -> list[Cluster | None]:
    """The person each bare surname stands for, or None where the article leaves it open.

    1. the mention's own context: kinship ("Haftar, the son"), a title the person was
       given ("President Trump" after "President Donald Trump"), a courtesy title's gender
       ("Mrs. Obama") against the gender of the pronouns that follow the full name;
    2. where the text calls the candidates parent and child of one another, step 1
       and first reference, and the surname kept by the one it so named
       (:func:`_established`); nothing more (siblings told apart by age only place the
       mentions their own context names);
    2b. a mention with no context of its own right after one placed in step 1, with
       no candidate named in full between them, continues that person (the text switched
       to the person; news names the other in full to switch back: centering's
       "continue", Grosz, Joshi & Weinstein 1995; AP Stylebook, second reference);
    3. the one candidate named in full in the headline, else the one introduced first
       and named in full more often than each other one (AP style: the secondary person
       is written with a first name or a title each time);
    4. else, the one candidate that the mentions placed in step 1 went to (the others
       are always written in full);
    5. else, by first reference (:func:`_first_reference`)."""
    if any(facts.roles[id(c)] & GENERATIONS for c in targets):
        return _established(ctx, mentions, targets, facts)
    chosen = [_by_context(ctx, m, targets, facts, dictionary=False) for m in mentions]
    # the courtesy titles of the mentions placed so give a person's gender where the
    # article gave none ("Mr. Lutz", placed as the one candidate not shown a woman)
    for c in targets:
        said_of = {_title_gender(ctx, m) for m, p in zip(mentions, chosen) if p is c}
        if facts.gender[id(c)] is None and len(said_of - {None}) == 1:
            facts.gender[id(c)] = next(iter(said_of - {None}))
    # a title the dictionaries give one candidate ("President Bush") places its own
    # mention only, not the others by 2b or 4 ("Mrs. Clinton" is not "President Clinton")
    titled = [c or _by_context(ctx, m, targets, facts) for m, c in zip(mentions, chosen)]
    # a courtesy title's gender that only one candidate was shown to have, another's
    # gender left unsaid ("Mr. Bush": Jeb was followed by "he", George W. never), does
    # not rule that one out: the text's switch (2b) may place the mention
    open_gender = [c is not None and any(facts.gender[id(o)] is None for o in targets)
                   and _by_context(ctx, m, targets, facts, False, False) is None
                   for m, c in zip(mentions, chosen)]
    # nor does it carry a mention whose courtesy title says the other gender ("Mrs.
    # Clinton" after "President Clinton")
    said = [facts.said(ctx, m, targets) for m in mentions]
    unfit = [[said[k] is not None and facts.sex(c) not in (None, said[k])
              for c in targets] for k in range(len(mentions))]
    base = list(chosen)
    chosen = _continued(mentions, targets, chosen, open_gender, unfit)
    main = _salient(targets, facts, chosen)
    # steps 3 and 4 among the candidates a mention's courtesy title fits ("Mrs. Clinton":
    # Hillary, named more often than Chelsea, not the Bill named first)
    chosen = [c if c is not None else main if not any(unfit[k]) else _salient(
        [t for t, no in zip(targets, unfit[k]) if not no], facts, chosen)
        for k, c in enumerate(chosen)]
    out = [t if t is not None and b is None else c for c, t, b in zip(chosen, titled, base)]
    return _first_reference(ctx, mentions, targets, facts, out)


def _salient(targets: list[Cluster], facts: _Facts,
             chosen: list[Cluster | None]) -> Cluster | None:
    """Steps 3 and 4 of :func:`_choose` among ``targets``: the one named in full in the
    headline, else the one introduced first and named in full more often than each other
    one, else the one of them that the placed mentions (``chosen``) went to."""
    main = [c for c in targets if id(c) in facts.headline]
    if len(main) != 1 and targets:
        first = min(targets, key=lambda c: facts.first[id(c)])
        main = [first] if all(facts.in_full[id(first)] > facts.in_full[id(c)]
                              for c in targets if c is not first) else []
    if len(main) != 1:
        ids = {id(c) for c in targets}
        main = list({id(c): c for c in chosen if c is not None and id(c) in ids}.values())
    return main[0] if len(main) == 1 else None


def _first_reference(ctx: Context, mentions: list[Mention], targets: list[Cluster],
                     facts: _Facts, chosen: list[Cluster | None]) -> list[Cluster | None]:
    """Step 5 of :func:`_choose`, for the mentions still open: a bare surname written
    before any other candidate is first named in full is the one named in full before it
    (AP Stylebook, names: a person is named in full at first reference, so a reader
    cannot take "Mrs. Clinton" for a Bill Clinton named only later); the courtesy titles
    of the mentions so placed give that person's gender where the article gave none, and
    a later open mention with a title of that gender goes to the one candidate of it
    ("Mrs. Clinton" after "under Bill Clinton", step 1's rule)."""
    if all(c is not None for c in chosen):
        return chosen
    first = {id(c): min((m.char_start for m in c.mentions if len(m.key) >= 2),
                        default=c.first()) for c in targets}
    out = list(chosen)
    said: dict[int, set[str]] = {}
    for k, m in enumerate(mentions):
        gender = facts.said(ctx, m, targets)
        # not one a courtesy title does not fit ("Ms. Trump" before Donald Trump Jr. is
        # named is not the Donald J. Trump named before; round 38), and among those it
        # fits ("Mrs. Clinton" after Bill Clinton is named, before Chelsea Clinton is)
        before = [c for c in targets if first[id(c)] < m.char_start
                  and (gender is None or facts.sex(c) in (None, gender))]
        if out[k] is None and len(before) == 1:
            out[k] = before[0]
            if gender:
                said.setdefault(id(before[0]), set()).add(gender)
    for c in targets:
        if facts.gender[id(c)] is None and len(said.get(id(c), ())) == 1:
            facts.gender[id(c)] = next(iter(said[id(c)]))
    out = [c if c is not None else _by_context(ctx, m, targets, facts, dictionary=False)
           for m, c in zip(mentions, out)]
    # steps 3 and 4 again among the candidates a mention's gender fits, now that first
    # reference placed mentions: the namesake of that gender the surname became the
    # short name of ("Mrs. Clinton" after Chelsea Clinton is named, in an article that
    # has called Hillary so twenty times; AP: the other is written in full each time)
    for k, m in enumerate(mentions):
        gender = facts.said(ctx, m, targets)
        if out[k] is None and gender:
            out[k] = _salient([c for c in targets if facts.sex(c) in (None, gender)],
                              facts, out)
    return out


def _established(ctx: Context, mentions: list[Mention], targets: list[Cluster],
                 facts: _Facts) -> list[Cluster | None]:
    """Step 2 of :func:`_choose` (parent and child): each mention's own context (kinship,
    a title the person was given); then first reference (a bare surname written before
    the other is named in full is the one named before it: "Clinton, 35, the daughter of
    Bill Clinton and Hillary Clinton" after "Chelsea Clinton"); where the surname so
    became one person's short name and no mention's context gave it to anyone else, the
    relative named later is the secondary person, whom news writes with a given name each
    time ("his pastor father, Rafael Cruz" in an article that has called the senator "Mr.
    Cruz"), so the open mentions stay that person's, but for a courtesy title of the
    other gender; first reference holds not where the mentions it places carry both
    courtesy titles (someone of the name is not named in full: "Khizr and Ghazala Khan");
    the rest by a courtesy title's gender where every candidate's gender is known."""
    out = [_by_context(ctx, m, targets, facts, genders=False, dictionary=False)
           for m in mentions]
    first = {id(c): min((m.char_start for m in c.mentions if len(m.key) >= 2),
                        default=c.first()) for c in targets}
    by_first = [k for k, m in enumerate(mentions) if out[k] is None and len(
        [c for c in targets if first[id(c)] < m.char_start]) == 1]
    for k in by_first:
        out[k] = next(c for c in targets if first[id(c)] < mentions[k].char_start)
    # "Mr. Khan" and "Ms. Khan" before the son is named in full beside "Khizr and Ghazala
    # Khan": the surname names someone not named in full, so first reference holds not
    said = [_title_gender(ctx, m) for m in mentions]
    titled = {said[k] for k in by_first} - {None}
    if len(titled) > 1 or any(said[k] and facts.sex(out[k]) not in (None, said[k])
                              for k in by_first):
        for k in by_first:
            out[k] = None
        by_first = []
    went = list({id(c): c for c in out if c is not None}.values())
    for k in range(len(mentions)):
        if out[k] is not None:
            continue
        known = titled or ({facts.sex(went[0])} - {None} if len(went) == 1 else set())
        unfit = said[k] is not None and bool(known) and said[k] not in known
        if by_first and len(went) == 1 and not unfit:
            out[k] = went[0]
        elif said[k] and all(facts.sex(c) for c in targets):
            # a courtesy title's gender only where every candidate's is known: a relative
            # introduced by a noun of kin ("her son, Humayun Khan") is often the only one
            fit = [c for c in targets if facts.sex(c) == said[k]]
            out[k] = fit[0] if len(fit) == 1 else None
    return out


def _continued(mentions: list[Mention], targets: list[Cluster],
               chosen: list[Cluster | None], open_gender: list[bool],
               unfit: list[list[bool]]) -> list[Cluster | None]:
    """Step 2b of :func:`_choose`: each unplaced bare surname after one placed by its
    context goes to the same person, until a candidate is named in full again; so does
    one placed only by a courtesy title's gender where another candidate's is unknown
    (``open_gender``); never to a person a mention's title gives the other gender
    (``unfit[k][i]`` for ``targets[i]``)."""
    full = sorted(m.char_start for c in targets for m in c.mentions if len(m.key) >= 2)
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].char_start)
    out = list(chosen)
    current: tuple[Cluster, int] | None = None
    for k in order:
        at = mentions[k].char_start
        if current is not None and any(current[1] < f < at for f in full):
            current = None
        if current is not None and unfit[k][targets.index(current[0])]:
            if chosen[k] is not None:
                current = (chosen[k], at)
            continue
        if chosen[k] is not None and not (open_gender[k] and current is not None):
            current = (chosen[k], at)
        elif current is not None:
            out[k] = current[0]
            current = (current[0], at)
    return out


_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def _conjuncts(ctx: Context, a: Cluster, b: Cluster) -> bool:
    """A mention of ``a`` and one of ``b`` are conjuncts of one coordination ("Prescott
    Bush, George Bush and George W. Bush"): coordinated noun phrases name different
    referents (CGEL ch. 15), so the two are two people."""
    def group(m) -> set[int]:
        head = ctx.doc[m.start:m.end].root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        out, todo = {head.i}, [head]
        while todo:
            for child in todo.pop().children:
                if child.dep_ == "conj" and child.i not in out:
                    out.add(child.i)
                    todo.append(child)
        return out

    for m in a.mentions:
        members = group(m)
        if len(members) > 1 and any(ctx.doc[o.start:o.end].root.i in members
                                    for o in b.mentions):
            return True
    return False


def join_initials(people: list[Cluster], ctx: Context | None = None) -> list[Cluster]:
    """A person named in full with a middle initial ("Donald J. Trump", the first
    reference of AP and New York Times style) and the same name without it ("Donald
    Trump", in a quote or a later line) are one person: the name without the initial
    joins the one with it, where exactly one name of the article reads so once its middle
    initials are left out ("George Bush" stays apart from "George W. Bush" where "George
    H. W. Bush" is also named; "Donald Trump Jr." is no "Donald J. Trump").  So for a
    middle name written out ("Hillary Rodham Clinton", the New York Times' first
    reference, and "Hillary Clinton"; round 34), where the name without it is first
    written after the full one: a person is named in full at first reference (AP), so a
    shorter name used before is someone else's.  Never two names coordinated in one
    list (:func:`_conjuncts`: "George Bush and George W. Bush" are father and son; round
    35).  Returns the clusters that joined another (their mentions moved)."""
    bare: dict[names.Key, list[Cluster]] = {}
    spelled: dict[names.Key, list[Cluster]] = {}
    for c in people:
        words = max(c.mentions, key=lambda m: len(m.key)).text.split()
        middle = [w for w in words[1:-1] if _INITIALS.match(w)]
        if middle and len(c.key) >= 3:
            rest = " ".join(w for i, w in enumerate(words)
                            if not (0 < i < len(words) - 1 and _INITIALS.match(w)))
            bare.setdefault(names.name_key(rest, person=True), []).append(c)
        tail = names.without_suffix(c.key)
        if len(tail) == 3 and tail == c.key and not middle \
                and len(words) == 3 and all(_name_word(w) for w in words):
            spelled.setdefault((tail[0], tail[-1]), []).append(c)
    gone = []
    for c in people:
        found = bare.get(c.key, [])
        if not found:
            fuller = spelled.get(c.key, [])
            found = [o for o in fuller if o.first() < c.first()] if len(fuller) == 1 else []
        if len(c.key) >= 2 and len(found) == 1 and found[0] is not c \
                and not (ctx is not None and _conjuncts(ctx, c, found[0])):
            found[0].mentions.extend(c.mentions)
            c.mentions = []
            gone.append(c)
    return gone


def _given_and_surname(c: Cluster) -> tuple[str, str, str] | None:
    """A person's name as written in full, read as given name and surname: the folded
    given name, the folded surname, and the given name as written; middle initials and a
    generational suffix left out ("Joseph R. Biden, Jr." -> jo..., biden, "Joseph").  None
    for a name of more words (a middle name written out, a name of two surnames)."""
    words = max(c.mentions, key=lambda m: len(m.key)).text.replace(",", " ").split()
    words = [w for i, w in enumerate(words) if not (0 < i and _INITIALS.match(w))]
    key = names.without_suffix(names.name_key(" ".join(words), person=True))
    if len(key) != 2 or not words or not _name_word(words[0]):
        return None
    return key[0], key[1], words[0]


def join_hypocorisms(people: list[Cluster], ctx: Context | None = None) -> list[Cluster]:
    """A person named in full with a short or pet form of the given name ("Joe Biden",
    "Sandy Paradis") and the same surname with the given name it is a form of ("Joseph R.
    Biden", "Sandra Paradis") are one person: English writes a hypocorism for its bearer
    (CGEL ch. 20: proper names, familiar forms) and news uses both, the formal name at
    first reference in one line and the familiar one in a caption or a quote
    (``data/hypocorisms.tsv``, a curated table of English names and their short forms).
    The later name joins the earlier where exactly one other name of the article reads so
    (two names of the surname whose given names are forms of it leave it open), the two
    given names' genders do not disagree (``given_names.tsv``), and the two are never
    conjuncts of one coordination ("Bill and Billy Smith" are two; :func:`_conjuncts`).
    Returns the clusters that joined another (their mentions moved).  Issue 20, round
    45: PolNeAR train-12 huff-post 2016-02-12 ("Sandra Paradis", "Sandy Paradis"), pdev2
    huff-post 2016-09-10 ("Joe Biden", "Joseph R. Biden")."""
    read = {id(c): _given_and_surname(c) for c in people}
    gone: list[Cluster] = []
    for c in sorted(people, key=lambda c: c.first()):
        mine = read[id(c)]
        if mine is None or c in gone:
            continue
        found = [o for o in people if o is not c and o not in gone and read[id(o)]
                 and read[id(o)][1] == mine[1] and names.hypocorism(mine[0], read[id(o)][0])]
        if len(found) != 1:
            continue
        other = found[0]
        sexes = {names.given_name_gender(mine[2]), names.given_name_gender(read[id(other)][2])}
        if len(sexes - {None}) > 1 or other.first() > c.first() \
                or (ctx is not None and _conjuncts(ctx, c, other)):
            continue
        other.mentions.extend(c.mentions)
        c.mentions = []
        gone.append(c)
    return gone


def full_names_typed_org(ctx: Context, clusters: list[Cluster]) -> list[Cluster]:
    """Names spaCy typed ORG that are the first, full reference to a person the article
    goes on to call by a courtesy title and the surname ("Gene Sperling, a longtime policy
    maker ... Mr. Sperling said"; the New York Times' second reference): two capitalized
    words, nothing else in the span, written before the first "Mr./Ms. <surname>", whose
    last word is that surname, and no person named in full ends with it.  Not a name the
    actor dictionaries give a sector (an organization), unless its first word is a given
    name of one sex (``names.given_name_gender``: "Carly Fiorina", whom PETRARCH2 lists
    USA PTY, is a person; "Goldman Sachs" is not), not one with a title before it."""
    from .codes import _dictionary_code

    people = [c for c in clusters if c.label == "PERSON"]
    full_ends = {c.key[-1] for c in people if len(c.key) >= 2}
    titled = {}
    for c in people:
        if len(c.key) == 1 and any(_titles_of(ctx, m) or _bare_surname(ctx, m)
                                   for m in c.mentions):
            titled[c.key[0]] = c.first()
    out = []
    for c in clusters:
        words = c.mentions[0].text.split()
        if (c.label == "ORG" and len(c.key) >= 2 and len(words) == 2
                and all(_name_word(w) for w in words)
                and len({m.key for m in c.mentions}) == 1
                and c.key[-1] in titled and c.key[-1] not in full_ends
                and c.first() < titled[c.key[-1]]
                and not any(names.is_title(ctx.doc[m.start - 1].text.rstrip("."))
                            for m in c.mentions if m.start)
                and not (_dictionary_code(c.mentions[0].text, None)[1]
                         and not names.given_name_gender(words[0]))):
            out.append(c)
    return out


def _name_word(word: str) -> bool:
    """A capitalized word of letters, or such words joined by hyphens ("Eva-Marie")."""
    return all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in word.split("-"))


def _bare_surname(ctx: Context, m: Mention) -> bool:
    """A one-word mention NER itself typed PERSON ("Persson explained"; the wire services'
    second reference, the surname alone)."""
    return m.end - m.start == 1 and m.label == "PERSON"


def _full_mentions(cluster: Cluster) -> int:
    longest = max(len(m.key) for m in cluster.mentions)
    return sum(len(m.key) == longest for m in cluster.mentions)


def _shortens(short: names.Key, full: names.Key) -> bool:
    return _ends(short, full) or (len(short) >= 2 and names.is_prefix(short, full))


def _ends(short: names.Key, full: names.Key) -> bool:
    """``short`` ends the name ``full``, a generational suffix after it left out ("Biden"
    of "Joseph R. Biden Jr.")."""
    return names.is_suffix(short, full) or names.is_suffix(short, names.without_suffix(full))


def _by_context(ctx: Context, m: Mention, targets: list[Cluster],
                facts: _Facts, genders: bool = True, dictionary: bool = True) -> Cluster | None:
    if m.roles:
        fit = [c for c in targets if facts.roles[id(c)] & m.roles]
        if len(fit) == 1:
            return fit[0]
    titles = _titles_of(ctx, m)
    if titles:
        fit = [c for c in targets if facts.titled[id(c)] & set(titles)]
        if len(fit) == 1:
            return fit[0]
        fit = [c for c in targets if dictionary
               and _dictionary_titles().get(c.key, frozenset()) & set(titles)]
        if len(fit) == 1:  # "President Bush": the dictionaries' "president george w. bush"
            return fit[0]
    gender = facts.said(ctx, m, targets)
    if gender and genders:
        fit = [c for c in targets if facts.gender[id(c)] == gender]
        if len(fit) == 1:
            return fit[0]
        # the given names' where the article's genders leave it open ("Mrs. Clinton":
        # Hillary, beside a Bill Clinton; neither followed by a he or she)
        fit = [c for c in targets if facts.sex(c) == gender]
        if len(fit) == 1:
            return fit[0]
        # no candidate shown to have it and all but one shown the other gender: the
        # one left ("Mr. Lutz" after "his first wife, Greta Lutz"), unless the given
        # name says the other gender too
        fit = [c for c in targets if facts.sex(c) is None]
        if not any(facts.sex(c) == gender for c in targets) and len(fit) == 1:
            return fit[0]
    return None


def _titles_of(ctx: Context, m: Mention) -> list[str]:
    """The titles in the two words before a mention ("President", "Mrs."), lower-cased."""
    words = [t.lower_.rstrip(".") for t in ctx.doc[max(m.start - 2, 0):m.start]]
    return [w for w in words if names.is_title(w)]


def _gender_of(titles: list[str]) -> str | None:
    """The gender the nearest gendered title gives ("Mrs.", "Mr.")."""
    return next((g for g in map(names.title_gender, reversed(titles)) if g), None)


def _title_gender(ctx: Context, m: Mention) -> str | None:
    """The gender a title in the two words before a mention gives ("Mrs.", "Mr.")."""
    return _gender_of(_titles_of(ctx, m))


def by_title_gender(ctx: Context, open_mentions: list[Mention]) -> list[list[Mention]]:
    """The mentions that no rule gave to one of the namesakes, kept apart by the gender
    their courtesy or gendered titles give: "Mr. Khan" and "Ms. Khan" are never one person
    (round 34; the couple "Khizr and Ghazala Khan" named only so, their genders not
    given).  One group where the titles give one gender or none; else the "Mr." mentions,
    the "Ms." mentions, and the untitled ones, each a group."""
    groups: dict[str | None, list[Mention]] = {}
    for m in open_mentions:
        groups.setdefault(_title_gender(ctx, m), []).append(m)
    if len([g for g in groups if g is not None]) < 2:
        return [open_mentions]
    return [groups[g] for g in sorted(groups, key=lambda g: g or "")]


@lru_cache(maxsize=1)
def _dictionary_titles() -> dict[names.Key, frozenset[str]]:
    """Person name key -> the titles the actor dictionaries write before that full name
    ("president george w. bush", "u.s. president george w. bush" in PETRARCH2): the office
    a formal title before a bare surname names ("President Bush") is that person's, not
    a namesake's who never held it (AP Stylebook, titles: a formal title capitalized
    before a name is the office the person holds or held).  Names of two words or more."""
    from .codes import _dictionaries

    out: dict[names.Key, set[str]] = {}
    for name in _dictionaries(settings.get("actors")):
        words = name.split()
        last = max((i for i, w in enumerate(words) if names.is_title(w)), default=None)
        if last is None or len(words) - last - 1 < 2:
            continue
        key = names.name_key(" ".join(words[last + 1:]), person=True)
        if len(key) >= 2:
            out.setdefault(key, set()).update(
                w.rstrip(".") for w in words[:last + 1] if names.is_title(w))
    return {k: frozenset(v) for k, v in out.items()}


def _gender(ctx: Context, cluster: Cluster) -> str | None:
    """A person's gender as the article gives it: a gendered title before a mention
    ("Mrs.", "Queen") or a gendered noun of kin in apposition with it ("his first wife,
    Ivana Trump"), else the pronouns that follow a mention that is a subject in its
    sentence, up to the next person named ("Michelle Obama said she ...")."""
    votes: Counter[str] = Counter()
    doc = ctx.doc
    for m in cluster.mentions:
        for t in doc[max(m.start - 2, 0):m.end]:
            g = names.title_gender(t.text) if names.is_title(t.text) else None
            if g:
                votes[g] += 2
        root = doc[m.start:m.end].root
        g = _kin_apposition(root)
        if g:
            votes[g] += 2
        if root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        sent = root.sent
        for t in doc[m.end:sent.end]:
            if t.ent_type_ == "PERSON":
                break
            g = names.pronoun_gender(t.text)
            if g:
                votes[g] += 1
                break
    if not votes:
        return None
    top = votes.most_common(2)
    return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None


def _given_gender(cluster: Cluster) -> str | None:
    """The gender a person's given name says (``names.full_names_gender``, US birth
    counts; "Kim" and "Barack" say none).  The weakest evidence, read only where
    :func:`_gender` finds none in the article."""
    return names.full_names_gender(m.text for m in cluster.mentions)


def _kin_apposition(root: Token) -> str | None:
    """The gender a noun of kin in apposition with a name gives it: the name in
    apposition to the noun ("his first wife, Ivana Trump") or the noun to the name
    ("Clinton, 35, the daughter of ...")."""
    kin = [root.head] if root.dep_ == "appos" else []
    kin += [c for c in root.children if c.dep_ == "appos"]
    found = {names.kin_gender(t.text) for t in kin} - {None}
    return found.pop() if len(found) == 1 else None


def _titles_before(ctx: Context, cluster: Cluster) -> set[str]:
    """Titles written before or inside a person's mentions ("General Khalifa Haftar")."""
    out = set()
    for m in cluster.mentions:
        words = [t.lower_.rstrip(".") for t in ctx.doc[max(m.start - 2, 0):m.end]]
        out.update(w for w in words if names.is_title(w))
    return out
