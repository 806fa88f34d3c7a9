"""A small statistical text model next to the rules (pure numpy, no scikit-learn at run time).

Char 1-4-grams of the lower-cased text (whitespace collapsed, across word boundaries) are hashed into
2^bits buckets; sublinear tf x idf, l2-normalized; two logistic regressions share one weight matrix:
column 0 the is-restructuring logit, then one column per type (softmax). Trained by
benchmarks/train_text_model.py on the labeled eval batches; the weights ship as an .npz under
config/detection/ (float16, only the buckets seen in training).

The classifier uses it as an override: the rules decide, the model flips a text's decision only when
P(restructuring) >= threshold (a rescue, typed by the model) or <= veto_below (a veto). It is run
only on texts where it can matter: a trigger (valid or vetoed), a weak signal, or a broad employment
word (`gate`); a text about something else entirely stays with the rules' "no".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

import numpy as np

from earlywarn.domain.notices import RestructuringType

# Every run of whitespace becomes one space. Only the runs that change are matched (two or more, or a
# single tab/newline): a single space left alone is the same result and ~7x faster than sub(r"\s+").
_SPACES = re.compile(r"\s\s+|[^\S ]")
_MIX = np.uint64(0x9E3779B97F4A7C15)
_PRIME = np.uint64(1000003)
_ORDER_SALT = {n: n * 0x9E3779B97F4A7C15 % (1 << 64) for n in range(2, 5)}
# buckets() builds each order's hashes from the previous order's salted ones: (h + s_prev) * P + c + (s - s_prev * P)
# is h * P + c + s, modulo 2^64 as uint64 arithmetic wraps.
# The hashes are built already multiplied by _MIX (the bucket is the top bits of hash * _MIX): as multiplication
# distributes modulo 2^64, (h * P + c + s) * M is (h * M) * P + c * M + s * M, so the steps start from c * M and add
# s * M, and no pass over every n-gram multiplies by M at the end.
_MIXED_SALT_STEP = {
    n: np.uint64((_ORDER_SALT[n] - _ORDER_SALT.get(n - 1, 0) * 1000003) * 0x9E3779B97F4A7C15 % (1 << 64)) for n in range(2, 5)
}
# 1 + log(count) (sublinear tf) for every count below the size: one gather instead of three numpy calls. The same
# float32 values as the expression on the counts themselves (index 0, never a count, is left 0).
_TF_SIZE = 1 << 13
_SUBLINEAR_TF = np.concatenate(([0.0], (1.0 + np.log(np.arange(1, _TF_SIZE, dtype=np.int64))))).astype(np.float32)


def buckets(text: str, bits: int) -> np.ndarray:
    """The hashed bucket of every char 1-, 2-, 3- and 4-gram of " " + text + " " (lower-cased), in that order.

    Written into one array in place (few numpy calls: each costs ~1-2 us inside detection, see TextModel.score)."""
    low = " " + _collapsed(text.lower()) + " "
    codes = np.frombuffer(low.encode("utf-32-le"), dtype=np.uint32)
    orders = [n for n in range(1, 5) if n <= len(codes)]
    every = np.empty(sum(len(codes) - n + 1 for n in orders), dtype=np.uint64)
    mixed = every[: len(codes)]  # the 1-grams' hashes (the codes), times _MIX
    np.multiply(codes, _MIX, out=mixed)
    previous, start = mixed, len(codes)
    for n in orders[1:]:
        hashed = every[start : start + len(codes) - n + 1]
        np.multiply(previous[:-1], _PRIME, out=hashed)
        hashed += mixed[n - 1 :]
        hashed += _MIXED_SALT_STEP[n]
        previous, start = hashed, start + len(hashed)
    every >>= np.uint64(64 - bits)
    return every.astype(np.int32)


def _collapsed(text: str) -> str:
    """Every run of whitespace as one space. Most texts have no tab, newline or double space (every
    whitespace but " " is unprintable): those are returned as they are, ~20x faster than the regex."""
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


def _counted(values: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(values, return_counts=True) of `bits`-bit buckets, ~3x faster. `values` is sorted in place.

    numpy's default sort of int32 is a SIMD sort (x86-simd-sort / highway): ~2x faster here than the radix argsort of
    the top 16 bits followed by a stable sort within runs (the former way). The sorted array is the same, whatever
    the algorithm, so the buckets and their order (hence every float32 sum after) are the same."""
    values.sort()
    # change[i]: a new value starts at i (and one past the end closes the last run)
    change = np.empty(len(values) + 1, dtype=bool)
    change[0] = change[-1] = True
    np.not_equal(values[1:], values[:-1], out=change[1:-1])
    # methods and operators, not np.flatnonzero/np.diff: the same arrays without their Python wrappers (a numpy
    # call costs ~1 us here, ~2-3 us right after the rules ran: see score)
    edges = change.nonzero()[0]
    return values[edges[:-1]], edges[1:] - edges[:-1]


