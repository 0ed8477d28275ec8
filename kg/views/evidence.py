"""Evidence as plain records: what every view shows of a statement's support.

One record per evidence: the quote and its offsets, the document's title and link, the status and
curation, the cited study, the context (as labels) and the readouts. The HTML page, the GraphML and
Cytoscape exports and the JSON outputs all show evidence through these records, so no view rewords
or drops a field another shows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import KGError
from ..model import Statement

if TYPE_CHECKING:
    from ..core import GraphData


def evidence_records(kg: "GraphData", statement: Statement) -> list[dict[str, Any]]:
    """The evidence of *statement* as plain records, each with its document title and cited study.

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> rec = evidence_records(g, g.statements("PTEN", "decreases")[0])[0]
    >>> rec["quote"], rec["document_title"], rec["status"], rec["study"]
    ('PTEN restrains axon regeneration in rats', 'A tiny test document', 'finding', 'Doe et al. (2020)')
    """
    out = []
    for ev in statement.evidence:
        doc = kg.documents.get(ev.document)
        study = doc.study(ev.study) if doc is not None and ev.study else None
        out.append({
            "document": ev.document,
            "document_title": (doc.title if doc is not None and doc.title else ev.document),
            "quote": ev.quote,
            "start": ev.start,
            "end": ev.end,
            "status": ev.status,
            "curation": ev.curation,
            "document_url": web_url(doc.url if doc is not None else None, doc.doi if doc is not None else None),
            "study": str(study) if study is not None else (ev.study or None),
            "study_doi": study.doi if study is not None else None,
            "study_url": web_url(None, study.doi if study is not None else None),
            "context": {k: _label(kg, v) for k, v in ev.context().items()},
            "readouts": [{"measure": r.measure, "value": r.value, "comparator": r.comparator} for r in ev.readouts],
        })
    return out


def web_url(url: str | None, doi: str | None = None) -> str | None:
    """A link a reader can follow: *url* if it is a web address, else the DOI resolver's, else None.

    Anything but http(s) is dropped, so no ``javascript:`` or ``file:`` address reaches a page.

    >>> web_url(None, "10.1000/xyz"), web_url("javascript:alert(1)"), web_url("https://x.org/a")
    ('https://doi.org/10.1000/xyz', None, 'https://x.org/a')
    """
    if url and url.lower().startswith(("https://", "http://")):
        return url
    if doi:
        doi = doi.strip()
        if doi.lower().startswith(("https://", "http://")):
            return doi
        return "https://doi.org/" + (doi[4:] if doi.lower().startswith("doi:") else doi)
    return None


def _label(kg: "GraphData", entity_id: str) -> str:
    try:
        return kg.entity(entity_id).label
    except KGError:
        # A context entity the lexicon lacks still deserves to be shown, by its id.
        return entity_id
