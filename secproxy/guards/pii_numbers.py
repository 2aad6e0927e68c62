"""Numbers in text for the `pii` guard: cards, phones, SSNs, IBANs, national IDs, IPv4.

One compiled regex finds *runs*: a digit followed by at least five more digits or
separators (space, dot, dash, slash, parentheses), so prose with short numbers yields
nothing and the scan stays one pass of the regex engine. A run is cut at its spaces into
chunks; windows of consecutive chunks (longest first, greedily left to right) are
classified by their shape, their check digits and the words just before them. Chunks
glued to letters (hashes, UUIDs, tracking codes) are dropped, except for the formats that
end or start with a letter (Spanish DNI/NIE, Chinese ID with X, UK NINO, IBAN, Italian
codice fiscale). Runs are capped in length, so a megabyte of digits costs one linear scan
and no window search; windows and national phone parses have a budget per run and per
kilobyte of text, so a megabyte of grouped digits costs seconds, not minutes (past the
budget, such a text is not searched further for national-format phone numbers and
digit-only IDs).

Formats whose shape alone is distinctive (a grouped card, `123-45-6789`, a CPF with its
dots, a French NIR with its mod-97 key) are reported without context; numbers that are
only digits (NHS, BSN, SIN, Aadhaar, PESEL…) need a word saying what they are within
`CONTEXT_CHARS` before them, and words such as "order" or "tracking" there veto
ambiguous ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from secproxy.guards import pii_checks as checks

Found = tuple[int, int, str, str]
"""A finding in one text: start, end, kind, label (what it is, without its value)."""

CONTEXT_CHARS = 48
"""How far before a number its context words are looked for."""
MAX_RUN = 256
"""Longest run examined at once; a longer one is cut and the scan resumes inside it."""
_MAX_WINDOW_CHUNKS = 8
_MAX_WINDOW_DIGITS = 19
_RUN_TRIES = 24
"""Windows of one run examined at most (a run is digits and separators only; a legitimate
one holds a few numbers, a pathological one thousands of windows)."""
_RUN_PARSES = 8
"""National phone-number parses per run at most (the costly check)."""
_PARSES_PER_KB = 2
_TRIES_PER_KB = 16
"""Budgets of one text, besides 64 parses and 256 windows it always has: a legitimate
text is far below them, a pathological one (a megabyte of grouped digits) stops being
examined for national phone numbers and digit-only IDs past them."""


class _Budget:
    """What is left of one text's budgets."""

    __slots__ = ("parses", "tries")

    def __init__(self, size: int) -> None:
        self.parses = 64 + size * _PARSES_PER_KB // 1024
        self.tries = 256 + size * _TRIES_PER_KB // 1024

_RUN_CLASSES = re.compile(rf"0(?:[0s]{{5,{MAX_RUN - 1}}}|0A00A000)".encode())
"""A run in `char_classes`: a digit followed by at least five more digits or separators
(or the digits and letters of a codice fiscale's birth date and town)."""
_CLASS = bytearray(b"#" * 256)
for _c in b"0123456789":
    _CLASS[_c] = ord("0")
for _c in b" \xa0.-/()":
    _CLASS[_c] = ord("s")
for _c in range(26):
    _CLASS[ord("A") + _c], _CLASS[ord("a") + _c] = ord("A"), ord("a")
CHAR_CLASSES = bytes(_CLASS)
"""The `char_classes` translation."""
_CHUNK = re.compile(r"[^ \u00a0]+")
_SEPARATORS = b" \xa0.-/()+"


def _digits(chunk: str) -> str:
    """The digits of a run's chunk (its characters are digits, separators and `+`):
    deleting bytes is several times cheaper than `str.translate` with a table."""
    return chunk.encode("latin-1", "replace").translate(None, _SEPARATORS).decode("latin-1")


_SPLIT_GROUPS = re.compile(r"[0-9]+")
_TWO_DIGITS = re.compile(r"[0-9][0-9]")


