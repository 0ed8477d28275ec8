"""Statements from a dependency parse: who does what to whom, with the polarity the words give.

For each verb whose form is a trigger of :mod:`.triggers`:

* subjects: its nominal subject; the noun a relative ("which promotes") or participial clause
  ("exosomes derived from", "miR-X targeting Y") hangs on; for a coordinated verb without a
  subject ("suppressed X and inhibited Y"), the first verb's subject; in the passive, the agent
  after "by";
* objects: its direct object, in the passive its subject; each widened to its conjuncts
  ("A, B and C") and read through "the expression/level/activity of X" and "X expression";
* chains (:mod:`.chains`): "by/via/through + gerund" ("reduced X by enhancing Y": the subject raises Y,
  and Y lowers X) and "via/through Y" with a named mediator;
* polarity: a negated verb states nothing; an inhibitor, knockdown, antagomir or anti-miR subject
  ("MSC-anti-miR-92a-3p-Exos repressed X") is read as the miRNA or gene it silences, with the
  opposite sign ("silencing X lowered Y" means X raises Y).

Relations are typed by :func:`.relations.predicate_for` (the ontology's subject and object classes).
"""
from __future__ import annotations

import re
from typing import Any, Callable

from ...model import Entity
from ...ontology import Ontology
from .chains import means_chains
from .names import Mention
from .parse import Parsed
from .predicates import is_harm
from .relations import Claim
from .tokens import (BLOCKER, LEVEL_NOUNS, LOSS_NOUNS, DOWN_NOUNS, SIGNED, claim_of, flipped, given_by, is_inhibitor, mentions_of,
                     relation_of)
from .triggers import GAIN_NOUNS, LOSS_OF, NEEDS_HARM, SETS_BACK, SHIELDING

_LOWERED = frozenset("suppressed silenced inhibited reduced decreased downregulated down-regulated".split())
# a change said of the outcome, not part of its name ("..., and reduced wound inflammation" parsed with "reduced" as a modifier)
_CHANGED = _LOWERED | frozenset("increased elevated enhanced upregulated up-regulated promoted accelerated attenuated "
                                "diminished lowered".split())
_FALLS = DOWN_NOUNS | LOSS_NOUNS | frozenset({"decrease", "decline"})  # a passive verb's patient named by its fall
_TIME_MARKS = frozenset({"after", "before", "following", "until"})
_NEGATORS = frozenset({"not", "no", "never", "n't", "neither", "nor", "without"})


def claims_from_parse(parsed: Parsed, mentions: list[Mention], ontology: Ontology,
                      mirna: Callable[[str], Entity | None] | None = None,
                      outcome: Callable[[str, str, str | None], Entity] | None = None) -> list[Claim]:
    """The claims one parsed sentence makes between its *mentions* (sentence coordinates).

    *mirna* names the miRNA an inhibitor mention silences ("anti-miR-92a-3p" -> miR-92a-3p); *outcome*
    (name, type, label) gives the entity of an object no mention names ("reduced body weight"), or leaves them out.
    """
    by_span = {(m.start, m.end): m for m in mentions}
    at: dict[int, Mention] = {}
    for i, span in parsed.spans.items():
        m = by_span.get(span) or next((x for x in mentions if x.start <= span[0] < x.end), None)
        if m is not None:
            at[i] = m
    out: list[Claim] = []
    doc = parsed.doc
    titled = outcome is not None and _title_case(doc, at)
    for v in doc:
        rel = relation_of(v)
        # "protected chondrocytes from apoptosis": the harm is lowered, not the cells
        frm = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "from"] if v.lower_ in SHIELDING else []
        harm = [g for c in frm for g in c.children if g.dep_ == "pobj"] + [  # ... "from undergoing apoptosis"
            d for c in frm for g in c.children if g.dep_ == "pcomp" for d in g.children if d.dep_ == "dobj"]
        harm_only = not frm and v.lower_ in NEEDS_HARM  # "rescued muscle atrophy": only a harm named as the object
        rel = "decreases" if harm or harm_only else None if frm else rel
        if rel is None or rel in ("secretes", "derives_from") or _negated(v):
            continue  # where vesicles come from is the rules' (vesicle naming, sources, anaphora)
        if v.dep_ == "advcl" and v.head.tag_.startswith("NN") and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in v.children):
            continue  # "injection of X 2 h after CLP significantly reduced Y", parsed as "after CLP reduced Y": a misreading
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (v.dep_ == "acl" and v.tag_ == "VBN") \
            or (v.dep_ == "conj" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children)
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.children))  # "was suppressed by A and inhibited by B"
        subjects, objects, lost = _arguments(v, passive, at)
        if not subjects:
            continue
        if passive and not SETS_BACK.match(v.lower_) and any(
                c.dep_ == "nsubjpass" and c.i not in at and c.lower_ in _FALLS for c in v.children):
            rel = flipped(rel)  # "the loss of neurons was prevented by X": X kept the neurons ("restored" is the reversals')
        if harm:
            objects = [m for t in harm for m in mentions_of(t, at)]
        if outcome is not None:
            objects = objects + _outcome_phrases(v, rel, subjects, at, outcome, parsed, ontology, passive, harm, titled)
        if harm_only:
            objects = [o for o in objects if is_harm(o, ontology)]
        for s, s_sign in subjects:
            if _in_model_of(doc, s, at):
                continue  # "MSC exosomes in a mouse model of psoriasis reduced IL-17": the disease is the setting
            if not passive and any(t.text == ";" for i, m in at.items() if m is s and not _subject_of_first(doc[i], v)
                                   for t in doc[i + 1 : v.i]):
                continue  # "reduced A and B; decreased C": a semicolon ends the clause that A and B stand in
            for o in objects:
                out += claim_of(s, flipped(rel) if id(o) in lost else rel, o, s_sign, v, ontology, mirna, 0.7, parsed.offset)
            out += means_chains(v, rel, s, s_sign, objects, at, ontology, mirna, parsed.offset)
    return out


