"""What vesicles carry, said by the words around the cargo's name rather than by a verb.

"miR-29a in BMSC exosomes", "miR-188 was the most enriched miRNA in exosomes", "BMMSC-sEV miR-328a-3p" (the
vesicles carry the miRNA); "exosomal miR-21", "MSC-derived exosomal miR-21" (the vesicles of the kind the
adjective names, or of the cells named before it, carry it). A vesicle's name says it by itself too, and where the
vesicles come from: "miR-21-loaded exosomes", "MSC-derived exosomes", "MSCs ... their secreted exosomes".
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...model import Entity
from ...ontology import Ontology
from .tokens import CLASS_IDS
from .clauses import cells_after_tissue
from .names import MIRNA_IN_NAME, Mention, producer_words
from .relations import Claim
from .triggers import CARGO_TYPES, COORD, ENCLOSED
from .weighing import AND_THEIR


# "miR-29a in BMSC exosomes", "miR-188 was the most enriched miRNA in exosomes", "(enriched in
# BMSC-Exos)", "miR-X, which is highly expressed in exosomes": the cargo is named before its vesicle
_CARGO_IN = re.compile(
    r"\s*(?:family\s+|members?\s+)?(?:\(\s*)?(?:,\s*which\s+(?:is|are|was|were)\s+)?(?:(?:is|are|was|were)\s+(?:(?:found|shown|identified)\s+to\s+be\s+)?)?"
    r"(?:,\s*(?=(?:the\s+|an?\s+)?(?:most|[a-z]+ly)\s))?"  # "miR-X, the most abundant miRNA in EVs, ...": an apposition
    r"(?:(?:the\s+|an?\s+)?(?:(?:most|[a-z]+ly)\s+)*"  # "highly", "markedly", "specifically"
    r"(?:enriched|abundant|expressed|present|packaged|loaded|encapsulated|contained|up-?regulated|overexpressed)\s+"
    r"(?:(?:miRNAs?|microRNAs?|proteins?|molecules?|cargos?)\s+)?"
    # "the most highly expressed among the various miRNAs contained in X"
    r"(?:among\s+(?:the\s+)?(?:[a-z]+\s+)?(?:miRNAs|microRNAs|proteins)\s+(?:contained\s+|present\s+|found\s+|carried\s+)?)?"
    r")?(?:with)?in\s+(?:the\s+)?$", re.I)
# "miR-21 in exosome-treated cells", "PTEN in the exosome group": the vesicles treated, they hold nothing
_SHOWED_MORE = re.compile(r"\s+(?:exhibited|showed|displayed|had|presented)\s+(?:an?\s+|the\s+)?(?:(?:significant|marked|remarkable|"
                          r"strong)\s+)?(?:up-?regulation|enrichment|high(?:er)?\s+(?:levels?|expression)|abundance|overexpression)\s+"
                          r"of\s+(?:the\s+)?", re.I)
_TREATED_AFTER = re.compile(r"[\s\u2010-]*(?:treated|treatment|group|injection|administration|therapy|-?mediated)\b", re.I)


def _mirnas_as_class(sentence: str, m: Mention) -> bool:
    """ "the miRNAs", "43 miRNA": miRNAs as a class, many of them (not "the most highly expressed miRNA", one named
    elsewhere)."""
    return m.entity.type == "MicroRNA" and (m.text.endswith("s") or re.search(r"\d\s+$", sentence[: m.start]) is not None)


def cargo_in_vesicle(sentence: str, mentions: list[Mention], ontology: Ontology,
                     classes: frozenset[str] = frozenset()) -> list[Claim]:
    """ "miR-29a in exosomes from BMSCs", "miR-188 was the most enriched miRNA in exosomes": the
    vesicles carry the cargo named before them. *classes* are ids of class words ("miRNA"), no cargo.

    >>> from kg.model import Entity
    >>> s = "miR-188 was the most enriched miRNA in exosomes."
    >>> ms = [Mention(0, 7, "miR-188", Entity("miR-188", "miR-188", "MicroRNA"), "lexicon"),
    ...       Mention(39, 47, "exosomes", Entity("exosome", "exosome", "Exosome"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in cargo_in_vesicle(s, ms, Ontology.load())]
    [('exosomes', 'carries', 'miR-188')]
    """
    out: list[Claim] = []
    for i, v in enumerate(mentions):
        if i == 0 or not ontology.is_a(v.entity.type, "ExtracellularVesicle") or _TREATED_AFTER.match(sentence, v.end):
            continue
        # the nearest cargo before the vesicle, over class words ("the most enriched miRNA in"); the class word
        # itself where no name comes before it ("the miRNAs in the hucMSC-EVs were sequenced": they carry miRNAs)
        j = i - 1
        while j >= 0 and mentions[j].entity.id in classes:
            j -= 1
        if (j < 0 or not _CARGO_IN.fullmatch(sentence[mentions[j].end : v.start])) and _mirnas_as_class(sentence, mentions[i - 1]) \
                and _CARGO_IN.fullmatch(sentence, mentions[i - 1].end, v.start):
            j = i - 1
        if j < 0:
            continue
        c, gap = mentions[j], sentence[mentions[j].end : v.start]
        enclosed = list(ENCLOSED.finditer(sentence, 0, v.start))
        if enclosed and enclosed[-1].start() < c.start and c.end <= enclosed[-1].end():
            # "miR-145-5p, which targets ACVR2A, was enriched in exosomes": the cargo before the relative clause
            rel = enclosed[-1]
            while j > 0 and mentions[j].start > rel.start():
                j -= 1
            c, gap = mentions[j], sentence[mentions[j].end : rel.start()] + sentence[rel.end() : v.start]
        if c.entity.type not in CARGO_TYPES or not _CARGO_IN.fullmatch(gap):
            continue
        members = [c]  # "miR-199a-3p and miR-145-5p, which are highly expressed in exosomes"
        while j > 0 and mentions[j - 1].entity.type in CARGO_TYPES and COORD.fullmatch(sentence[mentions[j - 1].end : mentions[j].start]):
            j -= 1
            members.append(mentions[j])
        out += [Claim(v, "carries", m, m.start, v.end, 0.6) for m in members if m.entity.id not in classes or m is c and j == i - 1
                and m.entity.type == "MicroRNA"]
    # "hUC-MSCs-exosomes exhibited an up-regulation of miR-627-5p": the vesicles hold more of it
    out += [Claim(v, "carries", c, v.start, c.end, 0.6) for v, c in zip(mentions, mentions[1:])
            if c.entity.type == "MicroRNA" and c.entity.id not in classes and ontology.is_a(v.entity.type, "ExtracellularVesicle")
            and _SHOWED_MORE.fullmatch(sentence, v.end, c.start)]
    # "BMMSC-sEV miR-328a-3p", "BMSC-exosomes miR-25-3p": the vesicles' name before the miRNA's says whose it is
    out += [Claim(v, "carries", c, v.start, c.end, 0.6) for v, c in zip(mentions, mentions[1:])
            if c.entity.type == "MicroRNA" and ontology.is_a(v.entity.type, "ExtracellularVesicle")
            and sentence[v.end : c.start] == " "]
    return out


_VESICULAR = re.compile(r"\b(exosomal|exosome-(?:derived|carried|encapsulated|shuttled|delivered)"
                        r"|(?:s?EV|vesicle)-(?:derived|carried|delivered|transferred))\s+$", re.I)
_DERIVED_BEFORE = re.compile(r"[-\u2010\s](?:derived|induced)\s+|[-\u2010]", re.I)  # ("BMSC-exosomal miR-25-3p": the BMSCs' exosomes)
_FROM_AFTER = re.compile(r"\s+(?:(?:derived|isolated|obtained)\s+from|(?:secreted|released)\s+by|from)\s+(?:the\s+|human\s+)*", re.I)


def vesicular_cargo(sentence: str, mentions: list[Mention], last: tuple[int, Entity] | None,
                    lookup: Callable[[str], Entity | None], specialize: Callable[[Mention, Mention], Mention | None],
                    ontology: Ontology) -> list[Claim]:
    """ "exosomal miR-92a-3p", "EV-derived miR-21" (and the same kind listed after: "exosomal miR-199a-3p/145-5p"): the
    vesicles carry it (the last specific vesicle named, else vesicles of the kind the adjective names). After a cell
    type ("MSC-derived exosomal miR-21") they are that cell type's vesicles, which derive from it.

    >>> from kg.model import Entity
    >>> s = "exosomal miR-21 rose."
    >>> ms = [Mention(9, 15, "miR-21", Entity("miR-21", "miR-21", "MicroRNA"), "lexicon")]
    >>> exo = Entity("exosome", "exosome", "Exosome", generic=True)
    >>> [(c.subject.text, c.predicate, c.object.text) for c in vesicular_cargo(s, ms, None, lambda n: exo,
    ...                                                                        lambda c, v: None, Ontology.load())]
    [('exosomal', 'carries', 'miR-21')]
    """
    out: list[Claim] = []
    adj = None
    for k, m in enumerate(mentions):
        listed = out and out[-1].object is mentions[k - 1] and m.entity.type == mentions[k - 1].entity.type and \
            COORD.match(sentence[mentions[k - 1].end : m.start])
        adj = _VESICULAR.search(sentence, max(0, m.start - 30), m.start) or (adj if listed else None)
        if adj is None or m.entity.type not in ("MicroRNA", "GeneOrProtein", "Molecule") or m.entity.id in CLASS_IDS:
            continue  # "exosomal proteins" names no cargo
        exosome = adj.group(1).lower().startswith("exosom")
        kind = lookup("exosome" if exosome else "extracellular vesicle")
        # (the study's own vesicles, whichever word it uses for them: "exosomal miR-125a-3p" of its sEVs)
        vesicle = last[1] if last is not None else kind
        if vesicle is None:
            continue
        v = Mention(adj.start(1), adj.end(1), adj.group(1), vesicle, "anaphora")
        cell = next((c for c in mentions[:k] if ontology.is_a(c.entity.type, "CellType")
                     and _DERIVED_BEFORE.fullmatch(sentence, c.end, adj.start(1))), None)
        after = _FROM_AFTER.match(sentence, m.end) if cell is None and not listed else None
        at = next((j for j in range(k + 1, len(mentions)) if mentions[j].start == after.end()), None) if after else None
        if at is not None:  # "exosomal miR-186 derived from (bone marrow) MSCs": the cells after the cargo, in all their words
            named, cells = cells_after_tissue(sentence, mentions, at, ontology)
            cell = cells if ontology.is_a(named.entity.type, "CellType") else None
        made = specialize(cell, replace(v, entity=kind or vesicle)) if cell is not None and not listed else None
        if made is not None and after:
            v = replace(made, start=adj.start(1), end=adj.end(1), text=adj.group(1), source="pattern")
            # ("secreted by MSCs": the cells secrete them, as the rules read vesicles secreted by cells)
            out.append(Claim(cell, "secretes", v, adj.start(1), cell.end, 0.8) if re.search(r"secreted|released", after.group(), re.I)
                       else Claim(v, "derives_from", cell, adj.start(1), cell.end, 0.8))
        elif made is not None:  # "MSC-derived exosomal miR-21": the MSCs' exosomes
            v = replace(made, start=cell.start, text=sentence[cell.start : adj.end(1)], source="pattern")
            out.append(Claim(v, "derives_from", cell, cell.start, adj.end(1), 0.8))
        elif listed:
            v = out[-1].subject  # (the vesicles of the name before)
        out.append(Claim(v, "delivers" if re.search(r"deliver|transfer", adj.group(1), re.I) else "carries", m,
                         adj.start(1), m.end, 0.6))
    return out


# "MSCs ... their secreted exosomes": a possessive before vesicles names whose they are (and, with a participle, how)
POSSESSIVE = re.compile(r"(?:^|\s)(their|its)\s+(?:(secreted|released|produced|own)\s+)?$", re.I)
_LOADED_WITH = re.compile(r"(.+?)[-\u2010\s](?:loaded|enriched|abundant|rich)\b", re.I)


def name_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """Statements a vesicle name makes by itself: "MSC-derived exosomes" come from MSCs, "miR-21-loaded
    exosomes" carry miR-21. A possessive with a secretion participle after a cell type ("MSCs ... their secreted
    exosomes") says the cells secrete the vesicles.

    >>> ms = [Mention(0, 20, "MSC-derived exosomes", Entity("x", "MSC exosome", "Exosome"), "lexicon",
    ...               producer=Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell"))]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in name_claims("MSC-derived exosomes", ms, Ontology.load())]
    [('MSC-derived exosomes', 'derives_from', 'MSC')]
    """
    out = []
    for m in mentions:
        if m.source == "possessive" and m.producer is not None:
            poss = POSSESSIVE.search(sentence[: m.start])
            # the cells in their own words where they stand before "and their" ("BMSCs and their exosomes")
            cells = next((c for c in reversed(mentions) if c.end <= m.start and c.entity.id == m.producer.id
                          and AND_THEIR.match(sentence, c.end)), None)
            prod = cells or Mention(m.start, m.end, m.text, m.producer, "lexicon", m.producer.provisional)
            if poss and poss.group(2) and poss.group(2).lower() != "own":
                out.append(Claim(prod, "secretes", m, poss.start(1), m.end, 0.75))
            elif poss and cells:  # "BMSCs and their exosomes were obtained": the exosomes come from the BMSCs
                out.append(Claim(m, "derives_from", cells, cells.start, m.end, 0.75))
            continue
        if m.producer is not None and m.producer.id != m.entity.id:
            out.append(Claim(m, "derives_from", producer_mention(m, whole=True), m.start, m.end, 0.85))
        if m.cargo is not None and m.cargo.id != m.entity.id and ontology.is_a(m.entity.type, "ExtracellularVesicle"):
            # the cargo in its own words where the name writes it ("miR-29a" in "miR-29a-overexpressing EVs")
            a, b = w.span() if (w := re.search(MIRNA_IN_NAME, m.text)) and m.cargo.type == "MicroRNA" \
                else w.span(1) if (w := _LOADED_WITH.match(m.text)) else (0, len(m.text))  # ("curcumin" in "curcumin-loaded")
            cargo = Mention(m.start + a, m.start + b, m.text[a:b], m.cargo, "lexicon", m.cargo.provisional)
            out.append(Claim(m, "carries", cargo, m.start, m.end, 0.85))
    return out


def producer_mention(m: Mention, whole: bool = False) -> Mention | None:
    """The producer the name of vesicles (or cells) *m* names ("MSC" in "MSC-derived exosomes"), as a mention
    of its own words inside the name; None where the name does not set them apart (or, if *whole*, the name).

    >>> m = Mention(0, 20, "MSC-derived exosomes", Entity("x", "MSC exosome", "Exosome"), "lexicon",
    ...             producer=Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell"))
    >>> producer_mention(m).text
    'MSC'
    """
    if m.producer is None or m.producer.id == m.entity.id or m.source == "possessive":
        return None
    a, b = producer_words(m.text)
    if b - a == len(m.text) and not whole:
        return None
    return Mention(m.start + a, m.start + b, m.text[a:b], m.producer, "lexicon", m.producer.provisional)
