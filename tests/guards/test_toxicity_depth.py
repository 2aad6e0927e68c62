"""The toxicity guard's depth: insults called to someone's face or of a third person,
masked spellings, reported abuse, names, implicit abuse in every language; and the
figures on the team's toxicity sets (`tests/corpus/toxicity/dev/`), kept apart
from the main corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import CATEGORIES, LANGUAGES, ToxicityGuard, load_lexicon, score
from secproxy.model import Action, Surface
from tests.corpus.cases import ROOT, _read
from tests.corpus.harness import evaluate, make_guards


def kinds(text: str) -> set[str]:
    """Kinds of the hits the default guard gives `text`, through the normaliser's views."""
    g = ToxicityGuard("toxicity")
    g.configure({})
    hits = g.inspect([Slot(Role.USER, text)],
                     GuardContext(Action(Surface.LLM), viewer=Normaliser().views))
    return {h.kind for h in hits}


@pytest.mark.parametrize(("text", "kind"), [
    # an insult called to someone's face counts whatever its weight
    ("you are a complete idiot", "insult"),
    ("Honestly you're so stupid.", "insult"),
    ("Du bist wirklich so ein blöder Typ.", "insult"),
    ("Qué imbécil eres.", "insult"),
    # a strong insult called a third person
    ("what a bitch, honestly", "insult"),
    ("That guy is a real asshole.", "insult"),
    ("Quelle pétasse, celle-là.", "insult"),
    # masked spellings the folded view leaves
    ("shut up b!tch", "insult"),
    ("typical a$$hole", "insult"),
    ("you @sshole", "insult"),
    ("f#ck off c*nt", "insult"),
    # threats with no verb of harm, death wished in other words, exclusion, demands
    ("You won't see it coming, trust me.", "threat"),
    ("Your days are numbered, pal.", "threat"),
    ("Pass bloß auf, du.", "threat"),
    ("Tes jours sont comptés.", "threat"),
    ("Ты труп, понял?", "threat"),
    ("do the whole world a favour and just die", "self_harm"),
    ("Spring doch vom Dach.", "self_harm"),
    ("nobody wants you here", "harassment"),
    ("I'm going to post your home address online.", "harassment"),
    ("go back to your own damn country", "hate"),
    ("Vuelve a tu país.", "hate"),
    ("滚回你的老家去", "hate"),
    ("国に帰れ", "hate"),
    ("ارجع إلى بلدك", "hate"),
    ("women are too dumb to be engineers", "hate"),
    ("send me pics of your tits", "sexual"),
    ("abe madarchod", "insult"),
    # calls for violence, sexual coercion, piling on, curses starred to the end
    ("somebody needs to stab those clowns, seriously", "violence"),
    ("we should lynch him", "violence"),
    ("Man sollte die verprügeln, bis sie bluten.", "violence"),
    ("hay que apalear a ese tipo", "violence"),
    ("他们这种人应该往死里打", "violence"),
    ("半殺しにしてやれ", "violence"),
    ("send me nudes or I'll tell your boyfriend", "sexual"),
    ("manda nudes agora", "sexual"),
    ("скинь голые фото", "sexual"),
    ("everyone spam her DMs until she quits", "harassment"),
    ("who the f*** broke this sh** again", "profanity"),
    # abuse in a JSON message is abuse unless the record is about it
    ('{"from": "dan", "text": "go hang yourself, you worthless whore"}', "self_harm"),
    # a threat that names a report is still a threat
    ("Drop the report or I will burn your house down.", "threat"),
])
def test_abuse_is_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    # negation, oneself, animals and words about words
    "You are not an idiot, you just need sleep.",
    "I'm such an idiot, I forgot my badge again.",
    "Quel idiot je fais, j'ai oublié mon badge.",
    "The breeder registered the bitch and her litter.",
    # symbols of code, formats and addresses
    "fmt.Errorf(\"open config: %w\", err) // see #issue and **kwargs; x = a**2",
    "mail bob@asset.com or $HOME/.config; !important",
    # reported abuse: quoted with a verb of speech, news, rules
    "'I'll kill you for this,' the pirate snarled.",
    "«Je vais te tuer !» hurla le méchant.",
    "Police said the suspect had called migrants vermin online.",
    "使用“傻逼”等辱骂词语将被封号。",
    # sport, idioms, interfaces, processes and blanked-out words
    "We will beat them next week and win the cup.",
    "Break a leg tonight at the premiere!",
    "Select the layers and drag them outside the canvas.",
    "Hay que matar el proceso y volver a lanzarlo.",
    "Il faut frapper à la porte avant d'entrer.",
    "Wir sollten Alarm schlagen, bevor es zu spät ist.",
    "Vamos quebrar o problema em partes menores.",
    "password: p*** (redacted), user: d***",
    # a moderation record: the abuse filed in it is evidence, quoted whole
    '{"report_id": 88123, "flagged_by": "auto", "reason": "threat", "message": '
    '"shut up you worthless bitch, I will fucking kill you"}',
    '{"moderation": {"status": "queued"}, "reported_text": "Du Hurensohn, ich bring dich um"}',
    '{"queue": "moderation", "item": {"text": "go hang yourself, you worthless whore"}, '
    '"label": "harassment"}',
    # names
    "Herr Fick wrote to us, and tonight our guest is Dick Van Dyke.",
    # idioms
    "Ik ga dood van de honger.",
    "Pass auf dich auf und komm gut heim!",
])
def test_legitimate_text_stays_quiet(text: str) -> None:
    assert not kinds(text)


