"""Generators of valid (and checksum-broken) personal numbers for the pii tests.

Each check digit is computed here from its published rule, written independently of
`secproxy.guards.pii_checks`, so a slip in either shows up as a failing test. Numbers are
drawn from a seeded generator: no number is copied from anywhere.
"""

from __future__ import annotations

import random
import string

R = random.Random(20241126)


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def luhn_digit(body: str) -> str:
    """The digit that makes `body + digit` pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # doubled: the rightmost digit of the body sits left of the check
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str(-total % 10)


def card(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def broken(number: str) -> str:
    """The same number with its last digit changed (so its check fails)."""
    last = number[-1]
    return number[:-1] + str((int(last) + 1) % 10 if last.isdigit() else 0)


def grouped(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at:at + size])
        at += size
    if at < len(number):
        out.append(number[at:])
    return sep.join(out)


def iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    value = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{country}{98 - value % 97:02d}{bban}"


def ssn() -> str:
    while True:
        area = R.randint(1, 899)
        if area != 666:
            return f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


def nhs() -> str:
    while True:
        body = digits(9)
        check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=False)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def bsn() -> str:
    while True:
        body = digits(8)
        rest = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=False)) % 11
        if rest < 10 and body[0] != "0":
            return body + str(rest)  # 11-proof: weighted sum minus the last digit ≡ 0


def cpf() -> str:
    body = digits(9)
    for size in (9, 10):
        total = sum(int(d) * w for d, w in zip(body, range(size + 1, 1, -1), strict=False))
        body += str(total * 10 % 11 % 10)
    return body


def cnpj() -> str:
    body = digits(8) + "0001"
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(int(d) * w for d, w in zip(body, weights, strict=False)) % 11
        body += "0" if rest < 2 else str(11 - rest)
    return body


_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar() -> str:
    body = str(R.randint(2, 9)) + digits(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _D[c][_P[(i + 1) % 8][int(ch)]]
    return body + str(_INV[c])


def cn_id() -> str:
    body = str(R.randint(1, 6)) + digits(5) + f"{R.randint(1950, 2005)}{R.randint(1, 12):02d}"
    body += f"{R.randint(1, 28):02d}" + digits(3)
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def pesel() -> str:
    year = R.randint(1950, 2020)
    month = R.randint(1, 12) + (20 if year >= 2000 else 0)
    body = f"{year % 100:02d}{month:02d}{R.randint(1, 28):02d}" + digits(4)
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9) * 3, strict=False))
    return body + str((10 - total % 10) % 10)


def personnummer() -> str:
    body = f"{R.randint(40, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(3)
    return body + luhn_digit(body)


def sin() -> str:
    body = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(7)
    return body + luhn_digit(body)


def nir() -> str:
    body = (R.choice("12") + f"{R.randint(40, 99):02d}{R.randint(1, 12):02d}"
            + f"{R.randint(1, 95):02d}" + digits(6))
    return body + f"{97 - int(body) % 97:02d}"


def dni() -> str:
    number = R.randint(10_000_000, 99_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def nie() -> str:
    lead, number = R.choice("XYZ"), R.randint(1_000_000, 9_999_999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[("XYZ".index(lead) * 10**7 + number) % 23]
    return f"{lead}{number}{letter}"


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
           25, 24, 23]


def fiscal_code() -> str:
    letters = "".join(R.choice(string.ascii_uppercase) for _ in range(6))
    body = (letters + f"{R.randint(40, 99):02d}" + R.choice("ABCDEHLMPRST")
            + f"{R.randint(1, 28) + R.choice([0, 40]):02d}" + R.choice(string.ascii_uppercase)
            + digits(3))
    total = 0
    for i, c in enumerate(body):
        value = int(c) if c.isdigit() else ord(c) - 65
        total += _CF_ODD[value] if i % 2 == 0 else value
    return body + chr(65 + total % 26)


def tax_id() -> str:
    """A German Steuer-ID: ten digits with one of them twice, then MOD 11,10."""
    while True:
        pool = R.sample(string.digits, 9)
        first = [d for d in pool if d != "0"]
        body = [first[0], *R.sample([d for d in pool if d != first[0]], 8)]
        body.insert(R.randint(1, 9), R.choice(body))
        if any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
            continue
        product = 10
        for d in body:
            total = (int(d) + product) % 10 or 10
            product = total * 2 % 11
        return "".join(body) + str((11 - product) % 10)


def be_number() -> str:
    body = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(3)
    return body + f"{97 - int(body) % 97:02d}"


def kr_rrn() -> str:
    body = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    body += R.choice("12") + digits(5)
    total = sum(int(d) * w for d, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5),
                                           strict=True))
    return body + str((11 - total % 11) % 10)


def hetu() -> str:
    date = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}"
    serial = f"{R.randint(2, 899):03d}"
    return f"{date}-{serial}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(date + serial) % 31]


def snils() -> str:
    while True:
        body = digits(9)
        total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True)) % 101
        if len(set(body)) > 1:
            return body + f"{0 if total == 100 else total:02d}"


def tckn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d.append((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def nric() -> str:
    series = R.choice("STFG")
    body = digits(7)
    total = sum(int(d) * w for d, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if series in "TG" else 0
    table = "JZIHGFEDCBA" if series in "ST" else "XWUTRQPNMLK"
    return series + body + table[total % 11]
