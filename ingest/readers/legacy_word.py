"""Word 97-2003 .doc, through Debian's `antiword` (a small C program, no office suite).

Much of a board's archive predates .docx. antiword prints the text with
tables as `|cell|cell|` rows; we ask for UTF-8 and no line wrapping, and
rewrite its table rows into the ` | ` convention of the other readers.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from ingest.errors import ReadError
from ingest.readers.layout import table_row, tidy_lines

TIMEOUT_SECONDS = 60


def _table_rows(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            line = table_row(cell.strip() for cell in stripped[1:-1].split("|"))
        lines.append(line)
    return "\n".join(lines)


def read_doc(data: bytes, name: str) -> str:
    antiword = shutil.which("antiword")
    if antiword is None:
        raise ReadError(f"{name} is a Word 97-2003 document, and reading it needs antiword: apt-get install antiword")
    fd, path = tempfile.mkstemp(suffix=".doc")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        done = subprocess.run([antiword, "-m", "UTF-8.txt", "-w", "0", path], capture_output=True,
                              timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as ex:
        raise ReadError(f"{name} took more than {TIMEOUT_SECONDS} s to read with antiword; it may be damaged.") from ex
    except OSError as ex:
        raise ReadError(f"{name} could not be read: antiword failed to start ({ex.strerror}).") from ex
    finally:
        os.unlink(path)
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", errors="replace").strip().replace(path, name)
        raise ReadError(f"{name} is not a readable Word 97-2003 document (antiword: {detail or 'no output'}).")
    return tidy_lines(_table_rows(done.stdout.decode("utf-8", errors="replace")))
