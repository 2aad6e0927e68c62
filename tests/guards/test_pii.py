"""The pii guard: validated numbers found, broken ones and look-alikes left alone, views,
settings, pathological input under a deadline, and masking through the engine."""

from __future__ import annotations

import base64
import random
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable

import phonenumbers
import pytest

from secproxy.config import load_config
from secproxy.config.guards import configured_guards
from secproxy.content import Role, Slot
from secproxy.engine import Engine
from secproxy.guards import GuardContext, GuardSettingsError, View, pii_numbers
from secproxy.guards.pii import PiiGuard
from secproxy.model import Action, Decision, Severity, Surface
from tests.guards import pii_samples as gen


def guard(**settings: object) -> PiiGuard:
    g = PiiGuard("pii")
    g.configure(settings)
    return g


def found(text: str, g: PiiGuard | None = None) -> list[tuple[str, str]]:
    """(kind, matched text) of every hit in `text`."""
    g = g or guard()
    hits = g.inspect([Slot(Role.USER, text)], GuardContext(Action(Surface.LLM)))
    return [(h.kind, text[h.span[0]:h.span[1]]) for h in hits if h.span]


CARDS = [("4", 16), ("4", 13), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16),
         ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("36", 14),
         ("62", 16), ("6759", 18), ("2200", 16)]


@pytest.mark.parametrize(("prefix", "length"), CARDS)
def test_cards_of_each_issuer_are_found_and_broken_ones_are_not(prefix: str,
                                                                length: int) -> None:
    # Its own seed: with the module's shared one, what a case drew depended on which
    # tests ran before it in the worker. (A broken number's last groups may still read
    # as a national phone number, `0971 7258`: that is another kind, not a card.)
    gen.R.seed(f"card-{prefix}-{length}")
    number = gen.card(prefix, length)
    sizes = (4, 6, 5) if length == 15 else (4, 6, 4) if length == 14 else (4, 4, 4, 4)
    for shown in (gen.grouped(number, sizes), gen.grouped(number, sizes, "-")):
        assert found(f"paid with {shown} yesterday") == [("credit_card", shown)]
        broken = found(f"paid with {gen.grouped(gen.broken(number), sizes)} yesterday")
        assert [kind for kind, _ in broken if kind == "credit_card"] == []
    assert found(f"card number: {number}.") == [("credit_card", number)]


def test_card_rules_cut_false_positives() -> None:
    visa = gen.card("4", 16)
    assert found(f"order {visa} shipped") == []  # a number called an order number
    assert found(f"card {visa[:12]} x") == []  # too short for its issuer
    assert found(f"{gen.card('99', 16)} and {gen.card('1', 16)}") == []  # no such issuer
    assert found(f"{visa[:4]}.{visa[4:8]}.{visa[8:12]}.{visa[12:]}") == []  # not a card's way
    dotted = f"{visa[:4]}.{visa[4:8]}.{visa[8:12]}.{visa[12:]}"
    assert found(f"card: {dotted}") == [("credit_card", dotted)]  # unless called a card


def test_ibans_grouped_by_dashes_and_birth_dates_in_other_languages() -> None:
    assert found("IBAN: FR76-3000-6000-0112-3456-7890-189") == [
        ("iban", "FR76-3000-6000-0112-3456-7890-189")]
    assert found("IBAN: FR76-3000 6000-0112-3456-7890-189") == []  # one separator, not two
    assert found("Geburtsdatum: 14. Juli 1985") == [("date_of_birth", "14. Juli 1985")]
    assert found("nacido el 3 de marzo de 1990") == [("date_of_birth", "3 de marzo de 1990")]
    assert found("生年月日：1985年7月14日") == [("date_of_birth", "1985年7月14日")]
    assert found("생년월일: 1985년 7월 14일") == [("date_of_birth", "1985년 7월 14일")]
    assert found("ana.garcia @ correo.es") == [("email", "ana.garcia @ correo.es")]


@pytest.mark.parametrize(("country", "bban"), [
    ("DE", gen.digits(18)), ("FR", gen.digits(23)), ("GB", "WEST" + gen.digits(14)),
    ("NL", "ABNA" + gen.digits(10)), ("ES", gen.digits(20)), ("IT", "X" + gen.digits(22)),
    ("CH", gen.digits(17)), ("NO", gen.digits(11))])