# Words before a number that say what it is, matched against the lower-case words of the
# CONTEXT_CHARS before it (punctuation turned into spaces): single words as whole words,
# phrases and CJK words as substrings.
CONTEXT: dict[str, tuple[str, ...]] = {
    "phone": ("phone", "phones", "telephone", "tel", "call", "mobile", "cell", "cellphone",
              "fax", "whatsapp", "sms", "text me", "contact", "reach me", "dial", "hotline",
              "telefon", "téléphone", "portable", "handy", "móvil", "movil", "celular",
              "cellulare", "teléfono", "telefono", "telemóvel", "telefoon", "телефон", "тел",
              "电话", "手机", "電話",
              # abbreviations and the other languages' words for a phone or a mobile
              "tél", "tlf", "telf", "tfno", "cel", "mob", "ph", "mobil", "mobiel", "gsm",
              "rufnummer", "mobilnummer", "festnetz", "fixe", "cellulaire", "numéro de portable",
              "numero di telefono", "número de telefone", "telefonnummer", "telefoonnummer",
              "мобильный", "моб", "сотовый", "携帯", "手機", "联系方式", "連絡先", "전화",
              "휴대폰", "핸드폰", "연락처", "هاتف", "الهاتف", "جوال", "الجوال", "موبايل",
              "फ़ोन", "फोन", "मोबाइल", "दूरभाष",
              # asked to call ('my number' alone is not said: `mon numéro de sécurité
              # sociale est le …`)
              "call me", "llámame", "llamame", "llámenos", "llamenos", "llama al", "bel me",
              "bel ons", "belt u", "appelle moi", "appelez moi", "appelez nous", "chiamami",
              "chiamateci", "ruf mich an", "rufen sie", "anrufen", "ligue", "liga me",
              "me liga", "позвони", "позвоните", "звоните", "打电话", "電話して", "전화해",
              "전화 주세요", "اتصل", "कॉल करें"),
    "credit_card": ("card", "cards", "visa", "mastercard", "master card", "amex",
                    "american express", "discover", "jcb", "diners", "credit", "debit", "cc",
                    "pan", "kreditkarte", "karte", "carte", "tarjeta", "carta", "cartão",
                    "карта", "карты"),
    "us_ssn": ("ssn", "social security", "soc sec", "ss no", "ss"),
    "us_itin": ("itin", "taxpayer"),
    "uk_nhs": ("nhs", "health service", "patient"),
    "nl_bsn": ("bsn", "burgerservicenummer", "sofinummer"),
    "ca_sin": ("sin", "social insurance", "nas", "assurance sociale"),
    "in_aadhaar": ("aadhaar", "aadhar", "uid", "uidai", "आधार"),
    "pl_pesel": ("pesel",),
    "de_tax_id": ("steuer id", "steuerid", "steuer-id", "steueridentifikationsnummer",
                  "steuernummer", "idnr", "tax id", "taxid", "identifikationsnummer", "tin"),
    "br_cpf": ("cpf",),
    "br_cnpj": ("cnpj",),
    "se_personnummer": ("personnummer", "person nr", "personnr", "samordningsnummer"),
    "fi_hetu": ("henkilötunnus", "henkilotunnus", "hetu", "henkilöturvatunnus",
                "personbeteckning", "personal identity code"),
    "fr_nir": ("nir", "sécu", "secu", "sécurité sociale", "securite sociale", "insee"),
    "cn_resident_id": ("身份证", "resident id", "id card"),
    "be_national_number": ("rijksregisternummer", "rijksregister", "numéro national",
                           "national number", "nn"),
    "jp_my_number": ("マイナンバー", "個人番号", "my number", "mynumber"),
    "no_fodselsnummer": ("fødselsnummer", "fodselsnummer", "d-nummer", "personnummer"),
    "ru_inn": ("инн", "inn"),
    "ru_snils": ("снилс", "snils"),
    "tr_tckn": ("kimlik", "tckn", "tc kimlik", "t c kimlik"),
    "za_id": ("south african id", "sa id", "identity number"),
    "pt_nif": ("nif", "contribuinte", "número fiscal", "numero fiscal"),
    "au_tfn": ("tfn", "tax file"),
    "il_id": ("teudat zehut", "israeli id", "תעודת זהות", "ת ז"),
    "kr_rrn": ("주민등록번호", "resident registration", "rrn"),
    "id": ("national id", "national identity", "national insurance", "national number",
           "identity", "identification", "id no", "id nr", "id number",
           "personal id", "personal number", "personal code", "citizen"),
    "veto": ("order", "invoice", "tracking", "shipment", "parcel", "isbn", "issn", "serial",
             "sku", "ref", "reference", "transaction", "txn", "confirmation", "booking",
             "ticket", "version", "build", "commit", "hash", "uuid", "guid", "barcode", "ean",
             "upc", "account id", "customer id", "user id", "timestamp", "epoch", "注文",
             "订单", "訂單", "주문", "заказ", "bestellung", "commande", "pedido", "ordine",
             "batch", "lot", "item", "model", "article", "artikel", "asset",
             "bestellnummer", "auftragsnummer", "kundennummer", "ordernummer",
             "product code", "part number", "part no", "artikelnummer", "código de producto",
             "code produit", "codice prodotto", "código do produto"),
}
"""Context words by kind; `id` is any identity number, `veto` says a number is not PII."""
_IP_VETO = frozenset({"version", "ver", "v", "release", "build", "firmware", "oid", "section",
                      "chapter", "clause", "figure", "table", "step", "rule", "§"})
_PUNCT_CHARS = "\n\t\r.,:;#()[]{}\"'!?/_-=*<>|+~"
_PUNCT = str.maketrans({c: " " for c in _PUNCT_CHARS})
_PUNCT_BYTES = bytes.maketrans(_PUNCT_CHARS.encode(), b" " * len(_PUNCT_CHARS))
_WORDS: dict[str, set[str]] = {}
"""word → kinds it announces."""
_PHRASES: dict[str, list[tuple[str, str]]] = {}
"""first word → (phrase, kind), for phrases of several words."""
_UNSPACED: list[tuple[str, str]] = []
"""Words of scripts written without spaces, matched as substrings."""
for _kind, _words in CONTEXT.items():
    for _w in _words:
        if any("\u3000" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in _w):
            _UNSPACED.append((_w, _kind))
        elif " " in _w:
            _PHRASES.setdefault(_w.split()[0], []).append((_w, _kind))
        else:
            _WORDS.setdefault(_w, set()).add(_kind)


_OPENING_WORDS = frozenset(_WORDS) | frozenset(_PHRASES)
"""Every context word and the first word of every context phrase."""


_BARE_WITHOUT_CONTEXT = frozenset({*range(12, 20)})
"""Digit counts a bare run of digits may be PII at without a word before it (payment
cards; 15 and 18 are also the French NIR and the Chinese ID)."""