def test_a_second_person_after_the_insult_aims_it_and_a_negation_disarms_it() -> None:
    lexicon = load_lexicon(LANGUAGES, CATEGORIES)
    assert score("what clowns like you think", lexicon).score > score(
        "what clowns think", lexicon).score
    assert score("you are a complete moron", lexicon).score >= 0.8
    assert score("you are not a moron", lexicon).score < 0.8


SETS = {
    # name: (minimum recall, maximum FPR), measured when the floors were set
    "dev": (0.99, 0.01),     # 0.994 / 0.000; tuned on (0.650 / 0.019 when written)
    "check": (0.95, 0.01),   # 0.957 / 0.000; tuned on (0.416 / 0.130 when written)
    # 0.713 / 0.021; written after the rules and measured at 0.351 / 0.021 (0.234 / 0.032
    # with the rules as they were before), then tuned on by category
    "final": (0.71, 0.03),
    # 0.628 / 0.000: written last of the first four, never tuned on (0.349 / 0.000 with the
    # rules as they were before that work; 0.453 after it, 0.581 before the fifth round)
    "blind": (0.62, 0.02),
    # 0.889 / 0.006: the fourth round's dev set, written before it (0.476 / 0.096 then),
    # tuned on by category and language since
    "blind2": (0.88, 0.01),
    # 0.923 / 0.000; written after the fourth round and measured at 0.333 / 0.000 (0.244
    # / 0.123 with the rules and model as they were before it), then tuned on
    "check2": (0.92, 0.01),
    # 0.231 / 0.026: written after every change of the fourth round, other scenarios
    # than check2's, never tuned on (0.135 / 0.077 with the rules and model before the
    # round; 0.154 after it): implicit abuse ("accidents happen to people who talk", "run
    # them over", "take the whole pack") is what neither lexicon nor model reaches well
    "check3": (0.23, 0.03),
    # 0.923 / 0.023: the fifth round's dev set, written before it without reading the
    # lexicons (0.485 / 0.081 then), tuned on by category, language and carrier
    "blind3": (0.92, 0.03),
    # 0.308 / 0.011: written after the fifth round's carriers, lexicons and retrained
    # layer, other scenarios and words than blind3's, measured at 0.231 / 0.022 before its
    # misses were read (0.198 / 0.044 with the rules and model before the round); a strong
    # curse in a short message counting as enough, common curses and verbs of calling
    # someone something came after reading them
    "check4": (0.30, 0.02),
    # 0.806 / 0.010: the sixth round's dev set (issue 11: abuse aimed at a person inside
    # long mails and tool results), written before it (0.469 / 0.010 then; the same texts
    # bare 0.502 / 0.029), tuned on by mechanism and class
    "blind4": (0.80, 0.015),
    # 0.597 / 0.016: written after every change of the sixth round, other words and
    # scenarios, measured once at 0.290 / 0.033 before its misses were read (0.226 / 0.016
    # with the rules and model before the round), then tuned on (aftermath idioms,
    # watching a home, a neckline called an invitation)
    "check5": (0.59, 0.02),
    # 0.244 / 0.024: written after every change of the sixth round (those after reading
    # check5 included), other words again, never tuned on; the same figure as with the
    # rules and model before the round: the new wording is out of reach of both
    "check6": (0.24, 0.03),
    # 0.780 / 0.007: session 15's dev set (abuse in tool results: social APIs, issue
    # comments, tickets, pages as Markdown, search APIs, CSV, JSON logs, fixtures, chat
    # logs; rough tool results), written before its round (0.365 / 0.055 then), tuned on
    "tools9": (0.76, 0.01),
    # 0.863 / 0.086: its check set, written first, measured at the start (0.804 / 0.112)
    # and the end of the round only, never tuned on
    "tools9_check": (0.86, 0.09),
    # 0.988 / 0.000: session 16's dev set (ar ru ko nl pt first; violence, harassment,
    # sexual, profanity at a person; chat, mail, tool results), written before its round
    # (0.750 / 0.000 then), tuned on
    "weak16": (0.98, 0.01),
    # 0.704 / 0.000: its check set, written with it in other words (0.679 / 0.000 at the
    # start); its misses never read, but its figure was seen after each change and once
    # used to choose between two trainings (ROUND10_COPIES): no independent check, its
    # figure is selection-biased (read it as optimistic, as a tuned set's is)
    "weak16_check": (0.70, 0.01),
}
LANGUAGES_OF = {"blind4": 11, "check5": 8, "check6": 7}
"""Languages of the sets that do not hold all thirteen."""


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_toxicity_sets_meet_their_floors(name: str) -> None:
    cases = _read([ROOT / "toxicity" / "dev" / f"{name}.jsonl"])
    assert len({c.lang for c in cases}) == LANGUAGES_OF.get(name, 13)
    report = evaluate("toxicity", make_guards(["toxicity"]), cases=cases)
    recall, fpr = report.overall.recall, report.overall.fpr
    min_recall, max_fpr = SETS[name]
    assert recall is not None and fpr is not None
    assert recall >= min_recall and fpr <= max_fpr, report.table(show=20)


def test_the_sets_are_apart_from_the_main_corpus() -> None:
    main = {c.text for c in _read(sorted((ROOT / "toxicity").glob("*.jsonl")))}
    for name in SETS:
        path = Path(ROOT / "toxicity" / "dev" / f"{name}.jsonl")
        assert not [c.id for c in _read([path]) if c.text in main]
