"""Development sets: labelled text written to tune against, apart from the training text
(`tests/corpus/train/`) and from the measures (the main corpus, the hard sets and the
held-out batches). `python -m tests.corpus.dev.injection` prints the injection family's
figures on its dev set, with the learned layer and without."""