def test_ibans_with_country_length_and_mod97(country: str, bban: str) -> None:
    number = gen.iban(country, bban)
    spaced = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    for shown in (number, spaced):
        assert found(f"IBAN: {shown}, thanks") == [("iban", shown)]
    wrong = number[:2] + f"{(int(number[2:4]) + 1) % 100:02d}" + number[4:]
    assert found(f"IBAN: {wrong}") == []
    assert found(f"IBAN: {number}1") == []  # one character too many for the country


def test_iban_heads_glued_to_a_letter_or_digit_are_not_tried() -> None:
    """An IBAN's start stands after no letter or digit (`_iban` checks it last): a hex or
    base64 string's `ab12`, `DE89`… inside it are not looked at, and what is found is
    what the heads of two letters and two digits anywhere found."""
    rnd = random.Random(29)
    number = gen.iban("DE", gen.digits(18))
    texts = [f"IBAN: {number}", f"IBAN:{number}", number, f"x{number}", f"1{number}",
             f"é{number}", f"({number.lower()})", rnd.randbytes(2048).hex(),
             rnd.randbytes(2048).hex().upper(), base64.b64encode(rnd.randbytes(3000)).decode(),
             *("".join(rnd.choice("aAdDeE0189 -é") for _ in range(rnd.randint(4, 30)))
               for _ in range(3000))]
    anywhere = re.compile(rb"00(?<=AA00|aa00)")
    dropped = 0
    for text in texts:
        classes = pii_numbers.char_classes(text)
        heads = [m.start() - 2 for m in anywhere.finditer(classes)]
        tried = list(pii_numbers._iban_heads(classes))
        assert set(tried) <= set(heads)
        assert [pii_numbers._iban(text, at) for at in tried if pii_numbers._iban(text, at)] == [
            pii_numbers._iban(text, at) for at in heads if pii_numbers._iban(text, at)], text
        dropped += len(heads) - len(tried)
    assert dropped > 100
    assert found(f"IBAN: {number}") == [("iban", number)]
    assert found(f"x{number}") == []


def test_us_ssn_allocation_rules_and_context() -> None:
    number = gen.ssn()
    dashed = f"{number[:3]}-{number[3:5]}-{number[5:]}"
    assert found(f"SSN {dashed}") == [("us_ssn", dashed)]
    assert found(f"employee {number[:3]} {number[3:5]} {number[5:]} ok")[0][0] == "us_ssn"
    for bad in ("000", "666", "912"):
        assert found(f"SSN {bad}-{number[3:5]}-{number[5:]}") == []
    assert found(f"SSN {number[:3]}-00-{number[5:]}") == []
    assert found(f"SSN {number[:3]}-{number[3:5]}-0000") == []
    assert found(f"id {number} here") == []  # nine bare digits are anything…
    assert found(f"my social security number is {number}") == [("us_ssn", number)]
    itin = f"9{gen.digits(2)}-{gen.R.randint(70, 88)}-{gen.digits(4)}"
    assert found(f"ITIN {itin}") == [("us_itin", itin)]