class ModelScore:
    """P(restructuring), and the most likely type were it restructuring with its probability.

    The type is worked out when first asked for: the classifier needs it only for a rescue (rare), and its
    softmax is ~7 numpy calls, ~15 us inside detection (see TextModel.score)."""

    __slots__ = ("probability", "_logits", "_classes", "_typed")

    def __init__(self, probability: float, logits: np.ndarray, classes: tuple[RestructuringType, ...]) -> None:
        self.probability = probability
        self._logits, self._classes = logits, classes
        self._typed: tuple[RestructuringType, float] | None = None

    @property
    def type(self) -> RestructuringType:
        return self._type()[0]

    @property
    def type_probability(self) -> float:
        return self._type()[1]

    def _type(self) -> tuple[RestructuringType, float]:
        if self._typed is None:
            t = np.exp(self._logits - self._logits.max())
            t /= t.sum()
            k = int(t.argmax())
            self._typed = (self._classes[k], float(t[k]))
        return self._typed

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ModelScore):
            return NotImplemented
        return (self.probability, *self._type()) == (other.probability, *other._type())

    def __hash__(self) -> int:
        return hash((self.probability, *self._type()))

    def __repr__(self) -> str:
        return f"ModelScore(probability={self.probability!r}, type={self.type!r}, type_probability={self.type_probability!r})"


