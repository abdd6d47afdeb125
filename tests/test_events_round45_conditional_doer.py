"""A conditional threat is the speaker's own (issue 18, round 45, h-notevent45; PLOVER 3.11,
THREATEN codes the threat of the one who would act; pressure.yaml ``said_intents``): where
the act foretold under if/unless has an active subject that is neither a personal pronoun
other than 'you' nor the speaker's own word ("worried that if the state held up the deal,
the company could threaten to liquidate", "you would be shooting yourself in the foot"),
the clause forecasts or warns of another's act and is no threat by the speaker.  A noun of
sanction or a verb with no active subject stays the speaker's threat (round 16).  Sentences
written for the test."""
from .conftest import shown


def test_a_third_partys_act_foretold_is_no_threat():
    found = shown("Regulators worried that if the state held up the sale, the mining "
                  "company could threaten to liquidate its properties.")
    assert not [s for s in found if s[1] == "THREATEN"]


def test_the_hearers_own_harm_is_no_threat():
    found = shown("If you raise tariffs on our steel, you would be shooting yourself in "
                  "the foot, the Chilean minister told reporters.")
    assert not [s for s in found if s[1] == "THREATEN"]


def test_the_speakers_own_act_stays_a_threat():
    found = shown("The Chilean envoy said it would attack the mine if Peru expanded the "
                  "quarry.", "source")
    assert ("attack", "THREATEN", "The Chilean envoy") in found


def test_sanctions_with_no_doer_stay_a_threat():
    found = shown("The Chilean envoy said sanctions could come if Peru expanded the quarry.")
    assert ("sanctions", "THREATEN") in found
