"""The `pii` family: personal data in content, found by format and proven by checksum.

Kinds: `email`, `phone` (international numbers with `+`/`00` anywhere, national formats
of the configured `phone_regions`, validated by `phonenumbers`), `credit_card` (issuer
ranges, lengths, Luhn), `iban` (country length, mod-97), `us_ssn` and `us_itin` (SSA/IRS
allocation rules), national identity numbers with a check digit (`uk_nhs`, `uk_nino`,
`de_tax_id`, `fr_nir`, `es_dni`, `it_fiscal_code`, `nl_bsn`, `br_cpf`, `br_cnpj`,
`in_aadhaar`, `cn_resident_id`, `pl_pesel`, `se_personnummer`, `ca_sin`,
`be_national_number`, `kr_rrn`, `jp_my_number`, `fi_hetu`, `no_fodselsnummer`, `ru_inn`,
`ru_snils`, `tr_tckn`, `za_id`, `pt_nif`, `au_tfn`, `il_id`, `sg_nric`,
`de_social_insurance`; `in_pan`, which
has no public check, only after its name), `ipv4`,
`ipv6`, `mac_address`, and, only next to the words that announce them,
`date_of_birth` and `passport`. How numbers are found and told apart is in
`pii_numbers`; the checks themselves in `pii_checks`.

Settings (all optional):
- `kinds`: the kinds to report (default: all); `national_id` stands for every national
  identity kind.
- `phone_regions`: ISO regions whose national formats (no `+`) are read as phone
  numbers; default `pii_numbers.DEFAULT_REGIONS` (US, GB, DE, FR, ES, IT, NL, BR, IN, JP,
  KR, RU, CN, AU, MX). A national number must be grouped as its region writes it, or
  follow a word such as "phone".
- `severity`: `{kind: severity}` overrides (defaults: cards, IBAN, SSN and national IDs
  high; email, phone and birth dates medium; addresses low).

The default action is `sanitize` (registry): each finding is masked with the
installation's keyed mask, named by its kind. Every view of a slot (raw, folded,
decoded) is scanned and findings are mapped back to the slot's characters.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from secproxy.content import Slot
from secproxy.guards import BaseGuard, GuardContext, GuardSettingsError, Hit
from secproxy.guards import pii_checks as checks
from secproxy.guards.literals import LiteralSet
from secproxy.guards.pii_numbers import (
    DEFAULT_REGIONS,
    PREFIX_LENGTH,
    Found,
    NumberRules,
    char_classes,
    iter_kinds,
    scan_numbers,
)
from secproxy.model import Severity

NATIONAL_IDS = frozenset({
    "uk_nhs", "uk_nino", "de_tax_id", "fr_nir", "es_dni", "it_fiscal_code", "nl_bsn",
    "br_cpf", "br_cnpj", "in_aadhaar", "cn_resident_id", "pl_pesel", "se_personnummer",
    "ca_sin", "be_national_number", "kr_rrn", "jp_my_number", "fi_hetu", "no_fodselsnummer",
    "ru_inn", "ru_snils", "tr_tckn", "za_id", "pt_nif", "au_tfn", "il_id", "sg_nric",
    "in_pan", "de_social_insurance"})
"""The kinds `national_id` stands for in `kinds`."""

KINDS = frozenset({*iter_kinds(), "email", "ipv6", "mac_address", "date_of_birth",
                   "passport"})
"""Every kind the guard reports."""

_HIGH = NATIONAL_IDS | {"credit_card", "iban", "us_ssn", "us_itin", "passport"}
_MEDIUM = frozenset({"email", "phone", "date_of_birth"})
DEFAULT_SEVERITY: dict[str, Severity] = {
    k: Severity.HIGH if k in _HIGH else Severity.MEDIUM if k in _MEDIUM else Severity.LOW
    for k in KINDS}
"""Severity of each kind unless `severity` says otherwise."""

_EMAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         "0123456789._%+-'")
_AT = re.compile(r"@(?=[^\W_])")  # a literal first: found at memchr speed
_WIDE_AT = re.compile(r"[\uff20\ufe6b](?=[^\W_])")
"""The full-width and small at signs (`＠`, `﹫`) that CJK input methods type: read as `@`
(looked for only when one is in the text)."""
_EMAIL_DOMAIN = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,8}"
                           r"(?:[^\W\d_]{2,24}|xn--[a-z0-9-]{2,59})(?![\w-]|\.[^\W_])")
_BRACKET_AT = re.compile(r" ?[\[({<] ?(?:at|AT|At|@) ?[\])}>] ?| @ ")
"""`[at]`, `(at)`, `{at}` or `<at>` where an address's `@` would be."""
_BRACKETED_AT_WORDS = ("at]", "at)", "at}", "at>", "@]", "@)", " @ ")
_SPELLED_AT_WORDS = (" dot ", *_BRACKETED_AT_WORDS)
"""The literals a spelled-out address needs, looked for with the naming words below
(`"at]" in text` costs some 12 us a 4 KB text in CPython; one pass for all, 5 us)."""
_SPELLED_DOMAIN = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?: ?[\[({<] ?(?:dot|DOT|Dot|\.) ?[\])}>] ?| (?:dot|DOT) |\.)){1,6}"
    r"[A-Za-z]{2,24}(?![A-Za-z0-9-])")
