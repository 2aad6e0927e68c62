"""The injection lexicon, compiled once per machine rather than once per process.

Parsing the lexicon files, expanding their grammar and deriving every entry's stems
takes seconds (Hyperscan's compile of the result is kept by `hscache`; where the binding
is not sound, with each database's twin for the system's libhs, made as the lexicon is
loaded); every `secproxy serve`, `scan` and test process would pay it again.
`load_lexicon` keeps the compiled tables and databases in one file in the cache
directory (`hscache.cache_dir()`), named by a digest of everything they came from: the
lexicon files' texts, the languages, this code (the sources of the modules that compile
and store it), the Python, Hyperscan and machine they were made by. Another file, other
code or another platform: another name.

The file holds plain values only (`marshal`: tuples, strings, bytes, numbers; no
pickled objects, nothing that runs code when read) and a SHA-256 of them: a truncated,
damaged or foreign file is not used, only compiled again. A cache that cannot be written
is only a slower start. Writes go to a temporary file renamed into place, so a reader
never sees half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import platform
import re
import sys
from collections.abc import Mapping
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from secproxy.guards import hscache, injection_rules
from secproxy.guards.injection_rules import (
    LANGUAGES,
    Entry,
    Language,
    Lexicon,
    Rule,
    Step,
    build_lexicon,
    data_folder,
)

_hs: Any
try:
    import hyperscan as _hs
except ImportError:  # pragma: no cover - build_lexicon reports it
    _hs = None

_MAGIC = b"secproxy injection lexicon 2\n"


@lru_cache(maxsize=2)
def compile_lexicon(languages: tuple[str, ...] = LANGUAGES) -> Lexicon:
    """The shipped lexicon of `languages` (plus the universal rules); kept in memory,
    as configure() runs at every config load (a guard restricted to fewer languages
    filters the signals of the full lexicon rather than compiling its own), and on
    disk (`load_lexicon`)."""
    return load_lexicon(languages)


def load_lexicon(languages: tuple[str, ...] = LANGUAGES,
                 folder: Traversable | None = None) -> Lexicon:
    """The lexicon of the files in `folder` (default: the shipped ones), from the cache
    directory when it holds one made from the same files by the same code, else
    compiled (seconds) and stored there for the next process."""
    folder = folder if folder is not None else data_folder()
    texts = {name: folder.joinpath(f"{name}.yaml").read_text("utf-8")
             for name in ("universal", *languages)}
    path = hscache.cache_dir() / f"injection-{digest(languages, texts)}.lexicon"
    got = _read(path)
    if got is not None and not _twinned(got):
        # Databases whose sources `hscache` no longer holds (a cache cleared in part):
        # built again, their twins with them.
        got = None
    if got is None:
        hscache.compiling_notice()
        got = build_lexicon(languages, texts)  # `hscache.build` makes the twins
        _write(path, got)
    return got


def _twinned(lex: Lexicon) -> bool:
    """Whether each of the lexicon's databases has its twin made (`hscache.twin`: loaded
    from the cache, or compiled once per machine) where `_hsmatch` is built and the
    binding misses ends libhs finds (`hscache.binding_sound`): the matcher then scans
    the twins from the first text."""
    if not hscache.twinning() or hscache.binding_sound():
        return True
    databases = [lex.anchors, lex.universal, lex.meta, *lex.common.values()]
    return all(hscache.twin(database) is not None for database in databases)


def digest(languages: tuple[str, ...], texts: Mapping[str, str]) -> str:
    """What a stored lexicon is named by (see the module)."""
    h = hashlib.sha256(_MAGIC)
    h.update(f"{sys.version_info[:2]}|{getattr(_hs, '__version__', '?')}|"
             f"{platform.machine()}|{','.join(languages)}|".encode())
    for module in (injection_rules.__file__, __file__):
        h.update(Path(module or "").read_bytes() if module else b"?")
    for name in sorted(texts):
        data = texts[name].encode("utf-8")
        h.update(f"{name}:{len(data)}:".encode() + data)
    return h.hexdigest()


def _read(path: Path) -> Lexicon | None:
    got = hscache.read_sealed(path, _MAGIC)
    with contextlib.suppress(Exception):  # a file of another layout: compile instead
        return None if got is None else _from_tables(got)
    return None


def _write(path: Path, lex: Lexicon) -> None:
    hscache.write_sealed(path, _MAGIC, _tables(lex))


def _rx(pattern: re.Pattern[Any] | None) -> tuple[Any, int] | None:
    return None if pattern is None else (pattern.pattern, pattern.flags)


def _unrx(got: tuple[Any, int] | None) -> re.Pattern[Any] | None:
    return None if got is None else re.compile(got[0], got[1])


def _db(database: Any) -> bytes:
    return bytes(_hs.dumpb(database))


def _undb(blob: bytes) -> Any:
    return _hs.loadb(blob, mode=_hs.HS_MODE_BLOCK)


def _tables(lex: Lexicon) -> tuple[Any, ...]:
    """The lexicon as plain values (see `_from_tables`)."""
    rules = tuple((r.id, r.lang, r.kind, r.weight, dict(r.ctx), r.label,
                   tuple(tuple((s.classes, s.gap) for s in order) for order in r.orders),
                   tuple(tuple(sorted(n)) for n in r.needs), r.anchor, r.reach, _rx(r.regex),
                   r.width, r.line_start, r.clause) for r in lex.rules)
    return (rules, lex.classes, tuple((e.cls, e.pattern, e.width, e.scripts) for e in lex.entries),
            lex.stems, lex.stem_len, _db(lex.anchors), _db(lex.universal),
            {k: _db(v) for k, v in lex.common.items()}, _db(lex.meta), dict(lex.by_anchor),
            lex.lang_of, lex.marked, {k: _rx(v) for k, v in lex.markers.items()},
            {k: (v.code, _rx(v.neg), _rx(v.neg_after), _rx(v.hedge))
             for k, v in lex.languages.items()})


def _from_tables(t: tuple[Any, ...]) -> Lexicon:
    (rules, classes, entries, stems, stem_len, anchors, universal, common, meta, by_anchor,
     lang_of, marked, markers, languages) = t
    return Lexicon(
        tuple(Rule(rid, lang, kind, weight, ctx, label,
                   tuple(tuple(Step(c, g) for c, g in order) for order in orders),
                   tuple(frozenset(n) for n in needs), anchor, reach, _unrx(regex), width,
                   line_start, clause)
              for (rid, lang, kind, weight, ctx, label, orders, needs, anchor, reach, regex,
                   width, line_start, clause) in rules),
        classes, tuple(Entry(c, p, w, n) for c, p, w, n in entries), stems, stem_len,
        _undb(anchors), _undb(universal), {k: _undb(v) for k, v in common.items()},
        _undb(meta), by_anchor, lang_of, marked,
        {k: re.compile(p, f) for k, (p, f) in markers.items()},
        {k: Language(code, _unrx(neg), _unrx(after), _unrx(hedge))
         for k, (code, neg, after, hedge) in languages.items()})


__all__ = ["compile_lexicon", "digest", "load_lexicon"]