NATIONAL: list[tuple[str, Callable[[], str], Callable[[str], str]]] = [
    ("uk_nhs", gen.nhs, lambda n: f"NHS number {n[:3]} {n[3:6]} {n[6:]}"),
    ("nl_bsn", gen.bsn, lambda n: f"mijn BSN is {n}"),
    ("br_cpf", gen.cpf, lambda n: f"CPF {n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"),
    ("br_cpf", gen.cpf, lambda n: f"o CPF: {n}"),
    ("br_cnpj", gen.cnpj, lambda n: f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"),
    ("in_aadhaar", gen.aadhaar, lambda n: f"Aadhaar: {n[:4]} {n[4:8]} {n[8:]}"),
    ("cn_resident_id", gen.cn_id, lambda n: f"身份证号码 {n}"),
    ("cn_resident_id", gen.cn_id, lambda n: f"holder {n} signed"),
    ("pl_pesel", gen.pesel, lambda n: f"PESEL {n}"),
    ("se_personnummer", gen.personnummer, lambda n: f"född {n[:6]}-{n[6:]}"),
    ("ca_sin", gen.sin, lambda n: f"SIN: {n[:3]} {n[3:6]} {n[6:]}"),
    ("fr_nir", gen.nir, lambda n: f"n° {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} "
                                  f"{n[10:13]} {n[13:]}"),
    ("de_tax_id", gen.tax_id, lambda n: f"Steuer-ID {n}"),
    ("de_tax_id", gen.tax_id, lambda n: f"IdNr {n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"),
    ("es_dni", gen.dni, lambda n: f"DNI {n}"),
    ("es_dni", gen.nie, lambda n: f"NIE {n}."),
    ("it_fiscal_code", gen.fiscal_code, lambda n: f"codice fiscale {n}"),
    ("be_national_number", gen.be_number,
     lambda n: f"Rijksregisternummer {n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"),
    ("kr_rrn", gen.kr_rrn, lambda n: f"주민등록번호: {n[:6]}-{n[6:]}"),
    ("fi_hetu", gen.hetu, lambda n: f"Henkilötunnus {n}"),
    ("ru_snils", gen.snils, lambda n: f"СНИЛС {n[:3]}-{n[3:6]}-{n[6:9]} {n[9:]}"),
    ("tr_tckn", gen.tckn, lambda n: f"TC Kimlik No: {n}"),
    ("sg_nric", gen.nric, lambda n: f"NRIC {n}, thanks"),
]


@pytest.mark.parametrize(("kind", "make", "show"), NATIONAL,
                         ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(NATIONAL)])
def test_national_ids_with_check_digits(kind: str, make: Callable[[], str],
                                        show: Callable[[str], str]) -> None:
    for _ in range(5):
        number = make()
        text = show(number)
        hits = found(text)
        assert [k for k, _ in hits] == [kind], text
        assert re.sub(r"[^0-9A-Z]", "", hits[0][1]) == re.sub(r"[^0-9A-Z]", "", number)
        bad = show(number[:-1] + ("A" if number[-1] == "B" else "B")
                   if number[-1].isalpha() else gen.broken(number))
        assert kind not in [k for k, _ in found(bad)], bad


def test_fiscal_code_shapes_with_other_letters_are_nothing() -> None:
    code = gen.fiscal_code()
    for other in ("é", "ß", "\u0130"):  # in the letter places the check tables index
        for at in (0, 1, 11, 15):
            text = f"codice fiscale {code[:at]}{other}{code[at + 1:]} e basta"
            assert "it_fiscal_code" not in [k for k, _ in found(text)], text


def test_indian_pan_only_after_its_name() -> None:
    assert found("PAN: ABCPK5428I (for TDS)") == [("in_pan", "ABCPK5428I")]
    assert found("part ABCPK5428I shipped") == []  # no check digit to prove it
    assert found("PAN: ABCXK5428I") == []  # X is no holder type


def test_uk_nino_letters() -> None:
    assert found("NI number AB 12 34 56 C") == [("uk_nino", "AB 12 34 56 C")]
    assert found("NINO: JG103759A") == [("uk_nino", "JG103759A")]
    assert found("NINO: GB103759A, QQ123456E") == []  # a prefix never issued, no suffix E


@pytest.mark.parametrize("region", ["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES",
                                    "IT", "NL", "MX", "ZA", "SE", "PL", "CN", "RU", "CA"])
def test_international_phones_in_their_written_forms(region: str) -> None:
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        number = phonenumbers.example_number_for_type(region, kind)
        assert number is not None
        if number.country_code == 1:  # the library's example is a fictional 555-01xx
            number = phonenumbers.parse(f"+1{str(number.national_number)[:3]}2340123")
        intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        for shown in (intl, e164, intl.replace(" ", "-"), "00" + e164[1:]):
            assert [k for k, _ in found(f"ring {shown} today")] == ["phone"], shown
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        hits = found(f"Die Nummer: {national}", guard(phone_regions=[region]))
        assert [k for k, _ in hits] == ["phone"], national


