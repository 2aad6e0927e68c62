"""Content slots: merging masks by span, applying them, writing them back into JSON."""

from __future__ import annotations

import json

from secproxy.content import (
    Redaction,
    Role,
    Slot,
    TextSlots,
    apply_redactions,
    collect,
    joined,
    merge_redactions,
    offsets,
    write_back,
)


def test_overlapping_redactions_merge_into_their_union_with_the_widest_text() -> None:
    merged = merge_redactions([
        Redaction(0, 4, 10, "[A]"),
        Redaction(0, 8, 20, "[WIDE]"),
        Redaction(0, 30, 35, "[C]"),
        Redaction(1, 0, 3, "[D]"),
    ])
    assert merged == [Redaction(0, 4, 20, "[WIDE]"), Redaction(0, 30, 35, "[C]"),
                      Redaction(1, 0, 3, "[D]")]
    # Equally wide: the first given wins; adjacent spans stay apart.
    assert merge_redactions([Redaction(0, 2, 4, "[2]"), Redaction(0, 0, 2, "[1]"),
                             Redaction(0, 1, 3, "[x]")]) == [Redaction(0, 0, 4, "[2]")]
    assert len(merge_redactions([Redaction(0, 0, 2, "a"), Redaction(0, 2, 4, "b")])) == 2


def test_redactions_apply_per_slot_and_leave_the_rest_alone() -> None:
    slots = [Slot(Role.USER, "key sk-123 here"), Slot(Role.SYSTEM, "mail a@b.example")]
    out = apply_redactions(slots, [Redaction(1, 5, 16, "[MAIL]"), Redaction(0, 4, 10, "[KEY]")])
    assert [s.text for s in out] == ["key [KEY] here", "mail [MAIL]"]
    assert out[1].role is Role.SYSTEM
    assert apply_redactions(slots, []) == slots
    assert joined(out) == "key [KEY] here\nmail [MAIL]"
    assert offsets(slots) == [0, 16]


def test_slots_of_a_json_document_are_written_back_by_path() -> None:
    doc = json.loads('{"messages": [{"role": "system", "content": "be nice"},'
                     ' {"role": "user", "content": ["a sk-1", {"text": "b"}]}], "n": 1}')
    slots = collect(doc, Role.USER, ("messages", 1, "content"))
    assert [(s.text, s.path) for s in slots] == [
        ("a sk-1", ("messages", 1, "content", 0)), ("b", ("messages", 1, "content", 1, "text"))]
    rewritten = apply_redactions(slots, [Redaction(0, 2, 6, "[K]")])
    write_back(doc, rewritten)
    assert doc["messages"][1]["content"] == ["a [K]", {"text": "b"}]
    assert doc["messages"][0]["content"] == "be nice"
    assert write_back("whole", [Slot(Role.BODY, "new")]) == "new"


def test_text_slots_write_leaf_by_leaf_and_apply_by_lines() -> None:
    obj = {"a": "one\ntwo", "b": ["three", {"c": "four"}]}
    ts = TextSlots()
    ts.collect({"x": obj}, "x")
    slots = ts.slots(Role.TOOL_RESULT)
    assert [s.text for s in slots] == ["one\ntwo", "three", "four"]
    # A mask that changes the line count still lands in its own leaf.
    ts.write(apply_redactions(slots, [Redaction(0, 0, 7, "[X]"), Redaction(2, 1, 3, "[Y]")]))
    assert obj == {"a": "[X]", "b": ["three", {"c": "f[Y]r"}]}
    ts.apply("a\nb\nc")
    assert obj == {"a": "a", "b": ["b", {"c": "c"}]}


def test_keys_worth_guarding_are_slots_and_written_back_renamed() -> None:
    """A JSON key is content: one that is not a plain name (digits, punctuation, other
    scripts) is a slot of its own, and a masked key renames it in place, the order of
    the keys and every value kept — deeper keys and values under a renamed key too."""
    secret = "AKIA" + "Q2Z7Q2Z7Q2Z7Q2Z7"
    doc = {"session_id": "s", secret: {"to bob@example.com": secret, "n": 1}, "z": 2}
    slots = collect(doc, Role.BODY)
    texts = sorted(s.text for s in slots)
    assert texts == sorted([secret, "to bob@example.com", secret, "s"])
    masked = [s.replace(s.text.replace(secret, "[K]").replace("bob@example.com", "[E]"))
              for s in slots]
    out = write_back(doc, masked)
    assert json.dumps(out) == json.dumps(
        {"session_id": "s", "[K]": {"to [E]": "[K]", "n": 1}, "z": 2})


def test_text_slots_rename_a_key_after_writing_its_value() -> None:
    secret = "AKIA" + "Q2Z7Q2Z7Q2Z7Q2Z7"
    msg = {"params": {"arguments": {secret: secret, "plainName": "x"}}}
    slots = TextSlots()
    slots.collect(msg["params"], "arguments")
    got = slots.slots(Role.TOOL_CALL)
    assert [s.text for s in got] == [secret, secret, "x"]
    slots.write([s.replace(s.text.replace(secret, "[K]")) for s in got])
    assert msg == {"params": {"arguments": {"[K]": "[K]", "plainName": "x"}}}