_BARE_AT = tuple(
    re.compile(rf" {word} (?=[A-Za-z0-9][A-Za-z0-9-]{{0,62}} (?:dot|DOT) )")
    for word in ("at", "AT"))
"""` at ` before a spelled domain (a label, then ` dot `): `at the moment` fails inside
the regex engine, not in Python."""
_SPELLED_DOT = re.compile(r" ?[\[({<] ?(?:dot|DOT|Dot|\.) ?[\])}>] ?| (?:dot|DOT) ")
_FILE_TLDS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "js", "ts",
                        "css", "py", "json", "yaml", "yml", "txt", "md", "html", "pdf"})
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost", "local", "tld"})
_COLON = re.compile(r":(?=[0-9A-Fa-f])"
                    r"(?:(?=[0-9A-Fa-f][0-9A-Fa-f.]{0,43}:)|(?<=[0-9A-Fa-f:.].))")
"""A colon before a hex digit that may be one of two in an address: another follows within
a run of hex digits and dots, or a hex digit, dot or colon precedes it (a JSON
`"key":1` is passed over by the regex engine, not in Python)."""
_HEXCOLON = frozenset("0123456789abcdefABCDEF:.")
_NEXT_COLON = re.compile(r"[0-9A-Fa-f.]{0,44}:")
_ADDRESS = re.compile(r"[0-9A-Fa-f:.]{2,45}")
_GLUED = frozenset("GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz_")
"""Characters that glue a token to a word and are no hex digit."""
_DIGITS = frozenset("0123456789")
_MAC = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}")
_DASHED_MAC = re.compile(r"-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-")
"""The middle of a MAC address written with dashes (`00-1A-2B-3C-4D-5E`, as Windows
prints them): a literal first, found at memchr speed; `_dashed_macs` checks the ends."""
_HEX_LETTERS = frozenset("abcdefABCDEF")

_DOB_WORDS = ("dob", "d.o.b", "birth", "born", "geboren", "geburt", "naissance", "né le",
              "née le", "nacimiento", "nacido", "nacida", "nascita", "nato il", "nata il",
              "nascimento", "geboorte", "рожд", "urodzon", "födelse", "född",
              "生年月日", "出生日期", "出生年月", "生日", "誕生日", "생년월일", "생일",
              "تاريخ الميلاد", "الميلاد", "जन्म")
_DOB_KEY = re.compile(r"\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born(?: on)?|"
                      r"geburtsdatum|geboren(?: am)?|date de naissance|n[ée]e? le|"
                      r"fecha de nacimiento|nacid[oa] el|data di nascita|nat[oa] il|"
                      r"data de nascimento|geboortedatum|geboren op|дата рождения|"
                      r"urodzon[ya]|data urodzenia|födelsedatum|född|"
                      r"生年月日|出生日期|出生年月日?|生日|誕生日|생년월일|생일|"
                      r"تاريخ الميلاد|जन्म तिथि|जन्म की तारीख|जन्मतिथि)\b", re.IGNORECASE)
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
           # de fr es it pt nl
           r"januar|februar|märz|mai|juli|oktober|dezember|janvier|février|mars|avril|"
           r"juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|"
           r"abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|"
           r"febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|"
           r"fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|"
           r"februari|maart|mei|augustus")
