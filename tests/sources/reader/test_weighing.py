"""The parse's claims weighed against the rules': what a sentence keeps of each."""
from __future__ import annotations

from kg.model import Entity
from kg.sources.reader import read_text
from kg.sources.reader.names import Mention
from kg.sources.reader.relations import Claim
from kg.sources.reader.weighing import parse_claims_kept

_X = Entity("X", "X", "GeneOrProtein")
_Y = Entity("Y", "Y", "BiologicalProcess")
_Z = Entity("Z", "Z", "GeneOrProtein")


def _claim(subject: Entity, predicate: str, obj: Entity, at: int = 20, sub_at: int = 0, mediated: bool = False) -> Claim:
    return Claim(Mention(sub_at, sub_at + 1, subject.label, subject, "lexicon"), predicate,
                 Mention(at, at + 1, obj.label, obj, "lexicon"), 0, at + 1, 0.8, mediated)


def test_the_rules_win_on_who_does_what_to_an_object():
    rule = _claim(_X, "decreases", _Y)
    # another doer of the same to Y: the rules said who; a rival sign on the rules' own pair: the rules said what
    assert parse_claims_kept("X and Z lowered the Y level", [rule], [_claim(_Z, "decreases", _Y, at=40)], set()) == []
    assert parse_claims_kept("X lowered the Y level here", [rule], [_claim(_X, "increases", _Y, at=40)], set()) == []
    # what the rules did not read is added, and a chain through a mediator always
    added = _claim(_X, "increases", _Z, at=40)
    chain = _claim(_Z, "decreases", _Y, at=40, mediated=True)
    assert parse_claims_kept("X lowered the Y level", [rule], [added, chain], set()) == [added, chain]


def test_a_control_a_conjunct_or_a_name_beside_the_rules():
    rule = _claim(_X, "decreases", _Y)
    other = _claim(_Z, "decreases", _Y, at=40)
    # the rules' subject is a control (exempt): its reading does not rule the object
    assert parse_claims_kept("X lowered the Y level", [rule], [other], {0}) == [other]
    # "X and their exosomes": the rules' subject has a conjunct, the parse may name the other doer
    assert parse_claims_kept("X and their exosomes lowered Y", [rule], [other], set()) == [other]
    # the same subject and relation on a name just after the rules' object ("NLRP3 (...)"): one name, not two
    near = _claim(_X, "decreases", _Z, at=22)
    assert parse_claims_kept("X lowered the Y level", [rule], [near], set()) == []


def test_the_reader_keeps_the_rules_sign_where_the_parse_misses_a_sign_word():
    got = {str(s) for s in read_text("Exosomes inhibited apoptosis and promoted proliferation.").statements}
    assert "exosome -decreases-> apoptosis" in got and "exosome -increases-> apoptosis" not in got, got