class _Before:
    """The words before a run, read once and only when a window needs them."""

    __slots__ = ("_said", "_start", "_text", "budget", "parses")

    def __init__(self, text: str, start: int, budget: _Budget) -> None:
        self._text, self._start = text, start
        self._said: set[str] | None = None
        self.budget = budget
        self.parses = _RUN_PARSES
        """National phone parses this run may still make."""

    def said(self, kind: str) -> bool:
        said = self._said
        if said is None:
            window = self._text[max(0, self._start - CONTEXT_CHARS):self._start].lower()
            # Punctuation to spaces by bytes where it can be (str.translate with a table
            # costs a dictionary lookup a character); most windows hold no context word,
            # which one set intersection says.
            tokens = (window.encode().translate(_PUNCT_BYTES).decode() if window.isascii()
                      else window.translate(_PUNCT)).split()
            said = self._said = set()
            hits = _OPENING_WORDS.intersection(tokens)
            words = " ".join(tokens) if hits or not window.isascii() else ""
            for w in hits:
                got = _WORDS.get(w)
                if got:
                    said |= got
                for phrase, announced in _PHRASES.get(w, ()):
                    if phrase in words:
                        said.add(announced)
            if not window.isascii():
                said.update(k for word, k in _UNSPACED if word in words)
        return kind in said

    def says_something(self) -> bool:
        """Whether any context word (of any kind, `veto` included) is before the run."""
        self.said("")
        return bool(self._said)


_IPV4 = re.compile(r"(\d{1,3}(?:\.\d{1,3}){3})(?:/\d{1,2})?")
_DAY_MONTH = r"(?:0?[1-9]|[12][0-9]|3[01])"
_YEAR = r"(?:1[89]|20)[0-9]{2}"
_DATE_SHAPE = (rf"{_YEAR}([-/.])(?:0?[1-9]|1[0-2])\1{_DAY_MONTH}"
               rf"|{_DAY_MONTH}([-/.]){_DAY_MONTH}\2(?:{_YEAR}|[0-9]{{2}})")
_DATE_HEAD = re.compile(rf"(?:{_DATE_SHAPE})(?![0-9])")
_DATE = re.compile(_DATE_SHAPE)
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SSN = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")
_CPF = re.compile(r"\d{3}\.\d{3}\.\d{3}-\d{2}")
_CNPJ = re.compile(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}")
_SE = re.compile(r"(?:\d{2})?\d{6}-\d{4}")
_DE_TAX = re.compile(r"\d{2} \d{3} \d{3} \d{3}")
_NANP = re.compile(r"(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}")
_EXT = re.compile(r" ?(?:x|ext\.?|extension) ?\d{1,6}(?![\w])", re.IGNORECASE)
_IBAN_BODY = re.compile(r"[A-Za-z]{2}\d\d(?:[ -]?[A-Za-z0-9]){10,31}")
"""An IBAN, grouped by spaces or (as some forms print it) dashes, or not at all."""
_NIE = re.compile(r"[XYZ]-?\d{7}-?[A-Z]")
_DNI = re.compile(r"\d{8}[- ]?[A-Z]")
_CN_X = re.compile(r"\d{17}[Xx]")
_KR = re.compile(r"\d{6}-\d{7}")
_BE = re.compile(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}")
_SNILS = re.compile(r"\d{3}-\d{3}-\d{3}[ -]\d{2}")
_HETU_DIGITS = re.compile(r"\d{6}-\d{4}")
_HETU = re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]")
_NRIC = re.compile(r"[STFG]\d{7}[A-Z]")
_NINO = re.compile(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]")


DEFAULT_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "JP", "KR", "RU",
                   "CN", "AU", "MX")
"""Regions whose national phone formats are read unless `phone_regions` says otherwise:
North America, the largest European markets and the most populous regions elsewhere."""


@dataclass(frozen=True, slots=True)
class NumberRules:
    """What the number scanner reports: the enabled kinds and the phone regions whose
    national formats are understood (international `+`/`00` numbers always are)."""

    kinds: frozenset[str]
    regions: tuple[str, ...] = DEFAULT_REGIONS
    nanp: bool = field(init=False)
    """Whether a NANP region (+1) is among the regions."""
    letters: bool = field(init=False)
    """Whether a kind written with letters around digits is enabled."""
    others: tuple[str, ...] = field(init=False)
    """The regions outside NANP (whose numbers are read by their shape instead)."""
    lengths: dict[str, frozenset[int]] = field(init=False)
    """Digit counts a national number of each region may have (with its trunk prefix)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "others", tuple(
            r for r in self.regions if phonenumbers.country_code_for_region(r) != 1))
        lengths = {}
        for region in self.others:
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
            desc = meta.general_desc if meta else None
            sizes = set(desc.possible_length or ()) if desc else set()
            trunk = len(meta.national_prefix or "") if meta else 0
            lengths[region] = frozenset(sizes | {n + trunk for n in sizes})
        object.__setattr__(self, "lengths", lengths)
        object.__setattr__(self, "nanp", any(
            phonenumbers.country_code_for_region(r) == 1 for r in self.regions))
        object.__setattr__(self, "letters", bool(self.kinds & {
            "es_dni", "cn_resident_id", "uk_nino", "fi_hetu", "sg_nric"}))


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether start:end is not glued to letters or digits on either side."""
    return ((start == 0 or text[start - 1] not in _ASCII_ALNUM)
            and (end >= len(text) or text[end] not in _ASCII_ALNUM))


