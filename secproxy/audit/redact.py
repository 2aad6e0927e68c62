"""Redaction before anything is stored: the shared masking of `secproxy.redact`, which
the engine applies to every event before the ledger sees it (the ledger applies it again
with its configured header names; masking is idempotent)."""

from secproxy.redact import (
    REDACTED,
    SENSITIVE_HEADERS,
    mask_host,
    mask_query,
    mask_text,
    mask_url,
    mask_value,
    redact_headers,
    sensitive_names,
)

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "mask_host",
    "mask_query",
    "mask_text",
    "mask_url",
    "mask_value",
    "redact_headers",
    "sensitive_names",
]