_DATE_AFTER = re.compile(
    r"[^\n\d]{0,24}?\b(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º)?\.? (?:of |de )?(?:{_MONTHS})\.?,? (?:de )?\d{{4}}"
    r"|\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日|\d{4}년 ?\d{1,2}월 ?\d{1,2}일"
    rf"|(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b", re.IGNORECASE)
_PAN_WORDS = ("pan", "permanent account", "पैन")
_PAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])")
_PASSPORT_WORDS = ("passport", "pasaporte", "passeport", "reisepass", "passaporto",
                   "passaporte", "paspoort", "паспорт", "paszport", "护照")
_PASSPORT = re.compile(r"(?:passport|pasaporte|passeport|reisepass|passaporto|passaporte|"
                       r"paspoort|паспорт|paszport|护照)[^\n]{0,32}?"
                       r"(?<![A-Za-z0-9])([A-Z]{1,2}[0-9]{6,8}|[0-9]{8,9}|[A-Z][0-9]{7}[A-Z]?)"
                       r"(?![A-Za-z0-9])", re.IGNORECASE)
_NAMING_WORDS = LiteralSet((*_PAN_WORDS, *_DOB_WORDS, *_PASSPORT_WORDS, *_SPELLED_AT_WORDS))
_NAMED_KINDS = frozenset({"in_pan", "date_of_birth", "passport", "email"})
"""The words that call for a look at PANs, birth dates and passport numbers, looked for
in one pass."""


def _severities(raw: Any) -> dict[str, Severity]:
    if not isinstance(raw, Mapping):
        raise GuardSettingsError("pii severity must be a mapping of kind to severity")
    out = dict(DEFAULT_SEVERITY)
    for kind, value in raw.items():
        if kind not in KINDS:
            raise GuardSettingsError(f"pii severity: unknown kind {kind!r}")
        try:
            out[kind] = Severity(value)
        except ValueError:
            raise GuardSettingsError(f"pii severity.{kind} must be one of "
                                     f"{', '.join(Severity)}") from None
    return out


def _kinds(raw: Any) -> frozenset[str]:
    if not isinstance(raw, list | tuple) or not all(isinstance(k, str) for k in raw):
        raise GuardSettingsError("pii kinds must be a list of kind names")
    out: set[str] = set()
    for kind in raw:
        if kind == "national_id":
            out |= NATIONAL_IDS
        elif kind in KINDS:
            out.add(kind)
        else:
            raise GuardSettingsError(f"pii kinds: unknown kind {kind!r} (known: national_id, "
                                     f"{', '.join(sorted(KINDS))})")
    return frozenset(out)


def _regions(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list | tuple) or not all(isinstance(r, str) for r in raw):
        raise GuardSettingsError("pii phone_regions must be a list of region codes")
    regions = tuple(dict.fromkeys(r.upper() for r in raw))
    unknown = [r for r in regions if r not in phonenumbers.SUPPORTED_REGIONS]
    if unknown:
        raise GuardSettingsError(f"pii phone_regions: unknown region(s) {', '.join(unknown)} "
                                 "(ISO 3166 codes such as US, GB, DE)")
    return regions


@dataclass
class PiiGuard(BaseGuard):
    """Reports (and, sanitizing, masks) personal data: see the module docstring."""

    family: str = "pii"
    rules: NumberRules = field(default_factory=lambda: NumberRules(KINDS), repr=False)
    severity: dict[str, Severity] = field(default_factory=lambda: dict(DEFAULT_SEVERITY),
                                          repr=False)

    def configure(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"kinds", "phone_regions", "severity"}
        if unknown:
            raise GuardSettingsError(f"family pii takes kinds, phone_regions and severity "
                                     f"(got {', '.join(sorted(unknown))})")
        kinds = _kinds(settings.get("kinds", sorted(KINDS)))
        regions = _regions(settings.get("phone_regions", list(DEFAULT_REGIONS)))
        self.rules = NumberRules(kinds, regions)
        if "phone" in kinds:
            _warm(regions)
        self.severity = _severities(settings.get("severity", {}))

    def inspect(self, slots: Sequence[Slot], ctx: GuardContext) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[tuple[int, int, int, str]] = set()
        for index, slot in enumerate(slots):
            if not slot.text:
                continue
            for view in ctx.views(index, slot.text):
                for start, end, kind, label in scan(view.text, self.rules):
                    span = view.origin(start, end)
                    key = (index, span[0], span[1], kind)
                    if key in seen:
                        continue
                    seen.add(key)
                    message = label if view.how == "raw" else f"{label} (in {view.how} text)"
                    hits.append(Hit("pii", message, self.severity[kind], index, span,
                                    kind=kind))
        return hits