def char_classes(text: str) -> bytes:
    """`text` as one byte a character: `0` a digit, `s` a run separator (space, NBSP,
    `.-/()`), `A` and `a` an ASCII letter, `#` anything else. The scans below search it
    for literals (`AA00`, an IBAN's head) and literal-led patterns, which `re` finds at
    C speed, where a pattern led by a character class is tried at every position."""
    return text.encode("latin-1", "replace").translate(CHAR_CLASSES)


def scan_numbers(text: str, rules: NumberRules, classes: bytes | None = None
                 ) -> list[Found]:
    """Every number-like PII in `text` (unordered, may overlap; the caller resolves);
    `classes` is `char_classes(text)` when the caller has it."""
    out: list[Found] = []
    skip: list[tuple[int, int]] = []
    if classes is None:
        classes = char_classes(text)
    if "iban" in rules.kinds:
        # IBANs on their own: a bank code of letters leaves some without a digit run, and
        # the digits of one found are nothing else.
        for at in _iban_heads(classes):
            got = _iban(text, at)
            if got:
                skip.append((got[0], got[1]))
        out += [(s, e, "iban", "IBAN") for s, e in skip]
    pos, n = 0, len(text)
    search, date, letters = _RUN_CLASSES.search, _DATE_HEAD.match, rules.letters
    iso_day = _ISO_DAY.fullmatch
    budget = _Budget(n)
    while pos < n:
        m = search(classes, pos)
        if m is None:
            break
        start, end = m.span()
        pos = end
        if skip and any(s <= start < e for s, e in skip):
            pos = next(e for s, e in skip if s <= start < e)
            continue
        if end - start >= MAX_RUN:
            # Resume before the cut so a number straddling it is seen whole next time.
            back = text.find(" ", end - 64, end)
            pos = back + 1 if back > start else end
        if end - start == 9 and text[start + 2].isalpha():
            _fiscal_code(text, start, rules, out)
            continue
        while text[end - 1] not in "0123456789":
            end -= 1
        if end < n and text[end] == "T" and iso_day(text, start, end):
            continue  # a timestamp's date (`2026-11-26T10:15`): no ID is written so
        # Most runs are nothing: dates, times, short dotted numbers. Say so cheaply.
        run = text[start:end]
        count = classes.count(b"0", start, end)
        near_letters = letters and (
            (start and text[start - 1] in _ASCII_LETTERS)
            or (end < n and text[end] in _ASCII_LETTERS)
            or (start > 2 and text[start - 1] == " " and text[start - 3:start - 1].isupper()))
        if count < 7:
            # Too short for a number of its own: an ID framed by letters (six digits at
            # least), or an address (which has dots).
            if "." not in run:
                if near_letters and count >= 6:
                    _letter_ids(text, start, end, rules, out)
            elif run.count(".") == 3 or near_letters:
                _run(text, start, end, rules, out, near_letters, budget)
            continue
        if count - 8 < 7 and date(run) and not near_letters:
            continue
        if "." not in run and not near_letters and _TWO_DIGITS.search(run) is None:
            continue  # "1 2 3 4 5 6 7": counting, and no number is written that way
        if (not near_letters and count not in _BARE_WITHOUT_CONTEXT and run.isdigit()
                and not run.startswith("00") and (not start or text[start - 1] not in "+(")
                and not _Before(text, start, budget).says_something()):
            continue  # bare digits (an epoch, an id) are PII only after a word saying so
        _run(text, start, end, rules, out, near_letters, budget)
    return out


def _fiscal_code(text: str, start: int, rules: NumberRules, out: list[Found]) -> None:
    if "it_fiscal_code" in rules.kinds and start >= 6 and start + 10 <= len(text):
        s, e = start - 6, start + 10
        if _bounded(text, s, e) and checks.it_fiscal_code(text[s:e]):
            out.append((s, e, "it_fiscal_code", "Italian fiscal code"))


def _run(text: str, start: int, end: int, rules: NumberRules, out: list[Found],
         near_letters: bool, budget: _Budget) -> None:
    if near_letters and " " not in text[start:end] and "\u00a0" not in text[start:end] and (
            (start and text[start - 1] in _ASCII_ALNUM) or (
                end < len(text) and text[end] in _ASCII_ALNUM and not _EXT.match(text, end))):
        # One chunk glued to a letter (a timestamp's date, digits inside a hash): only
        # the formats framed by letters can be there.
        _letter_ids(text, start, end, rules, out)
        return
    taken = _letter_ids(text, start, end, rules, out) if near_letters else None
    if taken is None and " " not in text[start:end] and "\u00a0" not in text[start:end]:
        chunks = [(start, end)]
    else:
        chunks = []
        for c in _CHUNK.finditer(text, start, end):
            s, e = c.span()
            while e > s and text[e - 1] in ".-/":
                e -= 1  # "2671." ends a sentence, not a number
            if e > s:
                chunks.append((s, e))
        if not chunks:
            return
    if start > 0 and text[start - 1] in "+(":
        chunks[0] = (start - 1, chunks[0][1])
    if taken:
        chunks = [c for c in chunks if c[1] <= taken[0] or c[0] >= taken[1]]
        if not chunks:
            return
    first, last = chunks[0], chunks[-1]
    if first[0] > 0 and text[first[0] - 1] in _ASCII_ALNUM:
        chunks = chunks[1:]
    if chunks and last[1] < len(text) and text[last[1]] in _ASCII_ALNUM and not _EXT.match(
            text, last[1]):
        chunks = chunks[:-1]
    if chunks:
        _windows(text, chunks, rules, _Before(text, chunks[0][0], budget), out)


