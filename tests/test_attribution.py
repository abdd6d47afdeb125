"""attribution.v1: quotation marks, reporting cues, sources and their relays, and the
chain of sources behind attributed tokens."""

from __future__ import annotations

import pytest

from wiretrace.nlp.attribution import chains as attribution
from wiretrace.nlp.attribution.quotes import find_marked

from .conftest import assert_offsets


def quote_with(report, words: str):
    found = [q for q in report.quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in report.quotes]}"
    return min(found, key=lambda q: len(q.text))


def source(report, sid: str | None):
    assert sid is not None
    return next(s for s in report.sources if s.id == sid)


def source_named(report, words: str):
    found = [s for s in report.sources if words.lower() in s.name.lower()]
    assert len(found) == 1, f"{words!r} names {[s.name for s in report.sources]}"
    return found[0]


def test_name_is_versioned():
    assert attribution.NAME == "attribution.v1"


# -- quotation marks, read from the text alone ---------------------------------------------
@pytest.mark.parametrize("text, quoted", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said \u201cwe will win\u201d today.", ["we will win"]),
    ("He said \u00abwe will win\u00bb today.", ["we will win"]),
    ("He called it \u2018a sham\u2019 today.", ["a sham"]),
    ("Haftar\u2019s son met the officials\u2019 aides.", []),
    ('A 12" screen and a "signal" of support.', ["signal"]),
])
def test_marks(text, quoted):
    assert [text[q.start:q.end] for q in find_marked(text)] == quoted


def test_unclosed_quote_ends_with_its_paragraph():
    text = 'He said the plan was "a disaster.\nThe next paragraph is plain.\n"Quoted," he said.'
    quotes = find_marked(text)
    assert [text[q.start:q.end] for q in quotes] == ["a disaster.", "Quoted"]
    assert not quotes[0].closed and quotes[1].closed


def test_quote_over_two_paragraphs():
    text = 'She said: "We will win.\n"We will fight on," she added.\nThe war went on.'
    (q,) = find_marked(text)
    assert text[q.start:q.end] == 'We will win.\n"We will fight on'
    assert q.closed


def test_second_opening_mark_ends_an_unclosed_quote():
    text = 'They called it "a farce and then "a disgrace" in one breath.'
    quotes = [text[q.start:q.end] for q in find_marked(text)]
    assert quotes == ["a farce and then", "a disgrace"]


def test_marks_in_removed_text_are_ignored():
    text = 'Caption "with a mark\nHe said "yes" twice.'
    quotes = find_marked(text, removed=[(0, 20)])
    assert [text[q.start:q.end] for q in quotes] == ["yes"]


# -- quote kinds and cues ------------------------------------------------------------------
@pytest.mark.parametrize("text, words, kind, cue", [
    ('"We will not back down," the minister said.', "We will not back down", "direct",
     "said"),
    ("The minister said: \u201cWe will not back down.\u201d", "We will not back down",
     "direct", "said"),
    ("The mayor said: \u00abWe are ready to talk.\u00bb", "ready to talk", "direct", "said"),
    ("The ministry called the talks \u2018a waste of time\u2019 on Monday.", "a waste of time",
     "partial", "called"),
    ('Smith discussed "the situation in the region" with officials.', "situation in the region",
     "partial", None),
    ('The visit was seen as a "signal" of support.', "signal", "scare", None),
    # an appearance with no source; a topic spoken about; a stance on a pronoun
    ("Enthusiasm for the plan appears to have faded since May.", "to have faded since May",
     "indirect", "appears"),
    ("The growers seemed equally unperturbed by the levy.", "unperturbed", "indirect",
     "seemed"),  # the adjective parsed as an object predicate (oprd)
    ("The senator touted the port's record before the vote.", "the port's record",
     "indirect", "touted"),
    ("Farmers who favored him stayed home.", "him", "indirect", "favored"),
    ("Okafor led by ten points in a new national poll.", "Okafor led by ten points",
     "indirect", "in"),
    ("The mayor made it clear that the port would stay open.", "the port would stay open",
     "indirect", "made it clear"),
    ("John Smith said that the troops had withdrawn from the city.",
     "the troops had withdrawn from the city", "indirect", "said"),
    ("John Smith said the troops had withdrawn.", "the troops had withdrawn", "indirect",
     "said"),
    ("The talks failed, according to Reuters.", "The talks failed", "indirect", "according to"),
    ("According to the ministry, the talks failed.", "the talks failed", "indirect",
     "According to"),
    ("Smith claims that the troops left the city.", "the troops left the city", "indirect",
     "claims"),
    ("The minister was quoted as saying that the army would withdraw.",
     "the army would withdraw", "indirect", "quoted as saying"),
    ("The general denied that his troops had shelled the town.",
     "his troops had shelled the town", "indirect", "denied"),
    ("The embassy refused to comment.", "refused to comment", "indirect",
     "refused to comment"),
    ("The GAO called for a re-run of the bidding, citing major flaws in the process.",
     "major flaws", "indirect", "citing"),
])
def test_quote_kind_and_cue(analyze_text, text, words, kind, cue):
    report = analyze_text(text)
    assert_offsets(report)
    q = quote_with(report, words)
    assert q.kind == kind
    assert (q.cue.text if q.cue else None) == cue
    if kind == "scare":
        assert q.speaker is None


