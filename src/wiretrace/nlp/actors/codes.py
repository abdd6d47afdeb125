"""Actor codes: each entity's country and sector from the actor dictionaries (PETRARCH2's and
the project's, the user's own), the agent words and titles around its mentions, the role
it holds on the article's date and the body it belongs to."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import cache, names, settings
from ...lexicon import load_tsv, load_yaml
from ...model import Entity
from ...outlets import normalize, outlets
from ..context import Context
from . import gazetteer
from .affiliation import after_destination, held_in, name_root, role_noun, union_head, works_for
from .agents import _chunks, agent_sectors, aide_noun, spokespeople, title_department
from .dictionaries import _name_sector, _name_words_of, branch_body, chamber_body
from .groups import supporter_noun
from .kinds import kinds as kinds_of
from .located import _article_country, _body_country, _located, _place_country
from .predicates import VERB_TAGS, predicate_roles, relative_roles
from .tenure import (
    NOT_NOW,
    STATE_ROLES,
    article_candidate,
    campaign_staff,
    candidacy,
    candidacy_sectors,
    candidate_country,
    candidate_staff_noun,
    ended,
    former,
    on_date,
    party_staff,
    past_office,
    person_named_at,
    stale,
    title_ended,
    to_come,
)

# ------------------------------------------------------------------------ actor codes

SECTOR_OF_KIND = {"MNC": "BUS"}  # PETRARCH2's multinational corporations: PLOVER's business
# PETRARCH2's agent sectors for the people of a faith (CAMEO's religion codes)
FAITHS = frozenset({"CHR", "MUS", "JEW", "BUD", "HIN", "REL"})


def _petrarch() -> dict[str, list[tuple[str, str, str]]]:
    """actors_petrarch.tsv: lowercased name -> [(code, since, until)] (read when the
    dictionaries are built, then kept with them)."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for r in load_tsv("actors_petrarch.tsv"):
        table.setdefault(r["name"], []).append((r["code"], r["since"], r["until"]))
    return table


def _international() -> dict[str, list[tuple[str, str, str]]]:
    """Every actor dictionary: the user's (setting `actors`), then the project's
    supplement (actors_wiretrace.yaml), then the state actors (actors_states.yaml), then
    PETRARCH2's; a name found in an earlier one is not looked up in a later one."""
    return _dictionaries(settings.get("actors"))


@lru_cache(maxsize=4)
# seconds to build: kept between processes, in 64 pieces read when a name is looked up
@cache.on_disk("actors", cache.paths_in_setting, shards=64)
def _dictionaries(user_paths: str) -> dict[str, list[tuple[str, str, str]]]:
    from . import dictionaries as actor_files

    table = dict(_petrarch())
    users = actor_files.read_user(user_paths)
    for entries in [actor_files.read_states(), actor_files.read_shipped(), *reversed(users)]:
        table.update(entries)  # lowest priority first: the user's first file wins
    return table


def _folded_people() -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    return _folded(settings.get("actors"))


@lru_cache(maxsize=4)
@cache.on_disk("actors-folded", cache.paths_in_setting, shards=64)
def _folded(user_paths: str) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    """The dictionaries' names of two words or more, by their transliteration-folded person
    key ("Bouteflicka" and "Bouteflika" fold alike, as Qaddafi and Gaddafi do)."""
    table: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
    for name, rows in _dictionaries(user_paths).items():
        if " " in name:
            key = names.name_key(name, person=True)
            if len(key) >= 2:
                table.setdefault(key, []).extend(rows)
    return table


def _dictionary_code(name: str, when: str | None,
                     person: bool = False) -> tuple[str | None, str | None]:
    """Country and (main) sector of a name in the actor dictionaries: see
    :func:`_dictionary_sectors`."""
    country, sectors = _dictionary_sectors(name, when, person)
    return country, sectors[0] if sectors else None