def _letter_ids(text: str, start: int, end: int, rules: NumberRules,
                out: list[Found]) -> tuple[int, int] | None:
    """The formats with letters around the run's digits; the span they took, if any."""
    kinds = rules.kinds
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not (before and (before.isupper() or before in "- ")) and not (
            text[start:start + 6].isdigit()):
        return None  # no letter before, and too few digits for one after (a date)
    tries: list[tuple[re.Pattern[str], int, str, Callable[[str], bool], str]] = []
    if "es_dni" in kinds:
        if before in "XYZ-" and before:
            tries += [(_NIE, start - 1, "es_dni", checks.es_dni, "Spanish NIE"),
                      (_NIE, start - 2, "es_dni", checks.es_dni, "Spanish NIE")]
        if end - start >= 8 and (after.isalpha() or after in "- "):
            tries.append((_DNI, start, "es_dni", checks.es_dni, "Spanish DNI"))
    if "sg_nric" in kinds and before in "STFG" and before and end - start == 7:
        tries.append((_NRIC, start - 1, "sg_nric", checks.sg_nric, LABELS["sg_nric"]))
    if "fi_hetu" in kinds and after.isalpha() and end - start >= 6:
        tries.append((_HETU, start, "fi_hetu", checks.fi_hetu, LABELS["fi_hetu"]))
    if "cn_resident_id" in kinds and after in ("X", "x") and end - start >= 17:
        tries.append((_CN_X, start, "cn_resident_id", checks.cn_resident_id,
                      "Chinese resident ID"))
    if "uk_nino" in kinds and (before.isupper() or before == " ") and before:
        tries += [(_NINO, start - 2, "uk_nino", checks.uk_nino, "UK National Insurance number"),
                  (_NINO, start - 3, "uk_nino", checks.uk_nino, "UK National Insurance number")]
    for regex, at, kind, valid, label in tries:
        if at < 0:
            continue
        m = regex.match(text, at)
        if m and _bounded(text, at, m.end()):
            value = m.group().upper()
            if kind != "fi_hetu":
                value = value.replace("-", "").replace(" ", "")
            if valid(value):
                out.append((at, m.end(), kind, label))
                return at, m.end()
    return None


_IBAN_HEAD = re.compile(rb"00(?<=AA00|aa00)(?<![0Aa]....)")
"""Led by its digits: `bytes.find(b"aa00")` steps through a class string of mostly `a`
(letters) a byte at a time, where `re` looks for `00` and only there looks back: to two
letters of one case, and past them to no letter or digit (what `_iban` requires of an
IBAN's start: a hex string's `ab12`, `de89`… are none, some two hundred in 4 KB)."""


def _iban_heads(classes: bytes) -> Iterator[int]:
    """Where an IBAN can start: two letters of one case and two digits (`DE89`, or
    `de89` as a lower-cased text, the normaliser's folded view among them, writes it),
    not glued to a letter or digit before them, in order."""
    for m in _IBAN_HEAD.finditer(classes):
        yield m.start() - 2


def _iban(text: str, at: int) -> Found | None:
    length = checks.IBAN_LENGTHS.get(text[at:at + 2].upper())
    m = _IBAN_BODY.match(text, at) if length else None
    if m is None or length is None:
        return None
    count, end = 0, at
    body = text[at:m.end()]
    sep = " " if " " in body else "-" if "-" in body else ""
    if not sep:  # the usual case (a hash, a token): no counting
        count = min(length, m.end() - at)
        end = at + count
    elif sep in body and ("-" in body and " " in body):
        return None  # one separator or the other, not both
    else:
        for i in range(at, m.end()):
            if text[i] != sep:
                count += 1
                if count == length:
                    end = i + 1
                    break
    if count != length or not _bounded(text, at, end):
        return None
    if not checks.iban_valid(text[at:end].replace(sep or " ", "").upper()):
        return None
    return at, end, "iban", "IBAN"


def _windows(text: str, chunks: Sequence[tuple[int, int]], rules: NumberRules,
             before: _Before, out: list[Found]) -> None:
    """Greedy left to right: at each chunk the longest window that is something. Dates
    are nothing and end a window; at most `_RUN_TRIES` windows of a run are examined."""
    sizes = []
    for s, e in chunks:
        chunk = text[s:e]
        digits = _digits(chunk)
        if len(digits) == len(chunk):
            sizes.append(len(digits))
        elif chunk.count(".") == 3 and _IPV4.fullmatch(chunk):
            sizes.append(-1)  # an address stands alone: no window goes through it
            found = classify(text, s, e, rules, before)
            if found:
                out.append(found)
        else:
            sizes.append(0 if _DATE.fullmatch(chunk) else len(digits))
    if len(chunks) == 1:
        found = classify(text, chunks[0][0], chunks[0][1], rules, before) if sizes[0] > 0 else (
            None)
        if found:
            out.append(found)
        return
    i, count, tries = 0, len(chunks), _RUN_TRIES
    while i < count and tries > 0 and before.budget.tries > 0:
        j_max, total, totals = i - 1, 0, []
        for j in range(i, min(count, i + _MAX_WINDOW_CHUNKS)):
            if sizes[j] <= 0 or (j > i and sizes[j] == 1 and sizes[j - 1] == 1):
                break  # a date, an address, or "1 2 3 4": counting, not a number
            total += sizes[j]
            if total > _MAX_WINDOW_DIGITS:
                break
            j_max = j
            totals.append(total)
        for j in range(j_max, i - 1, -1):
            if totals[j - i] < 7 and (j > i or text.count(".", *chunks[i]) != 3):
                continue  # too short for anything but an IPv4 address
            tries -= 1
            before.budget.tries -= 1
            found = classify(text, chunks[i][0], chunks[j][1], rules, before, single=i == j)
            if found:
                out.append(found)
                i = j + 1
                break
        else:
            i += 1


