"""Validators for the `secrets` family: checksums that real credentials carry, shapes a
match must decode to, and the tests that tell a random secret from a placeholder.

Everything here is a pure function of the matched text: the rule table
(`secrets_rules`) names the validator a format has, the generic detector
(`secrets_generic`) uses the entropy and placeholder tests.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
from collections import Counter
from functools import cache
from importlib import resources

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(BASE58)}
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

_BIP39_SHA256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"


def entropy(text: str) -> float:
    """Shannon entropy of `text`, in bits per character."""
    if not text:
        return 0.0
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


def char_classes(text: str) -> int:
    """How many of lower case, upper case, digits and other characters `text` uses."""
    return (any(c.islower() for c in text) + any(c.isupper() for c in text)
            + any(c.isdigit() for c in text) + any(not c.isalnum() for c in text))


# --- placeholders -------------------------------------------------------------------

_PLACEHOLDER_PARTS = (
    "example", "sample", "dummy", "placeholder", "changeme", "change_me", "change-me",
    "changeit", "redacted", "your_", "your-", "yourkey", "yourtoken", "yoursecret",
    "yourpass", "insert", "replace", "xxxx", "****", "...", "\u2026", "\u2022\u2022", "____",
    "fixme", "todo", "<", ">", "{{", "}}", "${", "%(", "#{", "lorem", "notreal",
    "not_real", "not-real", "fake", "mock", "secret_here", "key_here", "token_here",
    "-here", "_here", "goes_here",
)
"""Substrings (lower case) that mark a value as written to be replaced."""


def _forms(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Each part as a person writes it: in lower case, in capitals, capitalised."""
    return tuple(dict.fromkeys(f for p in parts for f in (p, p.upper(), p.capitalize())))


def _written(value: str, forms: tuple[str, ...]) -> bool:
    """Whether one of `forms` is in `value`. Not matched case-blind: a random token's
    mixed case writes `yoUR` or `XxXx` often enough (in a 40-character token about one
    in ten thousand, in a 2048-bit key's body one in a few hundred) to drop real keys."""
    return any(f in value for f in forms)


_PLACEHOLDER_FORMS = _forms(_PLACEHOLDER_PARTS)

_PLACEHOLDER_WORDS = frozenset("""
test testing tests demo foo bar baz qux quux abc xyz null none nil undefined empty
true false required optional string str bool int integer number hidden secret
secrets password passwd token key apikey value values default unset masked removed
omitted sensitive private public your mine here there some any something anything
admin user username login pass pwd credentials credential auth bearer basic
""".split())
"""Whole words (lower case) that are never a credential by themselves."""

_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789012345678901234567890",
              "qwertyuiopasdfghjklzxcvbnm", "9876543210987654321",
              "zyxwvutsrqponmlkjihgfedcba")

_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])"
                         r"|(?<=[0-9])(?=[A-Za-z])")


def is_placeholder(value: str) -> bool:
    """Whether `value` reads like a stand-in (`sk-xxxx`, `<your-key>`, `${VAR}`,
    `changeme`, `****`, `aaaaaaaa`, `12345678`…) rather than a credential."""
    low = value.lower()
    if _written(value, _PLACEHOLDER_FORMS):
        return True
    if low in _PLACEHOLDER_WORDS:
        return True
    words = [w for w in _WORD_SPLIT.split(low) if w]
    if words and all(w in _PLACEHOLDER_WORDS or w.isdigit() and len(w) <= 4 for w in words):
        return True
    if any(w in ("test", "demo", "example", "fake", "dummy", "sample") for w in words):
        return True
    return is_repetitive(value)


def is_repetitive(value: str) -> bool:
    """Repeated characters or runs of a keyboard/alphabet sequence make up the value."""
    if len(value) >= 4:
        counts = Counter(value)
        if len(counts) <= 2 or max(counts.values()) >= 0.6 * len(value):
            return True
    if _EIGHT_SAME.search(value):
        return True
    alnum = _NOT_ALNUM.sub("", value.lower())
    # a short value with six letters or digits in a row (`123456`, `abcdef`) was typed;
    # a long one needs eight: a random 64-character hex key holds six one time in
    # about five thousand
    need = 1 if len(alnum) < 24 else 3
    hits = 0
    for i in range(len(alnum) - 5):
        if alnum[i:i + 6] in _SEQUENCE_GRAMS:
            hits += 1
            if hits >= need:
                return True
    return False