def _dictionary_sectors(name: str, when: str | None,
                        person: bool = False) -> tuple[str | None, list[str]]:
    """Country and sectors of a name in the actor dictionaries (the user's, the project's,
    PETRARCH2's), by the code that holds on the article's date, the most recently begun if
    several do (an undated code holds always, and is used when no dated one does).  A
    person's name is also looked up by its folded key, so spelling variants find their
    entry.  "ISRGOVMIL" -> ("ISR", ["GOV", "MIL"])."""
    rows = _dictionary_rows(name, person)
    if not rows:
        return None, []
    code = on_date(rows, when)[0]
    kind = code[:3]
    if kind in ("IGO", "NGO", "MNC", "REB") or code in ("MED", "ELI"):
        # "REB": a transnational armed group; "MED", "ELI": a sector with no country
        # (PETRARCH2's "buzzfeed" MED, "glenn greenwald" MED, "kofi annan" ELI)
        return None, [SECTOR_OF_KIND.get(kind, kind)]
    country = kind if gazetteer.country_of_code(kind) else None
    return country, _legislature_first(_chunks(code[3:])) if country else []


def _legislature_first(sectors: list[str]) -> list[str]:
    """PETRARCH2 codes the legislatures ("senate", "knesset", "bundestag", "us house of
    representatives"), their committees and the members it lists as their leaders ("harry
    reid" USAGOVLEG) GOV and LEG: the legislature's own sector comes first (CAMEO LEG,
    "legislature"; round 34 read "Senate Majority Leader" LEG the same way).  ["GOV",
    "LEG"] -> ["LEG", "GOV"]."""
    if "GOV" in sectors and "LEG" in sectors:
        return ["LEG", *[s for s in sectors if s != "LEG"]]
    return sectors


def _dictionary_rows(name: str, person: bool = False) -> list[tuple[str, str, str]]:
    """A name's rows (code, since, until) in the actor dictionaries, by its folded key too."""
    key = " ".join(name.lower().replace("\u2019", "'").split())
    rows = _international().get(key) or _international().get(key.removeprefix("the "))
    if not rows and person:
        folded = names.name_key(name, person=True)
        rows = _folded_people().get(folded) if len(folded) >= 2 else None
    return rows or []


TITLE_WINDOW = 40  # characters: longer than any title word


def _headed_body(name: str) -> tuple[str | None, list[str]]:
    """A state body named by the person who heads it, NER's one name: "Obama White House",
    "Obama Administration".  A proper name before a noun classifies it (CGEL ch. 5,
    composite nominals): the body is the one its last words name, a state's executive
    that a dictionary lists with a country ("white house" USAGOV) or a noun of
    ``generic_actors.yaml: headed_bodies`` (PETRARCH2's ADMINISTRATION GOV), and its leading
    words a person the dictionaries list with that body's country.  The body's code, not
    the person's (a past president's ELI) on the article's date."""

    words = name.replace("\u2019", "'").removeprefix("the ").removeprefix("The ").split()
    for k in range(1, len(words)):
        lead, rest = " ".join(words[:k]), " ".join(words[k:])
        if rest.lower() in (load_yaml("generic_actors.yaml").get("headed_bodies") or ()):
            country, sectors = None, agent_sectors(rest)
        else:
            country, sectors = _dictionary_sectors(rest, None)
            if "GOV" not in sectors:
                continue
        people = {code[:3] for code, _, _ in _dictionary_rows(lead, person=True)}
        if len(people) == 1 and (country is None or country in people) and sectors:
            return country or next(iter(people)), sectors
    return None, []


def _ends_unmatched(name: str) -> bool:
    """The agent dictionary found no phrase that ends the name: its sector came from a
    word before the head ("Congress" in "National Congress Party")."""
    words = _name_words_of(name)
    return not agent_sectors(words[-1]) if words else False


def _titled(ctx: Context, entity: Entity) -> list[str]:
    """Each mention with the capitalized word before it ("President Bush")."""
    out = []
    for m in entity.mentions:
        # the word before: a short window, not the whole text before every mention
        before = ctx.text[max(0, m.start - TITLE_WINDOW):m.start].split()
        if before and before[-1][:1].isupper() and before[-1].isalpha():
            out.append(f"{before[-1]} {m.text}")
    return list(dict.fromkeys(out))