def test_north_american_shapes_and_extensions() -> None:
    for shown in ("(415) 555-2671", "415-555-2671", "415.555.2671", "1-415-555-2671",
                  "+1 (415) 555-2671", "+1-415-555-2671x123"):
        assert found(f"reach {shown} now") == [("phone", shown)]
    assert found("call me at 4155552671") == [("phone", "4155552671")]
    assert found("total 4155552671 rows") == []  # bare digits need a word saying "phone"
    assert found("(015) 555-2671 and 415-155-2671") == []  # no area or exchange starts 0/1
    # the fictional 555 numbers only after a word saying "phone"; placeholders never
    assert found("room +1-202-555-0173, (555) 123-4567") == []
    assert found("call +1-202-555-0173 or (555) 000-0000") == [("phone", "+1-202-555-0173")]
    assert found("Call me at (555) 123-4567 ext. 12") == [("phone", "(555) 123-4567 ext. 12")]
    assert found("write to jo@example.com, max@example.de or a@shop.test") == []



def test_ten_digits_opening_with_0_are_read_as_the_regions_that_write_them_so() -> None:
    # Ten digits in North America's 3-3-4 grouping once ended there: no area code
    # starts with 0, so the number was dropped instead of read as another region's.
    for text, shown in (("Bel me op 010 123 4567.", "010 123 4567"),
                        ("Tel: 010-123-4567", "010-123-4567"),
                        ("mobiel 0612345678", "0612345678"),
                        ("Numero: 051 234 5678", "051 234 5678")):
        assert found(text) == [("phone", shown)], text
    assert found("Order 0123456789 shipped") == []  # bare digits still need a phone word
    assert found("invoice no. 010 123 4567") == []
    assert found("(015) 555-2671") == []  # written the North American way: no such number



@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u2007"])
def test_digits_grouped_by_no_break_thin_or_figure_spaces_are_read(space: str) -> None:
    # How many locales and word processors group digits; the raw text is reported.
    card = space.join(("4539", "5787", "6362", "1486"))
    assert found(f"paid with {card} yesterday") == [("credit_card", card)]
    phone = space.join(("06", "12", "34", "56", "78"))
    assert found(f"Tél.{space}: {phone}") == [("phone", phone)]



def test_a_number_valid_in_two_shapes_is_the_kind_the_text_names() -> None:
    # 160563-4482 is a Finnish code (check character 2) and passes Sweden's Luhn too.
    assert found("Henkilötunnus 160563-4482") == [("fi_hetu", "160563-4482")]
    assert found("Personnummer 160563-4482") == [("se_personnummer", "160563-4482")]


