"""The compiled rules kept on disk (adapters/rules_cache.py): the same detections as rules built in the process, and
never an older build for rules or code that changed."""

import copy
import re
from dataclasses import replace

import pytest

from benchmarks.bench_detection import load_items, notice_of
from earlywarn.adapters import rules_cache
from earlywarn.adapters.config_files import read_yaml_folder
from earlywarn.adapters.rules_cache import cached_rules, rules_key
from earlywarn.domain.detection import detect, load_rules
from earlywarn.domain.notices import NoticeKind, NoticeRecord

from .conftest import CONFIG_DIR, TODAY


@pytest.fixture(scope="module")
def shipped():
    return read_yaml_folder(CONFIG_DIR / "detection")


def _cache_files(folder):
    return sorted(folder.glob("rules-*.pickle"))


def test_rules_read_from_the_cache_detect_exactly_as_rules_built_here(shipped, tmp_path, config):
    built = load_rules(shipped)
    cached_rules(shipped, folder=tmp_path)  # written
    assert len(_cache_files(tmp_path)) == 1
    read = cached_rules(shipped, folder=tmp_path, build=_never)  # read back: patterns rebuilt from the engine's code
    directory = config[1]
    items = load_items("all")[::2]  # every other eval item, Korean and English
    assert len(items) > 1000
    for item in items:
        assert detect(notice_of(item), read, directory, today=TODAY) == detect(notice_of(item), built, directory, today=TODAY), item.id


def test_every_compiled_pattern_comes_back_the_same(shipped, tmp_path):
    built = load_rules(shipped)
    cached_rules(shipped, folder=tmp_path)
    read = cached_rules(shipped, folder=tmp_path, build=_never)
    before, after = _patterns(built), _patterns(read)
    assert len(before) > 100 and len(before) == len(after)
    for one, other in zip(before, after):
        assert (one.pattern, one.flags, one.groups, one.groupindex) == (other.pattern, other.flags, other.groups, other.groupindex)


def test_a_changed_rule_is_built_again_not_read_from_an_older_cache(tmp_path):
    config = {"version": "t1", "lexicons": {"ko": {"triggers": {"layoff": {"strong": ["정리\\s*해고"]}}}}}
    cached_rules(config, folder=tmp_path)
    changed = copy.deepcopy(config)
    changed["lexicons"]["ko"]["triggers"]["layoff"]["strong"].append("희망\\s*퇴직")
    assert rules_key(changed) != rules_key(config)
    rules = cached_rules(changed, folder=tmp_path)
    notice = NoticeRecord(source="test", kind=NoticeKind.TEXT, text="회사는 희망퇴직을 받는다.")
    assert "희망" in rules.lexicon("ko").trigger_scan.pattern
    assert detect(notice, rules, _empty_directory(), today=TODAY).type.value == "layoff"
    assert len(_cache_files(tmp_path)) == 2


def test_changed_analysing_code_is_a_new_key(monkeypatch):
    config = {"version": "t1", "lexicons": {"ko": {}}}
    before = rules_key(config)
    monkeypatch.setattr(rules_cache, "_code_digest", b"another build of the detection modules")
    assert rules_key(config) != before


def test_a_corrupt_cache_file_is_ignored_and_written_again(tmp_path):
    config = {"version": "t1", "lexicons": {"ko": {"triggers": {"layoff": {"strong": ["정리\\s*해고"]}}}}}
    cached_rules(config, folder=tmp_path)
    (path,) = _cache_files(tmp_path)
    good = path.read_bytes()
    for damaged in (good[:-10], good[:60] + bytes([good[60] ^ 1]) + good[61:], b"", b"not a cache"):
        path.write_bytes(damaged)
        rules = cached_rules(config, folder=tmp_path)
        assert rules.version == "t1"
        assert path.read_bytes() == good  # rewritten
        assert cached_rules(config, folder=tmp_path, build=_never).version == "t1"


def test_without_a_writable_cache_folder_the_rules_are_built_each_time(tmp_path, monkeypatch):
    config = {"version": "t1", "lexicons": {"ko": {}}}
    blocked = tmp_path / "a file"
    blocked.write_text("")
    assert cached_rules(config, folder=blocked / "cache").version == "t1"
    monkeypatch.setenv("EARLYWARN_CACHE_DIR", "off")
    assert rules_cache.cache_folder() is None
    assert cached_rules(config).version == "t1"


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EARLYWARN_CACHE_DIR", str(tmp_path / "mine"))
    assert rules_cache.cache_folder() == tmp_path / "mine"
    monkeypatch.delenv("EARLYWARN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert rules_cache.cache_folder() == tmp_path / "xdg" / "earlywarn"


def test_only_the_newest_builds_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(rules_cache, "_KEPT_FILES", 2)
    for n in range(5):
        cached_rules({"version": f"t{n}", "lexicons": {"ko": {}}}, folder=tmp_path)
    assert len(_cache_files(tmp_path)) == 3


def _never(config):
    raise AssertionError("built again: the cache should have served these rules")


def _empty_directory():
    from earlywarn.domain.companies import CompanyDirectory

    return CompanyDirectory.from_config({})


def _patterns(rules) -> list[re.Pattern[str]]:
    """Every compiled pattern the rules hold, in a fixed order (a walk of their objects)."""
    found: list[re.Pattern[str]] = []
    seen: set[int] = set()

    def walk(value):
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, re.Pattern):
            found.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value:
                walk(item)
        elif hasattr(value, "__dict__") or hasattr(type(value), "__slots__"):
            for name in [*getattr(value, "__dict__", {}), *_slots(type(value))]:
                walk(getattr(value, name, None))

    walk(replace(rules, text_model=None))
    return found


def _slots(cls) -> list[str]:
    return [name for klass in cls.__mro__ for name in getattr(klass, "__slots__", ())]
