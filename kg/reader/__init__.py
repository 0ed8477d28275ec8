"""The rule-based reader: proposes grounded, evidence-backed statements from a new document.

Pipeline, one module per step: :mod:`.sentences` (split, drop boilerplate) -> :mod:`.ner` (lexicon,
abbreviations, patterns) -> :mod:`.relations` (triggers, arguments, negation, chains) ->
:mod:`.status` (hedges). Every statement it returns obeys the curation rules of seeds/README.md:
``text[start:end] == quote``, a relation of the ontology, typed subject and object; its evidence
says ``curation="machine-read"`` and carries a confidence.

>>> import kg.reader as reader
>>> r = reader.read_text("Mesenchymal stem cell exosomes cross the blood-spinal cord barrier "
...                      "and may suppress inflammation.")
>>> [(str(s), s.evidence[0].status) for s in r.statements]
[('mesenchymal stem cell exosome -crosses-> blood-spinal cord barrier', 'finding'), \
('mesenchymal stem cell exosome -decreases-> inflammation', 'hypothesis')]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..lexicon import Lexicon, load_lexicon
from ..model import Entity, Evidence, Statement
from ..ontology import Ontology
from .ner import Mention, Recognizer, is_generic_vesicle, singular, slug
from .relations import APPOSITION, Claim, extract
from .sentences import Sentence, split_sentences
from .status import status_of

log = logging.getLogger(__name__)

__all__ = ["ReadResult", "read_text", "read_file", "Reader", "split_sentences"]

# "These vesicles", "The exosomes": the last specific vesicle the document named.
_DETERMINER = re.compile(r"(?:^|\s)(?:these|those|the|such|their|its|said)\s+(?:\w+\s+)?$", re.I)
_ANAPHOR_REACH = 600  # characters back to look for the antecedent


@dataclass
class ReadResult:
    """What the reader found in one document."""

    text: str
    statements: list[Statement] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    sentences: int = 0
    format: str = "text"  # text | markdown | html (set by read_file)
    warnings: tuple[str, ...] = ()  # decoding warnings (set by read_file)

    def to_json(self) -> list[dict[str, Any]]:
        """The statements as plain dicts (the ``kg read --format json`` schema)."""
        return [statement_json(s) for s in self.statements]


def statement_json(s: Statement) -> dict[str, Any]:
    """One machine-read statement in the flat JSON shape of ``kg read``.

    >>> d = statement_json(read_text("miR-21 suppresses PTEN.").statements[0])
    >>> d["subject"]["identifier"], d["predicate"], d["sign"], d["quote"], d["start"], d["status"]
    ('miR-21', 'decreases', -1, 'miR-21 suppresses PTEN', 0, 'finding')
    """
    ev = s.evidence[0]

    def ent(e: Entity) -> dict[str, Any]:
        # "identifier" only for a curated (grounded) entity; a provisional one has an id but no identifier.
        return {"label": e.label, "type": e.type, "id": e.id, "identifier": None if e.provisional else e.id,
                "provisional": e.provisional}

    return {
        "subject": ent(s.subject),
        "predicate": s.predicate,
        "object": ent(s.object),
        "sign": s.sign,
        "quote": ev.quote,
        "start": ev.start,
        "end": ev.end,
        "status": ev.status,
        "confidence": ev.confidence,
        "curation": ev.curation,
    }


class Reader:
    """A reader bound to one lexicon and ontology; reuse it across documents (the set-up is costly).

    >>> r = Reader().read("miR-146a dampens NF-κB signaling.")
    >>> [str(s) for s in r.statements]
    ['miR-146a -decreases-> NF-κB signaling']
    """

    def __init__(self, lexicon: Lexicon | None = None, ontology: Ontology | None = None):
        self.ontology = ontology or Ontology.load()
        self.lexicon = lexicon if lexicon is not None else load_lexicon(self.ontology)
        self.recognizer = Recognizer(self.lexicon, self.ontology)

    def read(self, text: str, document: str = "<text>") -> ReadResult:
        """Read *text* (plain text; see :func:`read_file` for HTML) into a ReadResult."""
        sentences = split_sentences(text)
        mentions = self.recognizer.find(text)
        result = ReadResult(text, sentences=len(sentences))
        seen: set[tuple[str, str, str, int, int]] = set()
        new: dict[str, Entity] = {}
        last_vesicle: tuple[int, Entity] | None = None  # (end offset, entity) of the last specific vesicle
        j = 0
        for sent in sentences:
            while j < len(mentions) and mentions[j].start < sent.start:
                j += 1
            local = []
            k = j
            while k < len(mentions) and mentions[k].end <= sent.end:
                m = mentions[k]
                local.append(replace(m, start=m.start - sent.start, end=m.end - sent.start))
                k += 1
            local = self._anaphora(sent, local, last_vesicle)
            claims = extract(sent.text, local, self.ontology, self._specialize) + self._implicit(local)
            for m in local:
                if self.ontology.is_a(m.entity.type, "ExtracellularVesicle") and not is_generic_vesicle(m.entity):
                    last_vesicle = (sent.start + m.end, m.entity)
            for c in claims:
                start, end = sent.start + c.start, sent.start + c.end
                key = (c.subject.entity.id, c.predicate, c.object.entity.id, start, end)
                if key in seen:
                    continue
                seen.add(key)
                status = status_of(sent.text[: c.end])
                ev = Evidence(document, text[start:end], start, end, status, f"r{len(result.statements) + 1:03d}",
                              curation="machine-read", confidence=c.confidence)
                rel = self.ontology.relations[c.predicate]
                result.statements.append(Statement(c.subject.entity, c.predicate, c.object.entity, rel.sign, (ev,)))
                for e in (c.subject.entity, c.object.entity):
                    if e.provisional:
                        new.setdefault(e.id, e)
        result.new_entities = sorted(new.values(), key=lambda e: e.id)
        log.info("%s: %d sentences, %d statements, %d new entities", document, result.sentences,
                 len(result.statements), len(result.new_entities))
        return result

    def _implicit(self, mentions: list[Mention]) -> list[Claim]:
        """Statements a vesicle name makes by itself: "MSC-derived exosomes", "miR-21-loaded exosomes"."""
        out = []
        for m in mentions:
            if m.producer is not None and m.producer.id != m.entity.id:
                prod = Mention(m.start, m.end, m.text, m.producer, "lexicon", m.producer.provisional)
                out.append(Claim(m, "derives_from", prod, m.start, m.end, 0.85))
            if m.cargo is not None and m.cargo.id != m.entity.id and self.ontology.is_a(m.entity.type, "ExtracellularVesicle"):
                cargo = Mention(m.start, m.end, m.text, m.cargo, "lexicon", m.cargo.provisional)
                out.append(Claim(m, "carries", cargo, m.start, m.end, 0.85))
        return out

    def _anaphora(self, sent: Sentence, mentions: list[Mention], last: tuple[int, Entity] | None) -> list[Mention]:
        """Re-point "these vesicles"/"the exosomes" at the last specific vesicle named before them."""
        out = []
        for i, m in enumerate(mentions):
            prev = out[-1] if out else None
            if (prev is not None and is_generic_vesicle(m.entity) and not is_generic_vesicle(prev.entity)
                    and self.ontology.is_a(prev.entity.type, "ExtracellularVesicle")
                    and APPOSITION.fullmatch(sent.text[prev.end : m.start])):
                out.append(replace(m, entity=prev.entity, source="anaphora", new=False))
                continue
            if last is None:
                out.append(m)
                continue
            end, entity = last
            before = sent.text[: m.start]
            if (is_generic_vesicle(m.entity) and _DETERMINER.search(before)
                    and sent.start + m.start - end <= _ANAPHOR_REACH):
                out.append(replace(m, entity=entity, source="anaphora", new=False))
            else:
                out.append(m)
        return out

    def _specialize(self, cell: Mention, vesicle: Mention) -> Mention | None:
        """The vesicles a cell type secretes, named after it ("stem cells release exosomes")."""
        if not is_generic_vesicle(vesicle.entity):
            return None
        c = cell.entity
        for name in (c.label, *c.synonyms):
            for form in (f"{name} exosomes", f"{name}-derived exosomes", f"{name} EVs", f"{name} extracellular vesicles"):
                e = self.recognizer.lookup(form)
                if e is not None:
                    return replace(vesicle, entity=e, new=False)
        kind = "exosome" if vesicle.entity.type == "Exosome" else "extracellular vesicle"
        label = f"{singular(c.label)} {kind}"
        e = Entity(slug(label), label, "Exosome" if kind == "exosome" else "ExtracellularVesicle", provisional=True)
        return replace(vesicle, entity=e, new=True)


_DEFAULT: Reader | None = None


def read_text(text: str, lexicon: Lexicon | None = None, ontology: Ontology | None = None,
              document: str = "<text>") -> ReadResult:
    """Read *text* with *lexicon* (default: ontology/lexicon.yaml) and return what the reader found.

    >>> r = read_text("Adipose stem cell-derived exosomes (ASC-Exos) deliver miR-199a-3p.")
    >>> [str(s) for s in r.statements]
    ['Adipose stem cell-derived exosome -delivers-> miR-199a-3p']
    >>> sorted(e.id for e in r.new_entities)
    ['Adipose-stem-cell-derived-exosome', 'miR-199a-3p']
    """
    global _DEFAULT
    if lexicon is None and ontology is None:
        if _DEFAULT is None:
            _DEFAULT = Reader()
        return _DEFAULT.read(text, document)
    return Reader(lexicon, ontology).read(text, document)


from .documents import read_file  # noqa: E402  (needs ReadResult defined above)
