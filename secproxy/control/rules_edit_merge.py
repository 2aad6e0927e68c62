"""Merging an operator's rules into the config file's own `rules:` block, rule by rule.

Rules are matched by name (unnamed ones by content). A rule whose content did not change
keeps its lines byte for byte — comments, flow lists, quoting, key order; a deleted rule
goes with the comment lines just above it; a rule the operator typed with comments of
their own is written as they typed it. A changed rule sent without comments (the console
showed YAML generated from the running rules) is updated key by key inside the file's own
node with ruamel.yaml's round-trip mode, so its untouched keys keep their comments and
style. Lines outside the `rules:` block are never touched: the caller splices the block.

Why splice lines rather than dump the whole document with ruamel: a round-trip dump
re-indents and re-wraps everything to one style, so lines nobody edited could change.

An anchor or alias in the file's rules is refused: moving or dropping one rule could
silently change another that refers to it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import yaml

from secproxy.config import strict_yaml
from secproxy.errors import SecproxyError

if TYPE_CHECKING:
    from ruamel.yaml import YAML


class RulesNotMergeable(SecproxyError):
    """The file's rules block holds YAML that cannot be edited rule by rule."""


@dataclass(frozen=True)
class RuleLines:
    """One rule of a block list, as lines of text."""

    lead: list[str]
    """Blank and comment lines between the rule before and this one."""
    body: list[str]
    """The rule's own lines, from its dash to its last value."""
    dash: int
    """The column of its dash."""
    data: Any
    """The rule as plain data."""

    @property
    def name(self) -> str | None:
        name = self.data.get("name") if isinstance(self.data, dict) else None
        return name if isinstance(name, str) else None

    def shifted(self, dash: int, *, lead: list[str] | None = None) -> list[str]:
        """Its lines (with `lead`, its own by default) moved so the dash is at `dash`."""
        return _shift([*(self.lead if lead is None else lead), *self.body], dash - self.dash)


_LINE = re.compile(r"[^\r\n\x85\u2028\u2029]*(?:\r\n|[\r\n\x85\u2028\u2029]|\Z)")
"""One line with its break, broken where the YAML parser breaks lines (its marks count
lines this way, `str.splitlines` would also break at form feeds)."""


def split_lines(text: str) -> list[str]:
    """`text` as lines with their breaks, counted as the YAML parser's marks count them."""
    return [m.group() for m in _LINE.finditer(text) if m.group()]


_BEFORE_COMMENT = re.compile(r"[ \t]+#")


def _shift(lines: list[str], by: int) -> list[str]:
    if by > 0:
        return [" " * by + ln if ln.strip() else ln for ln in lines]
    if by < 0:
        return [ln[min(-by, len(ln) - len(ln.lstrip(" "))) :] for ln in lines]
    return list(lines)


def _end_line(node: yaml.Node) -> int:
    """The last line of `node`'s own text (a block collection's end mark sits at the next
    token, after any comments: take its last value's end instead)."""
    while isinstance(node, yaml.CollectionNode) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    end = node.end_mark
    return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line


def _has_comment(lines: list[str]) -> bool:
    """Whether the YAML `lines` hold a comment (a `#` outside every token)."""
    text = "".join(lines)
    if "#" not in text:
        return False
    covered = bytearray(len(text) + 1)
    try:
        for token in yaml.scan(text):
            covered[token.start_mark.index : token.end_mark.index] = b"\1" * (
                token.end_mark.index - token.start_mark.index
            )
    except yaml.YAMLError:
        return True  # cannot tell: keep the operator's text
    return any(ch == "#" and not covered[i] for i, ch in enumerate(text))


def rule_lines(text: str, *, under_key: bool) -> tuple[list[RuleLines], int] | None:
    """The rules of a block list in `text` (the top-level `rules:` value when `under_key`,
    else the document itself or its `rules:`), and the line after which the first rule's
    lead starts; None when the rules are not a non-empty block list of rules."""
    try:
        root = yaml.compose(text)
        data = strict_yaml.load(text)
    except yaml.YAMLError:
        return None
    seq: yaml.Node | None = root
    after = -1
    if isinstance(root, yaml.MappingNode):
        pair = next(((k, v) for k, v in root.value if getattr(k, "value", None) == "rules"), None)
        seq, after = (pair[1], pair[0].start_mark.line) if pair else (None, -1)
        data = data.get("rules") if isinstance(data, dict) else None
    elif under_key:
        return None
    if not isinstance(seq, yaml.SequenceNode) or seq.flow_style or not seq.value:
        return None
    lines = split_lines(text)
    found = []
    for node, item in zip(seq.value, data, strict=True):
        start = node.start_mark.line
        while start > after + 1 and not lines[start].lstrip().startswith("-"):
            start -= 1  # `-` alone on its line, the rule below it
        end = _end_line(node)
        while end > start and not lines[end].strip():
            end -= 1  # a block scalar ends after its blank lines: they stay between rules
        lead = lines[after + 1 : start]
        if any(ln.strip() and not ln.lstrip().startswith("#") for ln in lead):
            return None  # not a plain list of rules (one dash holding another)
        dash = len(lines[start]) - len(lines[start].lstrip(" "))
        found.append(RuleLines(lead, lines[start : end + 1], dash, item))
        after = end
    return found, after


