"""One exception hierarchy for the whole package.

Every error a user can cause derives from :class:`KGError`, so scripts can catch one class, and each
message says what was asked, what exists nearby and what to do.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence


class KGError(Exception):
    """Base class of every error this package raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can.

    >>> str(Problem("seeds/a.ann.yaml", 12, "unknown relation 'inhibits'"))
    "seeds/a.ann.yaml:12: unknown relation 'inhibits'"
    """

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class InputError(KGError, ValueError):
    """Input files (documents, annotations, lexicon, ontology) are malformed.

    Carries every problem found, not only the first, so one run reports all of them.
    """

    def __init__(self, problems: Sequence[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem("<input>", None, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: tuple[Problem, ...] = tuple(problems)
        head = f"{len(self.problems)} problem(s) in the input:" if len(self.problems) > 1 else ""
        lines = [head] if head else []
        lines += [("  " if head else "") + str(p) for p in self.problems]
        super().__init__("\n".join(lines))


class InvalidDocumentError(InputError):
    """A source document is missing, unreadable or not UTF-8 text."""


class InvalidAnnotationError(InputError):
    """An annotation, metadata or lexicon file breaks its format or points at something unknown."""


class QuoteMismatchError(InvalidAnnotationError):
    """An evidence quote is not the document's text at its stated offsets."""


class ValidationError(KGError):
    """The assembled graph does not conform to ontology/shapes.ttl."""

    def __init__(self, report: str):
        self.report = report
        super().__init__(report)


class UnknownEntityError(KGError, LookupError):
    """A name that matches no entity's id, label, synonym, CURIE or IRI."""

    def __init__(self, name: str, suggestions: Iterable[str] = ()):
        self.name = name
        self.suggestions = tuple(suggestions)
        hint = (
            f"; closest known names: {', '.join(self.suggestions)}"
            if self.suggestions
            else "; list entities with `kg stats` or KnowledgeGraph.entities()"
        )
        super().__init__(f"unknown entity {name!r}{hint}")


class AmbiguousEntityError(KGError, LookupError):
    """A name that matches several entities (a shared synonym or cross-reference)."""

    def __init__(self, name: str, candidates: Iterable[str]):
        self.name = name
        self.candidates = tuple(candidates)
        super().__init__(
            f"{name!r} names several entities: {', '.join(self.candidates)}; use one of these ids"
        )


class UnknownRelationError(KGError, LookupError):
    """A relation name that the ontology does not define."""

    def __init__(self, name: str, known: Iterable[str]):
        self.name = name
        super().__init__(f"unknown relation {name!r}; known relations: {', '.join(sorted(known))}")


class InvalidQueryError(KGError, ValueError):
    """A SPARQL query that does not parse, a named query that does not exist, or a bad parameter."""


class ReadOnlyError(InvalidQueryError):
    """A SPARQL Update sent to the read-only query interface."""


class OutputError(KGError):
    """An output location that cannot be written."""


class StoreError(KGError):
    """A persisted store that is missing, locked, damaged or from an incompatible version."""


class EndpointError(KGError):
    """A SPARQL endpoint that cannot be reached or answers with an error (URL and HTTP status named)."""


class QueryTimeoutError(InvalidQueryError):
    """A query that ran longer than its time limit."""


class QueryLimitError(InvalidQueryError):
    """A query over a limit of its text (too long, nested too deeply) or of its answer (too many
    rows, too much memory): refused or stopped before it could harm the process."""


class AnswerLimitError(QueryLimitError):
    """A query whose answer went over a limit while it was read: too many rows, too much memory."""


class ProtocolError(KGError):
    """An HTTP request the SPARQL endpoint cannot take (method, media type, parameters), with the
    HTTP status to answer it with."""

    def __init__(self, status: int, message: str):
        self.status = status
        super().__init__(message)


class RemoteAccessError(KGError):
    """Data or a query asked for something on the network (SPARQL SERVICE, a remote JSON-LD
    @context) that the user did not allow."""


class UnknownTypeError(UnknownEntityError, InvalidQueryError):
    """An entity type (ontology class) that the ontology does not define.

    It is an UnknownEntityError (a name that matches nothing) and an InvalidQueryError (a bad
    parameter of a query), so code catching either keeps working.

    >>> str(UnknownTypeError("Cell", ["CellType", "StemCell"], "; did you mean CellType?"))
    "unknown entity type 'Cell'; did you mean CellType?; use one of CellType, StemCell"
    """

    def __init__(self, name: str, known: Iterable[str], hint: str = ""):
        self.name = name
        self.known = self.suggestions = tuple(known)
        KGError.__init__(self, f"unknown entity type {name!r}{hint}; use one of {', '.join(self.known)}")


class UnknownStoreEngineError(StoreError, LookupError):
    """A store engine name that no engine is registered under."""

    def __init__(self, name: str, known: Iterable[str]):
        self.name = name
        super().__init__(f"unknown store engine {name!r}; available: {', '.join(sorted(known))}")


class UnknownFormatError(OutputError, LookupError):
    """An output or result format name that no writer is registered under."""

    def __init__(self, name: str, known: Iterable[str], what: str = "output format"):
        self.name = name
        super().__init__(f"unknown {what} {name!r}; available: {', '.join(sorted(known))}")


class InvalidIdentifierError(KGError, ValueError):
    """A CURIE or IRI that cannot be expanded or contracted with the known prefixes."""


class MissingDependencyError(KGError, ImportError):
    """An optional package a feature needs is not installed (the message names the pip extra)."""