def test_bare_quote_paragraph_continues_the_speaker_before(analyze_text):
    report = analyze_text('"We will win," John Smith said.\n"We will not stop."\nRain fell.')
    first, second = quote_with(report, "We will win"), quote_with(report, "We will not stop")
    assert second.kind == "direct" and second.speaker == first.speaker is not None
    assert not any("Rain" in q.text for q in report.quotes)


def test_bare_quote_paragraph_takes_the_speaker_named_after_it(analyze_text):
    report = analyze_text('Talks went on.\n"We will not stop."\nJohn Smith said so on Monday.')
    q = quote_with(report, "We will not stop")
    assert q.cue is not None and q.cue.text == "said"
    assert source(report, q.speaker).name == "John Smith"


def test_quote_after_the_cue_sentence_keeps_the_speaker(analyze_text):
    report = analyze_text('"It overflows," Apte said. "It has spectacular consequences."\n\n'
                          '"We are on track," she added.\n\nDelhi\'s air was clean. "Sure."')
    first = quote_with(report, "It overflows")
    assert quote_with(report, "spectacular consequences").speaker == first.speaker is not None
    assert quote_with(report, "Sure").speaker is None  # a paragraph of narration came between


def test_multi_paragraph_quote_has_its_speaker(analyze_text):
    report = analyze_text('Smith vows to fight\n\nJohn Smith said: "We will win.\n'
                          '"We will fight on," he added.\nThe war went on.')
    q = quote_with(report, "We will fight on")
    assert q.kind == "direct" and "We will win" in q.text
    assert source(report, q.speaker).name == "John Smith"
    assert not any("war went on" in q.text for q in report.quotes)


def test_speech_verb_without_content_gives_no_quote(analyze_text):
    report = analyze_text("The minister spoke to reporters on Monday.")
    assert report.quotes == [] and report.sources == []


def test_a_stance_is_attributed_with_its_object_as_content(analyze_text):
    report = analyze_text("The minister praised the agreement on Monday.")
    (q,) = report.quotes
    assert (q.kind, q.cue.text, q.text) == ("indirect", "praised", "the agreement")
    assert source(report, q.speaker).name == "minister"


# -- sources ---------------------------------------------------------------------------------
def test_person_source_links_its_entity(analyze_text):
    report = analyze_text("John Smith said that the talks would resume.")
    s = source_named(report, "John Smith")
    assert s.kind == "person"
    person = [e for e in report.entities if e.type == "PERSON"]
    if person:  # once the entity layer names him
        assert s.entity_id == person[0].id


def test_pronoun_speaker_is_the_person_before(analyze_text):
    report = analyze_text("John Smith arrived in Paris on Monday. He said that the talks "
                          "would resume.")
    s = source_named(report, "John Smith")
    assert [m.text for m in s.mentions] == ["John Smith", "He"]
    assert quote_with(report, "talks would resume").speaker == s.id
    # the pronoun is a mention of the person's entity too, in text order and in place
    entity = next(e for e in report.entities if e.id == s.entity_id)
    assert [m.text for m in entity.mentions] == ["John Smith", "He"]
    assert all(report.article.text[m.start:m.end] == m.text for m in entity.mentions)


