"""Fill in evidence offsets for curators: they write the quote, this finds where it is.

Only quotes that occur exactly once are located; an ambiguous quote is reported so the curator
picks the occurrence (offsets are then typed by hand and proved by every build).
"""
from __future__ import annotations

from pathlib import Path

from .. import yamlio
from ..errors import InvalidAnnotationError, Problem
from ..files import relpath, seeds_dir, write_atomic
from .seeds import find_document, read_text


def locate_offsets(stem: str, folder: Path | None = None, write: bool = False) -> list[str]:
    """Offsets for STEM's annotations that lack them; with *write*, put them into the file.

    Returns one line per statement located or left alone, for the user to read.
    """
    folder = Path(folder) if folder is not None else seeds_dir()
    doc = find_document(folder, stem)
    if doc is None:
        raise InvalidAnnotationError(Problem(relpath(folder / stem), None, "no such document"))
    text = read_text(doc)
    ann_path = folder / f"{stem}.ann.yaml"
    data = yamlio.load(ann_path)
    lines = ann_path.read_text(encoding="utf-8").splitlines(keepends=True)
    report, inserts = [], []
    for ann in data.get("statements") or []:
        if "start" in ann and "end" in ann or not isinstance(ann.get("quote"), str):
            continue
        quote = ann["quote"]
        hits = []
        i = text.find(quote)
        while i >= 0:
            hits.append(i)
            i = text.find(quote, i + 1)
        if len(hits) != 1:
            where = "nowhere" if not hits else f"{len(hits)} times, at {', '.join(map(str, hits))}"
            report.append(f"{relpath(ann_path)}:{ann.line}: {ann.get('id')}: quote occurs {where}; set start/end by hand")
            continue
        start, end = hits[0], hits[0] + len(quote)
        report.append(f"{relpath(ann_path)}:{ann.line}: {ann.get('id')}: start {start}, end {end}")
        qline = ann.line_of("quote") - 1
        indent = len(lines[qline]) - len(lines[qline].lstrip())
        j = qline + 1
        while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
            j += 1
        inserts.append((j, " " * indent + f"start: {start}\n" + " " * indent + f"end: {end}\n"))
    if write and inserts:
        for j, block in sorted(inserts, reverse=True):
            lines.insert(j, block)
        write_atomic(ann_path, "".join(lines).encode("utf-8"))
    return report