_EIGHT_SAME = re.compile(r"(.)\1{7}")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_SEQUENCE_GRAMS = frozenset(seq[i:i + 6] for seq in _SEQUENCES for i in range(len(seq) - 5))


def is_fake_token(value: str) -> bool:
    """A provider-shaped token whose random part was written by hand (`EXAMPLE`, `xxxx`,
    `<your…>`, repeated characters, `123456…`)."""
    if _written(value, _FAKE_TOKEN_FORMS):
        return True
    # In a long value (a key block, a key's body) runs of `A` are zero bytes, not a
    # hand-written filler: they are set aside before judging it.
    if len(value) < _LONG_VALUE:
        return _X_FILL.search(value) is not None or is_repetitive(value)
    if _X_RUN.search(value):
        return True
    core = _ZERO_RUNS.sub("", value)
    return len(core) < len(value) // 2 or is_repetitive(core)


_LONG_VALUE = 120
"""From this length on, a value's runs of `A` are not held against it."""


_FAKE_TOKEN_FORMS = _forms(("example", "sample", "dummy", "placeholder", "****", "...",
                            "your", "redacted", "changeme", "<", ">", "{", "}"))


def looks_random(value: str, min_entropy: float) -> bool:
    """A value with the entropy a generated secret of its length has (shorter values are
    judged against a threshold scaled down with their length)."""
    if len(value) < 8:
        return False
    # a random string over k symbols has entropy close to log2(min(k, n))
    threshold = min(min_entropy, math.log2(len(value)) * 0.8)
    return entropy(value) >= threshold and char_classes(value) >= 2


# --- encodings ----------------------------------------------------------------------


def base62(number: int, width: int) -> str:
    """`number` in base 62 (GitHub's alphabet), left-padded with `0` to `width`."""
    out = ""
    while number:
        number, rem = divmod(number, 62)
        out = BASE62[rem] + out
    return out.rjust(width, "0")


def crc32_base62_ok(token: str, prefix_len: int = 4) -> bool:
    """GitHub's and npm's token checksum: the last 6 characters are the CRC32 of the
    random part (after the `ghp_`-style prefix) in base 62."""
    body = token[prefix_len:]
    if len(body) < 7:
        return False
    return base62(binascii.crc32(body[:-6].encode("ascii")), 6) == body[-6:]


def b64decode_loose(text: str) -> bytes | None:
    """Standard or URL-safe base64, padded or not; None when it does not decode."""
    text = text.strip().replace("-", "+").replace("_", "/")
    text += "=" * (-len(text) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def base58_decode(text: str) -> bytes | None:
    """Bitcoin base58 to bytes; None for a character outside the alphabet."""
    n = 0
    for c in text:
        digit = _B58_INDEX.get(c)
        if digit is None:
            return None
        n = n * 58 + digit
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + raw


def base58check(text: str) -> bytes | None:
    """The payload of a base58check string (4-byte double-SHA256 checksum), or None."""
    raw = base58_decode(text)
    if raw is None or len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return None
    return payload


def wif_ok(text: str) -> bool:
    """A Wallet Import Format private key: version 0x80 (mainnet) or 0xef (testnet), 32
    key bytes, optionally the 0x01 compression flag."""
    p = base58check(text)
    return p is not None and p[0] in (0x80, 0xEF) and (
        len(p) == 33 or len(p) == 34 and p[33] == 1)


def ed25519_keypair_ok(raw: bytes) -> bool:
    """64 bytes that are an Ed25519 key pair as Solana (and libsodium) store one: a
    32-byte seed, then the public key that seed derives. Exact: no other 64 bytes (a
    SHA-512 digest, a signature, random data) pass."""
    if len(raw) != 64:
        return False
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    public = Ed25519PrivateKey.from_private_bytes(raw[:32]).public_key()
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw) == raw[32:]


