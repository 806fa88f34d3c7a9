"""Restructuring detection: rules from config, a classifier, extractors, and weak signals."""

from .classifier import detect
from .model import Detection, Evidence
from .rules import DetectionRules, load_rules
from .signals import find_signals, risk_score

__all__ = ["Detection", "DetectionRules", "Evidence", "detect", "find_signals", "load_rules", "risk_score"]
