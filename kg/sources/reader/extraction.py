"""Statements from a dependency parse: who does what to whom, with the polarity the words give.

For each verb whose form is a trigger of :mod:`.triggers`:

* subjects: its nominal subject; the noun a relative ("which promotes") or participial clause
  ("exosomes derived from", "miR-X targeting Y") hangs on; for a coordinated verb without a
  subject ("suppressed X and inhibited Y"), the first verb's subject; in the passive, the agent
  after "by";
* objects: its direct object, in the passive its subject; each widened to its conjuncts
  ("A, B and C") and read through "the expression/level/activity of X" and "X expression";
* chains: "by/via/through + gerund" ("reduced X by enhancing Y": the subject raises Y, and Y lowers X)
  and "via/through Y" with a named mediator;
* polarity: a negated verb states nothing; an inhibitor, knockdown, antagomir or anti-miR subject
  ("MSC-anti-miR-92a-3p-Exos repressed X") is read as the miRNA or gene it silences, with the
  opposite sign ("silencing X lowered Y" means X raises Y).

Relations are typed by :func:`.relations.predicate_for` (the ontology's subject and object classes).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable

from ...model import Entity
from ...ontology import Ontology
from .names import MIRNA_IN_NAME, Mention, is_generic_vesicle
from .parse import Parsed
from .predicates import OPPOSITE, causes, improves_disease, is_harm, predicate_for
from .relations import Claim
from .triggers import (BLOCKER_WORDS, CARGO_TYPES, GAIN_NOUNS, LOSS_OF, NEEDS_HARM, SETS_BACK, SHIELDING, TRIGGERS, betters_good,
                       sets_right)

# case matters: "si-"/"siRNA"/"shRNA" are inhibitors, "Sirt6" and "Shh" are not
_INHIBITOR = re.compile(r"[Aa]nti-?(?:miR|microRNA|mir)|[Aa]ntagomi[Rr]|[Ii]nhibitors?\b|\bsi-|\bsi(?=[A-Z0-9])|siRNA|shRNA|"
                        r"\bsh(?=[A-Z0-9])|[Kk]nock-?down|[Ss]ilenc|[Dd]eplet|[Kk]nock-?out|-KO\b|[Dd]eficien|"
                        r"\b[Ll]oss\s+of|\b[Bb]locking\b")
_SILENCED = re.compile(MIRNA_IN_NAME)
_LEVEL_NOUNS = frozenset("expression expressions level levels activity activities production secretion release "
                         "amount amounts abundance phosphorylation activation signaling signalling content "
                         "concentration concentrations number numbers".split())
_DOWN_NOUNS = frozenset("downregulation down-regulation inhibition suppression knockdown silencing blockade "
                        "reduction repression degradation deletion depletion".split())
# a subject named by its loss or its gain: "suppression of STAT3 abolished ...", "Nrf2 knockdown inhibited ..."
_LOSS_NOUNS = frozenset("knockdown knock-down knockout silencing suppression inhibition deletion depletion blockade loss "
                        "deficiency downregulation down-regulation ablation inactivation".split())
_BLOCKER = re.compile(BLOCKER_WORDS, re.I)
_LOWERED = frozenset("suppressed silenced inhibited reduced decreased downregulated down-regulated".split())
# a change said of the outcome, not part of its name ("..., and reduced wound inflammation" parsed with "reduced" as a modifier)
_CHANGED = _LOWERED | frozenset("increased elevated enhanced upregulated up-regulated promoted accelerated attenuated "
                                "diminished lowered".split())
_CHAIN_PREPS = frozenset({"by", "via", "through"})
_BY_MEANS = _DOWN_NOUNS | frozenset("activation upregulation up-regulation induction regulation modulation".split())
# "by delivery of circ-Epc1": a means that brings the cargo (the delivery itself is the idioms' claim)
_DELIVERY_NOUNS = frozenset({"delivery", "transfer", "transport", "shuttling", "transmission"})
_ACTING_NOUNS = frozenset({"activity", "action", "function"})
_FALLS = _DOWN_NOUNS | _LOSS_NOUNS | frozenset({"decrease", "decline"})  # a passive verb's patient named by its fall
_NEGATORS = frozenset({"not", "no", "never", "n't", "neither", "nor", "without"})
_SIGNED = ("increases", "decreases")
# class words, not entities a claim can be about ("exosomes contained neurotrophic factors")
CLASS_IDS = frozenset({"miRNA", "protein", "cytokine", "growth-factor", "lipid", "neurotrophic-factor", "microRNA"})


def is_inhibitor(text: str) -> bool:
    """Whether a subject's words name an inhibitor of something rather than the thing.

    >>> is_inhibitor("MSC-anti-miR-92a-3p-Exos"), is_inhibitor("MSC-miR-92a-3p-Exos"), is_inhibitor("Sirt6 pathway")
    (True, False, False)
    """
    return bool(_INHIBITOR.search(text))


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
        rel = _relation(v)
        # "protected chondrocytes from apoptosis": the harm is lowered, not the cells
        frm = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "from"] if v.lower_ in SHIELDING else []
        harm = [g for c in frm for g in c.children if g.dep_ == "pobj"] + [  # ... "from undergoing apoptosis"
            d for c in frm for g in c.children if g.dep_ == "pcomp" for d in g.children if d.dep_ == "dobj"]
        harm_only = not frm and v.lower_ in NEEDS_HARM  # "rescued muscle atrophy": only a harm named as the object
        rel = "decreases" if harm or harm_only else None if frm else rel
        if rel is None or rel in ("secretes", "derives_from") or _negated(v):
            continue  # where vesicles come from is the rules' (vesicle naming, sources, anaphora)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (v.dep_ == "acl" and v.tag_ == "VBN") \
            or (v.dep_ == "conj" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children)
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.children))  # "was suppressed by A and inhibited by B"
        subjects, objects, lost = _arguments(v, passive, at)
        if not subjects:
            continue
        if passive and not SETS_BACK.match(v.lower_) and any(
                c.dep_ == "nsubjpass" and c.i not in at and c.lower_ in _FALLS for c in v.children):
            rel = _flip(rel)  # "the loss of neurons was prevented by X": X kept the neurons ("restored" is the reversals')
        if harm:
            objects = [m for t in harm for m in _mentions(t, at)]
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
                out += _claim(s, _flip(rel) if id(o) in lost else rel, o, s_sign, v, ontology, mirna, 0.7, parsed.offset)
            out += _chains(v, rel, s, s_sign, objects, at, ontology, mirna, parsed.offset)
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
    if rel not in _SIGNED and rel != "regulates" or not any(
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
            if (t.lower_ in _LEVEL_NOUNS or t.lower_ in _LOSS_NOUNS or t.lower_ in GAIN_NOUNS) and (
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


def _relation(v: Any) -> str | None:
    if not v.tag_.startswith("VB") or v.dep_ in ("amod", "compound"):
        return None  # "impaired angiogenesis" describes; it claims nothing
    hit = TRIGGERS.get(v.text.lower())
    if hit is None:
        return None
    return hit[0]


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
    subjects = [(m, _sign_of(m, t, at)) for t in subj_tokens for m in (_mentions(t, at) or _given(t, at))]
    objects: list[Mention] = []
    lost: set[int] = set()
    for t in obj_tokens:
        named = _mentions(t, at)
        objects += named
        if not passive and t.i not in at and t.lower_ in _FALLS:
            # "reduced the loss of body weight and muscle mass": the verb moves the loss, each thing lost the
            # other way (a passive's fallen patient turns the verb round in claims_from_parse)
            lost.update(id(m) for m in named)
        elif not passive:  # "attenuated the changes, ZO-1 downregulation, and ...": a listed fall named after its thing
            lost.update(id(at[i]) for i in at if at[i] in named and v.doc[i].dep_ == "compound"
                        and v.doc[i].head.lower_ in _FALLS and v.doc[i].head.i not in at)
    return subjects, objects, lost


# what a thing does or is for, not the thing: "abolished the benefits of MSCs" lowers no MSCs
_NOT_THE_THING = frozenset("effect effects benefit benefits role roles impact impacts contribution contributions "
                           "advantage advantages toxicity toxicities cytotoxicity".split())
_TREATMENT_NOUNS = frozenset("treatment treatments administration injection injections transplantation infusion therapy "
                             "transfection pretreatment incubation".split())
_TREATED = frozenset("mice rats animals cells patients group groups".split())


def _given(t: Any, at: dict[int, Mention]) -> list[Mention]:
    """What a subject that names a treatment gives: "MSC-exosome treatment", "treatment with X",
    "mice treated with X" (the treatment is the agent of what follows)."""
    if t.lower_ in _TREATMENT_NOUNS:
        named = [at[c.i] for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i in at]
        # "treatment of chondrocytes with exosomes": what was given, not whom ("with" first)
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "of")]
        preps = [c for c in preps if c.lower_ == "with"] or preps
        return named or [m for c in preps for g in c.children if g.dep_ == "pobj" for m in _mentions(g, at)]
    if t.lower_ in _TREATED:
        return [m for a in t.children if a.dep_ == "acl" and a.lower_ in ("treated", "injected", "given")
                for c in a.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj" for m in _mentions(g, at)]
    return []


def _mentions(t: Any, at: dict[int, Mention], depth: int = 0) -> list[Mention]:
    """The mentions token *t* stands for: itself, its conjuncts, "the expression of X", "X expression"."""
    out: list[Mention] = []
    if t.i in at:
        out.append(at[t.i])
    elif depth < 3:
        nominal = t.lower_ in _LEVEL_NOUNS or t.lower_ in _LOSS_NOUNS or t.lower_ in GAIN_NOUNS
        blocker = bool(_BLOCKER.fullmatch(t.text)) and not any(c.dep_ == "appos" for c in t.children)
        # ("the effects of DHT" is no DHT; "transfection of cells with X": X is given, not the cells)
        if (nominal or t.tag_.startswith("NN")) and t.lower_ not in _NOT_THE_THING and not _given(t, at):
            for c in t.children:  # (a blocker by what it blocks: "an antagomir against miR-34a")
                if c.dep_ == "prep" and (c.lower_ == "of" or blocker and c.lower_ in ("against", "targeting", "to")) and (
                        nominal or blocker or depth == 0):
                    out += [m for g in c.children if g.dep_ == "pobj" for m in _mentions(g, at, depth + 1)]
        if nominal or blocker:  # ... and by its target alone, "TLR4 siRNA" (in "the PI3K inhibitor LY294002" LY294002 acts)
            out += [at[c.i] for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i in at]
    for c in t.children:
        if c.dep_ == "conj":
            out += _mentions(c, at, depth)
        elif c.dep_ == "appos" and not out:
            out += _mentions(c, at, depth)
    seen, uniq = set(), []
    for m in out:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            uniq.append(m)
    return uniq


def _sign_of(m: Mention, t: Any, at: dict[int, Mention] | None = None) -> int:
    """-1 when the subject is an inhibitor of what it names ("anti-miR-92a-3p", "si-X", "X knockdown")."""
    if at is not None and t.i not in at and (t.lower_ in _LOSS_NOUNS or _BLOCKER.fullmatch(t.text) and any(
            c.dep_ in ("compound", "nmod") and c.i in at and at[c.i] is m for c in t.children)):
        return -1  # "knockdown of X", "X knockdown", "TLR4 siRNA": the loss of what it names
    if any(c.dep_ == "amod" and c.lower_ in _LOWERED for c in t.children):
        return -1  # "Suppressed EGR1 expression reversed ...": the lowered thing, with the opposite sign
    own = next((t.doc[i] for i, x in at.items() if x is m), None) if at else None
    if own is not None and LOSS_OF.search(t.doc.text, 0, own.idx):
        return -1  # "an inhibitor of miR-155", "siRNA against TLR4", "Silencing TLR4 reduced X" (however it is parsed)
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _LOSS_NOUNS and t.doc[t.i + 1].dep_ in ("aux", "acl", "amod"):
        return -1  # "ALK5 silencing increased X", parsed as a verb after the name: still its loss
    words = " ".join([m.text] + [c.text for c in t.children if c.dep_ in ("compound", "amod")])
    return -1 if _INHIBITOR.search(words) else 1


def silenced_subject(s: Mention, mirna: Callable[[str], Entity | None] | None) -> Mention | None:
    """The miRNA an inhibitor's name silences, as the subject to read with the opposite sign, or None.

    >>> e = Entity("v", "MSC-anti-miR-92a-3p-Exos", "EngineeredVesicle")
    >>> m = silenced_subject(Mention(0, 24, "MSC-anti-miR-92a-3p-Exos", e, "pattern"),
    ...                      lambda n: Entity(n, n, "MicroRNA"))
    >>> m.entity.id, m.source
    ('miR-92a-3p', 'inhibitor')
    """
    target = _SILENCED.search(s.text)
    e = mirna(target.group()) if (target and mirna) else None
    return None if e is None else replace(s, entity=e, source="inhibitor")


def _claim(s: Mention, rel: str, o: Mention, s_sign: int, v: Any, ontology: Ontology,
           mirna: Callable[[str], Entity | None] | None, confidence: float,
           offset: Callable[[int], int] = lambda at: at, link: bool = False) -> list[Claim]:
    """*link*: a mediator's effect in a chain, whose sign is already the effect's, not the verb's words."""
    if not link and improves_disease(v.text, rel, o, ontology):
        if s_sign < 0:
            return []  # "knockdown of X improved D": left to a curator
        rel = "ameliorates"
    elif not link and sets_right(v.text, rel, o.entity.label):
        rel = "regulates"
    elif not link and rel == "decreases" and betters_good(v.text, o.text):
        rel = "increases"  # "ameliorated renal function"
    if s_sign < 0:
        if rel not in _SIGNED:
            return []
        if is_inhibitor(s.text):  # the name is the inhibitor's ("anti-miR-92a-3p-Exos"): read as what it silences
            silenced = silenced_subject(s, mirna)
            if silenced is None:
                return []
            s = silenced
        rel = "decreases" if rel == "increases" else "increases"
    pred = predicate_for(rel, s, o, ontology, 1, worsens=link or causes(v.text))
    if pred is None or s.entity.id == o.entity.id or any(
            m.entity.id in CLASS_IDS or (m.new and is_generic_vesicle(m.entity)) for m in (s, o)):
        return []  # "contained neurotrophic factors" names no factor; "vesicles" alone grounds to nothing
    at = offset(v.idx)
    lo, hi = min(s.start, o.start, at), max(s.end, o.end, at + len(v.text))
    return [Claim(s, pred, o, lo, hi, confidence)]


