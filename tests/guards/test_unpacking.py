"""Compressed streams and archives are read through by the normaliser: a private key
sent as gzip, bzip2, xz, zlib, a tar.gz or a zip — raw, inside a multipart body, or in
base64 and hex — is found by the secrets guard; a bomb stops at the budget; hostile
bytes never raise; ordinary text is left as it was."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import lzma
import random
import tarfile
import zipfile
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from secproxy.content import Role, Slot
from secproxy.guards import GuardContext
from secproxy.guards.normalise import NormaliseOptions, Normaliser
from secproxy.guards.secrets import SecretsGuard
from secproxy.guards.unpacking import packed_runs, unpack
from secproxy.model import Action, Surface
from tests.guards.secrets_samples import crc_token, pem

KEY = pem(random.Random(11))
TOKEN = crc_token(random.Random(3), "ghp_")


def tar_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def zip_bytes(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def _streamed_zip(files: dict[str, bytes]) -> bytes:
    """A zip written to a pipe (`zip - …`): sizes in a data descriptor after each entry."""
    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.data = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b: bytes) -> int:  # type: ignore[override]
            self.data += b
            return len(b)

    pipe = Pipe()
    with zipfile.ZipFile(pipe, "w", zipfile.ZIP_DEFLATED) as z:  # type: ignore[arg-type]
        for name, data in files.items():
            with z.open(name, "w") as f:
                f.write(data)
    return bytes(pipe.data)


FILES = {"home/.ssh/id_rsa": KEY.encode(), "home/notes.txt": b"nothing here\n"}
PACKED = {
    "gzip": gzip.compress(KEY.encode()),
    "zlib": zlib.compress(KEY.encode()),
    "bzip2": bz2.compress(KEY.encode()),
    "xz": lzma.compress(KEY.encode()),
    "gzip+tar": gzip.compress(tar_bytes(FILES)),
    "bzip2+tar": bz2.compress(tar_bytes(FILES)),
    "zip": zip_bytes(FILES),
    "stored zip": zip_bytes(FILES, zipfile.ZIP_STORED),
    "piped zip": _streamed_zip(FILES),
    "gzip twice": gzip.compress(gzip.compress(KEY.encode())),
    "zip of a tgz": zip_bytes({"backup.tgz": gzip.compress(tar_bytes(FILES))}),
}


def _secret_kinds(text: str) -> set[str]:
    """The kinds the secrets guard finds in `text`, read through the normaliser."""
    guard = SecretsGuard(name="s")
    guard.configure({})
    ctx = GuardContext(Action(Surface.EGRESS), viewer=Normaliser().views)
    return {h.kind or "" for h in guard.inspect([Slot(Role.BODY, text, ("body",))], ctx)}


def test_unpack_reads_every_kind_of_stream_and_archive() -> None:
    for name, data in PACKED.items():
        got = unpack(data, 1 << 20)
        assert got is not None, name
        assert KEY.encode() in got[1], name


def test_archive_members_are_named_and_binary_members_left_out() -> None:
    data = zip_bytes({"a.txt": b"hello there\n", "b.bin": bytes(range(256)) * 8,
                 "c.env": f"GITHUB_TOKEN={TOKEN}\n".encode()})
    got = unpack(data, 1 << 20)
    assert got is not None and got[0] == "zip"
    text = got[1].decode()
    assert "a.txt\nhello there" in text and f"c.env\nGITHUB_TOKEN={TOKEN}" in text
    assert "b.bin" not in text


def test_a_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"A" * (64 << 20))  # 64 MiB of one letter, ~64 KB packed
    got = unpack(bomb, 100_000)
    assert got is not None and len(got[1]) == 100_000
    views = Normaliser(NormaliseOptions(max_decoded_chars=50_000)).views(
        bomb.decode("latin-1"))
    assert sum(len(v.text) for v in views[1:] if "gzip" in v.how) <= 50_000


def test_broken_and_cut_streams_give_what_they_hold_or_nothing() -> None:
    data = gzip.compress(KEY.encode())
    assert unpack(data[:len(data) // 2], 1 << 20) is not None  # cut: its first half
    assert unpack(b"\x1f\x8b\x08" + b"\x00" * 40, 1 << 20) is None
    assert unpack(b"PK\x03\x04" + b"\xff" * 40, 1 << 20) is None
    assert unpack(b"BZh91AY&SY" + b"\x00" * 40, 1 << 20) is None
    assert unpack(b"plain text, no stream", 1 << 20) is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(
    [b"", b"\x1f\x8b\x08", b"PK\x03\x04", b"BZh91AY&SY", b"\xfd7zXZ\x00", b"x\x9c"]))
def test_hostile_bytes_never_raise(data: bytes, magic: bytes) -> None:
    text = (magic + data).decode("latin-1")
    list(packed_runs(text, 10_000))
    Normaliser().views(text)
    Normaliser().views(base64.b64encode(magic + data).decode())


def _views(text: str) -> dict[str, str]:
    return {v.how: v.text for v in Normaliser().views(text)}


def test_the_normaliser_reads_what_streams_hold_raw_in_a_body_and_encoded() -> None:
    for name, data in PACKED.items():
        raw = _views(data.decode("latin-1"))
        assert any(KEY in t for how, t in raw.items() if how != "raw"), (name, list(raw))
        in_body = (b"--b\r\nContent-Disposition: form-data; name=file; filename=x\r\n"
                   b"Content-Type: application/octet-stream\r\n\r\n" + data + b"\r\n--b--\r\n")
        if not name.startswith("zlib"):  # zlib has no magic to find mid-text
            body = _views(in_body.decode("latin-1"))
            assert any(KEY in t for how, t in body.items() if how != "raw"), (name, list(body))
        b64 = _views("restore with: echo " + base64.b64encode(data).decode() + " | base64 -d")
        assert any(how.startswith("base64+") and KEY in t for how, t in b64.items()), (
            name, list(b64))
        hexed = _views("blob " + data.hex())
        assert any(how.startswith("hex+") and KEY in t for how, t in hexed.items()), (
            name, list(hexed))


def test_ordinary_text_has_no_compressed_view() -> None:
    for text in ["x^2 + y^2 = r^2 — über die Gleichung", "BZh is a word here, ça va",
                 "PK\x03\x04 followed by nothing that inflates é",
                 "Ünïcödé prose " * 50, base64.b64encode(b"x^2 plain text here").decode()]:
        hows = [v.how for v in Normaliser().views(text)]
        assert not any(p in how for how in hows for p in ("gzip", "zip", "bzip2", "xz",
                                                          "zlib")), (text, hows)
    # base64 of text that begins like a zlib header still decodes as text
    views = _views("note " + base64.b64encode(b"x^2 is the square of x, said the tutor").decode())
    assert views.get("base64") == "x^2 is the square of x, said the tutor"


def test_the_compressed_decoder_can_be_turned_off() -> None:
    decoders = tuple(d for d in NormaliseOptions().decoders if d != "compressed")
    norm = Normaliser(NormaliseOptions(decoders=decoders))
    hows = [v.how for v in norm.views(PACKED["gzip"].decode("latin-1"))]
    assert not any("gzip" in h for h in hows)
    hows = [v.how for v in norm.views("x " + base64.b64encode(PACKED["gzip"]).decode())]
    assert not any("gzip" in h for h in hows)


def test_the_secrets_guard_finds_a_key_in_every_stream() -> None:
    assert "private_key_pem" not in _secret_kinds(FILES["home/notes.txt"].decode())
    for name, data in PACKED.items():
        assert "private_key_pem" in _secret_kinds(data.decode("latin-1")), name
        assert "private_key_pem" in _secret_kinds(
            "payload=" + base64.b64encode(data).decode()), name


def test_archives_of_archives_end_within_their_budget() -> None:
    """A zip that holds itself (a quine) is opened MAX_LAYERS deep and no deeper; an
    archive of archives of binary members stops at the members and bytes it may spend."""
    inner = zip_bytes({f"b{i}.bin": bytes(range(256)) * 64 for i in range(40)})
    outer = zip_bytes({f"z{i}.zip": inner for i in range(40)})
    nested = zip_bytes({"note.txt": b"hello there\n", "again.zip": outer,
                        "late.txt": b"past the budget\n"})
    got = unpack(nested, 1 << 16)
    # what comes before the budget is spent is read; the rest is not (as with any
    # decoded run past max_decoded_chars)
    assert got is not None and b"hello there" in got[1] and b"past the budget" not in got[1]
    selfish = zip_bytes({"self.zip": b""})
    for _ in range(12):  # a zip of a zip of a zip…: as a quine unfolds
        selfish = zip_bytes({"self.zip": selfish, "t.txt": b"text in a layer\n"})
    got = unpack(selfish, 1 << 16)
    assert got is not None and got[1].count(b"text in a layer") <= 3
