"""The upstream side of a forwarded request (`upstream.Upstream`) fed bytes as its
transport would: a Content-Length body is taken raw from the read after its head on,
whether or not the relay to the client has started."""

from __future__ import annotations

import asyncio
import ipaddress

from secproxy.model import Outcome
from secproxy.surfaces.egress.http1 import ResponseHead
from secproxy.surfaces.egress.upstream import Upstream


class _Transport(asyncio.Transport):
    """Records what is written; reading can be paused and resumed."""

    def __init__(self) -> None:
        super().__init__()
        self.written: list[bytes] = []
        self.paused = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written.append(bytes(data))

    def writelines(self, list_of_data: object) -> None:
        for data in list_of_data:  # type: ignore[attr-defined]
            self.write(data)

    def is_closing(self) -> bool:
        return False

    def pause_reading(self) -> None:
        self.paused = True

    def resume_reading(self) -> None:
        self.paused = False

    def get_write_buffer_size(self) -> int:
        return 0


class _Sink:
    """The client side as the relay sees it."""

    def __init__(self) -> None:
        self.written: list[bytes] = []
        self.source: object = None
        self.write_paused = False
        self.lost = False
        self.gone = "gone"

    def write(self, data: bytes) -> bool:
        self.written.append(data)
        return True

    def writelines(self, parts: list[bytes]) -> bool:
        self.written.extend(parts)
        return True


HEAD = b"HTTP/1.1 200 OK\r\nContent-Length: 30\r\n\r\n"


def _upstream() -> Upstream:
    up = Upstream(("example.test", 80), ipaddress.ip_address("127.0.0.1"))
    up.connection_made(_Transport())
    up.begin(head_only=False)
    return up


async def test_reads_after_the_head_are_held_as_they_came_and_relayed_to_the_end() -> None:
    up = _upstream()
    up.data_received(HEAD + b"a" * 10)
    later = b"b" * 5
    up.data_received(later)
    head, *pieces = list(up.queue)
    assert isinstance(head, ResponseHead) and head.content_length == 30
    assert pieces == [b"a" * 10, later] and pieces[1] is later, "not copied by the parser"

    assert up.pop_head() is head
    sink, outcome = _Sink(), Outcome()
    done = up.relay(sink, [b"HEAD"], chunked=False, length=30,  # type: ignore[arg-type]
                    outcome=outcome)
    assert not done
    last = b"c" * 15
    up.data_received(last + b"HTTP/1.1 200 OK\r\n")  # past the length: not passed on
    assert sink.written[:3] == [b"HEAD", b"a" * 10, later]
    assert b"".join(sink.written) == b"HEAD" + b"a" * 10 + later + last
    assert up.complete and not up.reusable and outcome.bytes_out == 30
