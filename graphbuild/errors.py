"""Errors a user can fix. ``str(e)`` says what went wrong, where, and what to do."""


class GraphbuildError(Exception):
    """Something the user can fix; the CLI prints it as one line and exits 1."""


class InputError(GraphbuildError):
    """An article or corpus cannot be read or parsed."""


class ModelNotFound(GraphbuildError):
    """No usable spaCy pipeline is installed."""


class OntologyError(GraphbuildError):
    """An ontology, shape, lexicon or dictionary file is missing or invalid."""


class QueryError(GraphbuildError):
    """A SPARQL query is malformed or uses an unknown prefix."""


class StoreError(GraphbuildError):
    """The graph cannot be written, read or pushed to a store."""


class RenderError(GraphbuildError):
    """The network page cannot be drawn with the options given."""
