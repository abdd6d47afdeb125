"""Round 35 (issue 18, branch h-cond35): the grammar of irrealis forms against the
assertion layer.  Each sentence is INVENTED (none from any corpus), one for each form that
the grammars list (Quirk et al. 1985 ch. 14-15; Huddleston & Pullum 2002, CGEL ch. 8 and 9;
Karttunen 1971 on implicative verbs): the event on the trigger named is never shown as
having happened; the guards, whose trigger is a real event beside such a form, stay
shown (a guard that hides real events is worse than a miss).

Failed at base (ba7de6c), fixed by grammar this round: 'provided/providing (that)'
(cond-provided, cond-providing), the active inverted conditional (inv-had-act), 'as
though' (as-though), 'almost/nearly' + verb (almost, nearly), and the main clause of a
'lest' clause and of an 'as if' clause hedged to 'possible' (lest-main, asif-main), and
'not only ... but also' read as a negation (not-only, not-only-inv); then 'supposing',
'assuming' and 'in case' before a past-tense clause (supposing, assuming, in-case-past)."""
import pytest

from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text
from wiretrace.render import happened

NOT = [
 ("cond-if",
  "Officials said the ceasefire would collapse if rebels attacked the town.", "attacked"),
 ("cond-if-past", "If rebels attacked the town, the ceasefire collapsed.", "attacked"),
 ("cond-unless", "The army will withdraw unless militants shell the capital again.", "shell"),
 ("cond-provided", "Ankara will free the prisoners provided Athens expels the spies.", "expels"),
 ("cond-providing",
  "Ankara will free the prisoners providing that Athens expels the spies.", "expels"),
 ("cond-in-case", "Police will stay on the border in case smugglers raid the villages.", "raid"),
 ("cond-in-event",
  "In the event that protesters storm the parliament, troops will be deployed.", "storm"),
 ("inv-had", "Had the convoy been attacked by rebels, the mission would have ended.", "attacked"),
 ("inv-had-act", "Had the rebels attacked the convoy, the mission would have ended.", "attacked"),
 ("inv-were", "Were the army to shell the city, thousands would flee.", "shell"),
 ("inv-should", "Should police arrest the opposition leader, protests will follow.", "arrest"),
 ("cf-apod", "Without the warning, the militia would have bombed the market.", "bombed"),
 ("cf-apod2", "If the talks had collapsed, the rebels would have attacked Goma.", "attacked"),
 ("cf-prot", "If the rebels had attacked Goma, the talks would have collapsed.", "attacked"),
 ("as-if", "The soldiers behaved as if they had seized the airport.", "seized"),
 ("as-though", "Officials spoke as though police had arrested the suspects.", "arrested"),
 ("wish", "Residents wish the army had freed the hostages.", "freed"),
 ("if-only", "If only the government had arrested the gunmen, villagers said.", "arrested"),
 ("lest", "Troops guarded the bridge lest rebels seize it.", "seize"),
 ("so-that",
  "The general moved tanks to the border so that his forces could attack the town.", "attack"),
 ("in-order-to", "Police sealed the road in order to arrest the smugglers.", "arrest"),
 ("in-order-that", "Troops cut the power in order that commandos could raid the camp.", "raid"),
 ("even-if", "Even if rebels attack the city, the government will not negotiate.", "attack"),
 ("even-if-past",
  "Even if rebels attacked the city, the government would not negotiate.", "attacked"),
 ("whether-or-not",
  "The army will hold the line whether or not militants shell the base.", "shell"),
 ("suppose", "Suppose that the army attacked the capital; the region would erupt.", "attacked"),
 ("imagine", "Imagine that police arrested the president.", "arrested"),
 ("question", "Did the army attack the village?", "attack"),
 ("asked-whether", "Reporters asked whether police had arrested the editor.", "arrested"),
 ("asked-if", "The minister asked if troops had shelled the hospital.", "shelled"),
 ("is-to", "The army is to attack the rebel stronghold next week.", "attack"),
 ("set-to", "Police are set to arrest the former minister on Monday.", "arrest"),
 ("due-to", "The president is due to expel the ambassador.", "expel"),
 ("plans-to", "The government plans to deport the refugees.", "deport"),
 ("before-could", "Police detained the gunman before he could attack the crowd.", "attack"),
 ("without-ing", "The troops took the town without firing a shot.", "firing"),
 ("without-ing2", "The rebels withdrew without attacking the base.", "attacking"),
 ("failed-to", "The army failed to capture the airport.", "capture"),
 ("refused-to", "The police refused to release the journalists.", "release"),
 ("pretended-to", "The militia pretended to withdraw from the town.", "withdraw"),
 ("almost", "Troops almost attacked the embassy.", "attacked"),
 ("nearly", "Protesters nearly stormed the parliament.", "stormed"),
 ("denied", "The government denied that soldiers had shelled the village.", "shelled"),
 ("not", "Soldiers did not attack the village.", "attack"),
 ("never", "Police never arrested the suspect.", "arrested"),
 ("inv-had-pass", "Had the embassy been stormed by protesters, the envoy would have fled "
  "the country.", "stormed"),
 ("inv-had-after", "The mission would have ended had rebels attacked the convoy.", "attacked"),
 ("inv-were-pass", "Were the capital shelled by the rebels, the talks would end.", "shelled"),
 # more forms: Quirk et al. 1985 14.12 (subordinators), 15.48 (purpose); CGEL ch. 9
 ("so-as-to", "Troops moved in so as to seize the airport.", "seize"),
 ("in-order-for", "Troops cut the roads in order for police to arrest the smugglers.", "arrest"),
 ("on-condition-past",
  "Rebels agreed to a truce on condition that the army withdrew from the town.", "withdrew"),
 ("supposing", "Supposing the army attacked the capital, the region would erupt.", "attacked"),
 ("assuming", "Assuming rebels attacked the capital, the region would erupt.", "attacked"),
 ("rather-than", "Rebels fled rather than attacking the base.", "attacking"),
 ("instead-of", "Police negotiated instead of arresting the protesters.", "arresting"),
 ("could-have", "The army could have seized the airport.", "seized"),
 ("about-to", "Troops were about to attack the embassy when the order came.", "attack"),
 ("verge", "Troops were on the verge of attacking the embassy.", "attacking"),
 ("stopped-short", "The government stopped short of expelling the ambassador.", "expelling"),
 ("prevented", "Guards prevented protesters from storming the parliament.", "storming"),
 ("if-were-to", "If the army were to attack the town, thousands would flee.", "attack"),
 ("unless-past", "Unless police arrested the gunmen, the village would not be safe.", "arrested"),
 ("only-if", "Talks will resume only if the army withdraws from the town.", "withdraws"),
 ("in-case-past", "Police guarded the border in case smugglers raided the villages.", "raided"),
]
GUARD = [
 ("after", "Villagers fled after the army attacked the town.", "attacked"),
 ("because", "The town was empty because rebels had shelled it for days.", "shelled"),
 ("managed", "Police managed to free the hostages.", "free"),
 ("since", "Since troops entered the city on Monday, shops have been closed.", "entered"),
 ("since2", "Since police arrested the opposition leader, protests have spread.", "arrested"),
 ("when", "When the army attacked the village, residents fled.", "attacked"),
 ("so-that-main", "Police arrested the suspects so that they could question them.", "arrested"),
 ("before-main", "Police detained the gunman before he could attack the crowd.", "detained"),
 ("order-main", "Police arrested the man in order to question him.", "arrested"),
 ("lest-main", "Troops guarded the bridge lest rebels seize it.", "guarded"),
 ("asif-main", "Troops shelled the town as if the war had resumed.", "shelled"),
 ("plain", "Soldiers attacked the village on Monday.", "attacked"),
 ("though", "Rebels attacked the base, though they had promised a truce.", "attacked"),
 ("once", "Once troops seized the airport, the rebels fled.", "seized"),
 ("not-only", "The army not only attacked the town but also burned the fields.",
  "attacked"),
 ("not-only-inv", "Not only had the army attacked the town, it also burned the fields.",
  "attacked"),
 ("even-though", "The army will not negotiate even though rebels shelled the base.", "shelled"),
 ("although", "Although police arrested the leader, protests continued.", "arrested"),
 ("whereas", "Rebels shelled the town, whereas the army stayed in its barracks.", "shelled"),
 ("until", "Troops shelled the town until rebels surrendered.", "shelled"),
 ("not-just", "Rebels did not just shell the town, they also burned it.", "shell"),
 ("as-reason", "Police arrested the man as he had attacked a guard.", "arrested"),
 ("had-plain", "Police had arrested the man before the attack.", "arrested"),
 ("so-result", "Rebels shelled the road, so the convoy turned back.", "shelled"),
 ("in-case-main", "Police guarded the border in case smugglers raided the villages.", "guarded"),
 ("provided-verb", "The United States provided weapons to the rebels.", "provided"),
 ("should-main", "Police arrested the man, who should face trial.", "arrested"),
]


def _shown(text: str, trigger: str) -> list[bool]:
    report = analyze(from_text(text, id="t", published="2021-03-02"))
    return [happened(e) for e in report.events if e.trigger.text == trigger]


@pytest.mark.parametrize(("name", "text", "trigger"), NOT, ids=[n for n, *_ in NOT])
def test_irrealis_form_is_not_shown(name, text, trigger):
    assert not any(_shown(text, trigger))


@pytest.mark.parametrize(("name", "text", "trigger"), GUARD, ids=[n for n, *_ in GUARD])
def test_asserted_event_beside_it_stays_shown(name, text, trigger):
    assert any(_shown(text, trigger))