HARD_NEGATIVES = [
    "deployed at 2024-01-15 10:30:45 UTC, next run 2024-01-16T00:00:00Z",
    "dates 01/02/2024, 15.03.1999 and 2023-12-31",
    "release 1.2.3.4 of the agent; version 10.0.19045.2965; firmware 3.14.15.92",
    "order #123456789012 and invoice 2024-000123, tracking 1Z999AA10123456784",
    "id 550e8400-e29b-41d4-a716-446655440000 and sha 9f86d081884c7d659a2feaa0c55ad015",
    "prices: $1,299.99, €2.499,00, 1 234 567,89 kr",
    "ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2",
    "epoch 1700000000 and 1700000000123 ms; counter 123456789",
    "coordinates 48.8584, 2.2945; pi 3.14159265358979",
    "OID 1.3.6.1.4.1.311 and section 2.5.4.3 of the spec",
    "the numbers 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16",
    "table: 12 34 56 78 90 12 34 56 78 90",
    "decorators @property and @dataclass, icon@2x.png, npm i @scope/pkg@1.2.3",
    "localhost 127.0.0.1, ::1 and 0.0.0.0; C++ std::vector<int>",
    "time 10:30:45.123 and ratio 16:9",
    "Batch 47-4181-1880 produced 9291 units; lot 12-5624-9486",
    "Gift card 1644 2129 1247 0251 has a balance of $25.00.",
    "look at index.html, meet at 10.30, the cat at home.com was hungry",
    "write to name [at] example [dot] com or jo(at)mail.test",
    "pip install foo==1.2.3.4 and requests>=2.31.0.1",
    "Winning numbers: 01 30 15 42 35 36, bonus 3",
    "Case INC54866620 linked to change CHG6959209; asset tag 715-709-0943",
    # code and version strings read by a tool
    "data[::4] = data[::4].translate(a); rows[::16] and x[1::2]",
    "versions: { v8: '12.4.254.14-node.11', zlib: '1.3.0.1-motley-7d77fb7' }",
    '"5.7.mysql_aurora.2.10.0.1", "5.7.mysql_aurora.2.12.0.1"',
    "#label ::ffff:0:0/96 4\n#label 2001:0::/32   7\n#scopev4 ::ffff:169.254.0.0/112  2",
    "The same is 192.168.201.0/24 or 10.20.0.0/16; for example 214.8.16.32/24",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_find_nothing(text: str) -> None:
    assert found(text) == []


def test_emails_and_addresses() -> None:
    text = ("mail jane.o'neil+tag@sub.mail.co.uk, ping 203.0.113.9 or "
            "2001:db8:85a3::8a2e:370:7334 from 00:1a:2b:3c:4d:5e.")
    assert found(text) == [("email", "jane.o'neil+tag@sub.mail.co.uk"),
                           ("ipv4", "203.0.113.9"),
                           ("ipv6", "2001:db8:85a3::8a2e:370:7334"),
                           ("mac_address", "00:1a:2b:3c:4d:5e")]
    assert found("bad 999.1.1.1 and 1.2.3.04, fe80:zz::1") == []
    assert found("login ok client_ip=23.25.244.221 ua=curl") == [("ipv4", "23.25.244.221")]


@pytest.mark.parametrize(("text", "value"), [
    ("mijn gegevens: raj.dubois [at] mail [dot] ru", "raj.dubois [at] mail [dot] ru"),
    ("Мои данные: jonas_kim(at)correo.es", "jonas_kim(at)correo.es"),
    ("olga.rossi [at] uol [dot] com [dot] br, bitte", "olga.rossi [at] uol [dot] com [dot] br"),
    ("write to mei {at} naver {dot} com", "mei {at} naver {dot} com"),
    ("contact: jane.doe at company dot org", "jane.doe at company dot org"),
    ("reach me: mei AT naver DOT com", "mei AT naver DOT com"),
])
def test_spelled_out_emails(text: str, value: str) -> None:
    assert found(text) == [("email", value)]


def test_phone_words_in_other_languages_and_region_shapes() -> None:
    assert found("전화번호는 010-2345-6789 입니다") == [("phone", "010-2345-6789")]
    assert found("هاتف: 0151 23456789") == [("phone", "0151 23456789")]
    # a national mobile of a region tried late, by its shape, within the parse budget
    assert found("anota aí: 131 3685 9323") == [("phone", "131 3685 9323")]


def test_birth_dates_and_passports_only_with_their_words() -> None:
    assert found("DOB: 12/03/1985") == [("date_of_birth", "12/03/1985")]
    assert found("born on March 3, 1985 in Leeds") == [("date_of_birth", "March 3, 1985")]
    assert found("geboren am 03.12.1985") == [("date_of_birth", "03.12.1985")]
    assert found("meeting on 12/03/1985") == []
    assert found("passport number: C03005988") == [("passport", "C03005988")]
    assert found("ticket number: C03005988") == []


def test_settings_kinds_regions_and_severity() -> None:
    text = f"mail a@b.io, card {gen.card('4', 16)}, NHS {gen.nhs()}"
    only = guard(kinds=["email", "national_id"])
    assert [k for k, _ in found(text, only)] == ["email", "uk_nhs"]
    g = guard(severity={"email": "critical"})
    hits = g.inspect([Slot(Role.USER, "a@b.io")], GuardContext(Action(Surface.LLM)))
    assert hits[0].severity is Severity.CRITICAL and hits[0].category == "pii"
    assert found("tel 030 12345678", guard(phone_regions=["US"])) == []  # not a US number
    assert found("tel 030 12345678", guard(phone_regions=["US", "de"])) == [
        ("phone", "030 12345678")]
    assert found("Tel.: 030 12345678") == [("phone", "030 12345678")]  # DE is a default
    for bad, message in (({"kinds": ["emails"]}, "unknown kind"),
                         ({"phone_regions": ["XX"]}, "unknown region"),
                         ({"severity": {"email": "huge"}}, "severity.email"),
                         ({"colour": 1}, "takes kinds")):
        with pytest.raises(GuardSettingsError, match=message):
            guard(**bad)


def test_every_view_is_scanned_and_mapped_back_to_the_slot() -> None:
    raw = "call ＋４４ ２０ ７９４６ ０９５８ now"
    folded = "call +44 20 7946 0958 now"
    index = list(range(len(raw) + 1))  # full-width characters fold one to one

    def viewer(text: str) -> tuple[View, ...]:
        return (View(text), View(folded, "fold", index))

    g = guard()
    hits = g.inspect([Slot(Role.USER, raw)], GuardContext(Action(Surface.LLM), viewer=viewer))
    assert [(h.kind, raw[h.span[0]:h.span[1]]) for h in hits if h.span] == [
        ("phone", "＋４４ ２０ ７９４６ ０９５８")]
    assert "fold" in hits[0].message
    twice = g.inspect([Slot(Role.USER, folded)], GuardContext(
        Action(Surface.LLM), viewer=lambda t: (View(t), View(t, "fold", range(len(t) + 1)))))
    assert len(twice) == 1  # the same span and kind from two views is one hit


PATHOLOGICAL = """
import random
from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.pii import PiiGuard
from secproxy.model import Action, Surface
g = PiiGuard("pii")
g.configure({"phone_regions": ["US", "GB", "DE", "FR"]})
rnd = random.Random(3)
mb = 1 << 20
inputs = ["7" * mb, ("12 " * mb)[:mb], ("0 1-2." * mb)[:mb],
          "".join(rnd.choice("0123456789 -.()/") for _ in range(mb)),
          ("a@" * mb)[:mb], ("a1:" * mb)[:mb], ("a [at] " * mb)[:mb],
          "x [at] " + ("b [dot] " * mb)[:mb], ("jo.a at " * mb)[:mb]]
for text in inputs:
    g.inspect([Slot(Role.USER, text)], GuardContext(Action(Surface.LLM)))
print("done", len(inputs))
"""


def test_megabytes_of_digits_and_separators_finish_within_a_deadline() -> None:
    # A subprocess, so a runaway scan is killed at the deadline instead of hanging the run.
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(PATHOLOGICAL)],
                            capture_output=True, text=True, timeout=50, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done 9"


