"""The operator's command line: `earlywarn --help`."""

from earlywarn.cli.main import app

__all__ = ["app"]