def _modifier_country(ctx: Context, entity: Entity, country_of: dict[int, str]) -> str | None:
    """"British Defence Secretary Tom King", "Taiwan's Vice Foreign Minister": a country
    named before the mention inside its own noun phrase, not inside a prepositional phrase
    there ("China's ambassador to London Zheng Zeguang" serves China)."""
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = name_root(span)
        for token in root.subtree:
            if token.i >= span.start or after_destination(root):  # "envoy to Ukraine X"
                break
            if token.i in country_of and not _in_phrase(token, root):
                return country_of[token.i]
    return None


def _in_phrase(token: Token, root: Token) -> bool:
    """``token`` hangs under ``root`` through a preposition or a clause."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ in ("prep", "pobj", "relcl", "acl", "advcl"):
            return True
        token = token.head
    return False


def _role(ctx: Context, entity: Entity, country_of: dict[int, str],
          org_of: dict[int, Entity] | None = None) -> tuple[str | None, list[str]]:
    """Country and sectors of a person from the role the text gives them: a title before
    the name ("Turkish Foreign Minister Mevlut Cavusoglu") or a role noun in apposition
    ("Somalia's ambassador to Kenya, Mohamud Ahmed Nur"; "Frantz Exantus, Haiti's
    secretary of state").  The sectors come from PETRARCH2's agent dictionary; the
    country is the one that owns or qualifies the role noun, never the object of a
    preposition after it (an ambassador *to* Kenya serves Somalia).  A former or future
    role ("former French ambassador") gives its country but no sector.  A role held in a
    coded organization named with it ("Taliban spokesman Zabihullah Mujahid", "U.N.
    envoy Geir Pedersen") gives that organization's code: the person acts for it."""
    doc = ctx.doc
    # a former role with no sector that another role is coordinated with: its country
    # and the tokens of the roles coordinated with it, one of which is held now
    past: tuple[str | None, set[int]] | None = None
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = name_root(span)
        heads = [t for t in root.children if t.dep_ == "appos" and role_noun(t)]
        if root.dep_ == "appos" and role_noun(root.head):
            heads.append(root.head)
        # coordinated appositives each describe the person ("Mr. Hurt, a former Newsweek
        # correspondent and the author of ...": Quirk et al. 1985, 17.65-17.93)
        # (a common noun inside the appositive: not a title the parser ran in after it)
        heads += [c for t in heads for c in t.conjuncts if c.pos_ == "NOUN" and c.i > t.i
                  and not any(w.tag_ in VERB_TAGS or w.is_quote or w.text == ","
                              for w in doc[t.i + 1:c.i])]
        heads += predicate_roles(root) + [t for t in relative_roles(root) if role_noun(t)]
        if after_destination(root):
            heads.append(root.head.head)  # "ambassador to London Zheng Zeguang" (misparse)
        heads = [t for t in heads if not supporter_noun(t)]  # whom one backs: _supporter
        # the title before the name; the parser hangs a title with its own complement
        # as nmod ("Minister of Justice Naser Eldin Abdel Bari", "Chief of Staff Gen. X")
        # (a department word NER typed ORG that no dictionary codes is a title's word:
        # "Treasury Secretary Dana Whitfield", "Interior Minister Jane Doe")
        phrases = [[t for t in root.subtree if t.i < span.start
                    and (not t.ent_type_ or names.title_abbreviation(t.text)
                         or names.title_short_form(t.text)  # "Lt Col" NER put in the name
                         or t.ent_type_ == "ORG" and not (org_of and t.i in org_of))
                    and t.dep_ in ("compound", "amod", "nmod") and not _in_phrase(t, root)]]
        for noun in heads:
            words = _modifiers(noun) + [noun]
            of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if obj is not None:
                words += [of] + [t for t in obj.lefts if t.dep_ == "compound"] + [obj]
            phrases.append(words)
        for words in phrases:
            if not words:
                continue
            sectors = _title_sectors(words) or _role_word(words[-1], words is phrases[0])
            staff = campaign_staff(words)  # "Mr. Trump's campaign chairman": PTY
            sectors = ["PTY"] if staff is not None else sectors
            owner = next((t for t in words if t in heads), root)
            if staff is None and not any(t.lower_ in NOT_NOW
                                         for t in list(owner.children) + words):
                aide = _candidates_staff(words[-1], ctx.article.published)
                if aide is not None:  # "Hillary Clinton aide Cheryl Mills": PTY
                    return aide
            if any(party_staff(t) for t in words):  # "the state party chairwoman": PTY
                sectors = ["PTY"]
            running = candidacy(words)
            if running:  # PETRARCH2 codes every "opposition" role OPP (agent_sectors)
                opposed = any(t.lower_ == "opposition" for t in words[-1].subtree
                              if t.i < words[-1].i)
                sectors = ["OPP"] if opposed else candidacy_sectors(sectors)  # not sought
            owner = next((t for t in words if t in heads), root)
            if sectors == ["MED"] and words[-1].lower_ in spokespeople() and not any(
                    t.lower_ in NOT_NOW for t in list(owner.children) + words):
                aide = _aide_to(words[-1], ctx.article.published)  # "Merkel's spokesman"
                if aide is not None:
                    return aide
            if not sectors:
                # a role PETRARCH2 lacks, held in a coded organization named with it: "the
                # U.N. secretary-general's special representative", "CNA's director"
                near = [c for w in words for c in w.children if c.dep_ in ("compound", "poss")]
                near += [c for t in near for c in t.children if c.dep_ in ("compound", "poss")]
                held = [t for t in near if org_of and t.i in org_of]
                now = not any(t.lower_ in NOT_NOW for t in list(owner.children) + words)
                if (owner.pos_ == "NOUN" or words is phrases[0]) and held:  # "Hamas official X"
                    org = org_of[held[0].i]
                    return org.country, list(org.sectors) if now else former(
                        list(org.sectors), list(owner.children) + words)
                state = next((country_of[c.i] for w in words for c in (w, *w.children)
                              if c.i in country_of
                              and c.dep_ in ("amod", "compound", "poss", "nmod")), None)
                aide = _aide_to(words[-1], ctx.article.published)
                if aide is not None and now:  # "an aide to Vice President Mike Pence"
                    return aide
                if words[-1].lemma_.lower() == "leader" and state and not held:
                    # "North Korean leader Kim Jong Un": a country's leader is its state
                    # leader (PETRARCH2: STATE LEADER, SUPREME LEADER GOV)
                    return state, ["GOV"] if now else []
                continue
            mods = [t for t in owner.children if t.dep_ in ("poss", "amod", "compound")]
            mods += [t for t in words if t.dep_ in ("amod", "compound")]
            mods += [t for t in root.children if t.dep_ in ("amod", "compound", "poss")
                     and not (t.i < span.start and after_destination(root))]
            mods += [c for t in words for c in t.children  # "[Taliban] spokesman X"
                     if c.dep_ in ("amod", "compound", "poss")]
            country = next((country_of[t.i] for t in mods if t.i in country_of), None)
            country = country or candidate_country(staff, ctx.article.published)
            org = next((org_of[t.i] for t in mods if org_of and t.i in org_of), None) \
                or held_in(owner, org_of, sectors)  # "the chief executive of Showtime"
            if org is not None and country in (None, org.country):
                # of a body coded with several sectors, the one the title names comes
                # first: "Senate Majority Leader" LEG in the Senate (PETRARCH2 USAGOVLEG)
                titled = [s for s in sectors if s in org.sectors]
                country, sectors = org.country, titled + [s for s in org.sectors
                                                          if s not in titled]
            elif union_head(owner, sectors):  # "the president of the firefighters union"
                sectors = ["LAB"]
            if any(t.lower_ in NOT_NOW and not (running and t.i == words[-1].i)
                   for t in list(owner.children) + words):  # a candidacy is held now
                sectors = former(sectors, list(owner.children) + words)
                if not sectors and any(c in heads for c in owner.conjuncts):
                    # a former role with no sector of its own, and another role
                    # coordinated with it: "a former Newsweek correspondent and the
                    # editor of ...": that one, held now
                    past = past or (country, {c.i for c in owner.conjuncts})
                    continue
            if past is not None:
                if owner.i not in past[1]:
                    continue
                return country or past[0], sectors
            return country, sectors
        if past is not None:
            return past[0], []
    return None, []


def _supporter(ctx: Context, entity: Entity) -> bool:
    """Whether the text calls a person a supporter, in apposition or by a copula ("Jane
    Doe, a Clinton supporter", "Doe is a fervent supporter of X"): a private person, CVL
    (PETRARCH2 VOTER, PRIVATE_CITIZEN CVL; round 39), read only where no other role or
    organization gave the person a sector (:func:`_role` skips the noun, so the person
    backed gives no sector of theirs)."""
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = name_root(span)
        heads = [t for t in root.children if t.dep_ == "appos"] + predicate_roles(root)
        heads += [root.head] if root.dep_ == "appos" else []
        if any(supporter_noun(t) and not any(c.lower_ in NOT_NOW for c in t.children)
               for t in heads):
            return True
    return False


def _modifiers(noun: Token) -> list[Token]:
    """The compound and adjective modifiers before a role noun, with their own ("his
    national security adviser": "national" modifies "security", which modifies
    "adviser"; PETRARCH2 lists NATIONAL_SECURITY_ADVISER GOV, MIL)."""
    out: list[Token] = []
    for t in noun.lefts:
        if t.dep_ in ("compound", "amod"):
            out += [*_modifiers(t), t]
    return out


def _staff_owner(noun: Token) -> Token | None:
    """Whom a staff noun's holder serves: the object of its "to" ("an aide to X"), else
    its possessor ("Ms. Merkel's spokesman"), else a name before it as its modifier
    ("Hillary Clinton aide Cheryl Mills")."""
    to = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is not None:
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    return next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
         and c.ent_type_ in ("PERSON", "")), None)