def classify(text: str, start: int, end: int, rules: NumberRules, before: _Before, *,
             single: bool = True) -> Found | None:
    """What `text[start:end]` (digits and separators) is, if it is PII."""
    cand = text[start:end]
    kinds = rules.kinds
    if single and "." in cand and (ip := _IPV4.fullmatch(cand)):
        if "ipv4" not in kinds:
            return None
        return _ipv4(text, start, start + len(ip.group(1)))
    digits = _digits(cand)
    n = len(digits)
    if n < 7:
        return None
    if 12 <= n <= 19 and "credit_card" in kinds:
        card = _card(cand, digits, before)
        if card:
            return start, end, "credit_card", f"payment card number ({card})"
    shaped = None
    for shape, kind, valid, label in _SHAPED.get(n, ()):
        if kind in kinds and shape.fullmatch(cand) and valid(digits):
            if kind == "us_ssn" and checks.us_itin(digits):
                kind, label = "us_itin", LABELS["us_itin"]
                if kind not in kinds:
                    continue
            if shaped is None:
                shaped = kind, label
            if before.said(kind):
                # Two shapes valid at once (a Finnish code whose check character is a
                # digit passes Sweden's Luhn one time in ten): the one the text names.
                shaped = kind, label
                break
    if shaped is not None:
        return start, end, *shaped
    ids = _CONTEXT_IDS.get(n, ())
    if ids and before.says_something():
        some_id = None
        for kind, valid in ids:
            if kind not in kinds:
                continue
            if not before.said(kind):
                if kind in _US_TAX:
                    continue
                if some_id is None:
                    # A number written in another kind's shape (a dash, dots) is not
                    # taken for this one on a vague "identity number".
                    some_id = (cand.replace(" ", "").isdigit() and before.said("id")
                               and not before.said("veto"))
                if not some_id:
                    continue
            if valid(digits):
                return start, end, kind, LABELS[kind]
    if "phone" in kinds and n <= 15 and not _in_a_list(text, start, end, cand):
        region = _phone(cand, digits, before, rules)
        if region:
            ext = _EXT.match(text, end)
            return start, ext.end() if ext else end, "phone", f"phone number ({region})"
    if n in (15, 18) and (cand == digits or " " in cand) and not before.said("veto"):
        kind = "fr_nir" if n == 15 else "cn_resident_id"
        if kind in kinds and checks.NUMERIC_IDS[kind][0](digits):
            return start, end, kind, LABELS[kind]
    return None


_LIST_AFTER = re.compile(r"[ ,;]{1,2}\d{1,2}(?![\d.\-/])")
_LIST_BEFORE = re.compile(r"(?<![\d.\-/])\d{1,2}[ ,;]{1,2}$")


def _in_a_list(text: str, start: int, end: int, cand: str) -> bool:
    """Whether groups of one or two digits (`01 30 15 42 35`) continue a list of small
    numbers on either side (`Winning numbers: 01 30 15 42 35 36`): not a phone number
    written in pairs."""
    if cand[:1] == "+" or max(_group_sizes(cand)) > 2:
        return False
    return bool(_LIST_AFTER.match(text, end)
                or _LIST_BEFORE.search(text[max(0, start - 4):start]))


def _card(cand: str, digits: str, before: _Before) -> str | None:
    brand = checks.card_brand(digits)
    if brand is None:
        return None
    seps = {c for c in cand if c not in "0123456789"}
    if seps - {" ", "-", "."} or len(seps) > 1:
        return None
    if seps == {"."} and (_group_sizes(cand) != (4, 4, 4, 4)
                          or not before.said("credit_card")):
        return None  # dots: a card's way only when a word before says it is a card
    if seps:
        groups = _group_sizes(cand)
        if not (set(groups[:-1]) == {4} or groups in ((4, 6, 5), (4, 6, 4))):
            return None
    if before.said("credit_card"):
        return brand
    if before.said("veto") or (not seps and len(digits) not in (15, 16)):
        return None
    return brand


