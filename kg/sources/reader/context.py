"""The setting of each statement: organism, model system and disease model, as the abstract states them.

A sentence that names its own setting ("in rats", "in HK-2 cells", "in a mouse model of colitis")
gives it; otherwise the document's: the animal it studies (the first one named), human when it
names only human cells or patients, the cells or animals it works on, and the disease it models
most often. Each organism carries its NCBITaxon identifier.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .names import LINE_KINDS

_ORGANISMS = (  # word pattern, label, NCBITaxon
    (re.compile(r"\b(?:mice|mouse|murine)\b", re.I), "mouse", "NCBITaxon:10090"),
    (re.compile(r"\brats?\b", re.I), "rat", "NCBITaxon:10116"),
    (re.compile(r"\b(?:pigs?|porcine|swine|minipigs?)\b", re.I), "pig", "NCBITaxon:9823"),
    (re.compile(r"\brabbits?\b", re.I), "rabbit", "NCBITaxon:9986"),
    (re.compile(r"\b(?:dogs?|canine)\b", re.I), "dog", "NCBITaxon:9615"),
    (re.compile(r"\bzebrafish\b", re.I), "zebrafish", "NCBITaxon:7955"),
    (re.compile(r"\b(?:monkeys?|macaques?|primates?)\b", re.I), "macaque", "NCBITaxon:9544"),
    (re.compile(r"\b(?:human|patients?|volunteers?)\b|\bh(?:UC|uc|BM|MSC|ADSC|iPSC)", re.I), "human", "NCBITaxon:9606"),
)
# (and the kind of cells a line is: "C2C12 myoblasts", "BV2 microglia"; not "M2 macrophages" nor "Th17 cells")
_CELL_LINE = re.compile(r"\b(?!(?:M|N|Th|Tc|CD)\d+\s)([A-Z][A-Za-z]*[-]?\d+[A-Za-z0-9]*|HUVECs?|RAW\s?264\.7|THP-1|bEnd\.3)\s+"
                        r"(?:cells?|cell\s+line|" + LINE_KINDS + r")\b")
_PRIMARY = re.compile(r"\bprimary\s+(?:\w+\s+){0,2}(?:cells|chondrocytes|neurons|hepatocytes|macrophages|cardiomyocytes)\b", re.I)
_ANIMAL_MODEL = re.compile(r"\b(?:(?:mouse|mice|rat|murine|porcine|rabbit)\s+(?:\w+\s+){0,3}models?|models?\s+of\s+[\w\s-]{3,40}?\s+in\s+(?:mice|rats))\b", re.I)
_PATIENTS = re.compile(r"\bpatients?\b", re.I)


def _organism(text: str) -> dict[str, str] | None:
    """The first organism *text* names among the animals, else human if it names human material."""
    found = [(m.start(), label, curie) for rx, label, curie in _ORGANISMS[:-1] for m in [rx.search(text)] if m]
    if found:
        _, label, curie = min(found)
        return {"label": label, "identifier": curie}
    if _ORGANISMS[-1][0].search(text):
        return {"label": "human", "identifier": "NCBITaxon:9606"}
    return None


def _animal(text: str) -> dict[str, str] | None:
    """The first animal *text* names, or human where it names patients. A sentence's "human" alone names where
    its cells came from ("human umbilical cord MSC exosomes"), not the organism its finding was made in; the
    document's organism stands for that.

    >>> _animal("Human MSC exosomes reduced injury in rats."), _animal("Human MSC exosomes reduced injury.")
    ({'label': 'rat', 'identifier': 'NCBITaxon:10116'}, None)
    """
    found = _organism(text)
    if found is not None and found["identifier"] == "NCBITaxon:9606" and not _PATIENTS.search(text):
        return None  # (patients are the study's own humans)
    return found


def _model_system(text: str) -> str | None:
    parts: list[str] = []
    for rx, what in ((_ANIMAL_MODEL, "animal model"), (_CELL_LINE, "cell line"), (_PRIMARY, "primary cells"),
                     (_PATIENTS, "patients")):
        m = rx.search(text)
        if m:
            parts.append(f"{what} ({m.group().strip()})")
    return "; ".join(parts) or None


class DocumentContext:
    """The setting of one document, asked sentence by sentence.

    >>> c = DocumentContext("Exosomes reduced colitis in mice. In HK-2 cells, miR-21 fell.", [])
    >>> c.of("In HK-2 cells, miR-21 fell.")["model_system"], c.of("In HK-2 cells, miR-21 fell.")["organism"]["label"]
    ('cell line (HK-2 cells)', 'mouse')
    """

    def __init__(self, text: str, diseases: list[Any]):
        self.organism = _organism(text)
        self.model_system = _model_system(text)
        counts = Counter((f.entity.label, f.identifier) for f in diseases)
        top = counts.most_common(1)
        self.disease = {"label": top[0][0][0], "identifier": top[0][0][1]} if top else None

    def of(self, sentence: str, diseases: list[Any] = ()) -> dict[str, Any]:
        """organism, model_system and disease_model for a statement of *sentence*."""
        own = [f for f in diseases]
        return {
            "organism": _animal(sentence) or self.organism,
            "model_system": _model_system(sentence) or self.model_system,
            "disease_model": ({"label": own[0].entity.label, "identifier": own[0].identifier} if own else self.disease),
        }
