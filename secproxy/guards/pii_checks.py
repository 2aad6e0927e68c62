"""Check-digit and structure validators for the `pii` guard.

Pure functions over the digits (or upper-case characters) of one candidate, each saying
whether the candidate is a well-formed number of its kind: Luhn, mod-97, ISO 7064,
Verhoeff, weighted mod-11 sums, the card issuers' IIN ranges and lengths, IBAN country
lengths, the US SSN allocation rules and the structure (birth dates, ranges) of the
national identity numbers that carry a check digit. A random string of the right length
passes one of them about one time in ten to one in a hundred, which is what keeps the
guard's false positives down; the scanner adds the format and context rules.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

_DOUBLED = dict(zip("0123456789", (0, 2, 4, 6, 8, 1, 3, 5, 7, 9), strict=True))


def luhn(digits: str) -> bool:
    """The Luhn (mod 10) check used by payment cards, SIN, personnummer."""
    total = sum(map(int, digits[-1::-2])) + sum(map(_DOUBLED.__getitem__, digits[-2::-2]))
    return total % 10 == 0


def all_same(digits: str) -> bool:
    return digits.count(digits[0]) == len(digits)


# (lowest prefix, highest prefix, prefix length, allowed lengths, brand)
_CARD_RANGES: tuple[tuple[int, int, int, frozenset[int], str], ...] = tuple(
    (lo, hi, len(str(lo)), frozenset(lengths), brand) for lo, hi, lengths, brand in (
        (34, 34, (15,), "American Express"),
        (37, 37, (15,), "American Express"),
        (4, 4, (13, 16, 19), "Visa"),
        (51, 55, (16,), "Mastercard"),
        (2221, 2720, (16,), "Mastercard"),
        (6011, 6011, range(16, 20), "Discover"),
        (644, 649, range(16, 20), "Discover"),
        (65, 65, range(16, 20), "Discover"),
        (622126, 622925, range(16, 20), "Discover"),
        (3528, 3589, range(16, 20), "JCB"),
        (300, 305, range(14, 20), "Diners Club"),
        (3095, 3095, range(14, 20), "Diners Club"),
        (36, 36, range(14, 20), "Diners Club"),
        (38, 39, range(14, 20), "Diners Club"),
        (62, 62, range(16, 20), "UnionPay"),
        (81, 81, range(16, 20), "UnionPay"),
        (5018, 5018, range(12, 20), "Maestro"),
        (5020, 5020, range(12, 20), "Maestro"),
        (5038, 5038, range(12, 20), "Maestro"),
        (5893, 5893, range(12, 20), "Maestro"),
        (6304, 6304, range(12, 20), "Maestro"),
        (6759, 6759, range(12, 20), "Maestro"),
        (6761, 6763, range(12, 20), "Maestro"),
        (2200, 2204, range(16, 20), "Mir"),
        (60, 60, (16,), "RuPay"),
        (6521, 6522, (16,), "RuPay"),
        (508, 508, (16,), "RuPay"),
        (506099, 506198, (16, 18, 19), "Verve"),
        (650002, 650027, (16, 18, 19), "Verve"),
        (9792, 9792, (16,), "Troy"),
        (5019, 5019, (16,), "Dankort"),
        (637, 639, (16,), "InstaPayment"),
        (606282, 606282, (16,), "Hipercard"),
    ))


_CARD_PREFIXES: dict[str, list[tuple[frozenset[int], str]]] = {}
for _lo, _hi, _plen, _lengths, _brand in _CARD_RANGES:
    for _prefix in range(_lo, _hi + 1):
        _CARD_PREFIXES.setdefault(str(_prefix), []).append((_lengths, _brand))


def card_brand(digits: str) -> str | None:
    """The issuer of a card number whose IIN range, length and Luhn check agree, else
    None. The most specific (longest) matching prefix wins."""
    n = len(digits)
    if not 12 <= n <= 19:
        return None
    for plen in range(6, 0, -1):
        for lengths, brand in _CARD_PREFIXES.get(digits[:plen], ()):
            if n in lengths:
                return brand if luhn(digits) else None
    return None


IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    # Countries using IBANs outside the SWIFT registry (published by their banks).
    "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25,
    "DZ": 26, "GA": 27, "GQ": 27, "GW": 25, "HN": 28, "IR": 26, "KM": 27, "MA": 28,
    "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28,
}
"""IBAN length by country code (ISO 13616)."""


def mod97(alnum: str) -> int:
    """The ISO 7064 MOD 97-10 remainder of a string of digits and letters (A=10…Z=35)."""
    return int("".join(str(int(c, 36)) for c in alnum)) % 97


def iban_valid(compact: str) -> bool:
    """An upper-case IBAN without spaces: country length and mod-97 == 1."""
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    return mod97(compact[4:] + compact[:4]) == 1


def us_ssn(digits: str) -> bool:
    """SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000."""
    area, group, serial = int(digits[:3]), digits[3:5], digits[5:]
    return 0 < area < 900 and area != 666 and group != "00" and serial != "0000"


def us_itin(digits: str) -> bool:
    """IRS individual taxpayer numbers: 9xx-GG-xxxx with GG in 50-65, 70-88, 90-92, 94-99."""
    group = int(digits[3:5])
    return digits[0] == "9" and (50 <= group <= 65 or 70 <= group <= 88
                                 or 90 <= group <= 92 or 94 <= group <= 99)


def _date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def uk_nhs(digits: str) -> bool:
    """NHS number: weights 10..2 on nine digits, mod 11 (a remainder giving 10 is
    never issued)."""
    if len(digits) != 10 or all_same(digits):
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def de_tax_id(digits: str) -> bool:
    """Steuerliche Identifikationsnummer: no leading zero; in the first ten digits one
    digit appears twice or thrice (never three times in a row), the others at most
    once; ISO 7064 MOD 11,10 check digit."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or counts[1:2] == [counts[0]] or any(c > 1 for c in counts[1:]):
        return False
    if counts[0] == 3 and any(digits[i] == digits[i + 1] == digits[i + 2] for i in range(8)):
        return False
    product = 10
    for d in digits[:10]:
        s = (int(d) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10 == int(digits[10])


def de_social_insurance(code: str) -> bool:
    """A German Rentenversicherungsnummer (`12150785M013`, no spaces): area, birth date
    DDMMYY, the birth name's initial, serial, check digit — weights 2,1,2,5,7,1,2,1,2,1,2,1
    over the digits with the letter as its two-digit alphabet position, each product's
    digit sum added, mod 10."""
    if len(code) != 12 or not code[:8].isdigit() or not code[9:].isdigit():
        return False
    letter = code[8].upper()
    if not "A" <= letter <= "Z":
        return False
    day, month = int(code[2:4]), int(code[4:6])
    if not (1 <= day <= 31 and 1 <= month <= 12) or int(code[:2]) == 0:
        return False
    body = code[:8] + f"{ord(letter) - 64:02d}" + code[9:11]
    total = sum(sum(divmod(int(d) * w, 10))
                for d, w in zip(body, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True))
    return total % 10 == int(code[11])


def fr_nir(alnum: str) -> bool:
    """French social security number (NIR): sex, year, month, department (2A/2B for
    Corsica), commune, order, and a key 97 - (number mod 97)."""
    if len(alnum) != 15 or alnum[0] not in "123478":
        return False
    month = int(alnum[3:5]) if alnum[3:5].isdigit() else -1
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    body = alnum[:13]
    if body[5:7] in ("2A", "2B"):
        body = body[:5] + ("19" if body[6] == "A" else "18") + body[7:]
    if not body.isdigit() or not alnum[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(alnum[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(alnum: str) -> bool:
    """Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter)."""
    if len(alnum) != 9:
        return False
    body = alnum[:8]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return body.isdigit() and _DNI_LETTERS[int(body) % 23] == alnum[8]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))
_CF_OMOCODIA = dict(zip("LMNPQRSTUV", "0123456789", strict=True))


def it_fiscal_code(code: str) -> bool:
    """Italian codice fiscale: 16 characters, month letter, day 1-31 or 41-71, check
    letter from the odd/even position tables (letters may stand for digits, omocodia)."""
    if len(code) != 16 or not (code.isascii() and code.isalnum()):
        return False  # the check tables know ASCII letters and digits only
    code = code.upper()
    plain = "".join(_CF_OMOCODIA.get(c, c) if i in (6, 7, 9, 10, 12, 13, 14) else c
                    for i, c in enumerate(code))
    if not (plain[:6].isalpha() and plain[6:8].isdigit() and plain[8] in "ABCDEHLMPRST"
            and plain[9:11].isdigit() and plain[11].isalpha() and plain[12:15].isdigit()):
        return False
    day, month = int(plain[9:11]) % 40, "ABCDEHLMPRST".index(plain[8]) + 1
    year = int(plain[6:8])
    if not (_date(2000 + year, month, day) or _date(1900 + year, month, day)):
        return False
    total = sum(_CF_ODD[c] if i % 2 == 0 else int(c, 36) - (10 if c.isalpha() else 0)
                for i, c in enumerate(code[:15]))
    return chr(65 + total % 26) == code[15]


def nl_bsn(digits: str) -> bool:
    """Dutch citizen service number: the 11-proof (weights 9..2 and -1)."""
    if len(digits) != 9 or all_same(digits):
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:8])) - int(digits[8])
    return total % 11 == 0