def _phone(cand: str, digits: str, before: _Before, rules: NumberRules) -> str | None:
    """The region of a phone number, when `cand` reads as one."""
    if cand[0] == "+" or (cand.startswith("00") and len(digits) > 9 and digits[2] != "0"):
        if cand[0] != "+" and before.said("veto") and not before.said("phone"):
            return None  # leading zeros are as often an order or invoice number's
        region, sure = _international(digits if cand[0] == "+" else digits[2:])
        if region is None and digits[:1] == "1" and cand[0] == "+" and len(digits) == 11:
            return ("US" if _NANP.fullmatch(cand) and _nanp_shape(digits[1:])
                    and before.said("phone") else None)
        return region if region is not None and (sure or before.said("phone")) else None
    grouped = cand != digits
    if not grouped and not before.said("phone"):
        return None  # a bare run of digits is anything: an id, a count, a timestamp
    if (before.said("veto") or before.said("credit_card")) and not before.said("phone"):
        return None  # a card's word before it: part of a (gift) card number, not a phone
    if rules.nanp and (_NANP.fullmatch(cand) or (
            not grouped and (len(digits) == 10 or len(digits) == 11 and digits[0] == "1"))):
        # NANP structure (area and exchange start 2-9, area not N11) is what a written
        # North American number has even when its area code is not assigned yet.
        if _nanp(digits[-10:]) or (grouped and _NANP.fullmatch(cand) and before.said("phone")
                                   and _nanp_shape(digits[-10:])):
            return "US" if "US" in rules.regions else "NANP"
        if not (len(digits) == 10 and digits[0] == "0") or "(" in cand:
            return None
        # Ten digits opening with 0 are no North American number (no area code starts
        # with 0) but another region's with its trunk prefix: `010 123 4567`, `0501234567`
        # (`(015) 555-2671` is written the North American way: none at all).
    if cand.count(" ") + cand.count("-") > 5:
        return None  # no national format has more than six groups
    valid = None
    for region in rules.others:
        if len(digits) not in rules.lengths[region] or not _may_be(region, digits):
            continue
        if before.parses <= 0 or before.budget.parses <= 0:
            break
        before.parses -= 1
        before.budget.parses -= 1
        national = _national(cand, region)
        if national is None:
            continue
        # Written as that region writes its numbers: a phone number without context.
        if grouped and _group_sizes(national) == _group_sizes(cand):
            return region
        valid = valid or region
    return valid if before.said("phone") else None


_PHONE_CACHE = 4096
"""Numbers whose `phonenumbers` verdict is kept (per kind of check). A parse and a
validation cost some 50-150 us, and the same numbers come back: a conversation is sent
again, whole, with each turn. The cache holds digits the proxy has seen anyway, in this
process only, and forgets the least recently used."""


@lru_cache(maxsize=_PHONE_CACHE)
def _international(number: str) -> tuple[str | None, bool]:
    """What `+number` is: (its region, True) for a valid number; (the region of its
    country code, False) for one that is only possible (a phone number only after a word
    saying so); (None, False) for no phone number."""
    try:
        num = phonenumbers.parse("+" + number, None)
    except NumberParseException:
        return None, False
    if num.country_code == 1 and not _nanp(str(num.national_number)):
        return None, False
    # The main region first: checking one region is far cheaper than all of +1's.
    region = phonenumbers.region_code_for_country_code(num.country_code or 0)
    if phonenumbers.is_valid_number_for_region(num, region):
        return region, True
    if not phonenumbers.is_possible_number(num):
        return None, False
    if phonenumbers.is_valid_number(num):
        return phonenumbers.region_code_for_number(num) or region, True
    return region, False


@lru_cache(maxsize=64)
def _shape(region: str) -> tuple[str, re.Pattern[str]]:
    """A region's trunk prefix and the pattern every national number of it matches (the
    library's own metadata)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = meta.general_desc if meta else None
    pattern = desc.national_number_pattern if desc else None
    return ((meta.national_prefix or "") if meta else ""), re.compile(pattern or r"\d+")


@lru_cache(maxsize=_PHONE_CACHE)
def _may_be(region: str, digits: str) -> bool:
    """Whether `digits` (a national number, its trunk prefix perhaps included) has the
    shape of one of `region`'s numbers: a cheap test that spares the costly parse of
    regions whose numbers cannot look like this, so the parse budget reaches the region
    that fits."""
    trunk, shape = _shape(region)
    return bool(shape.fullmatch(digits) or trunk and digits.startswith(trunk)
                and shape.fullmatch(digits, len(trunk)))


@lru_cache(maxsize=_PHONE_CACHE)
def _national(cand: str, region: str) -> str | None:
    """`cand` in `region`'s national format when it is a valid number of that region."""
    try:
        num = phonenumbers.parse(cand, region)
    except NumberParseException:
        return None
    if not phonenumbers.is_valid_number_for_region(num, region):
        return None
    return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)  # type: ignore[no-any-return]


def _nanp(ten: str) -> bool:
    """A plausible, non-fictional North American number (ten digits, no country code):
    555-01xx is reserved for fiction, and an all-zero line is a placeholder."""
    return (len(ten) == 10 and ten[0] not in "01" and ten[3] not in "01" and ten[1:3] != "11"
            and ten[:3] != "555" and not (ten[3:6] == "555" and ten[6:8] == "01")
            and ten[3:] != "0000000")


def _nanp_shape(ten: str) -> bool:
    """Ten digits written as a North American number, with an area code that starts 2-9
    and a line that is not all zeros: after a word such as "phone" and in that written
    form, a number a person gave as theirs, the fictional `(555) 123-4567` included."""
    return len(ten) == 10 and ten[0] not in "01" and ten[3:] != "0000000"


def _group_sizes(s: str) -> tuple[int, ...]:
    return tuple(len(g) for g in _SPLIT_GROUPS.findall(s))


PREFIX_LENGTH = re.compile(r"/\d{1,3}(?![\d./])")
"""A CIDR prefix length after an address: the text names a network."""


