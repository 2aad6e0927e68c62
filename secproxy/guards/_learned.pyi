"""Types of the C extension `secproxy.guards._learned` (source: `_learned.c`)."""

from collections.abc import Sequence

MAX_WINDOW: int

class Table:
    """One learned model's weights, held for the scan."""

    def __init__(self, tokens: Sequence[str], unigrams: Sequence[int], pairs: Sequence[int],
                 window: int, breaks: str) -> None: ...
    def scan(self, low: str, /) -> tuple[int, int, int]:
        """(tokens, best sum, start of the first best window) of a lowercased text."""
    def weights(self, low: str, /) -> list[int]:
        """Each token's weight with the pair it starts (`token_weights`)."""
    def spans(self, low: str, start: int = 0, count: int = -1, /) -> list[tuple[int, int]]:
        """Where tokens start .. start + count - 1 lie in the text."""
    def nbytes(self) -> int:
        """Bytes the tables hold."""