_NOT_OUTCOME = frozenset("effect effects role roles mechanism mechanisms group groups model models study studies "
                         "cell cells mouse mice rat rats patient patients result results data ability potential use "
                         "application administration injection treatment therapy part number way ways time "
                         "expression level levels change changes increase increases decrease decreases elevation "
                         "reduction reductions inactivation".split())
_NEEDS_MODIFIER = frozenset("activity activities function functions development homeostasis accumulation".split())
_OUTSIDE = frozenset({"det", "poss", "predet", "punct", "cc", "prep", "advmod"})
# "to treat various diseases, including stroke": a phrase that counts or sorts things names no outcome
_QUANTIFIER = frozenset("various several many multiple numerous diverse different other some certain countless".split())
_CAUSED = re.compile(r"^.*-(?:induced|mediated|related|associated|dependent)\s+")


def _title_case(doc: Any, at: dict[int, Mention]) -> bool:
    """Whether the parsed sentence is a title in title case ("... Exosomes Protect Muscle Loss by ..."),
    where capitals are no names."""
    long = [x.text for x in doc if x.is_alpha and len(x.text) > 3 and x.i not in at]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.6 * len(long)


def _outcome_phrases(v: Any, rel: str, subjects: list[tuple[Mention, int]], at: dict[int, Mention],
                     outcome: Callable[[str, str, str | None], Entity], parsed: Parsed, ontology: Ontology,
                     passive: bool = False, heads: list[Any] | None = None, titled: bool = False) -> list[Mention]:
    """Objects of *v* that no mention names, read as the outcome their words name ("reduced body weight").

    Only for what an agent (a vesicle, cell, molecule) does, and only lower-case phrases whose every
    word belongs to the phrase: "the Th1 subset ratio" or "IDD repair" is about a named thing."""
    if rel not in SIGNED and rel != "regulates" or not any(
            not ontology.is_a(s.entity.type, "ProcessOrPhenotype") and not ontology.is_a(s.entity.type, "DiseaseOrInjury")
            for s, _ in subjects):
        return []
    doc = v.doc

    def word(k: int) -> str:
        return at[k].text if k in at else doc[k].text

    def plain(k: int) -> bool:
        return word(k).islower() or (titled and word(k).istitle() and k not in at)

    out: list[Mention] = []
    for h in heads or [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]:
        for t in (h, *h.conjuncts):  # "reduced body weight, liver weight and liver index"
            if t.i in at or not t.tag_.startswith("NN") or (t.tag_.startswith("NNP") and not titled) or t.lower_ in _NOT_OUTCOME:
                continue
            last = t
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                # "the loss of muscle mass": the outcome is named with its complement (where the complement is
                # a named thing, "the progression of atherosclerosis", the parse reads it as that thing)
                g = next((c for c in of.children if c.dep_ == "pobj"), None)
                if g is None or g.i in at or not all(plain(j) and doc[j].dep_ not in ("det", "poss", "nummod")
                                        for j in range(t.i + 1, g.i + 1)):
                    continue
                last = g
            k, inside, blocked = t.i - 1, {t.i}, False
            while k >= 0:
                tok = doc[k]
                glued = not tok.whitespace_
                if tok.text == "-" and glued and k > 0 and doc[k - 1].whitespace_ == "":
                    inside.add(k)
                elif glued and doc[k + 1].text == "-" or (tok.dep_ in ("compound", "amod", "nmod") and tok.head.i in inside):
                    if not plain(k) or tok.lower_ in _QUANTIFIER or tok.lower_ in _CHANGED:
                        blocked = True
                        break
                    inside.add(k)
                else:
                    # "the Th1 subset ratio", "SAH (...) development": the phrase is about a named thing
                    blocked = tok.text == ")" or (tok.head.i in inside and tok.dep_ not in _OUTSIDE)
                    break
                k -= 1
            text = "".join(word(j) + doc[j].whitespace_ for j in range(k + 1, last.i)) + word(last.i)
            cause = _CAUSED.search(text)  # "cisplatin-induced ototoxicity": the outcome is the ototoxicity
            text = text[cause.end():] if cause else text
            if blocked or not re.fullmatch(r"[a-z][a-z -]*[a-z]", text.lower() if titled else text) or len(text) < 5 \
                    or text.lower() in _NEEDS_MODIFIER:
                continue
            if (t.lower_ in LEVEL_NOUNS or t.lower_ in LOSS_NOUNS or t.lower_ in GAIN_NOUNS) and (
                    " " not in text or any(j in at for j in range(k + 1, last.i + 1))):
                continue  # "cytokine production", "muscle loss" are outcomes; "IL-6 production" is IL-6's, "loss" alone nothing
            # the lexicon's entity of that name, else a new one ("growth of hair follicles" keeps its plural)
            e = outcome(text.lower() if titled else text, "Phenotype", text if last is not t and not titled else None)
            end = at[last.i].end if last.i in at else parsed.offset(last.idx) + len(last.text)
            out.append(Mention(end - len(text), end, text, e, "phrase", new=e.provisional))
    return out


