"""Round 44, people split or merged (issue 20; h-people44): invented texts only."""

import pytest


@pytest.fixture(scope="module")
def relabel_typed(nlp):
    """(text, name, type) -> the type ``animate.relabel`` gives a cluster of every
    mention of ``name`` built by hand with NER type ``type`` (None: NER's kept), so the
    rule is tested apart from what the NER model types."""
    from wiretrace import clean, names
    from wiretrace.nlp.actors import animate
    from wiretrace.nlp.actors.mentions import Cluster, Mention
    from wiretrace.nlp.context import Context, masked_text
    from wiretrace.read.text import from_text

    def run(text: str, name: str, typed: str) -> str | None:
        article = clean.clean(from_text(text))
        ctx = Context(article=article, doc=nlp(masked_text(article)))
        found, at = [], text.find(name)
        while at >= 0:
            span = ctx.doc.char_span(at, at + len(name))
            found.append(Mention(span.start, span.end, span.start_char, span.end_char,
                                 name, typed, names.name_key(name)))
            at = text.find(name, at + 1)
        return animate.relabel(ctx, Cluster(found, label=typed), lambda ctx, m: False)

    return run


def test_a_full_name_typed_org_that_her_refers_back_to_is_a_person(relabel_typed):
    # "Former Acme CEO Marcia Whitfield named ... her": a given name and a surname, the
    # close appositive of the subject, and the her that refers back agrees with the given
    # name's gender: a person, whatever NER typed it
    text = ("Former Acme CEO Marcia Whitfield named a cooking show as her guilty pleasure. "
            "It calms her down, she said.")
    assert relabel_typed(text, "Marcia Whitfield", "ORG") == "PERSON"
    text = "Walter Brennan named a quiz show as his favorite on Sunday."
    assert relabel_typed(text, "Walter Brennan", "GPE") == "PERSON"


def test_a_name_typed_org_stays_without_an_agreeing_he_or_she(relabel_typed):
    # guards: the pronoun is of the other gender than the given name, the name is an
    # organization's "it", or it stands after "the" (a personal name takes no article)
    text = "Walter Brennan named a quiz show as her favorite on Sunday."
    assert relabel_typed(text, "Walter Brennan", "ORG") is None
    text = "Walter Brennan announced its results on Sunday, and he praised them."
    assert relabel_typed(text, "Walter Brennan", "ORG") is None
    text = "The Walter Brennan named a quiz show as his favorite on Sunday."
    assert relabel_typed(text, "Walter Brennan", "ORG") is None


def test_another_subject_name_between_ends_the_search(relabel_typed):
    # "where Walter Research has run polls, Trump has won his ...": the his is the later
    # subject's, whatever NER typed that subject (guard)
    text = ("In the states where Walter Brennan has run polls, Gumbo has won his "
            "largest margins.")
    assert relabel_typed(text, "Walter Brennan", "ORG") is None