def br_cpf(digits: str) -> bool:
    """Brazilian CPF: two mod-11 check digits."""
    if len(digits) != 11 or all_same(digits):
        return False
    for n in (9, 10):
        s = sum(int(d) * (n + 1 - i) for i, d in enumerate(digits[:n]))
        if (s * 10) % 11 % 10 != int(digits[n]):
            return False
    return True


def br_cnpj(digits: str) -> bool:
    """Brazilian CNPJ (company number, listed as PII of sole traders): two mod-11 digits."""
    if len(digits) != 14 or all_same(digits):
        return False
    for n in (12, 13):
        weights = [(n - 7 - i) if i < n - 8 else (n + 1 - i) for i in range(n)]
        s = sum(int(d) * w for d, w in zip(digits[:n], weights, strict=True))
        check = 11 - s % 11
        if (0 if check >= 10 else check) != int(digits[n]):
            return False
    return True


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))


def verhoeff(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return c == 0


def in_aadhaar(digits: str) -> bool:
    """Indian Aadhaar: 12 digits, not starting with 0 or 1, not a palindrome, Verhoeff."""
    return (len(digits) == 12 and digits[0] not in "01" and digits != digits[::-1]
            and verhoeff(digits))


def cn_resident_id(alnum: str) -> bool:
    """Chinese resident identity card: region, birth date YYYYMMDD, sequence and an
    ISO 7064 MOD 11-2 check character (X for 10)."""
    if len(alnum) != 18 or not alnum[:17].isdigit() or alnum[0] not in "12345678":
        return False
    if not (1900 <= int(alnum[6:10]) <= 2100
            and _date(int(alnum[6:10]), int(alnum[10:12]), int(alnum[12:14]))):
        return False
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(alnum[:17]))
    check = (12 - total % 11) % 11
    return alnum[17] == ("X" if check == 10 else str(check))