def _in_model_of(doc: Any, s: Mention, at: dict[int, Mention]) -> bool:
    """Whether *s* is what a "model of" names a few words before it ("a mouse model of imiquimod (IMQ) psoriasis")."""
    i = next((k for k, m in at.items() if m is s), None)
    return i is not None and any(doc[j].lower_ in ("model", "models") and doc[j + 1].lower_ == "of"
                                 for j in range(max(0, i - 6), i - 1))


def _negated(v: Any) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in v.children):
        return True
    # "Neither IL-6 nor TNF-α was affected": the denial leads the subject
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "neither" for g in c.children) for c in v.children):
        return True
    # "did not reduce IL-6 or increase IL-10": a verb joined by "or"/"nor" to a denied one is denied too
    if v.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in v.head.children) and _negated(v.head):
        return True
    # "failed to suppress", "did not seem to reduce", "was unable to promote"
    return v.dep_ == "xcomp" and (v.head.lower_ in _FAILING or _negated(v.head)
                                  or any(c.lower_ in _FAILING for c in v.head.children))


_FAILING = frozenset("fail fails failed failing unable cannot".split())


def _subject_of_first(t: Any, v: Any) -> bool:
    """Whether token *t* stands in the subject of the first of the verbs *v* is coordinated with: "Injection of X
    improved A; spared B; and decreased C" (X's "decreased", across the semicolons)."""
    first = v
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    while t.head.i != t.i and t.head.i != first.i:
        t = t.head
    return t.head.i == first.i and t.dep_ in ("nsubj", "csubj") and t.i < first.i


