"""A learned reader of attendance (round 56): a small spaCy NER tagger trained on the open gold sets that marks
attendee and apology names in a paper's opening, used only as a fallback where the rules read no attendee.

corpus.py builds the training examples, train.py trains the pipeline (`make model`), crossval.py measures it by
set, reader.py loads the committed model and turns its spans into names.
"""