_PESEL_CENTURY = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}


def pl_pesel(digits: str) -> bool:
    """Polish PESEL: birth date (century coded in the month) and a weighted check digit."""
    if len(digits) != 11:
        return False
    month = int(digits[2:4])
    offset = (month - 1) // 20 * 20
    if offset not in _PESEL_CENTURY or not _date(
            _PESEL_CENTURY[offset] + int(digits[:2]), month - offset, int(digits[4:6])):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:10], (1, 3, 7, 9) * 3, strict=False))
    return (10 - total % 10) % 10 == int(digits[10])


def se_personnummer(digits: str) -> bool:
    """Swedish personal (or coordination, day + 60) number: YYMMDD or YYYYMMDD, three
    digits, Luhn over the ten-digit form."""
    if len(digits) == 12:
        year = int(digits[:4])
        if not 1850 <= year <= 2100:
            return False
        digits = digits[2:]
    elif len(digits) != 10:
        return False
    else:
        year = 2000 + int(digits[:2])
    day = int(digits[4:6])
    day = day - 60 if day > 60 else day
    # The century of a short form is unknown: any year with that date will do.
    if not (_date(year, int(digits[2:4]), day) or _date(year - 100, int(digits[2:4]), day)):
        return False
    return luhn(digits)


def ca_sin(digits: str) -> bool:
    """Canadian social insurance number: nine digits, Luhn, never starting 0 or 8."""
    return len(digits) == 9 and digits[0] not in "08" and luhn(digits)