def test_official_source_and_its_outlet(analyze_text):
    report = analyze_text("A State Department spokesman told the Washington Post that the "
                          "talks had failed.")
    official = source_named(report, "spokesman")
    outlet = source_named(report, "Washington Post")
    assert official.kind == "official" and outlet.kind == "outlet"
    assert official.via == outlet.id
    department = [e for e in report.entities if e.name == "State Department"]
    if department:
        assert official.entity_id == department[0].id


def test_outlet_short_form_is_the_same_source(analyze_text):
    report = analyze_text("The Washington Post reported that the army had withdrawn. The Post "
                          "said the withdrawal was complete.")
    assert len(report.sources) == 1
    outlet = report.sources[0]
    assert outlet.kind == "outlet" and len(outlet.mentions) == 2
    assert {q.speaker for q in report.quotes} == {outlet.id}


def test_outlet_by_name_cue(analyze_text):
    report = analyze_text("The Arizona Daily Herald reported that the dam had burst.")
    assert source_named(report, "Arizona Daily Herald").kind == "outlet"


@pytest.mark.parametrize("text, words", [
    ("Officials who asked not to be named said the talks had collapsed.", "Officials"),
    ("A source familiar with the talks said the army would withdraw.", "source familiar"),
    ("Sources said the army would withdraw.", "Sources"),
])
def test_anonymous_sources(analyze_text, text, words):
    report = analyze_text(text)
    s = source_named(report, words)
    assert s.kind == "anonymous"
    assert len(report.quotes) == 1 and report.quotes[0].speaker == s.id


def test_document_source_published_by_an_organization(analyze_text):
    report = analyze_text("A statement from the ministry said that the border was closed.")
    statement, ministry = source_named(report, "statement"), source_named(report, "ministry")
    assert statement.kind == "document" and ministry.kind == "organization"
    assert statement.via == ministry.id


def test_relay_quoted_a_source_saying(analyze_text):
    report = analyze_text("Reuters quoted a source familiar with the talks saying that the "
                          "army would withdraw.")
    anon, reuters = source_named(report, "source familiar"), source_named(report, "Reuters")
    assert anon.kind == "anonymous" and anon.via == reuters.id
    assert [m.text for m in anon.mentions] == ["a source familiar with the talks"]


def test_relay_citing_sources(analyze_text):
    report = analyze_text("Reuters reported, citing sources, that the army would withdraw.")
    q = quote_with(report, "the army would withdraw")
    assert q.text == "that the army would withdraw"  # the complementizer is content
    speaker = source(report, q.speaker)
    assert speaker.kind == "anonymous" and speaker.via == source_named(report, "Reuters").id


def test_nested_attribution_chain(analyze_text):
    report = analyze_text("According to the report, officials said that the troops withdrew.")
    officials, document = source_named(report, "officials"), source_named(report, "report")
    assert officials.via == document.id and document.via is None
    q = quote_with(report, "the troops withdrew")
    assert q.text == "that the troops withdrew" and q.speaker == officials.id


def test_token_attribution_is_the_chain_nearest_first(nlp):
    from wiretrace import clean
    from wiretrace.nlp import times
    from wiretrace.nlp.actors import entities
    from wiretrace.nlp.context import Context, masked_text
    from wiretrace.read.text import from_text

    article = clean.clean(from_text("Reuters quoted a source familiar with the talks saying "
                                    "that the army would withdraw.\n"))
    ctx = Context(article=article, doc=nlp(masked_text(article)))
    for layer in (entities, times, attribution):
        layer.annotate(ctx)
    by_name = {s.name: s.id for s in ctx.sources}
    withdraw = next(t for t in ctx.doc if t.text == "withdraw")
    assert ctx.token_attribution[withdraw.i] == [by_name["source familiar with the talks"],
                                                  by_name["Reuters"]]
    quoted = next(t for t in ctx.doc if t.text == "quoted")
    assert quoted.i not in ctx.token_attribution  # the writer asserts the quoting


# -- the founding article -------------------------------------------------------------------
def test_founding_offsets(founding_report):
    assert_offsets(founding_report)
    for q in founding_report.quotes:
        assert not any(r.start < q.end and q.start < r.end
                       for r in founding_report.article.removed), q.text


