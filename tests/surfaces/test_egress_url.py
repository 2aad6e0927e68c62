"""Request targets (`secproxy.surfaces.egress.url`): CONNECT authorities and absolute URLs
are remembered once parsed, and every request still gets a `Target` of its own (the
engine writes the resolved addresses into it and lower-cases its host)."""

from __future__ import annotations

import pytest

from secproxy.net.addresses import literal_address
from secproxy.surfaces.egress.http1 import HttpError
from secproxy.surfaces.egress.url import absolute_destination, connect_destination


def test_a_connect_target_is_parsed_once_and_never_shared() -> None:
    first = connect_destination(b"Example.COM:8443")
    first.addresses = [literal_address("203.0.113.7")]
    first.host = "changed.example"
    second = connect_destination(b"Example.COM:8443")
    assert second is not first
    assert (second.host, second.port, second.method, second.connects) == (
        "example.com", 8443, "CONNECT", True)
    assert second.addresses is None


def test_bracketed_v6_authority() -> None:
    for _ in range(2):
        target = connect_destination(b"[2001:db8::1]:443")
        assert (target.host, target.port) == ("2001:db8::1", 443)


@pytest.mark.parametrize("raw, error", [
    (b"example.com", "bad_connect_target"),
    (b"example.com:0", "bad_port"),
    (b"example.com:70000", "bad_port"),
    (b"[2001:db8::1]443", "bad_connect_target"),
    (b"exa mple.com:443", "bad_url"),
])
def test_a_refused_authority_is_refused_every_time(raw: bytes, error: str) -> None:
    for _ in range(2):
        with pytest.raises(HttpError) as caught:
            connect_destination(raw)
        assert caught.value.error == error


def test_an_absolute_target_is_never_shared() -> None:
    first = absolute_destination(b"http://h.example:8080/a/../b?q=1", b"GET")
    first.target.addresses = [literal_address("203.0.113.7")]
    second = absolute_destination(b"http://h.example:8080/a/../b?q=1", b"POST")
    assert second.target is not first.target
    assert second.target.addresses is None
    assert (second.target.path, second.target.query, second.target.method) == ("/b", "q=1",
                                                                               "POST")
    assert (second.origin, second.authority) == (b"/a/../b?q=1", b"h.example:8080")
