"""Size guards for containers that inflate: an XLSX is a zip, and a zip bomb fits in a small file.

The declared sizes of the zip's central directory are checked before openpyxl opens anything;
Python's zipfile never inflates an entry past its declared size, so the check bounds the work.
"""

from __future__ import annotations

import io
import zipfile

MAX_XLSX_INFLATED_BYTES = 256 * 1024 * 1024  # far above any real notice workbook
MAX_RATIO = 200  # text XML compresses ~10-20x; 1,000x is spaces or zeros
RATIO_CHECK_FROM_BYTES = 16 * 1024 * 1024


def xlsx_too_large(file) -> str | None:
    """The reason to refuse this workbook unread, or None. `file` is bytes, a path or a binary stream."""
    source = io.BytesIO(file) if isinstance(file, (bytes, bytearray)) else file
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # not a readable zip: the reader reports that itself
    finally:
        if hasattr(source, "seek"):
            source.seek(0)
    inflated = sum(entry.file_size for entry in entries)
    if inflated > MAX_XLSX_INFLATED_BYTES:
        return (f"압축을 풀면 너무 큽니다 (decompresses to {inflated:,} bytes, over the limit of "
                f"{MAX_XLSX_INFLATED_BYTES:,}: possibly a zip bomb)")
    for entry in entries:
        if entry.file_size > RATIO_CHECK_FROM_BYTES and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            return (f"압축 비율이 비정상입니다 (entry {entry.filename!r} decompresses {entry.file_size // max(entry.compress_size, 1):,}x: "
                    "possibly a zip bomb)")
    return None
