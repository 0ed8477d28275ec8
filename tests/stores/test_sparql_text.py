"""SPARQL as text: the limits, the SERVICE scan, IRIs and the query form every engine relies on."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kg.errors import InvalidQueryError, QueryLimitError, ReadOnlyError, RemoteAccessError
from kg.stores.sparql_text import (MAX_NESTING, MAX_QUERY_CHARS, check_iri, check_limits, parse_query, query_form,
                                   refuse_remote, scan, service_allowed)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:1/x> { ?s ?p ?o } }",
    "select * where { service ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE{?s ?p ?o.SERVICE<http://x/>{?s ?p ?o}}",
    "PREFIX ex: <urn:x#> SELECT * WHERE { ?s ?p ex:.SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p 1.SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ex:a\\#b ?o . SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { FILTER(?a<?b) SERVICE <http://x/> { ?s ?p ?o } }",
])
def test_service_is_found_however_written(query: str) -> None:
    """Each way of writing SERVICE that a SPARQL parser reads as the keyword is refused."""
    with pytest.raises(RemoteAccessError, match="KG_ALLOW_SERVICE=1"):
        refuse_remote(query)


@pytest.mark.parametrize("query", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> {}",
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o }",
    "PREFIX ex: <urn:x#> SELECT * WHERE { ?s ex:SERVICE ?o . ?s ex:a.SERVICE ?o }",
    "SELECT ?service WHERE { ?service ?p ?o }",
    "SELECT * WHERE { ?s ?p '''SERVICE\n<http://x/>''' }",
])
def test_service_in_names_strings_and_comments_is_not_service(query: str) -> None:
    refuse_remote(query)


#: Whole tokens of a query, several of which hide the word SERVICE inside them.
TOKENS = st.sampled_from(["?s", "?service", "$o", "<http://x/SERVICE>", "ex:SERVICE", "ex:a.b", "_:b1", '"SERVICE"',
                          "'x y'", '"""a\n\"SERVICE\"\n"""', "# SERVICE {\n", "{", "}", "(", ")", ".", ";", ",",
                          "a", "12.5", "FILTER", "OPTIONAL", "<=", "&&", "^^", "@en", " ", "\n"])


@given(st.lists(TOKENS, max_size=30), st.lists(TOKENS, max_size=30))
def test_service_is_found_exactly_when_it_is_a_keyword(before: list[str], after: list[str]) -> None:
    """Tokens that merely contain SERVICE never count; the keyword between them always does."""
    text = " ".join(before) + " " + " ".join(after)
    assert "SERVICE" not in scan(text)[1]
    assert "SERVICE" in scan(" ".join(before) + " SERVICE <http://x/> { } " + " ".join(after))[1]


def test_nesting_counts_every_bracket_kind() -> None:
    assert scan("SELECT * WHERE { ?s ?p [ <urn:p> ( 1 ( 2 ) ) ] FILTER((1)) }")[0] == 4
    assert scan('SELECT * WHERE { ?s ?p "{{{{((((" }')[0] == 1


@pytest.mark.parametrize("kind", ["{", "(", "[", "( "])
def test_deep_nesting_is_refused_before_any_parser(kind: str) -> None:
    """3,000 nested braces segfaulted pyoxigraph; 500 nested collections took minutes."""
    closing = {"{": "}", "(": ")", "[": "]", "( ": " )"}[kind]
    query = "SELECT * WHERE { ?s ?p " + kind * 3000 + "1" + closing * 3000 + " }"
    with pytest.raises(QueryLimitError, match=f"3001 levels deep; the limit is {MAX_NESTING}"):
        check_limits(query)


def test_limits_let_ordinary_queries_through() -> None:
    depth, words = check_limits("SELECT * WHERE " + "{" * MAX_NESTING + "}" * MAX_NESTING)
    assert depth == MAX_NESTING and "SELECT" in words


def test_long_query_is_refused() -> None:
    with pytest.raises(QueryLimitError, match="characters; the limit is 100,000"):
        check_limits("SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_QUERY_CHARS)


@pytest.mark.parametrize("query,form", [
    ("PREFIX describe: <urn:x#> SELECT ?s WHERE { ?s describe:p ?o }", "SELECT"),
    ("# DESCRIBE\nASK { ?s ?p ?o }", "ASK"),
    ('SELECT ("CONSTRUCT" AS ?x) {}', "SELECT"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <urn:x>", "DESCRIBE"),
])
def test_query_form_comes_from_the_parser(query: str, form: str) -> None:
    """A regex took `PREFIX describe:` for a DESCRIBE query."""
    assert query_form(query) == form


@pytest.mark.parametrize("query,error", [
    ("CLEAR ALL", ReadOnlyError),
    ("LOAD <http://example.org/x.ttl>", ReadOnlyError),
    ("SELECT * WHERE {", InvalidQueryError),
])
def test_parse_refuses_updates_and_bad_syntax(query: str, error: type) -> None:
    with pytest.raises(error):
        parse_query(query)


@pytest.mark.parametrize("value", ["not an iri", "relative/path", "http://a b", "urn:x>", ""])
def test_check_iri_refuses_what_is_not_an_absolute_iri(value: str) -> None:
    with pytest.raises(InvalidQueryError, match="not an absolute IRI"):
        check_iri(value)


def test_service_is_allowed_only_when_asked(monkeypatch) -> None:
    monkeypatch.delenv("KG_ALLOW_SERVICE", raising=False)
    assert not service_allowed()
    monkeypatch.setenv("KG_ALLOW_SERVICE", "1")
    assert service_allowed()
