"""The error tree: what a caller catching one class also catches."""
from __future__ import annotations

from kg.errors import (AnswerLimitError, InvalidQueryError, KGError, ProtocolError, QueryLimitError,
                       QueryTimeoutError, RemoteAccessError)


def test_limits_are_query_errors() -> None:
    """Code catching InvalidQueryError (the CLI, the endpoint's 400) also catches the limits."""
    assert issubclass(AnswerLimitError, QueryLimitError) and issubclass(QueryLimitError, InvalidQueryError)
    assert issubclass(QueryTimeoutError, InvalidQueryError)


def test_refusals_and_protocol_errors_are_ours() -> None:
    assert issubclass(RemoteAccessError, KGError) and not issubclass(RemoteAccessError, InvalidQueryError)
    err = ProtocolError(415, "send UTF-8")
    assert isinstance(err, KGError) and err.status == 415 and str(err) == "send UTF-8"
