"""SSRF policy compiled once per config snapshot: may the proxy reach this address for
this host, under the rule that decided?

A destination that resolves to a non-public address (see `addresses.non_public`) is
still reached when its host or address is in `egress.ssrf_allow` (host names,
addresses, CIDR ranges), or when the deciding rule is an enforce-mode `allow`/`log`
rule whose `match` or `host` names that host with no wildcard.
"""

from __future__ import annotations

import ipaddress

from secproxy.config import Config
from secproxy.globs import split_url_glob
from secproxy.net.addresses import IPAddress, literal_address, non_public


class SsrfPolicy:
    """The SSRF settings of one config, ready to use."""

    def __init__(self, config: Config):
        settings = config.egress
        self.enabled = settings.ssrf_protection
        hosts: set[str] = set()
        nets = []
        for entry in settings.ssrf_allow:
            try:
                nets.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(entry)
        self.allow_hosts = frozenset(hosts)
        self.allow_nets = tuple(nets)
        self._in_allow_nets: dict[IPAddress, bool] = {}
        """Memo of `allow_nets` membership: `ipaddress` containment is slow Python and
        a proxy talks to few distinct addresses (bounded, see `_allowed_address`)."""
        self.exempt_rules: dict[str, frozenset[str]] = {}
        for i, rule in enumerate(config.rules):
            if rule.mode != "enforce" or rule.action not in ("allow", "log"):
                continue
            named = set()
            if rule.match:
                host = split_url_glob(rule.match)[0].strip("[]")
                if host and "*" not in host:
                    named.add(host)
            if rule.host and "*" not in rule.host:
                named.add(rule.host.lower().strip("[]"))
            if named:
                self.exempt_rules[config.rule_name(i)] = frozenset(named)

    def problem(self, host: str, address: IPAddress, rule: str | None) -> str | None:
        """Why connecting to `address` for `host` is refused; None when it is fine."""
        if not self.enabled:
            return None
        why = non_public(address)
        if why is None or host in self.allow_hosts:
            return None
        if self.allow_nets and self._allowed_address(address):
            return None
        if rule is not None:
            named = self.exempt_rules.get(rule)
            if named is not None and host in named:
                return None
        shown = host if literal_address(host) is not None else f"{host} resolves to {address}"
        return (
            f"{shown}: {why} address refused by SSRF protection (allow it with a rule naming "
            f"the host or egress.ssrf_allow)"
        )

    def _allowed_address(self, address: IPAddress) -> bool:
        memo = self._in_allow_nets
        allowed = memo.get(address)
        if allowed is None:
            allowed = any(address in net for net in self.allow_nets)
            if len(memo) >= 4096:
                memo.clear()
            memo[address] = allowed
        return allowed
