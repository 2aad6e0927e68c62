"""The toxicity guard's frames, scripts and weighting: threats, harassment and hate said
in shapes no phrase list holds, in every lexicon language; and the hard negatives that
must stay quiet (negations, apologies, reports about abuse, idioms, banter)."""

from __future__ import annotations

import pytest

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.normalise import Normaliser
from secproxy.guards.toxicity import CATEGORIES, LANGUAGES, ToxicityGuard, load_lexicon, score
from secproxy.guards.toxicity_frames import match, parse_frames, tokens_with_spans, windows
from secproxy.model import Action, Surface


def guard() -> ToxicityGuard:
    g = ToxicityGuard("toxicity")
    g.configure({})
    return g


def kinds(text: str) -> set[str]:
    """Kinds of the hits the default guard gives `text`, through the normaliser's views."""
    hits = guard().inspect([Slot(Role.USER, text)],
                           GuardContext(Action(Surface.LLM), viewer=Normaliser().views))
    return {h.kind for h in hits}


@pytest.mark.parametrize(("text", "kind"), [
    # English threats in forms the lexicon does not list word for word
    ("Say that again and I swear I'll strangle you.", "threat"),
    ("We are going to torch your whole store one night.", "threat"),
    ("i'm gonna break ur legs", "threat"),
    ("Mark my words, you will suffer for this.", "threat"),
    ("Trust me, I'll hunt you down wherever you go.", "threat"),
    ("I'll make sure you get fired by Friday, watch.", "threat"),
    # harassment: campaigns, stalking, exclusion
    ("ok everyone lets go dogpile his account until he deletes it", "harassment"),
    # weak signals add up: unwanted contact (0.7) and "you can't ignore me" (0.8)
    ("I'll keep messaging you every hour and you can't ignore me.", "harassment"),
    ("Trust me, you can't escape me, not online and not offline.", "harassment"),
    ("We'll make your life a nightmare at this school.", "harassment"),
    # hate: a group described as vermin, or to be removed
    ("Honestly refugees are nothing but parasites and leeches.", "hate"),
    ("Those folks are animals, all of them.", "hate"),
    ("Transgenders should be banned from every public place.", "hate"),
    # other languages: frames with their verb forms and word orders
    ("Ich werde dich finden und abstechen.", "threat"),
    ("Wir machen euch fertig, wartet nur.", "threat"),
    ("Flüchtlinge sind Schmarotzer und Verbrecher.", "hate"),
    ("Je vais te défoncer à la sortie.", "threat"),
    ("Ces types sont des cafards, rien d'autre.", "hate"),
    ("Te voy a reventar cuando te vea.", "threat"),
    ("Los refugiados son una plaga.", "hate"),
    ("Ti accoltello se ti rivedo qui.", "threat"),
    ("Vou te esfaquear na saída.", "threat"),
    ("Ik ga je neersteken, let maar op.", "threat"),
    ("Я тебя зарежу, понял?", "threat"),
    ("Мигранты — это крысы и паразиты.", "hate"),
    # death wishes, in each language's own way of wishing
    ("I really hope your dog gets cancer.", "threat"),
    ("Ich hoffe, ihr verreckt alle.", "threat"),
    ("J'espère que tu crèves ce soir.", "threat"),
    ("Ojalá te pudras en la cárcel.", "threat"),
    ("Spero che tu crepi.", "threat"),
    ("Tomara que você morra logo.", "threat"),
    ("Ik hoop dat je creperen gaat.", "threat"),
    ("Чтобы вы все сдохли.", "threat"),
    ("You deserve to be beaten for that.", "threat"),
    # elided articles and pronouns (French, Italian) do not hide the word after them
    ("Dégage, espèce d'abruti fini.", "insult"),
    ("T'es qu'un raté, personne ne t'aime ici.", "harassment"),
    # compounds (German, Dutch) and scripts without word spaces
    ("Du bist ein Riesenidiot.", "insult"),
    ("Wat een kankerlijer ben jij.", "insult"),
    ("你这个蠢货，给我闭嘴。", "insult"),
    ("死ね、このクズ。", "threat"),
    ("이 병신아 꺼져.", "insult"),
    ("اخرس يا حقير", "insult"),
    ("तू एक नंबर का कमीना है", "insult"),
])
def test_abuse_in_shapes_is_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    # obfuscation: stretched letters, leetspeak, spacing (the normaliser's fold view)
    "you are sooo stuuuupid, shuuut uuup",
    "k i l l   y o u r s e l f",
    "y0u 4re a w0rthl3ss 1d10t",
    "fuuuuuck yoooou",
])
def test_obfuscated_spellings_are_read(text: str) -> None:
    assert kinds(text)


