"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from graphbuild.errors import OntologyError
from graphbuild.rdf import bind_prefixes, union_graph


@dataclass(frozen=True)
class Violation:
    """One failed constraint: the node, the property path, and pyshacl's message."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"

    def line(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        return f"{self.severity}: {where}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms, and every violation (sorted, so reports diff cleanly)."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def summary(self) -> str:
        if self.conforms:
            return f"conforms: true ({self.triples} triples)"
        return f"conforms: false ({len(self.violations)} violations in {self.triples} triples)"


def load_shapes(ontology: str | Path | None = None) -> Graph:
    """The shapes graph of an ontology folder (the bundled one by default)."""
    from graphbuild.lexicons import ontology_dir

    path = ontology_dir(ontology) / "shapes.ttl"
    if not path.is_file():
        raise OntologyError(f"no shapes.ttl in {path.parent}; pass --ontology DIR or reinstall graphbuild")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as e:  # rdflib raises parser-specific errors
        raise OntologyError(f"{path}: cannot parse the shapes ({e}); fix the file") from e


def validate(graph: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate the union of ``graph``'s named graphs: entities and facts live in different ones."""
    import pyshacl

    data = union_graph(graph)
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes if shapes is not None else load_shapes(), advanced=True, allow_warnings=True
    )
    bind_prefixes(report)
    violations = sorted(
        (_violation(report, result) for result in report.subjects(SH.resultSeverity, None)),  # type: ignore[union-attr]
        key=lambda v: (v.focus, v.path or "", v.message),
    )
    return ValidationReport(bool(conforms), violations, len(data))


def _violation(report: Graph, result: object) -> Violation:
    def value(prop: URIRef) -> str | None:
        found = report.value(result, prop)  # type: ignore[arg-type]
        return None if found is None else str(found)

    severity = (value(SH.resultSeverity) or "Violation").rsplit("#", 1)[-1]
    path = report.value(result, SH.resultPath)  # type: ignore[arg-type]
    path_text = path.n3(report.namespace_manager) if isinstance(path, URIRef) else None
    focus = report.value(result, SH.focusNode)  # type: ignore[arg-type]
    focus_text = focus.n3(report.namespace_manager) if focus is not None else "?"
    message = value(SH.resultMessage) or f"fails {value(SH.sourceConstraintComponent)}"
    return Violation(focus_text, path_text, " ".join(message.split()), severity)
