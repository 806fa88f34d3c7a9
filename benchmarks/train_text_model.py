"""Train the text model the classifier uses next to the rules and write config/detection/text_model.npz.

    .venv/bin/python -m benchmarks.train_text_model [--check]

Deterministic (lbfgs, fixed data order): hashed char 1-4-grams into 2^18 buckets, sublinear TF-IDF, logistic
regression C=100, class_weight="balanced" (is restructuring; the type, on the positives) -- the choice of
benchmarks/experiment_text_model.py's cross-validation. Trained on every labeled batch except the held-out
ones in bench_detection.HELD_OUT (the unseen batches; never read here). Needs scikit-learn and scipy (the
`bench` extra); the product only needs numpy to run the written weights.
--check: also compares the float16 weights as loaded by the product with the float32 model on the training texts.
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from benchmarks.bench_detection import CONFIG_DIR, HELD_OUT, load_items, split_names  # noqa: E402
from benchmarks.experiment_text_model import HashedTextModel  # noqa: E402
from earlywarn.domain.detection.text_model import TextModel, model_arrays  # noqa: E402

MODEL_VERSION = "model-33"
C = 100.0
OUT = CONFIG_DIR / "detection" / "text_model.npz"


def training_items():
    return [item for split in split_names() if split not in HELD_OUT for item in load_items(split)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    items = training_items()
    model = HashedTextModel(C).fit(items)
    arrays = model_arrays(
        version=MODEL_VERSION, bits=model.BITS, idf=model.idf, coef=model.coef, intercept=model.intercept,
        classes=model.classes, document_count=len(items),
    )
    np.savez_compressed(OUT, **arrays)
    splits = sorted({i.split for i in items})
    print(f"{MODEL_VERSION}: {len(items)} items ({', '.join(splits)}); {len(arrays['used']):,} buckets; "
          f"{OUT.stat().st_size / 1e6:.2f} MB -> {OUT}")
    if args.check:
        with np.load(OUT, allow_pickle=False) as data:
            shipped = TextModel.from_arrays(dict(data), threshold=0.65)
        worst, flips = 0.0, 0
        for item in items:
            p32 = model.score_one(item.text)[0]
            p16 = shipped.score(item.text).probability
            worst = max(worst, abs(p32 - p16))
            flips += (p32 >= 0.65) != (p16 >= 0.65) or (p32 <= 0.35) != (p16 <= 0.35)
        print(f"float16 vs float32 on the training texts: max |dP| {worst:.4f}, override decisions changed {flips}")


if __name__ == "__main__":
    main()