def test_founding_free_beacon_is_one_outlet(founding_report):
    outlets = [s for s in founding_report.sources if "Beacon" in s.name]
    assert len(outlets) == 1
    beacon = outlets[0]
    assert beacon.kind == "outlet" and beacon.name == "Washington Free Beacon"
    assert {m.text for m in beacon.mentions} == {"Washington Free Beacon", "Free Beacon"}
    entity = [e for e in founding_report.entities if "Beacon" in e.name]
    if entity:
        assert beacon.entity_id == entity[0].id


def test_founding_anonymous_source_via_the_free_beacon(founding_report):
    anon = source_named(founding_report, "source familiar with the meeting")
    beacon = source_named(founding_report, "Free Beacon")
    assert anon.kind == "anonymous" and anon.via == beacon.id
    discussed = quote_with(founding_report, "discussed")
    assert discussed.kind == "indirect" and discussed.speaker == anon.id
    assert discussed.cue.text == "saying"


def test_founding_spokesman_quote(founding_report):
    q = quote_with(founding_report, "While we are taking no position on candidates")
    assert q.kind == "direct" and q.cue.text == "told"
    assert q.text.startswith("While") and q.text.endswith("International Criminal Court")
    speaker = source(founding_report, q.speaker)
    assert speaker.kind == "official" and "spokesman" in speaker.name
    assert speaker.via == source_named(founding_report, "Free Beacon").id


def test_founding_unbalanced_quote_is_bounded(founding_report):
    text = founding_report.article.text
    q = quote_with(founding_report, "Israelis are supporting him")
    assert q.kind == "partial"
    assert q.text == "Israelis are supporting him."
    assert text[q.end] == "\n"
    assert not any("Haftar would be running" in q.text for q in founding_report.quotes)


def test_founding_partial_and_scare_quotes(founding_report):
    for words in ("the situation in the region", "his aspiration for stability of his country"):
        q = quote_with(founding_report, words)
        assert q.kind == "partial" and q.text == words
        assert source(founding_report, q.speaker).kind == "anonymous"
    signal = quote_with(founding_report, "signal")
    assert signal.kind == "scare" and signal.text == "signal" and signal.speaker is None


def test_founding_embassy_refuses_to_comment(founding_report):
    q = quote_with(founding_report, "refused to comment")
    assert q.cue.text == "refused to comment"
    embassy = source(founding_report, q.speaker)
    assert embassy.kind == "organization" and "embassy" in embassy.name


def test_founding_meeting_attributed_to_the_report_and_the_beacon(founding_report):
    q = quote_with(founding_report, "secretly met with Saddam Haftar")
    assert q.kind == "indirect" and q.cue.text == "according to"
    assert "according" not in q.text and "Beacon" not in q.text
    report_source = source(founding_report, q.speaker)
    beacon = source_named(founding_report, "Free Beacon")
    assert report_source.kind == "document" and report_source.via == beacon.id
    claims = quote_with(founding_report, "Israeli officials traveled")
    assert claims.cue.text == "claims" and claims.speaker == report_source.id
    anonymous = source_named(founding_report, "familiar with the meeting")
    assert anonymous.kind == "anonymous" and anonymous.via == beacon.id
    met = [e for e in founding_report.events if e.trigger.text == "met"
           and e.trigger.start > 700]
    # the meeting rests on the source familiar with it, carried by the report the Free
    # Beacon published
    assert met[0].attribution == [anonymous.id, report_source.id, beacon.id]


def test_founding_article_doubts_the_report(founding_report):
    # "if the report stands to be true"
    assert source_named(founding_report, "report").doubted
    assert not source_named(founding_report, "Free Beacon").doubted


def test_founding_stances_are_kept_on_their_sources(founding_report):
    stances = {(s.name, st.kind, st.cue.text) for s in founding_report.sources
               for st in s.stances}
    assert stances == {
        ("Israeli embassy", "refused_comment", "refused to comment"),
        ("State Department", "declined_position", "unwilling to take a position"),
        ("State Department spokesman", "declined_position", "taking no position"),
    }


@pytest.mark.parametrize("text, name, kind, cue", [
    ("The ministry denied that its planes had bombed the market.", "ministry", "denied",
     "denied"),
    ("The embassy declined to comment.", "embassy", "refused_comment",
     "declined to comment"),
    ("The party refused to take sides in the dispute.", "party", "declined_position",
     "refused to take sides"),
    ("The union said it was taking no position on the strike.", "union",
     "declined_position", "taking no position"),
])
def test_stances(analyze_text, text, name, kind, cue):
    report = analyze_text(text)
    found = [(s.name, st.kind, st.cue.text) for s in report.sources for st in s.stances]
    assert found == [(name, kind, cue)]


