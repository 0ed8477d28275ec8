"""The curated seeds: documents unchanged, quotes verbatim, statuses honest, key claims present."""
from __future__ import annotations

import hashlib
import re

import pytest
import yaml
from helpers import ROOT

SEEDS = ROOT / "seeds"

# SHA-256 of the documents as received in shared/seeds: the build must never change them.
ORIGINALS = {
    "000_265e82913dc7d01a.txt": "1e51382f6c28dc989f07aebd627d85d34de2b3f9dfec884aea6185259464721b",
    "001_71721c4acb0d1825.txt": "4621ebc987335cafba1aa7c52447b027ca20cc93965779e9f18023470503583a",
    "002_2b7b65720cbba96b.txt": "9b6c5edc115ea3c7ce8f00ae8f6c0a603a3fcb401989cea3cd71977202276eaa",
    "003_f273ee1a9f419af6.txt": "a86cc25a6572af05f081cf318ec6abea36d4bd30f62a3fbb5ca9576145912448",
}
HEDGES = re.compile(r"\b(may|might|could|suggests?|would|should|will|perhaps|wonder|whether)\b|\?", re.I)


def _annotations():
    for path in sorted(SEEDS.glob("*.ann.yaml")):
        text = (SEEDS / path.name.replace(".ann.yaml", ".txt")).read_bytes().decode("utf-8")
        for ann in yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]:
            yield path.name, text, ann


def test_documents_are_byte_for_byte_the_originals():
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(ORIGINALS)
    for name, digest in ORIGINALS.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_building_leaves_the_documents_untouched(tmp_path):
    from kg.jobs.build import build

    build(tmp_path)
    for name, digest in ORIGINALS.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_every_quote_is_verbatim_at_its_offsets():
    n = 0
    for name, text, ann in _annotations():
        assert text[ann["start"]:ann["end"]] == ann["quote"], f"{name} {ann['id']}"
        n += 1
    assert n > 100


def test_findings_carry_no_hedge():
    for name, _, ann in _annotations():
        if ann.get("status", "finding") == "finding":
            assert not HEDGES.search(ann["quote"]), f"{name} {ann['id']}: hedged quote recorded as a finding"


def test_every_document_has_statements_and_metadata():
    for txt in SEEDS.glob("*.txt"):
        stem = txt.name[:-4]
        meta = yaml.safe_load((SEEDS / f"{stem}.meta.yaml").read_text(encoding="utf-8"))
        assert meta["kind"], stem
        anns = yaml.safe_load((SEEDS / f"{stem}.ann.yaml").read_text(encoding="utf-8"))["statements"]
        assert len(anns) >= 10, stem


def test_metadata_comes_from_the_text():
    for meta_path in SEEDS.glob("*.meta.yaml"):
        stem = meta_path.name[: -len(".meta.yaml")]
        text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
        if meta.get("doi"):
            assert meta["doi"] in text, stem
        if meta.get("title"):
            assert meta["title"] in text, stem
        for st in meta.get("studies") or []:
            if st.get("doi"):
                assert st["doi"] in text, (stem, st["id"])
            if st.get("year"):
                assert str(st["year"]) in text, (stem, st["id"])
            if st.get("authors"):
                surname = re.split(r"[ ,]", st["authors"].strip())[0]
                assert surname in text, (stem, st["id"])
            if st.get("journal"):
                assert st["journal"] in text, (stem, st["id"])


BOILERPLATE = ["Share this:", "Subscribe to Senior Fitness Update", "This field is for validation purposes",
               "Comments (3)", "Sign in to comment.", "Copyright ©", "Addenbrookes Major Trauma Unit",
               "Full Text Links", "Similar articles", "Research synthesis via Aubrai"]


def test_boilerplate_yields_nothing():
    for name, text, ann in _annotations():
        for phrase in BOILERPLATE:
            i = text.find(phrase)
            if i >= 0:
                assert not (ann["start"] < i + len(phrase) and i < ann["end"]), f"{name} {ann['id']} quotes {phrase!r}"


# Claims a reader of the four documents expects to find, with the status the text gives them.
KEY_CLAIMS = [
    ("miR-21", "decreases", "PTEN", "finding"),
    ("PTEN", "decreases", "axon-regeneration", "finding"),
    ("miR-133b", "decreases", "RHOA", "finding"),
    ("miR-133b", "increases", "neurite-outgrowth", "finding"),
    ("miR-146a", "decreases", "NF-kB-signaling", "finding"),
    ("NF-kB-signaling", "increases", "TNF", "finding"),
    ("NF-kB-signaling", "increases", "IL6", "finding"),
    ("MSC-exosome", "crosses", "blood-spinal-cord-barrier", "finding"),
    ("MSC-exosome", "carries", "miR-21", "finding"),
    ("MSC-exosome", "located_in", "injury-site", "finding"),
    ("Schwann-cell-exosome", "carries", "BDNF", "finding"),
    ("Schwann-cell-exosome", "carries", "GDNF", "finding"),
    ("iMSC-sEV", "delivers", "miR-105-5p", "finding"),
    ("iMSC-sEV", "increases", "Sirt6-pathway", "finding"),
    ("iMSC-sEV", "ameliorates", "IVDD", "finding"),
    ("iMSC", "derives_from", "iPSC", "finding"),
    ("old-donor-age", "decreases", "miR-21", "finding"),
    ("old-donor-age", "increases", "miR-155", "finding"),
    ("engineered-exosome", "carries", "miR-21", "finding"),
    ("NMR-EV", "carries", "HMW-hyaluronan", "finding"),
]


@pytest.mark.parametrize("subject, predicate, obj, status", KEY_CLAIMS, ids=["-".join(c[:3]) for c in KEY_CLAIMS])
def test_key_claims_are_in_the_graph(seed_graph, subject, predicate, obj, status):
    found = seed_graph.statements(subject, predicate, obj)
    assert found, f"missing: {subject} {predicate} {obj}"
    assert any(e.status == status for e in found[0].evidence)


def test_hypotheses_stay_hypotheses(seed_graph):
    # "Stem Cell Exosomes Could Be The Trojan Horse ..." and "... might do the work without the cells"
    (s,) = seed_graph.statements("stem-cell-exosome", "ameliorates", "SCI")
    assert s.status == "hypothesis" and {e.status for e in s.evidence} == {"hypothesis"}
    # The blog quotes the study's hedged conclusion; the cited title states it as a result: both kept.
    (s,) = seed_graph.statements("iMSC-sEV", "decreases", "cellular-senescence")
    by_quote = {e.quote: e.status for e in s.evidence}
    assert by_quote["iMSC-sEVs could rejuvenate the senescence of NPCs"] == "hypothesis"
    assert s.status == "finding"


def test_two_passages_make_one_statement_with_two_evidences(seed_graph):
    (s,) = seed_graph.statements("MSC-exosome", "crosses", "blood-spinal-cord-barrier")
    assert len(s.evidence) >= 2
    assert len({(e.start, e.end) for e in s.evidence}) == len(s.evidence)


def test_xrefs_only_from_the_verified_table(seed_graph):
    for e in seed_graph.entities():
        for x in e.xrefs:
            assert x.source and x.status and x.status != "UNVERIFIED", (e.id, x.curie)