_NINO_BAD_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def uk_nino(code: str) -> bool:
    """UK National Insurance number: two allowed letters, six digits, A-D (no check
    digit; the letter rules are what the format offers)."""
    return (len(code) == 9 and code[0] not in "DFIQUV" and code[1] not in "DFIOQUV"
            and code[:2].isalpha() and code[:2] not in _NINO_BAD_PREFIX
            and code[2:8].isdigit() and code[8] in "ABCD")


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def be_national_number(digits: str) -> bool:
    """Belgian national register number: birth date, sequence, 97 - (number mod 97); for
    people born from 2000 the number is prefixed with 2 before the check."""
    if len(digits) != 11:
        return False
    body, check = int(digits[:9]), int(digits[9:])
    born_2000s = int(digits[:2]) <= 40 and 97 - (2_000_000_000 + body) % 97 == check
    return 97 - body % 97 == check or born_2000s


def kr_rrn(digits: str) -> bool:
    """Korean resident registration number: birth date, sex/century digit, weighted
    mod-11 check."""
    if len(digits) != 13 or digits[6] not in "1234567890":
        return False
    century = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000,
               "7": 2000, "8": 2000, "9": 1800, "0": 1800}[digits[6]]
    if not _date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6])):
        return False
    total = _weighted(digits, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))
    return (11 - total % 11) % 10 == int(digits[12])


def jp_my_number(digits: str) -> bool:
    """Japanese individual number (My Number): 12 digits, weighted mod-11 check."""
    if len(digits) != 12:
        return False
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5)
                for n, d in enumerate(reversed(digits[:11]), 1))
    rest = total % 11
    return (0 if rest <= 1 else 11 - rest) == int(digits[11])


_HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_HETU_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900,
                 "U": 1900, "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000}


def fi_hetu(code: str) -> bool:
    """Finnish personal identity code DDMMYY, century sign, NNN, check character."""
    if len(code) != 11 or code[6] not in _HETU_CENTURY or not (
            code[:6].isdigit() and code[7:10].isdigit()):
        return False
    if not _date(_HETU_CENTURY[code[6]] + int(code[4:6]), int(code[2:4]), int(code[:2])):
        return False
    return _HETU_CHECKS[int(code[:6] + code[7:10]) % 31] == code[10]


def no_fodselsnummer(digits: str) -> bool:
    """Norwegian national identity number: birth date (D-numbers: day + 40) and two
    weighted mod-11 check digits."""
    if len(digits) != 11:
        return False
    day = int(digits[:2])
    if not (_date(2000, int(digits[2:4]) % 40 or 13, day % 40 or 32)):
        return False
    for weights, at in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - _weighted(digits, weights) % 11
        if (0 if check == 11 else check) != int(digits[at]):
            return False
    return True


def ru_inn(digits: str) -> bool:
    """Russian taxpayer number: 10 digits (organisation) or 12 (person), mod-11 checks."""
    w = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    if len(digits) == 10:
        return _weighted(digits, w[2:]) % 11 % 10 == int(digits[9])
    return (len(digits) == 12 and _weighted(digits, w[1:]) % 11 % 10 == int(digits[10])
            and _weighted(digits, w) % 11 % 10 == int(digits[11]))


