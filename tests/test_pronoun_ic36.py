"""Round 36 (issues 20, 21): a he in a verb's phrase of reason goes to the person object
only after an object-biased implicit-causality verb (data/implicit_causality.yaml).
Invented texts."""

from .conftest import holder as _holder


def test_the_list_holds_judgment_and_admire_verbs_not_hosting_or_meeting():
    from wiretrace.nlp.attribution.pronouns import object_biased_verbs

    verbs = object_biased_verbs()
    assert {"praise", "criticize", "criticise", "blame", "thank", "congratulate",
            "admire", "forgive", "scold", "reward", "punish"} <= verbs
    assert not {"host", "meet", "visit", "call", "apologize", "greet", "welcome",
                "ask"} & verbs


def test_a_host_gives_no_reason_so_the_he_stays_with_the_subject(analyze_text):
    # "hosted Bakir ... for what he called a wonderful meeting": hosting has no causal
    # bias toward its object; the subject of the sentence says what he called it
    text = (
        "Talks\n\nPresident Emre Bakir of Turkey came to Washington on Monday. Earlier this "
        "month, Governor Tom Haley hosted Bakir in the White House for what he called a "
        "\u201cwonderful meeting.\u201d"
    )
    r = analyze_text(text, published="2019-11-20")
    assert _holder(r, text.index("he called")) == "Tom Haley"


def test_a_critic_s_reason_lies_with_the_one_criticized(analyze_text):
    # guard: "criticized Sanders for what he called": criticize is object-biased
    text = (
        "Debate\n\nSenator Paul Clinton and Governor Mark Sanders met in Ohio. On Tuesday, "
        "Clinton criticized Sanders for what he called a \u201cfair tax plan.\u201d"
    )
    r = analyze_text(text, published="2016-03-01")
    assert _holder(r, text.index("he called")) == "Mark Sanders"


def test_thanks_go_to_the_one_thanked(analyze_text):
    text = (
        "Visit\n\nMayor John Ortiz spoke at the school on Friday with Governor Alan Reyes. "
        "Ortiz thanked Reyes for what he described as a \u201cgenerous grant.\u201d"
    )
    r = analyze_text(text, published="2016-03-01")
    assert _holder(r, text.index("he described")) == "Alan Reyes"


def test_a_phrase_of_source_still_goes_to_the_object(analyze_text):
    # guard: only "for" asks for an object-biased verb; "distance X from his plan"
    # (a source, no purpose) keeps the object, as round 34 had it
    text = (
        "Campaign\n\nPaul Cole, the campaign chairman for Tim Hale, spoke on Sunday. Mr. Cole "
        "attempted to distance Mr. Hale from his plan for banning imports, arguing that "
        "Mr. Hale was now focused on trade."
    )
    r = analyze_text(text, published="2016-08-01")
    assert _holder(r, text.index("his plan")) == "Tim Hale"
