"""Address classification for SSRF protection (which addresses a proxy refuses to reach)
and plain name resolution.

A destination is checked on the address it resolves to (literal addresses need no
lookup); every resolved address must be public, and the address connected to is one of
those checked — the proxy never hands a host name to the socket layer, so a second,
different DNS answer cannot slip in between the check and the connect.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from functools import lru_cache

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class ResolveError(Exception):
    """A host name could not be resolved."""


@lru_cache(maxsize=4096)
def literal_address(host: str) -> IPAddress | None:
    """The address when `host` is an IP literal, else None."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def non_public(address: IPAddress) -> str | None:
    """Why `address` must not be reached through the proxy; None when it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            address = mapped
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_unspecified:
        return "unspecified"
    if address.is_private:
        return "private"
    if address.is_reserved:
        return "reserved"
    if not address.is_global:
        return "non-global"
    return None


async def resolve(host: str, port: int, wait: float) -> list[IPAddress]:
    """Every address `host` resolves to (a literal resolves to itself), in resolver order."""
    literal = literal_address(host)
    if literal is not None:
        return [literal]
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(wait):
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ResolveError(f"cannot resolve {host}: {exc.strerror}") from None
    except ValueError:
        # The IDNA encoding in getaddrinfo refuses empty or over-long labels (UnicodeError)
        raise ResolveError(f"cannot resolve {host}: not a valid host name") from None
    except TimeoutError:
        raise ResolveError(f"cannot resolve {host}: no answer within {wait:g}s") from None
    out: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).partition("%")[0])
        if address not in out:
            out.append(address)
    if not out:
        raise ResolveError(f"cannot resolve {host}: no addresses")
    return out