def _warm(regions: Iterable[str]) -> None:
    """Loads the regions' phone metadata and compiles its patterns now, not during the
    first requests (a first parse in a region costs milliseconds). Where `phonenumbers`
    can keep its compiled patterns itself, it does: otherwise they share `re`'s cache of
    512 with every other pattern of the process, and a parse that finds its patterns
    evicted recompiles them (most of a phone check's cost once the process is warm)."""
    keep = getattr(phonenumbers, "enable_pattern_cache", None)
    if keep is not None:
        keep()
    for region in regions:
        example = phonenumbers.example_number(region)
        if example is not None:
            national = phonenumbers.format_number(example,
                                                  phonenumbers.PhoneNumberFormat.NATIONAL)
            number = phonenumbers.parse(national, region)
            phonenumbers.is_valid_number_for_region(number, region)
            phonenumbers.is_valid_number(number)


_SPACE_CHARS = ("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                "\u202f\u3000")
_SPACES = str.maketrans(_SPACE_CHARS, " " * len(_SPACE_CHARS))
_SPACES_IN = re.compile(f"[{_SPACE_CHARS}]")


def scan(text: str, rules: NumberRules) -> list[Found]:
    """The PII in one text, in order, none inside another."""
    kinds = rules.kinds
    found: list[Found] = []
    if "email" in kinds:
        if "@" in text:
            found += _emails(text, _AT)
        if "\uff20" in text or "\ufe6b" in text:
            found += _emails(text, _WIDE_AT)
    # one pass for every literal that calls for more work: the words that name birth
    # dates, passports and PANs, and the spelled `at` of an address
    said = set(_NAMING_WORDS.found(text)) if kinds & _NAMED_KINDS else set()
    if "email" in kinds and not said.isdisjoint(_SPELLED_AT_WORDS):
        found += _spelled_emails(text, bracketed=not said.isdisjoint(_BRACKETED_AT_WORDS))
    if not text.isascii() and _SPACES_IN.search(text):
        # No-break, thin and figure spaces group digits in many locales (`4539 5787…`);
        # read as spaces, one for one, so every offset stays the text's own.
        text = text.translate(_SPACES)
    classes = char_classes(text)
    # Numbers, IBANs, social insurance numbers and PANs all start from a run of ASCII
    # digits in the classes: a text with none (most arguments) skips their searches.
    digits = b"0" in classes
    if digits:
        found += scan_numbers(text, rules, classes)
    if ":" in text and ("ipv6" in kinds or "mac_address" in kinds):
        found += _addresses(text, kinds)
    if "-" in text and "mac_address" in kinds:
        found += _dashed_macs(text)
    if digits and "de_social_insurance" in kinds:
        found += _social_insurance(text, classes)
    if digits and "in_pan" in kinds and not said.isdisjoint(_PAN_WORDS):
        found += _pans(text, classes)
    if "date_of_birth" in kinds and not said.isdisjoint(_DOB_WORDS):
        found += _birth_dates(text)
    if "passport" in kinds and not said.isdisjoint(_PASSPORT_WORDS):
        found += [(m.start(1), m.end(1), "passport", "passport number")
                  for m in _PASSPORT.finditer(text)]
    return _outermost(found) if found else found


def _pans(text: str, classes: bytes) -> list[Found]:
    """Indian PANs: five letters, four digits, a letter, found by their classes."""
    out: list[Found] = []
    at = classes.find(b"AAAAA0000A")
    while at >= 0:
        m = _PAN.match(text, at)
        if m is not None:
            out.append((at, m.end(), "in_pan", "Indian PAN"))
            at = classes.find(b"AAAAA0000A", m.end())
        else:
            at = classes.find(b"AAAAA0000A", at + 1)
    return out


_ALNUM_CLASSES = frozenset(b"0Aa")
_RVNR_SHAPES = (b"00000000A000", b"00s000000sAs000", b"00s000000sAs00s0")
"""German social insurance numbers by their classes, as written whole and as printed
on the card (`12 150785 M 01 3` groups the serial and the check digit as `013`)."""


def _social_insurance(text: str, classes: bytes) -> list[Found]:
    out: list[Found] = []
    for shape in _RVNR_SHAPES:
        at = classes.find(shape)
        while at >= 0:
            end = at + len(shape)
            if (not at or classes[at - 1] not in _ALNUM_CLASSES) and (
                    end == len(text) or classes[end] not in _ALNUM_CLASSES):
                if checks.de_social_insurance(text[at:end].replace(" ", "")):
                    out.append((at, end, "de_social_insurance",
                                "German social insurance number"))
            at = classes.find(shape, at + 1)
    return out


def _outermost(found: Iterable[Found]) -> list[Found]:
    """Drops findings inside another (the digits of an email's local part, an IPv4
    inside an IPv6 address); of two on the same span the first found stays."""
    out: list[Found] = []
    end = -1
    for f in sorted(found, key=lambda f: (f[0], -f[1])):
        if f[1] <= end:
            continue
        out.append(f)
        end = f[1]
    return out


def _local(c: str) -> bool:
    """Whether `c` may stand in an address's local part: the ASCII set, or a Latin letter
    with a diacritic (`jürgen.weiß@…`, RFC 6531); not CJK or other scripts, which run
    into an address with no space between (`请发到abc@…`)."""
    return c in _EMAIL_LOCAL or "\u00c0" <= c < "\u0250" and c.isalpha()


def _emails(text: str, at_sign: re.Pattern[str]) -> list[Found]:
    out: list[Found] = []
    floor = 0
    for m in at_sign.finditer(text):
        at = m.start()
        if at < floor or not at or not _local(text[at - 1]):
            continue
        start = at
        while start > floor and at - start < 64 and _local(text[start - 1]):
            start -= 1
        while start < at and text[start] in ".":
            start += 1
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        local = text[start:at]
        if (domain and local and ".." not in local and not local.endswith(".")
                and not _placeholder(domain.group().lower())
                and not text.startswith(":", domain.end())):  # git@host:repo, not a mail
            out.append((start, domain.end(), "email", "email address"))
            floor = domain.end()
    return out


def _spelled_emails(text: str, *, bracketed: bool = True) -> list[Found]:
    """Addresses spelled out against harvesters: `jo.ann [at] mail [dot] ru`,
    `ines(at)web.de`, `mei at naver dot com`. A bare ` at ` counts only with a spelled
    ` dot ` after it, so `look at index.html` and `meet at 10.30` are not addresses (nor,
    a price paid for speed, `jo.ann at web.de`)."""
    out: list[Found] = []
    if bracketed:
        for m in _BRACKET_AT.finditer(text):
            got = _spelled_email(text, m.start(), m.end(), bare=False)
            if got is not None:
                out.append(got)
    for bare in _BARE_AT:  # each led by its literal, which `re` finds at C speed
        for m in bare.finditer(text, 1):
            if text[m.start() - 1] in _EMAIL_LOCAL:
                got = _spelled_email(text, m.start(), m.end(), bare=True)
                if got is not None:
                    out.append(got)
    return out


def _spelled_email(text: str, at: int, after: int, *, bare: bool) -> Found | None:
    """The address around a spelled `at` at `at:after`, if there is one."""
    start = at
    while start > 0 and at - start < 64 and text[start - 1] in _EMAIL_LOCAL:
        start -= 1
    while start < at and text[start] in ".'-":
        start += 1
    local = text[start:at]
    if not local or ".." in local:
        return None
    domain = _SPELLED_DOMAIN.match(text, after)
    if domain is None:
        return None
    if bare and " " not in domain.group() and not any(c in domain.group() for c in "[({<"):
        return None  # a bare ` at ` needs a spelled ` dot ` (`look at index.html`)
    plain = _SPELLED_DOT.sub(".", domain.group()).lower()
    labels = plain.split(".")
    if len(labels) < 2 or not all(labels) or _placeholder(plain):
        return None
    return start, domain.end(), "email", "email address (spelled out)"


def _placeholder(domain: str) -> bool:
    """Domains reserved for examples and tests (RFC 2606, 6761; `example` under any
    country's domain too) or file names."""
    labels = domain.split(".")
    return (labels[-1] in _FILE_TLDS or labels[-1] in _RESERVED_TLDS
            or "example" in labels[-3:-1] or domain == "domain.com")


def _dashed_macs(text: str) -> list[Found]:
    """MAC addresses written with dashes: six hex pairs, nothing glued to either end, a
    hex letter among them (six pairs of decimal digits are dates, draws and sort codes
    far more often than one of the 0.4 % of MACs without a letter)."""
    out: list[Found] = []
    for m in _DASHED_MAC.finditer(text):
        start, end = m.start() - 2, m.end() + 2
        if start < 0 or end > len(text):
            continue
        value = text[start:end]
        if _MAC.fullmatch(value.replace("-", ":")) is None:
            continue
        if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")) or (
                end < len(text) and (text[end].isalnum() or text[end] in "_-")):
            continue
        if _HEX_LETTERS.isdisjoint(value) or value.lower() == "ff-ff-ff-ff-ff-ff":
            continue
        out.append((start, end, "mac_address", "MAC address"))
    return out


