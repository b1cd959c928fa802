"""Train the learned attendance reader (round 56): a spaCy NER pipeline from scratch, CPU, fixed seed.

    python -m ingest.learned.train [--out ingest/data/attendance_model] [--epochs N]

Features carry layout and context rather than names: the hash embedding reads NORM, PREFIX, SUFFIX and SHAPE with
few rows (names collide in the table, so the model cannot learn them one by one), and the window encoder sees the
tokens around a word, white space and line breaks included.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from ingest.learned.corpus import LABELS, Example, all_examples

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "attendance_model"
SEED = 56
EPOCHS = 15
# beside each training paper: INVENT invented-name copies (round 57, ingest/learned/invent.py) and FLATTEN flattened
# copies (round 61, ingest/learned/flatten.py), of its invented copy when FLATTEN_INVENTED. Round 61's
# cross-validation chose the paper and its invented copy flattened (round 57: the paper and its invented copy)
INVENT = 0
FLATTEN = 1
FLATTEN_INVENTED = True
# FORMS member-list copies of each paper's invented copy (round 67, ingest/learned/forms.py: 'Cllrs A Brook, B Cole')
FORMS = 0
CONFIG = """
[nlp]
lang = "en"
pipeline = ["tok2vec","ner"]
batch_size = 8

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 64
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [1000,500,1000,500]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
depth = 3
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}
upstream = "tok2vec"

[training]
seed = 56
dropout = 0.2

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.002
"""


def to_training(nlp, examples: list[Example]):
    """spaCy Examples: the opening's tokens with the gold spans, a span snapped outward to whole tokens."""
    from spacy.training import Example as SpacyExample

    out = []
    for ex in examples:
        doc = nlp.make_doc(ex.text)
        ents, last = [], -1
        for a, z, label in ex.spans:
            span = doc.char_span(a, z, label=label, alignment_mode="expand")
            if span is None or span.start < last:
                continue
            ents.append((span.start_char, span.end_char, label))
            last = span.end
        out.append(SpacyExample.from_dict(doc, {"entities": ents}))
    return out


def train(examples: list[Example], epochs: int = EPOCHS, seed: int = SEED, log=print):
    """A trained Language from `examples` (fixed seed: the same examples give the same model)."""
    import spacy
    from spacy.util import fix_random_seed, load_config_from_str, load_model_from_config, minibatch

    fix_random_seed(seed)
    nlp = load_model_from_config(load_config_from_str(CONFIG), auto_fill=True, validate=True)
    data = to_training(nlp, examples)
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for epoch in range(epochs):
        start = time.time()
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        log(f"epoch {epoch + 1}/{epochs}: ner loss {losses.get('ner', 0):.1f} ({time.time() - start:.1f}s)")
    assert isinstance(nlp, spacy.language.Language)
    return nlp


def training_set(examples: list[Example], invent: int = INVENT, flatten: int = FLATTEN,
                 flatten_invented: bool = FLATTEN_INVENTED, forms: int = FORMS) -> list[Example]:
    """The papers the model is trained on: each paper, its `invent` invented copies, `flatten` flattened copies
    of it (of its first invented copy when `flatten_invented`) and `forms` member-list copies of its invented copy."""
    from ingest.learned.flatten import flat_copies
    from ingest.learned.forms import form_copies
    from ingest.learned.invent import augmented

    out = augmented(examples, invent)
    first = augmented(examples, 1)[len(examples):] if (flatten and flatten_invented) or forms else []
    if flatten:
        out = out + flat_copies(first if flatten_invented else examples, flatten)
    return out + form_copies(first, forms) if forms else out


def save(nlp, out: Path) -> None:
    """The pipeline on disk without its string store: the store holds every token of the training papers, their
    names among them, and the model needs none of them (its features are hashes; predictions are the same)."""
    nlp.to_disk(out)
    (out / "vocab" / "strings.json").write_text("[]\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest.learned.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--invent", type=int, default=INVENT, help="invented-name copies of each paper beside it")
    ap.add_argument("--flatten", type=int, default=FLATTEN, help="flattened copies of each paper beside it")
    ap.add_argument("--forms", type=int, default=FORMS, help="member-list copies of each paper beside it")
    args = ap.parse_args(argv)
    start = time.time()
    nlp = train(training_set(all_examples(), args.invent, args.flatten, forms=args.forms), args.epochs)
    save(nlp, args.out)
    print(f"trained in {time.time() - start:.0f}s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