def test_a_position_taken_is_no_stance(analyze_text):
    report = analyze_text("The union said it would take a position on the strike.")
    assert not any(s.stances for s in report.sources)


def test_an_unquestioned_report_is_not_doubted(analyze_text):
    report = analyze_text("The army withdrew, according to a report in the Daily Courier. "
                          "If the withdrawal holds, talks could resume.")
    assert not any(s.doubted for s in report.sources)
    (withdrew,) = [e for e in report.events if e.trigger.text == "withdrew"]
    assert withdrew.factuality.certainty == "certain"


def test_founding_state_department_quoted_by_the_beacon(founding_report):
    q = quote_with(founding_report, "uninvolved in the upcoming election")
    department = source(founding_report, q.speaker)
    assert department.kind == "organization" and department.name == "State Department"
    assert department.via == source_named(founding_report, "Free Beacon").id
    assert q.cue.text == "quoted"


def test_founding_relays_are_acyclic(founding_report):
    by_id = {s.id: s for s in founding_report.sources}
    for s in founding_report.sources:
        seen = set()
        while s is not None:
            assert s.id not in seen
            seen.add(s.id)
            s = by_id.get(s.via) if s.via else None


def test_quoted_object_followed_by_a_cue_is_partial_not_direct(analyze_text):
    r = analyze_text(
        "Port talks\n\nThe Herald quoted a source familiar with the talks saying that Mansour "
        "and the officials discussed \"the future of the port\" and \"a partnership that "
        "serves both shores,\" adding that Rome was \"ready to invest.\"\n",
        published="2024-03-14")
    kinds = {q.text: q.kind for q in r.quotes}
    assert kinds["a partnership that serves both shores"] == "partial"
    indirect = [q for q in r.quotes if q.kind == "indirect" and q.cue.text == "saying"]
    assert indirect and indirect[0].text.startswith("that Mansour and the officials discussed")
    [discussed] = [e for e in r.events if e.trigger.text == "discussed"]
    assert discussed.attribution, "the discussion is attributed to the anonymous source"


def test_a_closing_mark_after_a_digit_closes_an_open_quote(analyze_text):
    r = analyze_text('Crisis\n\nHe called it "the worst crisis since 2011" and then he left. '
                     'Later he said "we are done."\n', published="2021-11-20")
    texts = [q.text for q in r.quotes]
    assert "the worst crisis since 2011" in texts
    assert not any("and then he left" in t for t in texts)


def test_an_inch_mark_is_no_quote(analyze_text):
    r = analyze_text('Phones\n\nThe phone has a 6" screen and costs less.\n',
                     published="2021-11-20")
    assert r.quotes == []


def test_an_open_quote_in_the_headline_never_runs_into_the_body(analyze_text):
    r = analyze_text('"Headline with an open quote\n\n"We will fight on, said the leader. '
                     "Nothing else.\n", published="2021-11-20")
    assert all("\n" not in q.text for q in r.quotes)


def test_a_date_is_never_a_person_source(analyze_text):
    r = analyze_text("Talks\n\nA government spokesman visited the ministry on Monday. "
                     "It said the talks had failed.\n", published="2021-11-20")
    assert "Monday" not in {s.name for s in r.sources}


def test_verb_lemmas_the_model_gets_wrong_are_corrected(nlp):
    doc = nlp("She hopes to win; he hoped to win; they are hoping to win.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope"] * 3


def test_an_official_is_linked_to_the_body_it_speaks_for(analyze_text):
    report = analyze_text("A spokesman for the World Bank said the loan had been approved.")
    official = source_named(report, "spokesman")
    bank = next(e for e in report.entities if e.name == "World Bank")
    assert official.kind == "official" and official.entity_id == bank.id


def test_a_subheading_or_an_interviewers_letter_is_no_speaker_label(analyze_text):
    report = analyze_text("Candidates to watch\n\nThe race is open.\n\nOkafor: Hold the "
                          "south.\n\nShe leads in three states.\n\nQ: Will she win?\n\nA: "
                          "Nobody knows.")
    assert_offsets(report)
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == ":"]