def _candidates_staff(noun: Token, when: str | None) -> tuple[str | None, list[str]] | None:
    """"Hillary Clinton aide Cheryl Mills", "Clinton communications director Jennifer
    Palmieri", "an aide to X": the staff of a person the article calls a candidate, who
    holds no state office the dictionaries give on the article's date, are a party's
    people, PTY, of the candidate's country (round 45; as round 33's campaign staff:
    PETRARCH2 PRESIDENTIAL_CANDIDATE, PARTY_MEMBER PTY).  An office holder's staff are
    :func:`_aide_to`'s, GOV."""
    if not candidate_staff_noun(noun):
        return None
    owner = _staff_owner(noun)
    person = person_named_at(owner)
    # a surname alone NER left untyped ("Marlow aide Tom Oakley"): the name is the word
    words = [t for t in person if t.dep_ != "case"] if person is not None else \
        [owner] if owner is not None and owner.pos_ == "PROPN" else []
    if not words:
        return None
    country, sectors = _dictionary_sectors(" ".join(t.text for t in words), when,
                                           person=True)
    if set(sectors) & STATE_ROLES or not article_candidate(noun.doc, words[-1].text):
        return None
    return country, ["PTY"]


def _aide_to(noun: Token, when: str | None) -> tuple[str | None, list[str]] | None:
    """"an aide to Vice President Mike Pence", "an adviser to President Emmanuel Macron",
    "Ms. Merkel's spokesman", "Carter's press secretary": the staff of a state's office
    holder are of that state's government (PETRARCH2: PRESIDENTIAL_AIDE GOV), the country
    the office holder's; the holder's code is the dictionary's on the article's date,
    else the title's ("Vice President" GOV)."""
    if not aide_noun(noun):
        return None
    to = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else \
        next((c for c in noun.children if c.dep_ == "poss"), None)  # the holder's staff
    person = person_named_at(obj)
    if person is None:
        return None
    country, sectors = _dictionary_sectors(person.text, when, person=True)
    title = [t for t in obj.lefts if t.i < person.start and t.dep_ == "compound"]
    if not sectors and title:
        sectors = agent_sectors(" ".join(t.text for t in title))
    return (country, ["GOV"]) if sectors[:1] == ["GOV"] else None


