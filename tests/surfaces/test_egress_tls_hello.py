"""Reading the server name of a real ClientHello (made by Python's ssl), whole, in
pieces, split over two TLS records, and never raising on arbitrary bytes."""

from __future__ import annotations

import ssl

from hypothesis import given, settings
from hypothesis import strategies as st

from secproxy.surfaces.egress.tls_hello import (
    MORE,
    NOT_TLS,
    Broken,
    Hello,
    needed,
    read_hello,
)


def client_hello(name: str | None) -> bytes:
    ctx = ssl.create_default_context()
    if name is None:
        ctx.check_hostname = False
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = ctx.wrap_bio(incoming, outgoing, server_hostname=name)
    try:
        tls.do_handshake()
    except ssl.SSLWantReadError:
        pass
    return outgoing.read()


def with_extension(hello: bytes, kind: int, data: bytes) -> bytes:
    """`hello` (one record) with one more extension at the end of its list."""
    body = bytearray(hello[9:])
    pos = 2 + 32
    pos += 1 + body[pos]
    pos += 2 + int.from_bytes(body[pos:pos + 2], "big")
    pos += 1 + body[pos]
    size = int.from_bytes(body[pos:pos + 2], "big")
    body[pos:pos + 2] = (size + 4 + len(data)).to_bytes(2, "big")
    body += kind.to_bytes(2, "big") + len(data).to_bytes(2, "big") + data
    handshake = b"\x01" + len(body).to_bytes(3, "big") + bytes(body)
    return hello[:3] + len(handshake).to_bytes(2, "big") + handshake


def test_an_encrypted_hello_and_a_repeated_extension_are_said() -> None:
    hello = client_hello("public.example")
    assert read_hello(with_extension(hello, 0xFE0D, b"\x00" * 40)) == Hello(
        "public.example", encrypted=True)
    name = b"\x00\x0f\x00\x00\x0cother.example"  # a second server name extension
    assert isinstance(read_hello(with_extension(hello, 0x0000, name)), Broken)


def test_what_is_needed_before_the_hello_can_be_read_again() -> None:
    hello = client_hello("two.example")
    body = hello[5:]
    cut = len(body) // 3
    records = b"".join(hello[:3] + len(part).to_bytes(2, "big") + part
                       for part in (body[:cut], body[cut:]))
    assert needed(records[:3]) == 5  # a header first
    assert needed(records[:10]) == 5 + cut  # then the whole first record
    assert needed(records[:5 + cut + 2]) == 5 + cut + 5  # the second's header
    assert needed(records[:5 + cut + 7]) == len(records)


def test_a_real_hello_whole_and_in_pieces() -> None:
    hello = client_hello("Api.Example.COM.")
    assert read_hello(hello) == Hello("api.example.com")
    assert all(read_hello(hello[:n]) is MORE for n in range(len(hello)))
    assert read_hello(hello + b"\x17\x03\x03\x00\x01x") == Hello("api.example.com")
    assert read_hello(client_hello(None)) == Hello(None)


def test_a_hello_over_two_records() -> None:
    hello = client_hello("two.example")
    body = hello[5:]
    cut = len(body) // 3
    records = b"".join(hello[:3] + len(part).to_bytes(2, "big") + part
                       for part in (body[:cut], body[cut:]))
    assert read_hello(records) == Hello("two.example")
    assert read_hello(records[:5 + cut + 3]) is MORE


def test_other_protocols_and_broken_hellos() -> None:
    assert read_hello(b"SSH-2.0-x\r\n") is NOT_TLS
    assert read_hello(b"GET / HTTP/1.1\r\n") is NOT_TLS
    assert isinstance(read_hello(b"\x16\x02\x00\x00\x01x"), Broken)  # not TLS 1.x
    hello = bytearray(client_hello("x.example"))
    hello[5] = 0x02  # a ServerHello
    assert isinstance(read_hello(bytes(hello)), Broken)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([b"", b"\x16\x03\x01", b"\x16\x03\x03\x01\x00"]))
def test_no_bytes_make_it_raise(data: bytes, prefix: bytes) -> None:
    got = read_hello(prefix + data)
    assert got is MORE or got is NOT_TLS or isinstance(got, (Hello, Broken))
