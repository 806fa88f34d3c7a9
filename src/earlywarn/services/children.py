"""What the project's child interpreters (detection alongside, reading ahead) share."""

from __future__ import annotations

import os
from pathlib import Path

import earlywarn


def child_env() -> dict[str, str]:
    """The parent's environment, with this earlywarn first on the path (the child imports the same code)."""
    here = str(Path(earlywarn.__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH")
    return os.environ | {"PYTHONPATH": os.pathsep.join([here, path]) if path else here}