def _description(ctx: Context, entity: Entity, country_of: dict[int, str]
                 ) -> tuple[str | None, list[str]]:
    """An organization's code from the common noun that describes it, in apposition or
    right before the name: "the Syrian Kurdish militia, the YPG", "InterDots, a company
    that ...", "online magazine Healthcare Asia", "business consultancy Dezan Shira &
    Associates".  The sector is the noun's (with its modifiers) in PETRARCH2's agent
    dictionary, the country a country or demonym modifying it.  Not in the headline,
    whose commas join items where a sentence writes "and" ("Homeland Security, rights
    group to meet in court")."""
    doc = ctx.doc
    headline = ctx.headline_end
    for m in entity.mentions:
        if m.end <= headline:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nouns = [t for t in root.children if t.dep_ == "appos" and t.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        if span.start > 0:
            before = doc[span.start - 1]
            if before.pos_ == "NOUN" and before.head.i == root.i \
                    and before.dep_ in ("compound", "nmod", "amod"):
                nouns.append(before)
        if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= span.end \
                and (_describing(root.head)
                     or root.head.lemma_.lower() in kinds_of().organization_nouns):
            # "the Infocus Mekong Research consultancy"; not a role ("a DHS spokesperson",
            # "Iberdrola engineer": a person of the organization, not what it is)
            nouns.append(root.head)
        for noun in nouns:
            mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod")
                    and not span.start <= t.i < span.end]
            words = [t for t in mods if not t.ent_type_] + [noun]
            sectors = agent_sectors(" ".join(t.text for t in words)) or _describing(noun)
            country = next((country_of[t.i] for t in mods if t.i in country_of), None)
            if country is None and sectors:
                country = _located(noun, country_of)
            if sectors or country:
                return country, sectors
    return None, []


