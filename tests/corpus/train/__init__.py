"""Training text for the injection family's learned scorer (`secproxy.guards.injection_model`).

Written for training only, apart from the measures: nothing here is taken from the main
corpus (`tests/corpus/injection`) or the held-out batches (`tests/corpus/heldout`), which
stay what the scorer is measured on. `gen_train` composes the sentences of `text_*` into
`injection/*.jsonl`; `tools/train_injection_model.py` trains on those files.
"""