def refuse_anchors(text: str, first: int, last: int) -> None:
    """Raise when lines `first`..`last` (0-based) hold a YAML anchor or alias."""
    for event in yaml.parse(text):
        line = event.start_mark.line if event.start_mark is not None else -1
        if not first <= line <= last:
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise RulesNotMergeable(
                f"its rules use a YAML anchor or alias (line {line + 1}); "
                "saving could change the rules that refer to it"
            )


def _round_trip(dash: int) -> YAML:
    # ruamel.yaml (~30 modules, ~1.5 MiB of memory) is imported by the edit that merges
    # rules, not by every `secproxy serve` that imports the control commands.
    from ruamel.yaml import YAML

    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096  # never re-wrap a long value
    rt.indent(mapping=2, sequence=dash + 2, offset=dash)  # the dash where it was
    return rt


def _comment_spaced(line: str) -> str:
    return _BEFORE_COMMENT.sub(" #", line).rstrip()


def _styled(value: Any, old: Any) -> Any:
    """`value` in the style the file gave the value it replaces (flow list, quotes)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString, ScalarString

    if isinstance(value, list) and isinstance(old, CommentedSeq) and old.fa.flow_style():
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    if isinstance(value, dict) and isinstance(old, CommentedMap) and old.fa.flow_style():
        mapping = CommentedMap(value)
        mapping.fa.set_flow_style()
        return mapping
    if isinstance(value, str) and isinstance(old, ScalarString):
        if isinstance(old, LiteralScalarString) and "\n" not in value:
            return value
        return type(old)(value)
    return value


def merged_rule(old: RuleLines, new: Any) -> list[str] | None:
    """`old`'s lines changed key by key into `new`, untouched keys as they were (their
    comments and style kept); None when `old` is not a block mapping."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    rt = _round_trip(old.dash)
    loaded = rt.load("".join(old.body))
    node = loaded[0] if isinstance(loaded, CommentedSeq) and loaded else None
    if not isinstance(node, CommentedMap) or node.fa.flow_style() or not isinstance(new, dict):
        return None
    for key in [k for k in node if k not in new]:
        del node[key]
    for key, value in new.items():
        if key not in node or node[key] != value:
            node[key] = _styled(value, node.get(key))
    out = io.StringIO()
    rt.dump(loaded, out)
    # ruamel re-spaces end-of-line comments: a line that is the same but for that keeps
    # its own bytes.
    kept = {_comment_spaced(ln): ln for ln in reversed(old.body)}
    body = [kept.get(_comment_spaced(ln), ln) for ln in out.getvalue().splitlines(keepends=True)]
    dash = len(body[0]) - len(body[0].lstrip(" "))
    return _shift(body, old.dash - dash)


def _pick(new: RuleLines, old: RuleLines, dash: int) -> list[str]:
    """The lines for `new`, which replaces the file's rule `old` (same name or content)."""
    typed = _has_comment(new.body)
    if new.data == old.data and (
        not typed or _shift(new.body, -new.dash) == _shift(old.body, -old.dash)
    ):
        return old.shifted(dash)  # unchanged, or sent without comments: the file's text
    # Comment lines above the rule: the operator's when they wrote some, else the file's.
    above = new if _has_comment(new.lead) else old
    lead = _shift(above.lead, dash - above.dash)
    if not typed:
        merged = merged_rule(old, new.data)
        if merged is not None:
            return lead + _shift(merged, dash - old.dash)
    return lead + new.shifted(dash, lead=[])


def merge_rules(file_rules: list[RuleLines], new_rules: list[RuleLines]) -> list[str]:
    """The file's rules with the operator's merged in, in the operator's order."""
    dash = file_rules[0].dash
    used: set[int] = set()
    out: list[str] = []
    for new in new_rules:
        match = None
        for i, old in enumerate(file_rules):
            if i in used:
                continue
            if new.name is not None and old.name == new.name:
                match = i
                break
            if new.name is None and old.name is None and old.data == new.data:
                match = i
                break
        if match is None:
            out += new.shifted(dash)
            continue
        used.add(match)
        out += _pick(new, file_rules[match], dash)
    return out