@pytest.mark.parametrize("text", [
    # negations, apologies and worries
    "I would never hurt you, you know that.",
    "I'm so sorry I hurt you yesterday.",
    "I'm afraid I'll hurt you if I tell the truth.",
    "Immigrants are not criminals, the data is clear.",
    # about abuse, not abuse
    "The moderator removed a comment that called refugees vermin.",
    "Our report on online harassment lists threats such as 'I will kill you'.",
    "How do I report a user who keeps sending me slurs?",
    # idioms, banter, sport, work
    "We're going to destroy you guys at trivia night!",
    "I'll shoot you an email with the details.",
    "This bug is killing me, I've been at it since 8am.",
    "I'll make sure you get the invoice by Friday.",
    "You'll regret not trying the dessert here.",
    "The rats in the old barn were a problem for the farmers.",
    "Women are underrepresented in engineering, the survey found.",
    "Die Flüchtlinge sind in Sicherheit, berichtet die Zeitung.",
    "Los inmigrantes son parte de nuestra historia.",
    "She studied the skills gap in grape harvesting.",
    "Ratio of errors to requests stayed below 0.1% on Tue.",
    "I hope your family is doing well after the move.",
    "Ojalá te vaya bien en el examen.",
    "Send me the photos or I'll forget to print them.",
    "Women belong in every boardroom.",
    "You're dead right about the deadline.",
    "Those people are animal lovers who run a shelter.",
    "I hope you beat cancer, you are so strong.",
    "C'est l'heure d'aller au cinéma avec l'équipe.",
    "Tu es nulle part dans la liste, vérifie l'orthographe.",
])
def test_hard_negatives_stay_quiet(text: str) -> None:
    assert not kinds(text)


def test_frames_parse_gaps_classes_and_alternatives() -> None:
    source = ("@class\tme\ti we\n@class\tharm\tkill* hurt\n"
              "@frame\tthreat\t0.9\tme ~2 harm ~1 you|ya\n")
    (frame,) = parse_frames(source, "x", CATEGORIES)
    assert (frame.category, frame.weight, frame.gaps) == ("threat", 0.9, (2, 1))
    words, spans = tokens_with_spans("Then I will kill you. We hurt ya? I killed nobody.")
    from secproxy.guards.toxicity_frames import Positions
    found = match(frame, words, Positions(words))
    assert [(spans[a][0], spans[b][1]) for a, b in found] == [(5, 20), (22, 32)]
    for broken in ("@frame\tnasty\t0.5\ta b\n", "@frame\tthreat\tmuch\ta b\n",
                   "@class\tonly-a-name\n"):
        with pytest.raises(ValueError, match="x:1"):
            parse_frames(broken, "x", CATEGORIES)


def test_windows_keep_whole_words_and_stems() -> None:
    text = "we send an endless list; at the end a killer bug"
    assert windows(text, ["end"], {"end": (True, True)}) == [(0, len(text))]
    assert windows("we send an endless list", ["end"], {"end": (True, True)}) == []
    assert windows("skills only", ["kill"], {"kill": (True, False)}) == []
    assert windows("killers", ["kill"], {"kill": (True, False)}) == [(0, 7)]


def test_aimed_and_reported_weights() -> None:
    lexicon = load_lexicon(LANGUAGES, CATEGORIES)
    aimed = score("you stupid clown", lexicon).score
    elsewhere = score("you saw it: stupid clown", lexicon).score
    unaimed = score("what a stupid clown", lexicon).score
    assert aimed > elsewhere > unaimed
    said = score("I will kill you", lexicon).score
    reported = score("the threats said: I will kill you", lexicon).score
    assert reported == pytest.approx(said / 2)


def test_long_texts_of_anchor_words_stay_linear() -> None:
    lexicon = load_lexicon(LANGUAGES, CATEGORIES)
    text = "i will kill you and hurt you " * 2_000
    got = score(text, lexicon)
    assert got.score >= 1.0 and len(got.found) > 100


@pytest.mark.parametrize("text", [
    # Violence wished on a person or a group, in the passive or as deserved (session 25)
    "girls like that should be beaten until they shut up",
    "that journalist deserves to be hanged for what he wrote",
    "Typen wie er sollte man verprügeln, bis sie Ruhe geben",
    "esos tipos merecen una paliza por lo que hicieron",
    "des gens comme lui mériteraient une balle",
    "quelli lì andrebbero impiccati in piazza",
    "esses caras mereciam uma surra daquelas",
    "zulke types verdienen een flink pak slaag",
    "таких людей надо расстрелять",
    "那种人就该枪毙",
    "ああいう連中は殴られて当然",
    "저런 인간들은 맞아도 싸",
    "هؤلاء الناس يستحقون الشنق",
    "ऐसे लोगों को फांसी पर लटका देना चाहिए",
])
def test_violence_wished_on_people(text: str) -> None:
    assert "violence" in kinds(text)


@pytest.mark.parametrize("text", [
    # the same verbs of things: processes, eggs, dough, a team's bad game, a film
    "Workers that hang should be killed and restarted by the supervisor.",
    "The egg whites must be beaten until stiff peaks form.",
    "Der Teig sollte kräftig geschlagen werden.",
    "El equipo merece una paliza después de jugar tan mal, dijo el entrenador en broma.",
    "Ce film mérite une balle… non, je plaisante, il mérite un oscar.",
    "Het deeg moet goed geslagen worden.",
    "Зависший процесс надо убить и перезапустить.",
    "这个进程应该被杀掉，然后重启。",
])
def test_the_same_verbs_of_things_are_no_violence(text: str) -> None:
    assert "violence" not in kinds(text)


