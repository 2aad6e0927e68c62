"""Checksums and validators for the held-out secrets and personal-data batches
(`gen_heldout_secrets`, `gen_heldout_pii`), written from the formats' public
descriptions: GitHub-style CRC32 token checksums, Base58Check, Luhn, IBAN mod-97,
Verhoeff, and the national-ID check digits. The generators use them to make values,
the tests to check every committed value passes (or, for a near miss, fails) its check.
"""

from __future__ import annotations

import hashlib
import random
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def pick(rng: random.Random, alphabet: str, n: int) -> str:
    """`n` characters of `alphabet`."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(n: int, width: int) -> str:
    """`n` in base 62 (digits, upper, lower), left-padded with zeros to `width`."""
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix: str, body: str) -> str:
    """A GitHub/npm-style token: prefix, body, and the body's CRC32 in 6 base-62 digits."""
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def crc_token_ok(token: str, prefix: str) -> bool:
    body, check = token[len(prefix):-6], token[-6:]
    return token.startswith(prefix) and b62(zlib.crc32(body.encode()), 6) == check


def base58check(payload: bytes) -> str:
    """Bitcoin's Base58Check: the payload and 4 bytes of its double SHA-256."""
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def base58check_ok(text: str) -> bool:
    n = 0
    for ch in text:
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(text) - len(text.lstrip("1"))) + raw
    payload, check = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """`partial` with the Luhn check digit appended."""
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError(partial)


def _iban_number(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban(country: str, bban: str) -> str:
    """The IBAN of `bban` in `country`, check digits by ISO 13616 mod 97."""
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return len(s) > 4 and _iban_number(s[4:] + s[:4]) % 97 == 1


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
               [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
               [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
               [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
               [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
               [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return partial + str(_VERHOEFF_INV[c])


def bsn_ok(digits: str) -> bool:
    """Dutch BSN: the 11-test (weights 9..2, last digit -1)."""
    d = [int(c) for c in digits]
    weighted = sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True))
    return len(d) == 9 and (weighted - d[8]) % 11 == 0


def cpf_digits(nine: str) -> str:
    """Brazilian CPF: the two check digits after nine digits."""
    d = [int(c) for c in nine]
    for n in (10, 11):
        r = sum(w * x for w, x in zip(range(n, 1, -1), d, strict=True)) * 10 % 11
        d.append(0 if r == 10 else r)
    return "".join(map(str, d))


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(number: int) -> str:
    """Spanish DNI: eight digits and the letter of their value mod 23."""
    return f"{number:08d}{DNI_LETTERS[number % 23]}"


def cn_id_check(seventeen: str) -> str:
    """Chinese resident ID: ISO 7064 MOD 11-2 check character after 17 digits."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(w * int(c) for w, c in zip(weights, seventeen, strict=True)) % 11]


def ssn_ok(ssn: str) -> bool:
    """US SSN area/group/serial rules (no 000, 666 or 9xx area, no 00 group, no 0000 serial)."""
    a, g, s = ssn.split("-")
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32(hrp: str, payload: bytes) -> str:
    """BIP-173 Bech32 of `payload` (8-bit groups regrouped into 5) under `hrp`."""
    acc, bits, data = 0, 0, []
    for b in payload:
        acc, bits = acc << 8 | b, bits + 8
        while bits >= 5:
            bits -= 5
            data.append(acc >> bits & 31)
    if bits:
        data.append(acc << (5 - bits) & 31)
    mod = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    check = [mod >> 5 * (5 - i) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + check)


def bech32_ok(text: str) -> bool:
    s = text.lower()
    hrp, _, rest = s.rpartition("1")
    return _bech32_polymod(_hrp_expand(hrp) + [BECH32.index(c) for c in rest]) == 1