def test_a_relative_pronoun_subject_is_a_mention_of_its_speaker(analyze_text):
    report = analyze_text("Council members who oppose the tariff met on Monday.")
    assert_offsets(report)
    q = quote_with(report, "the tariff")
    assert q.cue is not None and q.cue.text == "oppose"
    members = source(report, q.speaker)
    assert "members" in members.name and "who" in [m.text for m in members.mentions]


def test_a_share_of_those_polled_speaks(analyze_text):
    report = analyze_text("The poll was taken in May. Forty-seven percent said they would "
                          "vote for the mayor.")
    assert_offsets(report)
    q = quote_with(report, "they would vote for the mayor")
    assert "percent" in source(report, q.speaker).name


@pytest.mark.parametrize("text, words", [
    ("The ministry recalled its ambassador from Lisbon.", "ambassador"),  # someone recalled
    ("The problem is that the old crane is broken.", "crane"),  # a noun of fact
    ("The question is whether the dockers will strike.", "dockers"),  # the writer's question
    ("A group called Fish First met the mayor on Monday.", "Fish First"),  # a name only
    ("The port issued a statement on Monday.", "Monday"),  # a date is no content
    ("The crews painted the old crane white.", "crane"),  # "paint" only in its "as" frame
    ("Okafor slid in the polls after the strike.", "Okafor slid"),  # a standing, no poll
    ("The crews identified the wreck near the quay.", "wreck"),  # no "as": no cue
])
def test_no_record_for_people_recalled_nouns_of_fact_or_names(analyze_text, text, words):
    report = analyze_text(text)
    assert not [q for q in report.quotes if words in q.text], report.quotes


def test_a_digest_item_names_its_speakers_after_a_dash(analyze_text):
    report = analyze_text("Polls and the port\n\nPORT POLLS NOT WRONG, JUST EARLY - Ana Mendes "
                          "and Tom Reyes: \u201cAlthough the polls failed to predict the vote, "
                          "the port plan is popular.\u201d\n")
    assert_offsets(report)
    q = quote_with(report, "the port plan is popular")
    assert q.cue is not None and q.cue.text == ":"
    assert "Reyes" in source(report, q.speaker).name


def test_a_named_speaker_who_opens_two_lines_takes_turns(analyze_text):
    report = analyze_text("Polls and the port\n\nThe pollsters Tom Reyes and Ana Mendes met on "
                          "Monday in Bremen.\n\nReyes: Well, the levy is bad.\n\nMendes: No one "
                          "likes a levy.\n\nReyes: Here is the irony of our time.\n")
    assert_offsets(report)
    q = quote_with(report, "the levy is bad")
    assert q.cue is not None and q.cue.text == ":"
    assert "Reyes" in source(report, q.speaker).name


def test_a_list_of_places_and_results_is_no_transcript(analyze_text):
    report = analyze_text("Results\n\nThe votes were counted in Iowa and Ohio.\n\nIowa: Cruz won "
                          "the caucus.\n\nOhio: Kasich won the primary.\n")
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == ":"]


def test_a_headline_verb_tagged_a_noun_is_a_cue(analyze_text):
    report = analyze_text("Union Chief Praises Mayor Okafor's Port Plan\n\nThe union chief "
                          "spoke on Monday.\n")
    assert_offsets(report)
    q = quote_with(report, "Port Plan")
    assert q.cue is not None and q.cue.text == "Praises"
    assert "Chief" in source(report, q.speaker).name


def test_a_headline_noun_in_s_before_a_verb_is_no_cue(analyze_text):
    report = analyze_text("Calls Grow for a New Levy\n\nThe pilots met on Monday.\n")
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == "Calls"]


def test_a_noun_in_s_in_a_sentence_case_headline_is_no_cue(analyze_text):
    report = analyze_text("Officials held port talks with a shipping heir - report\n\nThe "
                          "talks were secret.\n")
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == "talks"]


def test_he_of_an_official_is_no_mention_of_his_organization(analyze_text):
    # animacy: "he" is the commander, never the navy (an ORG) his source is linked to
    report = analyze_text("A senior Ruritanian Navy commander said he expects the drills "
                          "to continue next week.")
    for e in report.entities:
        if e.type != "PERSON":
            assert "he" not in [m.text for m in e.mentions], e.name

