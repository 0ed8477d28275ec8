"""Files: where the project's data folders are, and how outputs reach the disk.

The package is meant to be installed in place (``pip install -e .``), so ``ontology/`` and ``seeds/``
sit beside ``kg/``; ``KG_ONTOLOGY`` and ``KG_SEEDS`` point elsewhere when needed.

Every output goes through :func:`write_atomic` (a temporary file in the same folder, then a
rename), so a failed or interrupted run never leaves a half-written file where a good one was.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def ontology_dir() -> Path:
    """The ontology folder (``$KG_ONTOLOGY`` or ``ontology/`` beside the package).

    >>> (ontology_dir() / "exokg.ttl").is_file()
    True
    """
    return Path(os.environ.get("KG_ONTOLOGY", PROJECT_ROOT / "ontology"))


def seeds_dir() -> Path:
    """The seeds folder (``$KG_SEEDS`` or ``seeds/`` beside the package).

    >>> seeds_dir().name
    'seeds'
    """
    return Path(os.environ.get("KG_SEEDS", PROJECT_ROOT / "seeds"))


def relpath(path: Path | str) -> str:
    """Show *path* relative to the working directory when it lies below it.

    >>> relpath("/nonexistent/x.yaml")
    '/nonexistent/x.yaml'
    """
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def ensure_writable(folder: Path) -> None:
    """Fail early, before any work, when *folder* cannot be created or written.

    >>> ensure_writable(Path("/proc/no/such/place"))
    Traceback (most recent call last):
    kg.errors.OutputError: cannot write to /proc/no/such/place: ...
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".kg-probe-"):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {exc.strerror or exc}; choose another --out") from None


def check_output_file(path: Path | str) -> Path:
    """Fail before any work when *path* cannot become a file: a folder, or an unwritable place.

    >>> check_output_file("/proc/no/such/place/kg.html")
    Traceback (most recent call last):
    kg.errors.OutputError: cannot write to /proc/no/such/place: ...
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name such as {path / 'kg.html'}")
    ensure_writable(path.parent)
    return path


def write_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file and a rename.

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "x.txt"
    >>> write_atomic(p, b"ok"); p.read_bytes(), [q.name for q in p.parent.iterdir()]
    (b'ok', ['x.txt'])
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_all(outputs: dict[Path, bytes]) -> None:
    """Write several files so that none is replaced unless all were rendered.

    The caller renders everything first (rendering is where errors happen); then each file is
    swapped in with a rename.

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> write_all({d / "a": b"1", d / "b": b"2"}); sorted(p.name for p in d.iterdir())
    ['a', 'b']
    """
    for path, data in outputs.items():
        write_atomic(path, data)
