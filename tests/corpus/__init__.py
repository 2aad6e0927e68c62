"""The labelled detection corpus: cases for the content guards (injection, secrets, PII,
encoding evasion, toxicity) as JSONL under `tests/corpus/<family>/`, the generator that
writes them (`generate.py`), the format checks it builds them from (`checks.py`,
`tokens.py`) and the harness that measures guards against them (`harness.py`).

The corpus is written independently of the guards' rules, so that it measures how they
generalise rather than how well they fit their own examples.
"""