@dataclass(frozen=True, slots=True)
class TextModel:
    version: str
    bits: int
    threshold: float  # rescue a rules' "no" when P >= threshold
    veto_below: float  # overrule a rules' "yes" only when P <= veto_below: a missed event costs more than a false alert
    classes: tuple[RestructuringType, ...]
    # One row per bucket: the 1 + len(classes) weights, then zeros, the idf last (a bucket unseen in training: the
    # default idf, no weight). One gather by bucket fetches a bucket's idf and weights together, with no bucket-to-row
    # lookup (a gather of its own: ~4% of detection). Rows of 32 bytes (8 MB for 2^18 buckets): the weights, a view
    # with rows 8 floats apart, go to the matrix product as they are (the same float32 sums as on coef[found]: a copy
    # or float16 rows converted cost ~2-5% of detection).
    table: np.ndarray  # (2^bits, width) float32
    intercept: np.ndarray  # (1 + len(classes),) float32
    gate: Mapping[str, re.Pattern[str]] = field(default_factory=dict)  # per language, on lower-cased text

    @classmethod
    def from_arrays(
        cls, arrays: Mapping[str, Any], *, threshold: float, veto_below: float | None = None,
        gate: Mapping[str, list[str]] | None = None,
    ) -> "TextModel":
        """Build from the arrays of the shipped .npz: bits, version, classes, used (bucket ids),
        idf and coef of those buckets, default_idf (a bucket never seen in training), intercept."""
        if not 0.5 < threshold <= 1.0:
            raise ValueError(f"text_model threshold must be in (0.5, 1]: {threshold}")
        veto_below = 1 - threshold if veto_below is None else veto_below
        if not 0.0 <= veto_below < 0.5:
            raise ValueError(f"text_model veto_below must be in [0, 0.5): {veto_below}")
        bits = int(arrays["bits"])
        classes = tuple(RestructuringType(str(name)) for name in np.asarray(arrays["classes"]).tolist())
        weights = np.asarray(arrays["coef"], dtype=np.float32)
        if weights.shape[1] != 1 + len(classes):
            raise ValueError("text model: coef needs one column for the binary logit and one per class")
        table = _bucket_table(bits, np.asarray(arrays["used"], dtype=np.int64), weights,
                              np.asarray(arrays["idf"], dtype=np.float32), np.float32(arrays["default_idf"]))
        compiled = {lang: re.compile("|".join(f"(?:{p})" for p in patterns)) for lang, patterns in (gate or {}).items() if patterns}
        return cls(
            version=str(arrays["version"]), bits=bits, threshold=float(threshold), veto_below=float(veto_below), classes=classes,
            table=table, intercept=np.asarray(arrays["intercept"], dtype=np.float32), gate=compiled,
        )

    def worth_scoring(self, lang: str, lowered_text: str) -> bool:
        """A broad employment word is there (no gate configured for the language: always)."""
        pattern = self.gate.get(lang)
        return pattern is None or pattern.search(lowered_text) is not None

    def score(self, text: str) -> ModelScore:
        # Inside detection this costs ~1.7x what it costs alone (~100 us more per 1 KB text), the same for a
        # 12-character text: it is the ~45 numpy calls, each slower when the rules' regexes and objects have
        # just pushed numpy's code and state out of the CPU caches (not the tables: a 4 MB sweep before the
        # score costs ~25 us; not the garbage collector; a second score right after costs what it costs alone).
        # Hence few calls: take() as a method (the same as np.take, without its Python wrapper).
        every = buckets(text, self.bits)
        found, counts = _counted(every, self.bits)
        # no count exceeds the number of n-grams: the table holds every count of a text below ~2 KB
        tf = _SUBLINEAR_TF.take(counts) if len(every) < _TF_SIZE else (1.0 + np.log(counts)).astype(np.float32)
        gathered = self.table.take(found, axis=0)
        w = tf * gathered[:, -1]
        # math.sqrt of the float32 sum: `w /= norm` rounds norm to float32, and a float64 square root rounded to
        # float32 is the float32 square root (np.sqrt on the float32 scalar, one numpy call more)
        norm = math.sqrt(float(w @ w))
        if norm > 0:
            w /= norm
        z = w @ gathered[:, : len(self.intercept)] + self.intercept
        p = 1.0 / (1.0 + np.exp(-float(z[0])))
        return ModelScore(float(p), z[1:], self.classes)


def _bucket_table(bits: int, used: np.ndarray, weights: np.ndarray, idf: np.ndarray, default_idf: np.float32) -> np.ndarray:
    """The row of every bucket: its weights, then zeros, its idf last (a power of two of float32: 32 bytes)."""
    table = np.zeros((1 << bits, 1 << weights.shape[1].bit_length()), dtype=np.float32)
    table[used, : weights.shape[1]] = weights
    table[:, -1] = default_idf
    table[used, -1] = idf
    return table


def model_arrays(*, version: str, bits: int, idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 classes: list[str], document_count: int) -> dict[str, np.ndarray]:
    """What the .npz holds: the buckets seen in training (df > 0), weights as float16."""
    default_idf = np.float32(np.log(1 + document_count) + 1.0)
    used = np.flatnonzero((np.abs(coef).sum(1) > 0) | (idf != default_idf)).astype(np.int32)
    return {
        "version": np.array(version), "bits": np.array(bits, dtype=np.int32), "classes": np.array(classes),
        "used": used, "idf": idf[used].astype(np.float16), "coef": coef[used].astype(np.float16),
        "default_idf": np.array(default_idf, dtype=np.float32), "intercept": intercept.astype(np.float32),
    }