_REMOTE_LOGIN = re.compile(r"\b(?:ssh|scp|sftp|rsync|mosh|telnet|ftp)\b[^\n]{0,50}[\w.-]@$")
"""A remote login's command before `user@`: the address after it is a host's."""


def _ipv4(text: str, start: int, end: int) -> Found | None:
    octets = text[start:end].split(".")
    if any(len(o) > 1 and o[0] == "0" or int(o) > 255 for o in octets):
        return None
    first = int(octets[0])
    # Loopback, "this network", multicast and reserved: no one's address.
    if first in (0, 127) or first >= 224 or octets == ["255"] * 4:
        return None
    if start and (text[start - 1] in "~<>^"
                  or text[start - 1] == "@" and not _REMOTE_LOGIN.search(
                      text, max(0, start - 60), start)
                  or text[start - 1] == "=" and text[start - 2:start - 1] in ("=!<>~")):
        # a version pin (`pkg==1.2.3.4`, `>=`, `~=`, `pkg@1.2.3.4`), not `client_ip=`
        # nor a login's host (`ssh admin@203.0.113.7`)
        return None
    if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
        return None  # a version with its build's name: `12.4.254.14-node.11`, `1.3.0.1-motley`
    if start > 1 and text[start - 1] == "." and text[start - 2].isalnum():
        return None  # the end of a longer dotted name: `5.7.mysql_aurora.2.10.0.1`
    if PREFIX_LENGTH.match(text, end):
        return None  # a network (`192.168.201.0/24`), no one's address
    near = text[max(0, start - 24):start].lower().translate(_PUNCT).split()
    if near and (near[-1] in _IP_VETO or len(near) > 1 and near[-2] in _IP_VETO):
        return None
    return start, end, "ipv4", "IPv4 address"


LABELS: dict[str, str] = {
    "uk_nhs": "UK NHS number", "de_tax_id": "German tax ID", "nl_bsn": "Dutch BSN",
    "br_cpf": "Brazilian CPF", "br_cnpj": "Brazilian CNPJ", "in_aadhaar": "Aadhaar number",
    "pl_pesel": "Polish PESEL", "se_personnummer": "Swedish personal number",
    "ca_sin": "Canadian SIN", "fr_nir": "French social security number (NIR)",
    "cn_resident_id": "Chinese resident ID", "us_ssn": "US social security number",
    "us_itin": "US individual taxpayer number",
    "be_national_number": "Belgian national number", "kr_rrn": "Korean resident number",
    "jp_my_number": "Japanese My Number", "fi_hetu": "Finnish personal identity code",
    "no_fodselsnummer": "Norwegian national identity number", "ru_inn": "Russian INN",
    "ru_snils": "Russian SNILS", "tr_tckn": "Turkish identity number",
    "za_id": "South African ID number", "pt_nif": "Portuguese NIF",
    "au_tfn": "Australian tax file number", "il_id": "Israeli ID number",
    "sg_nric": "Singapore NRIC/FIN", "in_pan": "Indian PAN",
    "de_social_insurance": "German social insurance number",
}
"""What each numeric identity kind is, for messages."""

_SHAPED: dict[int, tuple[tuple[re.Pattern[str], str, Callable[[str], bool], str], ...]] = {
    9: ((_SSN, "us_ssn", checks.us_ssn, LABELS["us_ssn"]),),
    10: ((_SE, "se_personnummer", checks.se_personnummer, LABELS["se_personnummer"]),),
    11: ((_CPF, "br_cpf", checks.br_cpf, LABELS["br_cpf"]),
         (_DE_TAX, "de_tax_id", checks.de_tax_id, LABELS["de_tax_id"])),
    12: ((_SE, "se_personnummer", checks.se_personnummer, LABELS["se_personnummer"]),),
    14: ((_CNPJ, "br_cnpj", checks.br_cnpj, LABELS["br_cnpj"]),),
    13: ((_KR, "kr_rrn", checks.kr_rrn, LABELS["kr_rrn"]),),
}
_SHAPED[10] += ((_HETU_DIGITS, "fi_hetu", lambda d: checks.fi_hetu(f"{d[:6]}-{d[6:]}"),
                 LABELS["fi_hetu"]),)
_SHAPED[11] += ((_BE, "be_national_number", checks.be_national_number,
                 LABELS["be_national_number"]),
                (_SNILS, "ru_snils", checks.ru_snils, LABELS["ru_snils"]))
"""Numbers whose written shape is distinctive enough to need no context, by digit count."""

_US_TAX = frozenset({"us_ssn", "us_itin"})
_CONTEXT_IDS: dict[int, list[tuple[str, Callable[[str], bool]]]] = {}
for _kind, _valid, _lengths in (("us_ssn", checks.us_ssn, (9,)), ("us_itin", checks.us_itin, (9,)),
                                *((k, v, ls) for k, (v, ls) in checks.NUMERIC_IDS.items())):
    for _n in _lengths:
        _CONTEXT_IDS.setdefault(_n, []).append((_kind, _valid))
"""Numbers that are only digits, by digit count: reported when a word before them says
what they are (a general "ID number" will do, except for the US tax numbers)."""


def iter_kinds() -> Iterator[str]:
    """Every kind this scanner can report."""
    yield from ("credit_card", "phone", "iban", "ipv4", "es_dni", "uk_nino", "it_fiscal_code")
    yield from LABELS
