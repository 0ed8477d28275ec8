"""kg.errors: one hierarchy a script can catch, messages that say what was asked and what to do."""
from __future__ import annotations

import inspect

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg
from kg import errors
from kg.errors import (
    AmbiguousEntityError,
    AnswerLimitError,
    InputError,
    InvalidAnnotationError,
    InvalidQueryError,
    KGError,
    Problem,
    ProtocolError,
    QueryLimitError,
    QueryTimeoutError,
    QuoteMismatchError,
    RemoteAccessError,
    UnknownEntityError,
    UnknownFormatError,
    UnknownRelationError,
    UnknownStoreEngineError,
    UnknownTypeError,
    ValidationError,
)

ERRORS = [c for _, c in inspect.getmembers(errors, inspect.isclass)
          if issubclass(c, Exception) and c.__module__ == errors.__name__]


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_every_error_is_a_kgerror_exported_by_the_package(cls):
    assert issubclass(cls, kg.KGError)
    assert getattr(kg, cls.__name__) is cls and cls.__name__ in kg.__all__


@pytest.mark.parametrize("cls, builtin", [
    (errors.InputError, ValueError),
    (errors.InvalidQueryError, ValueError),
    (errors.InvalidIdentifierError, ValueError),
    (errors.UnknownEntityError, LookupError),
    (errors.AmbiguousEntityError, LookupError),
    (errors.UnknownRelationError, LookupError),
    (errors.UnknownStoreEngineError, LookupError),
    (errors.UnknownFormatError, LookupError),
])
def test_errors_are_also_the_builtin_a_caller_would_catch(cls, builtin):
    assert issubclass(cls, builtin)


@pytest.mark.parametrize("problem, text", [
    (Problem("seeds/a.ann.yaml", 12, "unknown relation 'inhibits'"), "seeds/a.ann.yaml:12: unknown relation 'inhibits'"),
    (Problem("seeds/a.meta.yaml", None, "metadata sidecar missing"), "seeds/a.meta.yaml: metadata sidecar missing"),
])
def test_a_problem_names_file_and_line(problem, text):
    assert str(problem) == text


def test_one_problem_is_the_whole_message():
    p = Problem("a.yaml", 3, "bad")
    assert str(InvalidAnnotationError(p)) == "a.yaml:3: bad"
    assert str(InputError("no seeds")) == "<input>: no seeds"


@given(st.lists(st.tuples(st.text("abc./", min_size=1, max_size=5), st.one_of(st.none(), st.integers(1, 99)),
                          st.text(min_size=1, max_size=20)), min_size=2, max_size=6))
def test_every_problem_is_reported_in_order(items):
    problems = [Problem(*item) for item in items]
    exc = InvalidAnnotationError(problems)
    lines = str(exc).split("\n")
    assert lines[0] == f"{len(problems)} problem(s) in the input:"
    assert exc.problems == tuple(problems)
    assert "\n".join(lines[1:]) == "\n".join("  " + str(p) for p in problems)


def test_quote_mismatches_are_annotation_errors():
    with pytest.raises(InvalidAnnotationError):
        raise QuoteMismatchError(Problem("a.ann.yaml", 4, "quote differs"))


@pytest.mark.parametrize("exc, message", [
    (UnknownEntityError("PTN", ["PTEN", "PTGS2"]), "unknown entity 'PTN'; closest known names: PTEN, PTGS2"),
    (UnknownEntityError("zzz"), r"unknown entity 'zzz'; list entities with `kg stats` or KnowledgeGraph\.entities\(\)"),
    (AmbiguousEntityError("CL:0000134", ["MSC", "iMSC"]), "'CL:0000134' names several entities: MSC, iMSC; use one of these ids"),
    (UnknownRelationError("inhibits", ["increases", "decreases"]), "unknown relation 'inhibits'; known relations: decreases, increases"),
    (UnknownStoreEngineError("sqlite", ["rdflib", "oxigraph"]), "unknown store engine 'sqlite'; available: oxigraph, rdflib"),
    (UnknownFormatError("xls", ["turtle", "cyjs"]), "unknown output format 'xls'; available: cyjs, turtle"),
    (UnknownFormatError("xls", ["json"], what="result format"), "unknown result format 'xls'; available: json"),
    (UnknownTypeError("Cell", ["CellType", "StemCell"], "; did you mean CellType?"),
     "unknown entity type 'Cell'; did you mean CellType\\?; use one of CellType, StemCell"),
])
def test_messages_say_what_was_asked_and_what_to_do(exc, message):
    with pytest.raises(kg.KGError, match=f"^{message}$"):
        raise exc


def test_errors_keep_what_a_program_needs():
    e = UnknownEntityError("PTN", ["PTEN"])
    assert (e.name, e.suggestions) == ("PTN", ("PTEN",))
    a = AmbiguousEntityError("x", ["b", "a"])
    assert a.candidates == ("b", "a")
    assert ValidationError("3 violations").report == "3 violations"


def test_an_unknown_type_is_caught_as_an_unknown_entity_and_as_a_bad_query():
    e = UnknownTypeError("Cell", ["CellType"])
    assert (e.name, e.known, e.suggestions) == ("Cell", ("CellType",), ("CellType",))
    for cls in (kg.UnknownEntityError, kg.InvalidQueryError):
        with pytest.raises(cls):
            raise e


# -- the limits and refusals of queries and of the service -----------------------------------------


def test_limits_are_query_errors() -> None:
    """Code catching InvalidQueryError (the CLI, the endpoint's 400) also catches the limits."""
    assert issubclass(AnswerLimitError, QueryLimitError) and issubclass(QueryLimitError, InvalidQueryError)
    assert issubclass(QueryTimeoutError, InvalidQueryError)


def test_refusals_and_protocol_errors_are_ours() -> None:
    assert issubclass(RemoteAccessError, KGError) and not issubclass(RemoteAccessError, InvalidQueryError)
    err = ProtocolError(415, "send UTF-8")
    assert isinstance(err, KGError) and err.status == 415 and str(err) == "send UTF-8"
