"""Reading ahead: a big file is read and normalised in a second process while ingest stores it.

The ingest process is CPU-bound (profile.md, tput7): of ~150 µs a stored tabular notice, about half is
reading the row, normalising it and making its stored row (content hash, JSON). Here a child interpreter
does that for the next chunk while ingest inserts and links this one (services.notice_rows is the same
code either way). The chunks come in the file's order; the pipe between the processes holds less than a
chunk, so the child waits while ingest stores and memory stays bounded. What the reader quarantines comes
through as RejectedItems in their place; an error while reading is raised by ingest at the same point of
the file. The child ends when ingest closes its input, or when ingest dies (its pipe breaks).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator

from earlywarn.adapters.readers import ReadResult
from earlywarn.services.children import child_env
from earlywarn.services.notice_rows import PreparedChunk, Reading


DEFAULT_MIN_BYTES = 1_000_000  # a smaller file is read before the child would have started (~0.5 s)
MIN_CORES = 3
CLOSE_WAIT_SECONDS = 30  # an idle child ends as soon as its input closes


def min_bytes_for(setting: int | None) -> int:
    """The read_ahead_bytes setting, or when unset: DEFAULT_MIN_BYTES with 3 cores or more, else 0 (never).

    Measured on 2 cores (profile.md, tput8): detection alongside ingest already keeps both busy, so a third
    process only adds its own CPU (its start, pickling the chunks) and the wall time does not improve."""
    if setting is not None:
        return setting
    return DEFAULT_MIN_BYTES if len(os.sched_getaffinity(0)) >= MIN_CORES else 0


class ReadAhead:
    """One child process for the files of an ingest run that are at least `min_bytes` big (0: none)."""

    def __init__(self, min_bytes: int):
        self.min_bytes = min_bytes
        self._process: subprocess.Popen | None = None
        self._busy = False  # the child is still sending a file's chunks

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def process(self) -> subprocess.Popen | None:
        return self._process

    def wants(self, data: bytes) -> bool:
        return bool(self.min_bytes) and len(data) >= self.min_bytes

    def read(self, data: bytes, name: str, source: str, reading: Reading) -> tuple[ReadResult, Iterator[PreparedChunk]]:
        """What notice_rows.read_prepared gives, read in the child: the chunks are read on while the caller stores."""
        if self._busy:  # the last file's chunks were never taken to the end: its child is still sending them
            self.close()
        if self._process is None:
            self._start()
        self._busy = True
        try:
            pickle.dump((data, name, source, reading), self._process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self._process.stdin.flush()
        except BrokenPipeError as error:
            code = self.close()
            raise RuntimeError(f"the read-ahead process has ended (exit code {code})") from error
        file_format, encoding, mapping, confidence = self._receive("read")
        read = ReadResult(file_format, encoding, mapping, iter(()), confidence)
        return read, self._chunks()

    def _chunks(self) -> Iterator[PreparedChunk]:
        try:
            while chunk := self._receive("chunk"):
                yield chunk
        finally:
            if self._busy:  # left mid-file (storing failed): the child is still writing this file's chunks
                self.close()

    def _receive(self, expected: str):
        try:
            kind, value = pickle.load(self._results)
        except (EOFError, pickle.UnpicklingError) as error:
            code = self.close()
            raise RuntimeError(f"the read-ahead process ended mid-file (exit code {code})") from error
        if kind == "error":
            self._busy = False
            raise value
        if kind == "end":
            self._busy = False
            return None
        assert kind == expected, (kind, expected)
        return value

    def _start(self) -> None:
        # A plain child interpreter, like services.alongside's (no resource tracker, no re-import of the
        # parent's __main__, no fork of a process with threads and connections); chunks come back on a pipe
        # of their own, so nothing the child prints can corrupt them
        results, child_end = os.pipe()
        self._process = subprocess.Popen([sys.executable, "-m", __name__, str(child_end)], stdin=subprocess.PIPE,
                                         pass_fds=(child_end,), env=child_env())
        os.close(child_end)
        self._results = os.fdopen(results, "rb")

    def close(self) -> int | None:
        """End the child (at once if it is mid-file); its exit code."""
        if self._process is None:
            return None
        process, self._process = self._process, None
        if self._busy:
            process.kill()
            self._busy = False
        try:
            process.stdin.close()
        except BrokenPipeError:
            pass  # it has ended already
        try:
            code = process.wait(timeout=CLOSE_WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        self._results.close()
        return code


def _send(results, message: tuple) -> None:
    pickle.dump(message, results, protocol=pickle.HIGHEST_PROTOCOL)
    results.flush()


def _picklable(error: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # noqa: BLE001 - any error must reach the parent, as text if need be
        return RuntimeError(f"{type(error).__name__}: {error}")


def _read_files(jobs, results) -> None:
    """Each job (a file) read into prepared chunks and sent, then 'end', or the error that stopped it."""
    from earlywarn.services.bulk import fewer_collections
    from earlywarn.services.notice_rows import read_prepared

    while True:
        try:
            data, name, source, reading = pickle.load(jobs)
        except EOFError:
            return  # ingest is over
        try:
            with fewer_collections():
                read, prepared = read_prepared(data, name, source, reading)
                del data
                _send(results, ("read", (read.format, read.encoding, read.mapping, read.confidence)))
                for chunk in prepared:
                    _send(results, ("chunk", chunk))
            _send(results, ("end", None))
        except BrokenPipeError:
            return  # ingest has gone
        except Exception as error:  # noqa: BLE001 - raised by ingest where its own reading would have raised
            _send(results, ("error", _picklable(error)))


def _main(results_fd: int) -> None:
    with os.fdopen(results_fd, "wb") as results:
        try:
            _read_files(sys.stdin.buffer, results)
        except BrokenPipeError:
            pass
    os._exit(0)  # no interpreter teardown: nothing is left to flush


if __name__ == "__main__":
    _main(int(sys.argv[1]))