def _title_sectors(words: list[Token]) -> list[str]:
    """The sectors of a role's words, with the of-complement of its last word when that
    makes a longer entry ("Secretary of State", where NER took "State" for a name and the
    title alone, "Secretary", has no entry)."""
    last = words[-1]
    of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is not None and obj.i > last.i and words[-1] is not obj:
        longer = [*words, of, *[t for t in obj.lefts if t.dep_ == "compound"], obj]
        found = agent_sectors(" ".join(t.text for t in longer))
        if found:
            return found
    return agent_sectors(" ".join(names.title_words(  # "Lt. Col." -> lieutenant colonel
        [t.text for t in words if not t.is_punct])))


def _role_word(token: Token, title: bool = False) -> list[str]:
    """A role noun PETRARCH2's agent dictionary lacks (``generic_actors.yaml:
    role_nouns``): "a senior fellow at ..." EDU.  ``title``: the words before the name,
    where a role is capitalized as a title and tagged a proper noun ("Pastor Joseph
    Brown"; round 36)."""
    if token.pos_ != "NOUN" and not (title and token.pos_ == "PROPN"):
        return []
    table = _describing_nouns(key="role_nouns")
    sector = table.get(token.lower_) or table.get(token.lemma_.lower())
    return [sector] if sector else []


def _describing(noun: Token) -> list[str]:
    """A business noun the agent dictionary lacks ("consultancy", "energy giant"):
    ``generic_actors.yaml: describing_nouns``."""
    table = _describing_nouns()
    before = noun.doc[noun.i - 1] if noun.i else None
    pair = f"{before.lower_} {noun.lemma_.lower()}" if before is not None else ""
    sector = table.get(pair) or table.get(noun.lower_) or table.get(noun.lemma_.lower())
    return [sector] if sector else []


@lru_cache(maxsize=4)
def _describing_nouns(key: str = "describing_nouns") -> dict[str, str]:
    return dict(load_yaml("generic_actors.yaml").get(key) or {})


def faith(name: str) -> str | None:
    """The religion code of a faith named as such ("Islam" MUS, "Christianity" CHR;
    ``generic_actors.yaml: faiths``), None for any other name."""
    return _describing_nouns(key="faiths").get(normalize(name))