def _addresses(text: str, kinds: frozenset[str]) -> list[Found]:
    """IPv6 and colon-separated MAC addresses, found from their colons."""
    out: list[Found] = []
    done = 0
    for m in _COLON.finditer(text):
        at = m.start()
        if at < done:
            continue
        if at > 2 and text[at - 3] in _GLUED and text[at - 2] in _DIGITS and (
                text[at - 1] in _DIGITS):
            # a time glued to a letter (`T10:15:02`): the token starts at the digits and
            # is nothing (the checks below would say so at length)
            done = _ADDRESS.match(text, at - 2).end()  # type: ignore[union-attr]
            continue
        # Both kinds have two colons at least: a token with this one alone is skipped
        # before it is measured (a JSON `"key":1`, a ratio, a port).
        if _NEXT_COLON.match(text, at + 1) is None and not (
                at and text[at - 1] in _HEXCOLON and ":" in text[max(0, at - 40):at]):
            continue
        start = at
        while start > 0 and at - start < 40 and text[start - 1] in _HEXCOLON:
            start -= 1
        token = _ADDRESS.match(text, start)
        if token is None:
            continue
        end = token.end()
        done = end
        while end > start and text[end - 1] in ".:" and text[end - 2:end] != "::":
            end -= 1
        if (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")) or (
                end < len(text) and (text[end].isalnum() or text[end] == "_")):
            continue
        value = text[start:end]
        if _MAC.fullmatch(value):
            if "mac_address" in kinds and value.strip("0:") and value.lower() != (
                    "ff:ff:ff:ff:ff:ff"):
                out.append((start, end, "mac_address", "MAC address"))
            continue
        groups = [group for group in value.split(":") if group]
        if "ipv6" in kinds and value.count(":") >= 2 and any(c.isdigit() for c in value) \
                and (len(groups) >= 3 or any(len(group) >= 3 for group in groups)):
            # (`::4`, `1::2` are slices in code: `data[::4]`, `x[1::2]`; `fe80::1` is one)
            try:
                ip = ipaddress.IPv6Address(value)
            except ValueError:
                continue
            if not (ip.is_loopback or ip.is_unspecified or ip.is_multicast
                    or PREFIX_LENGTH.match(text, end)):  # (a network: `2001:db8::/32`)
                out.append((start, end, "ipv6", "IPv6 address"))
    return out


def _birth_dates(text: str) -> list[Found]:
    out: list[Found] = []
    for key in _DOB_KEY.finditer(text):
        m = _DATE_AFTER.match(text, key.end())
        if m and _plausible_date(m.group(1)):
            out.append((m.start(1), m.end(1), "date_of_birth", "date of birth"))
    return out


def _plausible_date(value: str) -> bool:
    parts = [int(p) for p in re.findall(r"\d+", value)]
    if len(parts) == 3:
        if parts[0] > 31:  # year first
            return 1 <= parts[1] <= 12 and 1 <= parts[2] <= 31
        return 1 <= min(parts[0], parts[1]) <= 12 and 1 <= max(parts[0], parts[1]) <= 31
    return bool(parts) and 1 <= parts[0] <= 31