def _arguments(v: Any, passive: bool, at: dict[int, Mention]) -> tuple[list[tuple[Mention, int]], list[Mention], set[int]]:
    """(subjects with their sign, objects, ids of the objects named by their fall) of trigger *v*."""
    subj_tokens, obj_tokens = [], []
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj") and not passive:
            subj_tokens.append(c)
        elif c.dep_ == "nsubjpass":
            obj_tokens.append(c)
        elif c.dep_ == "dobj" and not passive:
            obj_tokens.append(c)
        elif c.dep_ == "agent" or (passive and c.dep_ == "prep" and c.lower_ == "by"):
            subj_tokens += [g for g in c.children if g.dep_ == "pobj"]
    if v.dep_ in ("relcl", "acl") and not passive and all(t.lower_ in ("which", "that", "who") for t in subj_tokens):
        subj_tokens = [v.head]  # "miR-X, which suppresses Y"; "exosomes carrying miR-X"
    if v.dep_ == "acl" and passive and not obj_tokens:
        obj_tokens.append(v.head)  # "exosomes derived from MSCs": the head is the patient
    if not subj_tokens and v.dep_ == "xcomp":
        # "X has been shown to promote Y", "X was able to reduce Y": the subject of the verb it completes
        subj_tokens += [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj_tokens and v.tag_ == "VBG":
        # "X was more effective at increasing A ... and decreasing B": the subject of the verb the adjective completes
        g = v
        while g.dep_ in ("conj", "appos", "dobj") and g.head.i != g.i:
            g = g.head
        if g.dep_ == "pcomp" and g.head.dep_ == "prep" and g.head.head.dep_ == "acomp":
            subj_tokens += [c for c in g.head.head.head.children if c.dep_ == "nsubj"]
    if v.dep_ == "conj" and passive:
        # "X were decreased, and miR-199a was increased": an agentless passive names no doer; "PTEN was
        # suppressed by A and inhibited by B" shares its patient
        if not obj_tokens:
            head = v.head
            while head.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in head.children):
                head = head.head
            obj_tokens += [c for c in head.children if c.dep_ == "nsubjpass"]
    elif not subj_tokens and v.dep_ == "conj":
        head = v.head  # "A suppressed X and inhibited Y": the subject of the first verb
        while head.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head
        h_passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
        # "exosomes were taken up by microglia and cut down apoptosis": the patient of the first verb acts
        subj_tokens += [c for c in head.children if c.dep_ == ("nsubjpass" if h_passive else "nsubj")]
        if not subj_tokens and head.dep_ in ("relcl", "acl"):
            subj_tokens.append(head.head)
    # "no pharmacological therapy has been shown to improve survival" says no subject does it
    # ... nor does "neither A nor B affected C"
    subj_tokens = [t for t in subj_tokens if not any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") or c.lower_ == "nor" for c in t.children)]
    subjects = [(m, _sign_of(m, t, at)) for t in subj_tokens for m in (mentions_of(t, at) or given_by(t, at))]
    objects: list[Mention] = []
    lost: set[int] = set()
    for t in obj_tokens:
        named = mentions_of(t, at)
        objects += named
        if not passive and t.i not in at and t.lower_ in _FALLS:
            # "reduced the loss of body weight and muscle mass": the verb moves the loss, each thing lost the
            # other way (a passive's fallen patient turns the verb round in claims_from_parse)
            lost.update(id(m) for m in named)
        elif not passive:  # "attenuated the changes, ZO-1 downregulation, and ...": a listed fall named after its thing
            lost.update(id(at[i]) for i in at if at[i] in named and v.doc[i].dep_ == "compound"
                        and v.doc[i].head.lower_ in _FALLS and v.doc[i].head.i not in at)
    return subjects, objects, lost


def _sign_of(m: Mention, t: Any, at: dict[int, Mention] | None = None) -> int:
    """-1 when the subject is an inhibitor of what it names ("anti-miR-92a-3p", "si-X", "X knockdown")."""
    if at is not None and t.i not in at and (t.lower_ in LOSS_NOUNS or BLOCKER.fullmatch(t.text) and any(
            c.dep_ in ("compound", "nmod") and c.i in at and at[c.i] is m for c in t.children)):
        return -1  # "knockdown of X", "X knockdown", "TLR4 siRNA": the loss of what it names
    if any(c.dep_ == "amod" and c.lower_ in _LOWERED for c in t.children):
        return -1  # "Suppressed EGR1 expression reversed ...": the lowered thing, with the opposite sign
    own = next((t.doc[i] for i, x in at.items() if x is m), None) if at else None
    if own is not None and LOSS_OF.search(t.doc.text, 0, own.idx):
        return -1  # "an inhibitor of miR-155", "siRNA against TLR4", "Silencing TLR4 reduced X" (however it is parsed)
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in LOSS_NOUNS and t.doc[t.i + 1].dep_ in ("aux", "acl", "amod"):
        return -1  # "ALK5 silencing increased X", parsed as a verb after the name: still its loss
    words = " ".join([m.text] + [c.text for c in t.children if c.dep_ in ("compound", "amod")])
    return -1 if is_inhibitor(words) else 1