def _code(ctx: Context, entities: list[Entity], token_entity: dict[int, str]) -> list[Entity]:
    """Country and sectors for entities the merge left without: from the actor
    dictionaries (leaders and officials by date, IGOs, NGOs, companies, armed groups), from
    the role and body nouns of an organization's name (PETRARCH2's agent dictionary), from
    a country named in the mention's own noun phrase, and for a big city, its country
    ("Berlin rejected")."""
    by_id = {e.id: e for e in entities}
    country_of = {i: c for i, eid in token_entity.items()
                  if (c := _place_country(ctx, i, by_id[eid])) is not None}
    done: dict[str, Entity] = {}
    org_of: dict[int, Entity] = {}
    weak: set[str] = set()  # organizations coded from a word before their name's head
    # people last: a role held in an organization takes its code ("Taliban spokesman")
    for e in sorted(entities, key=lambda e: e.type == "PERSON"):
        if e.type == "PERSON" and not org_of:
            org_of = {i: done[eid] for i, eid in token_entity.items()
                      if eid in done and done[eid].type == "ORG" and done[eid].sector}
            country_of.update({i: done[eid].country for i, eid in token_entity.items()
                               if i not in country_of and eid in done and done[eid].country
                               and done[eid].type == "NORP"})  # "Republican" USA PTY
        country, sectors = e.country, list(e.sectors)
        # FAC: "the Pentagon" USA MIL, "the Kremlin" RUS GOV, "Boko Haram" (so typed)
        if e.type in ("ORG", "PERSON", "NORP", "FAC"):
            found_country, found_sectors = _dictionary_sectors(
                e.name, ctx.article.published, person=e.type == "PERSON")
            if found_country is None and not found_sectors and e.type == "PERSON":
                # "President Bush": the dictionary lists a title with the surname
                for titled in _titled(ctx, e):
                    found_country, found_sectors = _dictionary_sectors(
                        titled, ctx.article.published)
                    if found_country or found_sectors:
                        break
            if found_country is None and not found_sectors and e.type in ("ORG", "PERSON"):
                # "the Obama White House" (one name to NER): the body its head's name
                # classifies (round 45)
                found_country, found_sectors = _headed_body(e.name)
            body = branch_body(e.name) if e.type == "ORG" and not found_sectors else None
            if body and _dictionary_sectors(body, None)[0] is None:  # "UNHCR Kenya": an
                found_sectors = _dictionary_sectors(body, None)[1]  # IGO's office is the IGO's
            if e.type == "FAC" and found_country:  # the dictionary's body, not a place
                country = found_country  # of its name ("White House" is no Casablanca)
            country, sectors = country or found_country, sectors or found_sectors
        if e.type == "NORP" and not (country or sectors):  # "Christians", "Muslim": a faith's
            sectors = [s for s in agent_sectors(e.name, headed=True)[:1] if s in FAITHS]
        if e.type in ("NORP", "ORG") and not country and faith(e.name):
            sectors = [faith(e.name)]  # "Islam" MUS, "Christianity" CHR: no one state's
        outlet = outlets().canonical.get(normalize(e.name))
        if e.type in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART") and \
                outlet is not None:  # a news outlet: its country, MED
            country, sectors = country or outlets().countries[outlet], sectors or ["MED"]
        if not sectors and e.type == "ORG":  # "Israeli Intelligence Ministry"
            chamber = chamber_body(e.name)  # "House Intelligence Committee" LEG
            sectors = ["LEG"] if chamber else agent_sectors(e.name)
            if sectors and not chamber and _ends_unmatched(e.name):
                weak.add(e.id)  # "Center for Political-Military Analysis": a guess
            named = _name_sector(e.name)  # "National Congress Party", "U.N. Commission"
            if named and (not sectors or named == "IGO" or _ends_unmatched(e.name)):
                sectors = [named, *[s for s in sectors if s != named]]
                weak.discard(e.id)
        if not country and e.type == "ORG":  # "Tunisian Ministry", "Vietnam's Communist Party"
            words = e.name.split()
            first = words[0].removesuffix("'s").removesuffix("\u2019s")
            named = gazetteer.country_of_demonym(first) or gazetteer.country_of_name(first)
            if named is None and len(words) <= 3:  # "Radical French" (farmers)
                named = next((c for c in map(gazetteer.country_of_demonym, words[1:]) if c),
                             None)
            if named is None and "of" in words[1:-1]:  # "Tourism Authority of Thailand",
                # "Embassy of France": the country a body's name says it is of
                rest = words[len(words) - words[::-1].index("of"):]  # after the last "of"
                rest = rest[1:] if rest and rest[0].lower() == "the" else rest
                named = gazetteer.country_of_name(" ".join(rest)) if rest else None
            country = named.alpha3 if named else None
            if country is None and gazetteer.us_state_first(words):
                country = "USA"  # "Indiana State Police": a body of a US state is American
            if country is None and sectors[:1] == ["MED"]:  # "Phnom Penh Post"
                country = next((found for n in (3, 2, 1) if len(words) > n
                                for found in [gazetteer.country_of_city(" ".join(words[:n]))]
                                if found), None)
        # a dictionary's code of another time or its default ELI: the text's title wins
        rows = _dictionary_rows(e.name, person=True) if e.type == "PERSON" else []
        dated = e.type == "PERSON" and not e.sectors and stale(rows, ctx.article.published)
        if e.type == "PERSON" and (not sectors or dated):
            role_country, role_sectors = _role(ctx, e, country_of, org_of)
            if dated and (title_ended([_dictionary_rows(t) for t in _titled(ctx, e)],
                                      ctx.article.published)
                          or past_office(e.name, rows, role_sectors, ctx.article.published)):
                role_sectors = []  # "President Bush" in 2016: the dictionary dates that title
            if dated:  # "Afghan President Ashraf Ghani" in 2021 (PETRARCH2: AFGELI)
                sectors = role_sectors if role_country in (None, country) and role_sectors \
                    else ["ELI"] if ended(rows, ctx.article.published) \
                    else [] if to_come(rows, ctx.article.published) else sectors
            elif role_country and not country:  # a role with the country it serves
                country, sectors = role_country, role_sectors
            elif role_country in (None, country):  # "Justice Minister X", "Defense
                sectors = role_sectors  # Secretary Esper" of a known country: the sector
        if e.type == "ORG" and not (country and sectors):
            # described in apposition or before the name: "the HTS, a Syrian militant
            # group", "the Islamist militant group Hamas"
            role_country, role_sectors = _description(ctx, e, country_of)
            if role_country in (None, country) or not country:
                country, sectors = country or role_country, sectors or role_sectors
        if e.type == "PERSON" and not (e.sectors or found_sectors):  # no dictionary's
            country, sectors = works_for(ctx, e, {i: o for i, o in org_of.items()
                                                  if o.id not in weak}, country, sectors)
            sectors = sectors or (["CVL"] if _supporter(ctx, e) else [])
        if not country and e.type in ("PERSON", "ORG") and sectors[:1] != ["IGO"]:
            # an IGO belongs to no one state: its seat is no country of its ("the
            # Paris-based International Energy Agency"; CAMEO IGO codes carry none)
            country = _modifier_country(ctx, e, country_of)
        if not country and e.type == "ORG" and sectors:
            country = _body_country(ctx, e)  # "U.S. Congress ... Congress"
        if not country and e.type == "GPE":
            # a town the gazetteer lacks: PETRARCH2's country ("Incirlik" TUR), not its
            # sector; a name no place has that a dictionary gives a sector is an
            # organization, and takes the sector too ("Televisa" MEX MED)
            country = gazetteer.country_of_city(e.name)
            if not country:
                country, found_sectors = _dictionary_sectors(e.name, ctx.article.published)
                if found_sectors and not gazetteer.candidates(e.name):
                    sectors = sectors or found_sectors
        if not country and e.type == "FAC" and not e.place:
            country = _article_country(entities)  # a camp or town the gazetteer lacks
        update = {"country": country, "sector": sectors[0] if sectors else None,
                  "sectors": sectors}
        done[e.id] = (e if all(getattr(e, k) == v for k, v in update.items())
                      else e.model_copy(update=update))
    for e in entities:  # after the people: the title's words, not an organization of theirs
        sectors = title_department(ctx, done[e.id])
        if sectors:
            done[e.id] = done[e.id].model_copy(update={"sector": sectors[0], "sectors": sectors})
    return [done[e.id] for e in entities]