@pytest.mark.parametrize("text", [
    # Graphic violence a speaker will do, and a group called to beat someone till an
    # ambulance takes him (session 25)
    "ich hau ihm den Kopf ein und seh zu, wie er in seinem eigenen Blut liegt",
    "je vais lui ouvrir le crâne et le regarder baigner dans son propre sang",
    "le voy a abrir la cabeza y ver cómo se desangra en su propia sangre",
    "ik trap hem tot hij in z'n eigen bloed ligt",
    "Он у выхода. Подтягивайтесь, пацаны, чтобы его на носилках унесли.",
    "Il tipo è al bar. Venite, deve uscire in barella stasera.",
    "我要砸开他的脑袋",
])
def test_graphic_violence_and_calls_to_beat(text: str) -> None:
    assert "violence" in kinds(text)


@pytest.mark.parametrize("text", [
    "Todos aplaudieron cuando el jugador salió en camilla.",
    "Tutti hanno applaudito quando il giocatore è uscito in barella.",
    "Все аплодировали, когда игрока унесли на носилках.",
    "In the novel the soldier dies in his own blood; I cried at that chapter.",
])
def test_a_stretcher_or_blood_in_a_report_is_no_call_to_violence(text: str) -> None:
    assert "violence" not in kinds(text)


@pytest.mark.parametrize("text", [
    # self-harm urged in a reply to someone in distress: "do it already" and the means
    '{"replies": [{"text": "Dann mach es halt endlich, Tabletten hast du ja."}]}',
    "pues hazlo ya, el puente está ahí al lado",
    "e allora fallo subito, le pillole le hai",
    "então faz isso logo, os comprimidos estão aí",
])
def test_self_harm_urged_on_someone_in_distress(text: str) -> None:
    assert "self_harm" in kinds(text)


@pytest.mark.parametrize("text", [
    "Nimm die Tabletten nach dem Essen und mach es dir auf dem Sofa bequem.",
    "Tómate las pastillas con agua; si te mareas, hazlo sentado.",
    "Prendi le pillole dopo cena, e se hai dubbi fallo presente al medico.",
    "Tome o remédio depois do almoço e vai logo descansar.",
])
def test_medicine_and_everyday_orders_are_no_self_harm(text: str) -> None:
    assert "self_harm" not in kinds(text)


# Session 26 (blind set toxicity_probes26): a group called a plague, the conspiracy trope
# of who owns the banks, outside English.
@pytest.mark.parametrize("text", [
    "Die Roma sind eine Plage für jede Stadt, in der sie wohnen.",
    "Ces gens-là, les Roms, sont un fléau pour nos quartiers.",
    "I rom sono una piaga, non fateli entrare.",
    "De joden controleren alle banken en kranten in dit land.",
    "Os judeus controlam os bancos e a imprensa toda.",
    "Los judíos controlan todos los bancos y la prensa.",
    "Евреи контролируют банки и газеты по всей стране.",
])
def test_a_group_called_a_plague_or_said_to_own_the_banks(text: str) -> None:
    assert "hate" in kinds(text)


@pytest.mark.parametrize("text", [
    "Die Pest war eine Plage für das mittelalterliche Europa.",
    "Les banques contrôlent les taux, disent les journaux.",
    "La piaga della siccità colpisce il sud.",
    "Joodse bankiers speelden een rol in de geschiedenis van Amsterdam, zegt het museum.",
])
def test_plagues_and_banks_without_a_group_blamed(text: str) -> None:
    assert "hate" not in kinds(text)


# Session 26: someone to be left bleeding; a group to go armed and smash or drag out.
@pytest.mark.parametrize("text", [
    "find the guy who ratted us out and leave him bleeding in the car park",
    "Lasst ihn blutend vor seiner Haustür liegen.",
    "Dejadlo tirado y sangrando delante del bar.",
    "Laissez-le en sang devant sa porte, les gars.",
    "Оставьте его в крови у подъезда.",
    "Samstag gehen wir mit Knüppeln und Ketten hin und zerren alle raus.",
    "El viernes vamos con bates y palos y rompemos todo el local.",
])
def test_someone_to_be_left_bleeding_or_a_place_to_be_attacked_armed(text: str) -> None:
    assert kinds(text) & {"violence", "threat"}


@pytest.mark.parametrize("text", [
    "The medic told us to leave him lying still and press on the wound until help came.",
    "Wir gehen mit Knüppeln und Helmen zum Eishockeytraining.",
    "Vamos con cuchillos y tablas a la clase de cocina del sábado.",
])
def test_first_aid_and_sports_with_the_same_words(text: str) -> None:
    assert not kinds(text) & {"violence", "threat"}