def ru_snils(digits: str) -> bool:
    """Russian insurance number (SNILS): nine digits and a weighted mod-101 check."""
    if len(digits) != 11 or all_same(digits[:9]):
        return False
    total = _weighted(digits, (9, 8, 7, 6, 5, 4, 3, 2, 1)) % 101
    return (0 if total == 100 else total) == int(digits[9:])


def tr_tckn(digits: str) -> bool:
    """Turkish identity number: no leading zero, two check digits."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    d = [int(c) for c in digits]
    return ((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def za_id(digits: str) -> bool:
    """South African identity number: birth date, citizenship 0-2, Luhn."""
    return (len(digits) == 13 and digits[10] in "012"
            and (_date(1900 + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
                 or _date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:6])))
            and luhn(digits))


def pt_nif(digits: str) -> bool:
    """Portuguese tax number: a valid first digit and a weighted mod-11 check."""
    if len(digits) != 9 or digits[0] == "0":
        return False
    check = 11 - _weighted(digits, (9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return (0 if check >= 10 else check) == int(digits[8])


def au_tfn(digits: str) -> bool:
    """Australian tax file number: weights 1,4,3,7,5,8,6,9,10, sum divisible by 11."""
    return len(digits) == 9 and _weighted(digits, (1, 4, 3, 7, 5, 8, 6, 9, 10)) % 11 == 0


def il_id(digits: str) -> bool:
    """Israeli identity number: nine digits, Luhn."""
    return len(digits) == 9 and not all_same(digits) and luhn(digits)


_NRIC_TABLES = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK",
                "G": "XWUTRQPNMLK"}


def sg_nric(code: str) -> bool:
    """Singapore NRIC/FIN (S, T, F, G series): weights 2,7,6,5,4,3,2, four more for the
    2000s series (T, G), a check letter from the series' table."""
    if len(code) != 9 or code[0] not in _NRIC_TABLES or not code[1:8].isdigit():
        return False
    total = _weighted(code[1:8], (2, 7, 6, 5, 4, 3, 2)) + (4 if code[0] in "TG" else 0)
    return _NRIC_TABLES[code[0]][total % 11] == code[8]


NUMERIC_IDS: dict[str, tuple[Callable[[str], bool], frozenset[int]]] = {
    "uk_nhs": (uk_nhs, frozenset({10})),
    "de_tax_id": (de_tax_id, frozenset({11})),
    "nl_bsn": (nl_bsn, frozenset({9})),
    "br_cpf": (br_cpf, frozenset({11})),
    "br_cnpj": (br_cnpj, frozenset({14})),
    "in_aadhaar": (in_aadhaar, frozenset({12})),
    "pl_pesel": (pl_pesel, frozenset({11})),
    "se_personnummer": (se_personnummer, frozenset({10, 12})),
    "ca_sin": (ca_sin, frozenset({9})),
    "fr_nir": (fr_nir, frozenset({15})),
    "cn_resident_id": (cn_resident_id, frozenset({18})),
    "be_national_number": (be_national_number, frozenset({11})),
    "kr_rrn": (kr_rrn, frozenset({13})),
    "jp_my_number": (jp_my_number, frozenset({12})),
    "no_fodselsnummer": (no_fodselsnummer, frozenset({11})),
    "ru_inn": (ru_inn, frozenset({10, 12})),
    "ru_snils": (ru_snils, frozenset({11})),
    "tr_tckn": (tr_tckn, frozenset({11})),
    "za_id": (za_id, frozenset({13})),
    "pt_nif": (pt_nif, frozenset({9})),
    "au_tfn": (au_tfn, frozenset({9})),
    "il_id": (il_id, frozenset({9})),
}
"""National numbers made of digits: validator and the digit counts it takes."""
