"""The compiled detection rules, kept on disk between processes.

Building the rules costs ~2 s of CPU a process (the CLI, a run, a served worker, the detection-alongside process, each
test process): Python's regex parser reads each of the ~130 patterns several times (the fast scans' analysis of which
characters lead them and which strings they need, then the compiler), and the compiler turns each into the engine's
code. Here the built rules are pickled once, each compiled pattern as that code (`_sre.compile` builds a pattern from
it without parsing: the same object `re.compile` returns), and a later process unpickles them in ~20 ms.

A cache file is found by a key: a hash of the rules' content (the merged YAML) and of the code that builds and analyses
them (every module of earlywarn.domain.detection, this one, the Python version and the engine's code version). A changed
rule or analysing module is a new key, so it is never served an older build. A file that does not match its checksum
or does not unpickle is ignored and written again; where nothing can be written (a read-only home), the rules are
built each time, as before.

Where: $EARLYWARN_CACHE_DIR, else $XDG_CACHE_HOME/earlywarn, else ~/.cache/earlywarn; EARLYWARN_CACHE_DIR=off builds the
rules every time. The files are pickles, read only from that folder (the user's own, as trusted as the code itself).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler as sre_compile  # noqa: PLC2701  (the engine's code for a parsed pattern)
from re import _parser as sre_parse  # noqa: PLC2701
from typing import Any, Callable

import _sre

import earlywarn.domain.detection as detection_package
from earlywarn.domain.detection.rules import DetectionRules, load_rules

_MAGIC = b"earlywarn-rules-cache 1\n"
_KEPT_FILES = 16  # other builds kept beside the current one (a test run builds a few small rule sets of its own)


def cached_rules(config: dict[str, Any], *, build: Callable[[dict[str, Any]], DetectionRules] = load_rules,
                 folder: Path | None = None) -> DetectionRules:
    """`build(config)` (the rules without a text model), from the cache when this content was built before."""
    folder = cache_folder() if folder is None else folder
    if folder is None:
        return build(config)
    path = folder / f"rules-{rules_key(config)}.pickle"
    rules = _read(path)
    if rules is None:
        rules = build(config)
        _write(path, rules)
    return rules


def cache_folder() -> Path | None:
    chosen = os.environ.get("EARLYWARN_CACHE_DIR")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no home directory to find: nowhere to keep them
        return None
    return Path(base) / "earlywarn"


def rules_key(config: dict[str, Any]) -> str:
    digest = hashlib.sha256(_code_version())
    digest.update(json.dumps(config, sort_keys=True, ensure_ascii=False, default=repr).encode())
    return digest.hexdigest()


_code_digest: bytes | None = None


def _code_version() -> bytes:
    """What the built rules depend on besides their content: the modules that build them, Python, the regex engine."""
    global _code_digest
    if _code_digest is None:
        digest = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{pickle.HIGHEST_PROTOCOL}".encode())
        sources = sorted(Path(detection_package.__file__).parent.glob("*.py"))
        for source in [*sources, Path(__file__), Path(detection_package.__file__).parents[1] / "notices.py"]:
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
        _code_digest = digest.digest()
    return _code_digest


def _read(path: Path) -> DetectionRules | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, checksum, payload = data[: len(_MAGIC)], data[len(_MAGIC) : len(_MAGIC) + 32], data[len(_MAGIC) + 32 :]
    if header != _MAGIC or hashlib.sha256(payload).digest() != checksum:
        return None  # another format, or a torn or corrupt file: built again and rewritten
    try:
        rules = pickle.loads(payload)
    except Exception:  # noqa: BLE001  (a file from a build that no longer unpickles: built again)
        return None
    return rules if isinstance(rules, DetectionRules) else None


def _write(path: Path, rules: DetectionRules) -> None:
    """Written whole under another name, then renamed: a process reading at the same time sees the old file or the new."""
    try:
        payload = _dumps(rules)
    except (pickle.PicklingError, TypeError, AttributeError):
        return  # some object of the rules does not pickle: built in each process (the tests check a file is written)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".rules-")
    except OSError:
        return  # nowhere to write: built again next time
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _prune(path)


def _prune(current: Path) -> None:
    """Only the newest builds stay: each rule change makes a new file."""
    others = sorted((p for p in current.parent.glob("rules-*.pickle") if p != current), key=_mtime, reverse=True)
    for old in others[_KEPT_FILES:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


class _RulesPickler(pickle.Pickler):
    """Pickles a compiled pattern as the engine's code (a pattern's own pickle is its source, parsed again when read)."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern):
            return _pattern_from_code, _code_of(obj)
        return NotImplemented


def _dumps(rules: DetectionRules) -> bytes:
    buffer = io.BytesIO()
    _RulesPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(rules)
    return buffer.getvalue()


def _code_of(pattern: re.Pattern[str]) -> tuple[Any, ...]:
    """What `re.compile` hands the engine for this pattern (re._compiler.compile, with the flags the pattern has: the
    same code, since the compiler joins them with the parsed pattern's own)."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    # the pattern's own group names, not the new parse's equal copies: the rules' dicts keyed by them (which trigger a
    # match's lastgroup is) then find the very string `lastgroup` returns, without comparing characters
    groupindex = dict(pattern.groupindex)
    if groupindex != parsed.state.groupdict:
        raise TypeError(f"pattern groups changed on parsing again: {pattern.pattern!r}")
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags = pattern.flags | parsed.state.flags
    if flags != pattern.flags:
        raise TypeError(f"pattern flags changed on parsing again: {pattern.pattern!r}")
    code = [int(op) for op in sre_compile._code(parsed, pattern.flags)]  # opcodes are named ints that refuse pickling
    return pattern.pattern, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _pattern_from_code(source: str, flags: int, code: list[int], groups: int, groupindex: dict[str, int],
                       indexgroup: tuple[str | None, ...]) -> re.Pattern[str]:
    return _sre.compile(source, flags, code, groups, groupindex, indexgroup)