async def test_engine_masks_an_email_and_a_card_in_a_prompt() -> None:
    config = load_config(text="guards: {use: [{name: pii, family: pii}]}", env={})
    engine = Engine(config, guard_factory=configured_guards)
    card = gen.grouped(gen.card("51", 16), (4, 4, 4, 4))
    prompt = f"Email bob.smith@mailbox.org the receipt for card {card}, please."
    v = await engine.decide(Action(Surface.LLM, content=prompt), audit=False)
    assert v.decision is Decision.ALLOW_WITH_REDACTION
    assert v.sanitized is not None
    assert re.fullmatch(r"Email \[REDACTED:email:[0-9a-f]{8}\] the receipt for card "
                        r"\[REDACTED:credit_card:[0-9a-f]{8}\], please\.", v.sanitized)
    assert "bob.smith" not in v.sanitized and card not in v.sanitized
    assert [f.category for f in v.findings] == ["pii", "pii"]


def test_german_social_insurance_numbers_by_check_digit() -> None:
    # 12 150785 M 01 8: area 12, born 15.07.85, birth name M, serial 01, check digit 8
    assert found("Rentenversicherungsnummer: 12150785M018") == [
        ("de_social_insurance", "12150785M018")]
    assert found("SV-Nummer 12 150785 M 01 8 (Ausweis)") == [
        ("de_social_insurance", "12 150785 M 01 8")]
    assert found("SV-Nummer: 12 150785 M 018") == [("de_social_insurance", "12 150785 M 018")]
    assert found("Rentenversicherungsnummer: 12150785M013") == []  # wrong check digit
    assert found("part AB12150785M018 and 12153285M018") == []  # glued; no 32nd day


def test_dashed_macs_and_full_width_at_signs() -> None:
    assert found("Physical Address: 3C-22-FB-0A-9E-41") == [("mac_address", "3C-22-FB-0A-9E-41")]
    assert found("hw 3c-22-fb-0a-9e-41.") == [("mac_address", "3c-22-fb-0a-9e-41")]
    assert found("draw 04-11-23-35-42-49, colours AA-BB-CC, 3C-22-FB-0A-9E-41-07") == []
    assert found("連絡先：tanaka.yuki＠gmail.com") == [("email", "tanaka.yuki＠gmail.com")]
    assert found("mail li_na﹫naver.com please") == [("email", "li_na﹫naver.com")]
    assert found("りんご＠100円、＠tanaka さん、会議は＠会議室B") == []
