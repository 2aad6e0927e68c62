"""Personal-data formats and their checksums, written from the published algorithms: the
generator makes valid values with them and near misses that fail them, and the
well-formedness test re-checks every value in the corpus with the same validators.

Every `make_*` takes a `random.Random`, so the corpus is reproducible from one seed.
`VALIDATORS` maps a case's `kind` to the check its value must pass (positives) or fail
(`checksum_fail` negatives).
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
from collections.abc import Callable

Validator = Callable[[str], bool]


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# --- Luhn (cards, Canadian SIN, Swedish personnummer, South African ID) -------------

def luhn_valid(number: str) -> bool:
    ds = [int(c) for c in digits_of(number)]
    if len(ds) < 2:
        return False
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    """The digit that makes `partial + digit` pass Luhn."""
    for d in "0123456789":
        if luhn_valid(partial + d):
            return d
    raise AssertionError("unreachable: one digit always completes a Luhn number")


CARD_PREFIXES: dict[str, tuple[tuple[str, ...], int]] = {
    "visa": (("4",), 16),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2500", "2720"), 16),
    "amex": (("34", "37"), 15),
    "discover": (("6011", "644", "65"), 16),
    "jcb": (("3528", "3566", "3589"), 16),
    "diners": (("36", "38"), 14),
    "unionpay": (("62",), 16),
    "maestro": (("6759", "5018"), 16),
}


def make_card(rng: random.Random, brand: str) -> str:
    prefixes, length = CARD_PREFIXES[brand]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += rng.choice(string.digits)
    return body + luhn_digit(body)


def format_card(number: str, rng: random.Random) -> str:
    """The card as people write it: grouped with spaces or dashes, or in one run."""
    sep = rng.choice([" ", "-", "", " "])
    if len(number) == 15:
        groups = [number[:4], number[4:10], number[10:]]
    elif len(number) == 14:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i:i + 4] for i in range(0, len(number), 4)]
    return sep.join(groups)


def card_valid(text: str) -> bool:
    ds = digits_of(text)
    return 13 <= len(ds) <= 19 and luhn_valid(ds)


# --- IBAN (ISO 13616, mod 97) --------------------------------------------------------

IBAN_BBAN: dict[str, str] = {
    # country: BBAN shape, n = digit, a = upper-case letter, c = either
    "DE": "nnnnnnnnnnnnnnnnnn", "FR": "n" * 10 + "c" * 11 + "nn", "GB": "aaaannnnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "a" + "n" * 10 + "c" * 12, "NL": "aaaannnnnnnnnn",
    "BE": "nnnnnnnnnnnn", "CH": "nnnnn" + "c" * 12, "AT": "nnnnnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "SE": "nnnnnnnnnnnnnnnnnnnn", "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn", "DK": "nnnnnnnnnnnnnn", "NO": "nnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn", "LU": "nnnccccccccccccc", "SA": "nn" + "c" * 18,
    "AE": "n" * 19, "TR": "n" * 22, "GR": "n" * 7 + "c" * 16,
}

_IBAN_LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16,
                 "CH": 21, "AT": 20, "PL": 28, "SE": 24, "PT": 25, "IE": 22, "DK": 18,
                 "NO": 15, "FI": 18, "LU": 20, "SA": 24, "AE": 23, "TR": 26, "GR": 27}


def _iban_number(iban: str) -> int:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved))


def iban_valid(text: str) -> bool:
    iban = re.sub(r"[\s-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", iban):
        return False
    length = _IBAN_LENGTHS.get(iban[:2])
    if length is not None and len(iban) != length:
        return False
    return _iban_number(iban) % 97 == 1


def make_iban(rng: random.Random, country: str) -> str:
    shape = IBAN_BBAN[country]
    pool = {"n": string.digits, "a": string.ascii_uppercase,
            "c": string.ascii_uppercase + string.digits}
    bban = "".join(rng.choice(pool[s]) for s in shape)
    check = 98 - _iban_number(f"{country}00{bban}") % 97
    iban = f"{country}{check:02d}{bban}"
    assert len(iban) == _IBAN_LENGTHS[country], country
    return iban


def group4(text: str) -> str:
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


# --- US Social Security numbers -----------------------------------------------------

def ssn_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 9:
        return False
    area, group, serial = int(ds[:3]), int(ds[3:5]), int(ds[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def make_ssn(rng: random.Random) -> str:
    while True:
        ds = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_valid(ds):
            return f"{ds[:3]}-{ds[3:5]}-{ds[5:]}"


# --- National identifiers -----------------------------------------------------------

def _weighted(ds: str, weights: tuple[int, ...] | list[int]) -> int:
    return sum(int(d) * w for d, w in zip(ds, weights, strict=False))


def de_taxid_valid(text: str) -> bool:
    """German Steuer-Identifikationsnummer: ISO 7064 MOD 11,10 and its digit spread."""
    ds = digits_of(text)
    if len(ds) != 11 or ds[0] == "0":
        return False
    counts = sorted((ds[:10].count(d) for d in set(ds[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1:] and counts[1] != 1:
        return False
    product = 10
    for d in ds[:10]:
        s = (int(d) + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return int(ds[10]) == check


def make_de_taxid(rng: random.Random) -> str:
    while True:
        pick = rng.sample(string.digits, 9)
        body = [*pick, rng.choice(pick)]
        rng.shuffle(body)
        if body[0] == "0":
            continue
        for c in string.digits:
            if de_taxid_valid("".join(body) + c):
                return "".join(body) + c


def fr_nir_valid(text: str) -> bool:
    ds = digits_of(text)
    return len(ds) == 15 and ds[0] in "12" and 97 - int(ds[:13]) % 97 == int(ds[13:])


def make_fr_nir(rng: random.Random) -> str:
    body = (f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}")
    key = 97 - int(body) % 97
    b = body
    return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {key:02d}"


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_valid(text: str) -> bool:
    t = re.sub(r"[\s-]", "", text).upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", t)
    if not m:
        return False
    lead, num, letter = m.groups()
    if lead:
        if len(num) != 7:
            return False
        num = str("XYZ".index(lead)) + num
    elif len(num) != 8:
        return False
    return _DNI_LETTERS[int(num) % 23] == letter


def make_es_dni(rng: random.Random) -> str:
    if rng.random() < 0.3:
        lead = rng.choice("XYZ")
        num = f"{rng.randint(0, 9999999):07d}"
        return f"{lead}{num}{_DNI_LETTERS[int(str('XYZ'.index(lead)) + num) % 23]}"
    num = f"{rng.randint(1000000, 99999999):08d}"
    return f"{num}{_DNI_LETTERS[int(num) % 23]}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4,
                    18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf_check(body: str) -> str:
    total = 0
    for i, c in enumerate(body):
        if i % 2 == 0:
            total += _CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + total % 26)


def it_cf_valid(text: str) -> bool:
    """Italian codice fiscale (without omocodia substitutions)."""
    t = text.upper()
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", t):
        return False
    return _cf_check(t[:15]) == t[15]


def make_it_cf(rng: random.Random) -> str:
    cons = "BCDFGHLMNPRSTVZ"
    body = ("".join(rng.choice(cons) for _ in range(6))
            + f"{rng.randint(40, 99):02d}" + rng.choice("ABCDEHLMPRST")
            + f"{rng.choice([rng.randint(1, 28), rng.randint(41, 68)]):02d}"
            + rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}")
    return body + _cf_check(body)


def nl_bsn_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 9 or ds == "000000000":
        return False
    return (_weighted(ds[:8], list(range(9, 1, -1))) - int(ds[8])) % 11 == 0


def make_nl_bsn(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(10000000, 99999999):08d}"
        check = _weighted(body, list(range(9, 1, -1))) % 11
        if check < 10:
            return body + str(check)


def be_nn_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 11:
        return False
    check = int(ds[9:])
    return check in (97 - int(ds[:9]) % 97, 97 - int("2" + ds[:9]) % 97)


def make_be_nn(rng: random.Random) -> str:
    body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
           f"{rng.randint(1, 997):03d}"
    check = 97 - int(body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{check:02d}"


def pt_nif_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 9 or ds[0] not in "1235689":
        return False
    r = 11 - _weighted(ds[:8], list(range(9, 1, -1))) % 11
    return (0 if r >= 10 else r) == int(ds[8])


def make_pt_nif(rng: random.Random) -> str:
    body = rng.choice("1235") + f"{rng.randint(0, 9999999):07d}"
    r = 11 - _weighted(body, list(range(9, 1, -1))) % 11
    return body + str(0 if r >= 10 else r)


def _cpf_digit(ds: str) -> str:
    n = len(ds) + 1
    r = _weighted(ds, list(range(n, 1, -1))) * 10 % 11
    return str(0 if r == 10 else r)


def br_cpf_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 11 or len(set(ds)) == 1:
        return False
    return _cpf_digit(ds[:9]) == ds[9] and _cpf_digit(ds[:10]) == ds[10]


def make_br_cpf(rng: random.Random) -> str:
    body = f"{rng.randint(10000000, 999999999):09d}"
    body += _cpf_digit(body)
    body += _cpf_digit(body)
    return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_rid_valid(text: str) -> bool:
    t = text.upper()
    if not re.fullmatch(r"\d{17}[\dX]", t):
        return False
    return "10X98765432"[_weighted(t[:17], _CN_WEIGHTS) % 11] == t[17]


def make_cn_rid(rng: random.Random) -> str:
    area = rng.choice(["110105", "310104", "440305", "510107", "330106", "420111", "320102"])
    body = (f"{area}{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{rng.randint(0, 999):03d}")
    return body + "10X98765432"[_weighted(body, _CN_WEIGHTS) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_valid(ds: str) -> bool:
    c = 0
    for i, d in enumerate(reversed(ds)):
        c = _VD[c][_VP[i % 8][int(d)]]
    return c == 0


def verhoeff_digit(ds: str) -> str:
    c = 0
    for i, d in enumerate(reversed(ds)):
        c = _VD[c][_VP[(i + 1) % 8][int(d)]]
    return str(_VINV[c])


def in_aadhaar_valid(text: str) -> bool:
    ds = digits_of(text)
    return len(ds) == 12 and ds[0] in "23456789" and verhoeff_valid(ds)


def make_in_aadhaar(rng: random.Random) -> str:
    body = rng.choice("23456789") + f"{rng.randint(0, 10**10 - 1):010d}"
    ds = body + verhoeff_digit(body)
    return f"{ds[:4]} {ds[4:8]} {ds[8:]}"


def kr_rrn_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 13 or ds[6] not in "1234":
        return False
    return (11 - _weighted(ds[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)) % 11) % 10 == int(ds[12])


def make_kr_rrn(rng: random.Random) -> str:
    year = rng.randint(50, 99)
    body = f"{year:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('12')}" \
           f"{rng.randint(0, 99999):05d}"
    check = (11 - _weighted(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def _jp_digit(body: str) -> str:
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return str(0 if r <= 1 else 11 - r)


def jp_mynumber_valid(text: str) -> bool:
    ds = digits_of(text)
    return len(ds) == 12 and _jp_digit(ds[:11]) == ds[11]


def make_jp_mynumber(rng: random.Random) -> str:
    body = f"{rng.randint(10**10, 10**11 - 1):011d}"
    ds = body + _jp_digit(body)
    return f"{ds[:4]} {ds[4:8]} {ds[8:]}"


def ca_sin_valid(text: str) -> bool:
    ds = digits_of(text)
    return len(ds) == 9 and ds[0] not in "08" and luhn_valid(ds)


def make_ca_sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + f"{rng.randint(0, 9999999):07d}"
    ds = body + luhn_digit(body)
    return f"{ds[:3]} {ds[3:6]} {ds[6:]}"


def se_pnr_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) == 12:
        ds = ds[2:]
    return len(ds) == 10 and 1 <= int(ds[2:4]) <= 12 and luhn_valid(ds)


def make_se_pnr(rng: random.Random) -> str:
    body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
           f"{rng.randint(0, 999):03d}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


_PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def pl_pesel_valid(text: str) -> bool:
    ds = digits_of(text)
    return len(ds) == 11 and (10 - _weighted(ds[:10], _PESEL_W) % 10) % 10 == int(ds[10])


def make_pl_pesel(rng: random.Random) -> str:
    body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
           f"{rng.randint(0, 9999):04d}"
    return body + str((10 - _weighted(body, _PESEL_W) % 10) % 10)


_HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu_valid(text: str) -> bool:
    m = re.fullmatch(r"(\d{6})[-+A](\d{3})([0-9A-Y])", text.upper())
    return bool(m) and _HETU[int(m.group(1) + m.group(2)) % 31] == m.group(3)  # type: ignore[union-attr]


def make_fi_hetu(rng: random.Random) -> str:
    date = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"
    ind = f"{rng.randint(2, 899):03d}"
    return f"{date}-{ind}{_HETU[int(date + ind) % 31]}"


def _no_digits(body: str) -> tuple[int, int] | None:
    k1 = 11 - _weighted(body, (3, 7, 6, 1, 8, 9, 4, 5, 2)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - _weighted(body + str(k1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return k1, k2


def no_fnr_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 11:
        return False
    got = _no_digits(ds[:9])
    return got is not None and f"{got[0]}{got[1]}" == ds[9:]


def make_no_fnr(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}" \
               f"{rng.randint(0, 499):03d}"
        got = _no_digits(body)
        if got is not None:
            return f"{body}{got[0]}{got[1]}"


def ru_inn_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 12:
        return False
    n11 = _weighted(ds[:10], (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10
    n12 = _weighted(ds[:11], (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10
    return int(ds[10]) == n11 and int(ds[11]) == n12


def make_ru_inn(rng: random.Random) -> str:
    body = f"{rng.choice([77, 78, 50, 66, 16, 54])}{rng.randint(0, 99999999):08d}"
    body += str(_weighted(body, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10)
    body += str(_weighted(body, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10)
    return body


def _snils_check(body: str) -> int:
    s = _weighted(body, (9, 8, 7, 6, 5, 4, 3, 2, 1))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def ru_snils_valid(text: str) -> bool:
    ds = digits_of(text)
    return len(ds) == 11 and int(ds[:9]) > 1001998 and _snils_check(ds[:9]) == int(ds[9:])


def make_ru_snils(rng: random.Random) -> str:
    body = f"{rng.randint(2000000, 999999999):09d}"
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {_snils_check(body):02d}"


_TFN_W = (1, 4, 3, 7, 5, 8, 6, 9, 10)


def au_tfn_valid(text: str) -> bool:
    ds = digits_of(text)
    return len(ds) == 9 and _weighted(ds, _TFN_W) % 11 == 0


def make_au_tfn(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(10000000, 99999999):08d}"
        for d in "0123456789":
            if au_tfn_valid(body + d):
                ds = body + d
                return f"{ds[:3]} {ds[3:6]} {ds[6:]}"


def il_id_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 9:
        return False
    total = 0
    for i, d in enumerate(ds):
        x = int(d) * (1 + i % 2)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def make_il_id(rng: random.Random) -> str:
    body = f"{rng.randint(1000000, 39999999):08d}"
    for d in "0123456789":
        if il_id_valid(body + d):
            return body + d
    raise AssertionError("unreachable")


def tr_tckn_valid(text: str) -> bool:
    ds = digits_of(text)
    if len(ds) != 11 or ds[0] == "0":
        return False
    d = [int(c) for c in ds]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == d10 and d[10] == sum(d[:10]) % 10


def make_tr_tckn(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def za_id_valid(text: str) -> bool:
    ds = digits_of(text)
    return len(ds) == 13 and 1 <= int(ds[2:4]) <= 12 and luhn_valid(ds)


def make_za_id(rng: random.Random) -> str:
    body = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
           f"{rng.randint(0, 9999):04d}{rng.choice('01')}8"
    return body + luhn_digit(body)


_NRIC_W = (2, 7, 6, 5, 4, 3, 2)


def sg_nric_valid(text: str) -> bool:
    t = text.upper()
    if not re.fullmatch(r"[ST]\d{7}[A-Z]", t):
        return False
    s = _weighted(t[1:8], _NRIC_W) + (4 if t[0] == "T" else 0)
    return "JZIHGFEDCBA"[s % 11] == t[8]


def make_sg_nric(rng: random.Random) -> str:
    lead = rng.choice("ST")
    body = f"{rng.randint(0, 9999999):07d}"
    s = _weighted(body, _NRIC_W) + (4 if lead == "T" else 0)
    return f"{lead}{body}{'JZIHGFEDCBA'[s % 11]}"


def uk_nino_valid(text: str) -> bool:
    """UK National Insurance number: no checksum, only the allocation rules."""
    t = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", t):
        return False
    return t[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def make_uk_nino(rng: random.Random) -> str:
    while True:
        t = (rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
             + f"{rng.randint(0, 999999):06d}" + rng.choice("ABCD"))
        if uk_nino_valid(t):
            return f"{t[:2]} {t[2:4]} {t[4:6]} {t[6:8]} {t[8]}"


def in_pan_valid(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", text))


def make_in_pan(rng: random.Random) -> str:
    up = string.ascii_uppercase
    return ("".join(rng.choice(up) for _ in range(3)) + "P" + rng.choice(up)
            + f"{rng.randint(0, 9999):04d}" + rng.choice(up))


# --- Contact data and addresses -----------------------------------------------------

def email_valid(text: str) -> bool:
    return bool(re.fullmatch(r"[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+", text))


def phone_valid(text: str) -> bool:
    """Phone numbers as written: 8 to 15 digits (E.164's limit), international (+ or 00)
    or national (trunk prefix), with spaces, dots, dashes or brackets between groups."""
    ds = digits_of(text)
    return 8 <= len(ds) <= 15 and bool(re.fullmatch(r"\+?[\d(][\d\s().-]{6,22}\d", text))


def ipv4_valid(text: str) -> bool:
    try:
        return ipaddress.IPv4Address(text).is_global
    except ValueError:
        return False


def ipv6_valid(text: str) -> bool:
    try:
        return ipaddress.IPv6Address(text).is_global
    except ValueError:
        return False


NATIONAL_IDS: dict[str, tuple[Callable[[random.Random], str], Validator]] = {
    "de_tax_id": (make_de_taxid, de_taxid_valid),
    "fr_nir": (make_fr_nir, fr_nir_valid),
    "es_dni": (make_es_dni, es_dni_valid),
    "it_codice_fiscale": (make_it_cf, it_cf_valid),
    "nl_bsn": (make_nl_bsn, nl_bsn_valid),
    "be_national_number": (make_be_nn, be_nn_valid),
    "pt_nif": (make_pt_nif, pt_nif_valid),
    "br_cpf": (make_br_cpf, br_cpf_valid),
    "cn_resident_id": (make_cn_rid, cn_rid_valid),
    "in_aadhaar": (make_in_aadhaar, in_aadhaar_valid),
    "kr_rrn": (make_kr_rrn, kr_rrn_valid),
    "jp_my_number": (make_jp_mynumber, jp_mynumber_valid),
    "ca_sin": (make_ca_sin, ca_sin_valid),
    "se_personnummer": (make_se_pnr, se_pnr_valid),
    "pl_pesel": (make_pl_pesel, pl_pesel_valid),
    "fi_hetu": (make_fi_hetu, fi_hetu_valid),
    "no_fodselsnummer": (make_no_fnr, no_fnr_valid),
    "ru_inn": (make_ru_inn, ru_inn_valid),
    "ru_snils": (make_ru_snils, ru_snils_valid),
    "au_tfn": (make_au_tfn, au_tfn_valid),
    "il_id": (make_il_id, il_id_valid),
    "tr_tckn": (make_tr_tckn, tr_tckn_valid),
    "za_id": (make_za_id, za_id_valid),
    "sg_nric": (make_sg_nric, sg_nric_valid),
    "uk_nino": (make_uk_nino, uk_nino_valid),
    "in_pan": (make_in_pan, in_pan_valid),
}
"""National identifiers: kind → (maker, validator)."""

VALIDATORS: dict[str, Validator] = {
    "credit_card": card_valid,
    "iban": iban_valid,
    "us_ssn": ssn_valid,
    "email": email_valid,
    "phone": phone_valid,
    "ipv4": ipv4_valid,
    "ipv6": ipv6_valid,
    **{kind: valid for kind, (_, valid) in NATIONAL_IDS.items()},
}
"""PII kind → the check a value of that kind passes."""