def _chains(v: Any, rel: str, s: Mention, s_sign: int, objects: list[Mention], at: dict[int, Mention],
            ontology: Ontology, mirna: Callable[[str], Entity | None] | None,
            offset: Callable[[int], int] = lambda at: at) -> list[Claim]:
    """ "reduced X by enhancing Y" / "enhance X via targeting Y": the subject acts on Y, and Y on X."""
    if (rel not in _SIGNED and rel not in ("targets", "regulates")) or (v.tag_ == "VBN" and v.dep_ != "ROOT" and not any(
            c.dep_ in ("aux", "auxpass") for c in v.children)):
        return []  # "relieve fibrosis caused by TGFβ via X": a participle's means is the main verb's
    out: list[Claim] = []
    # ... and the parser hangs it on the participle: "relieve fibrosis caused by TGFβ via regulation of Y"
    # (as the object's modifier, or as a clause of its own when the object is a placeholder word)
    hung = [p for a in (*(a for o in v.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"),
                        *(a for a in v.children if a.dep_ == "ccomp"))
            if a.tag_ == "VBN" and any(c.dep_ == "agent" for c in a.children)
            for p in a.children if p.dep_ == "prep" and p.lower_ in ("via", "through")]
    for prep in [c for c in v.children if c.dep_ == "prep" and c.lower_ in (*_CHAIN_PREPS, "in")] + hung:
        # "through the action of miR-122-5p and the inhibition of the axis": each means with its own sign
        for g in (x for c in prep.children for x in (c, *_means_conjuncts(c))):
            # "in a miR-145-5p-dependent manner" says what "through miR-145-5p" says
            named = [at[d.i] for a in g.children if a.lower_ == "dependent" for d in (*g.children, *a.children)
                     if d.dep_ in ("npadvmod", "nmod", "compound") and d.i in at] if g.lower_ == "manner" else []
            if prep.lower_ == "in" and not named:
                continue
            # "by inhibiting activation of Y" is parsed with the gerund as the noun's modifier: it is the verb
            gerund = next((a for a in g.children if a.dep_ == "amod" and a.tag_ == "VBG" and a.i < g.i
                           and a.lower_ in TRIGGERS), None) if g.dep_ == "pobj" and g.i not in at else None
            g_rel = _relation(g) if g.dep_ == "pcomp" else TRIGGERS[gerund.lower_][0] if gerund is not None else None
            others = [m for c in _means_conjuncts(g) for m in _mentions(c, at)]
            mediators = ([m for d in g.children if d.dep_ == "dobj" for m in _mentions(d, at)] if g_rel and gerund is None
                         else [m for d in (g,) if g.dep_ in ("pobj", "conj") for m in _mentions(d, at)
                               if m not in others] if prep.lower_ != "by" or gerund or g.lower_ in _DELIVERY_NOUNS
                               or (g.lower_ in _BY_MEANS and g.dep_ == "pobj") else [])  # ("by inhibition of MCP-1": a means, not an agent)
            # "via microRNA-140-5p delivery": the cargo named before the delivery ("by miR-145-5p activity": the miRNA acting)
            named += [at[d.i] for d in g.children if d.dep_ == "compound" and d.i in at and at[d.i].entity.type in CARGO_TYPES] \
                if g.lower_ in _DELIVERY_NOUNS | _ACTING_NOUNS else []
            mediators, verb, bare = named or mediators, gerund if gerund is not None else g, False
            if g_rel is None and mediators:
                # "via downregulation of Y" lowers Y, "via activation of Y" raises it; a bare "via Y" only
                # after a verb that raises ("promote X through Y"): "suppressed X through Y" says not which way
                split = g.doc[g.i - 2].lower_ if g.i >= 2 and g.doc[g.i - 1].text in ("-", "\u2010") else ""
                if g.lower_ == "regulation" and split in ("down", "up"):  # "down-regulation", split by the tokenizer
                    g_rel = "decreases" if split == "down" else "increases"
                elif g.lower_ in ("regulation", "modulation"):  # "via regulation of Y": Y is moved, which way unsaid
                    out += [c for y in mediators for c in _claim(s, "regulates", y, s_sign, g, ontology, mirna, 0.55, offset)]
                    continue
                elif g.lower_ in _DOWN_NOUNS:
                    g_rel = "decreases"
                elif (g.i not in at and not named) or rel == "increases":
                    g_rel, bare = "increases", g.i in at
            # a miRNA targets a transcript to repress it; so do vesicles said to target a gene (through their miRNAs)
            g_rel = "decreases" if g_rel == "targets" and (s.entity.type == "MicroRNA" or ontology.is_a(
                s.entity.type, "ExtracellularVesicle") and all(ontology.is_a(y.entity.type, "GeneOrProtein") for y in mediators)) else g_rel
            if g_rel is None and rel in (*_SIGNED, "regulates") and ontology.is_a(s.entity.type, "ExtracellularVesicle") and s_sign > 0:
                # "exosomes ameliorate X through miR-455-3p": the vesicles carry the miRNA, and it does what they do
                for y in (m for m in mediators if m.entity.type == "MicroRNA"):
                    out += [Claim(s, "carries", y, min(s.start, y.start), max(s.end, y.end), 0.55)]
                    for o in objects:
                        out += [replace(c, mediated=True) for c in _claim(y, rel, o, 1, v, ontology, mirna, 0.55, offset)]
                mediators = [m for m in mediators if m.entity.type != "MicroRNA"]
            if g_rel == "regulates":
                # "inhibit apoptosis by regulating autophagy": the subject moves autophagy, and autophagy the
                # apoptosis, neither with a sign the words give (a disease is left to the verb's own reading)
                for y in mediators:
                    out += _claim(s, "regulates", y, s_sign, g, ontology, mirna, 0.55, offset)
                    out += _unsigned_links(y, objects if rel in _SIGNED else [], v, ontology, mirna, offset)
                # "... by regulating autophagy via the PI3K/Akt pathway": the pathway moves the autophagy
                for z in (m for p2 in g.children if p2.dep_ == "prep" and p2.lower_ in _CHAIN_PREPS
                          for d in p2.children if d.dep_ == "pobj" for m in _mentions(d, at)):
                    out += _claim(s, "regulates", z, s_sign, g, ontology, mirna, 0.5, offset)
                    out += [c for y in mediators for c in _unsigned_links(z, [y], g, ontology, mirna, offset)]
                continue
            if g_rel is None and rel in (*_SIGNED, "regulates"):
                # "inhibit apoptosis via the PI3K/Akt pathway": the subject moves the pathway, and the pathway
                # the apoptosis, neither with a sign the words give
                for y in mediators:
                    out += _claim(s, "regulates", y, s_sign, g, ontology, mirna, 0.5, offset)
                    out += _unsigned_links(y, objects, v, ontology, mirna, offset)
                continue
            if g_rel not in _SIGNED:
                continue
            for y in mediators:
                if y.entity.type == "MicroRNA" and ontology.is_a(s.entity.type, "ExtracellularVesicle") and s_sign > 0 \
                        and g.dep_ != "pcomp" and gerund is None:
                    # "exosomes ameliorate X through miR-455-3p": the miRNA is their cargo ("by sponging miR-29a",
                    # "by upregulating miR-26a": a verb on the miRNA, which it moves, not cargo)
                    out += [Claim(s, "carries", y, min(s.start, y.start), max(s.end, y.end), 0.55)]
                elif g.lower_ not in _DELIVERY_NOUNS:
                    out += _claim(s, g_rel, y, s_sign, verb, ontology, mirna, 0.6, offset)
                step = 1 if g_rel == "increases" else -1
                # "regulates osteogenesis by targeting Smad5": Smad5 moves osteogenesis, which way unsaid
                out += _unsigned_links(y, objects if rel == "regulates" else [], v, ontology, mirna, offset)
                for o in objects if rel in _SIGNED else ():
                    # "improved NAFLD by repressing FTO": the verb lowers the disease, so FTO raises it
                    # ("improved glucose metabolism by repressing FTO": a steady state set right, no direction)
                    effect = "decreases" if improves_disease(v.text, rel, o, ontology) else \
                        "regulates" if sets_right(v.text, rel, o.entity.label) else rel
                    # the mediator's own claim, no rival of the rules' reading of the verb's subject (but a bare
                    # "via Y" gives its sign by the verb's alone: there the rules' reading wins, but on a disease)
                    out += [replace(c, mediated=not bare or ontology.is_a(o.entity.type, "DiseaseOrInjury")) for c in _claim(
                        y, effect if step > 0 or effect == "regulates" else _flip(effect), o, 1, v, ontology, mirna,
                        0.55, offset, link=True)]
    return out


def _means_conjuncts(g: Any) -> list[Any]:
    """The nominals of a change listed after the means *g* ("the action of X and the inhibition of Y"; the
    parser may hang the second on X)."""
    return [t for t in g.subtree if t.dep_ == "conj" and t is not g and (t.lower_ in _DOWN_NOUNS or t.lower_ in GAIN_NOUNS)]


def _unsigned_links(y: Mention, objects: list[Mention], v: Any, ontology: Ontology,
                    mirna: Callable[[str], Entity | None] | None, offset: Callable[[int], int]) -> list[Claim]:
    """A chain's mediator *y* regulates each of *objects*, which way unsaid: the mediator's own claim, no
    rival of the rules' reading of the verb's subject (a disease is left to the verb's own reading)."""
    return [replace(c, mediated=True) for o in objects if not ontology.is_a(o.entity.type, "DiseaseOrInjury")
            for c in _claim(y, "regulates", o, 1, v, ontology, mirna, 0.5, offset, link=True)]


def _flip(rel: str) -> str:
    return OPPOSITE.get(rel, rel)
