"""Types of the C extension `secproxy.guards._hsmatch` (source: `_hsmatch.c`, which is
`_match.c` plus a Hyperscan scan linked to the system's libhs)."""

HS_VERSION: str
"""libhs's version string."""

class error(Exception):  # noqa: N801 - the binding's name for it
    """Hyperscan refused an expression, a database or a scan."""

class Database:
    """A block-mode Hyperscan database (`compile`, `load`)."""

    def scan(self, data: bytes, scratch: Scratch, hits: Hits, lo: int = 0, hi: int = -1,
             /) -> bool:
        """The hits in data[lo:hi] appended to `hits` as (id, end + lo); True when the
        hits' budget stopped the scan."""
    def dump(self) -> bytes:
        """The database serialised, for `load`."""

class Scratch:
    """One thread's scratch space for scanning a database."""

    def __init__(self, database: Database) -> None: ...

def compile(expressions: list[bytes], ids: list[int], flags: list[int] | int, /
            ) -> Database: ...
def load(blob: bytes, /) -> Database: ...

class Hits:
    """A Hyperscan match handler keeping each hit's (pattern id, end + `offset`) in order;
    with a `budget` >= 0 it asks the scan to stop after that many hits plus one."""

    offset: int

    def __init__(self, budget: int = -1) -> None: ...
    def __call__(self, id: int, start: int, end: int, flags: int = 0,
                 context: object = None, /) -> bool | None: ...
    def __len__(self) -> int: ...
    def clear(self) -> None:
        """Forget the hits kept."""
    def pairs(self) -> list[tuple[int, int]]:
        """[(id, end)] in the order of the hits."""
    def ends_by_id(self) -> dict[int, list[int]]:
        """{id: [end, ...]} in the order of the hits."""
    def by_id(self) -> Ends:
        """The hits by id, each id's ends in the order of the hits."""

class Ends:
    """A `Hits`'s hits by id (`Hits.by_id`): the look-ups of `ends_by_id()`'s
    dictionary without a list and a number per hit."""

    def __len__(self) -> int: ...
    def __contains__(self, id: object, /) -> bool:
        """Whether the id has a hit."""
    def within(self, id: int, lo: int, hi: int, /) -> bool:
        """Whether an end of the id lies in lo+1..hi: the first of its ends above lo
        (in the order of the hits, as `bisect.bisect_right` finds it) is not above hi."""

class Codes:
    """Each stem's (class, entry code) pairs (`_Plan.by_class`)."""

    def __init__(self, by_class: tuple[tuple[tuple[int, int], ...], ...]) -> None: ...
    def pack(self, hits: Hits, hit_bits: int, code_bits: int,
             pending: dict[int, list[int]], /) -> None:
        """For each hit (stem, end) and each (class, code) of its stem,
        `end << hit_bits | stem << code_bits | code` appended to pending[class]."""
    def pack_sorted(self, hits: Hits, hit_bits: int, code_bits: int,
                    pending: dict[int, list[int]], /) -> None:
        """`pack`, then each list of `pending` it added to sorted (the numbers sorted
        before they become ints); every hit is checked before `pending` is touched."""