def byte_array_keypair_ok(text: str) -> bool:
    """A JSON array of 64 byte values holding an Ed25519 key pair: the file `solana-keygen`
    writes (`id.json`), pasted."""
    values = [int(v) for v in re.findall(r"\d+", text)]
    return len(values) == 64 and max(values) < 256 and ed25519_keypair_ok(bytes(values))


def xprv_ok(text: str) -> bool:
    """A BIP-32 extended private key: 78 bytes whose key data starts with 0x00."""
    p = base58check(text)
    return p is not None and len(p) == 78 and p[45] == 0


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_ok(text: str) -> bool:
    """A bech32 string (BIP-173 checksum), any case."""
    low = text.lower()
    hrp, sep, data = low.rpartition("1")
    if not sep or not hrp or len(data) < 6 or any(c not in BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _bech32_polymod(values + [BECH32.index(c) for c in data]) == 1


def _json_object(raw: bytes | None) -> dict[str, object] | None:
    if raw is None:
        return None
    try:
        got = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    return got if isinstance(got, dict) else None


def jwt_ok(token: str) -> bool:
    """Three base64url parts, the first a JSON header naming its `alg`, the second a
    JSON object; claims that read like a documentation example do not count."""
    parts = token.split(".")
    if len(parts) != 3:
        return False
    header = _json_object(b64decode_loose(parts[0]))
    if header is None or not isinstance(header.get("alg"), str):
        return False
    claims = _json_object(b64decode_loose(parts[1]))
    if claims is None:
        return False
    shown = json.dumps(claims).lower()
    return not any(p in shown for p in ("john doe", "example", "\"1234567890\"", "jane doe"))


def basic_auth_ok(encoded: str) -> bool:
    """Base64 of printable `user:password` with a password that is not a stand-in."""
    raw = b64decode_loose(encoded)
    if raw is None:
        return False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    user, sep, password = text.partition(":")
    return (bool(sep) and bool(password) and text.isprintable()
            and not is_placeholder(password))


def discord_ok(token: str) -> bool:
    """A Discord bot token's first part is the bot's numeric id in base64."""
    raw = b64decode_loose(token.split(".", 1)[0])
    return raw is not None and raw.isdigit() and 15 <= len(raw) <= 20


def pem_ok(block: str) -> bool:
    """A private key block with a body of key material, not `...` or `<key>`."""
    body = block.split("-----", 2)[-1]  # after the BEGIN line's closing dashes
    body = body.split("-----END", 1)[0].replace("\\n", "\n").replace("\\r", "")
    lines = [ln for ln in body.splitlines() if ln.strip() and ":" not in ln]
    material = "".join(ln.strip() for ln in lines)
    return (len(material) >= 40 and key_material(material)
            and not _written(material, _KEY_FILLER_FORMS) and not _X_RUN.search(material))


_KEY_FILLER_FORMS = _forms(("...", "<", "example", "redacted"))
_X_FILL = re.compile(r"x{4}|X{4}")
_X_RUN = re.compile(r"x{6}|X{6}")
"""A hand-written filler in a key's body; four `x` are found in one real 2048-bit key's
body of a few thousand, six in none."""


def key_material(material: str) -> bool:
    """Whether a key block's base64 body reads as key material rather than a filler
    (`AAAA…`, `abcdef…`, `MIIfakekeyfakekey…`). Not `is_repetitive` as it stands: real
    keys hold runs of `A` (zero bytes: an OpenSSH key's length fields, a DER key's
    leading zeros) that a token's check rightly refuses. Those runs set aside, the
    characters must vary as random base64's do (40 random characters hold ~28 distinct
    ones; a filler a handful) and no character or alphabet run may fill it."""
    core = _ZERO_RUNS.sub("", material)
    if len(core) < 32:
        return False
    counts = Counter(core)
    return (len(counts) >= min(20, len(core) // 3)
            and counts.most_common(1)[0][1] < 0.25 * len(core)) and not is_repetitive(core)


_ZERO_RUNS = re.compile(r"A{4,}")


def der_private_key(body: str) -> bool:
    """Whether base64 (one line, or lines broken by newlines or written `\\n`) opens a
    private key without its armour: an OpenSSH key (`openssh-key-v1`), or DER whose
    outer SEQUENCE starts with a version INTEGER (0 or 1) followed by what only private
    keys hold there — an INTEGER (PKCS #1 RSA, DSA), an AlgorithmIdentifier SEQUENCE
    (PKCS #8) or an OCTET STRING (SEC 1 EC). A certificate, a CSR or a public key opens
    with a SEQUENCE instead, so their bodies are not keys."""
    flat = _BREAKS.sub("", body)
    raw = b64decode_loose(flat[:64])
    if raw is None or len(flat) < 60 or not key_material(flat):
        return False
    if raw.startswith(b"openssh-key-v1\0"):
        return True
    if raw[:1] != b"\x30" or len(raw) < 8:
        return False
    at = 2 if raw[1] < 0x80 else 2 + (raw[1] & 0x7F)
    return (raw[at:at + 3] in (b"\x02\x01\x00", b"\x02\x01\x01")
            and raw[at + 3:at + 4] in (b"\x02", b"\x30", b"\x04"))


_BREAKS = re.compile(r"\s+|\\+[rn]")


# --- BIP-39 -------------------------------------------------------------------------


@cache
def bip39_words() -> tuple[str, ...]:
    """The BIP-39 English wordlist (shipped data, checked against its known digest)."""
    raw = resources.files("secproxy.guards").joinpath("data/bip39_english.txt").read_bytes()
    if hashlib.sha256(raw).hexdigest() != _BIP39_SHA256:
        raise RuntimeError("the shipped BIP-39 wordlist is corrupt")
    words = tuple(raw.decode("ascii").split())
    return words


@cache
def bip39_index() -> dict[str, int]:
    """Each BIP-39 word's index in the wordlist."""
    return {w: i for i, w in enumerate(bip39_words())}


def bip39_ok(words: list[str]) -> bool:
    """Whether 12, 15, 18, 21 or 24 words form a BIP-39 mnemonic with a valid checksum."""
    n = len(words)
    if n not in (12, 15, 18, 21, 24):
        return False
    index = bip39_index()
    bits = 0
    for w in words:
        i = index.get(w)
        if i is None:
            return False
        bits = bits << 11 | i
    cs_bits = n // 3
    entropy_bytes = (bits >> cs_bits).to_bytes(n * 4 // 3, "big")
    return hashlib.sha256(entropy_bytes).digest()[0] >> (8 - cs_bits) == bits & ((1 << cs_bits) - 1)


_LEAD = 3
"""Wordlist words a phrase may follow in its run (`secret`, `keep safe`, `seed phrase`)."""


def _after_lead(words: list[str], i: int, j: int) -> tuple[int, int, bool] | None:
    """A mnemonic that ends the run `words[i:j]` after one to `_LEAD` wordlist words that
    are not part of it ("my secret" + 12 words: `secret` is a wordlist word, so the run
    starts one word early and no checksum holds from its first word). Only the phrase
    that ends where the run ends is tried, one per lead: a random run of wordlist words
    checks out by chance once in 16 for 12 words, and sliding through every offset of a
    long run would find one nearly always."""
    for lead in range(1, _LEAD + 1):
        n = j - i - lead
        if n in (12, 15, 18, 21, 24) and bip39_ok(words[i + lead:j]):
            return (i + lead, n, True)
    return None


def bip39_phrases(words: list[str]) -> list[tuple[int, int, bool]]:
    """Runs of BIP-39 words in `words` (lower case) that make a mnemonic: `(first, count,
    checksum_ok)`, longest first, not overlapping. A run of wordlist words of a mnemonic
    length without a valid checksum is returned with `False`."""
    index = bip39_index()
    out: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(words):
        if words[i] not in index:
            i += 1
            continue
        j = i
        while j < len(words) and words[j] in index:
            j += 1
        run = j - i
        k = i
        while run - (k - i) >= 12:
            found = None
            for n in (24, 21, 18, 15, 12):
                if k + n <= j and bip39_ok(words[k:k + n]):
                    found = (k, n, True)
                    break
            if found is None and k == i:
                found = _after_lead(words, i, j)
            if found is None:
                if k == i and run in (12, 15, 18, 21, 24):
                    out.append((k, run, False))
                break
            out.append(found)
            k = found[0] + found[1]
        i = j
    return out
