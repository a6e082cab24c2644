"""The evidence behind the page: claims, the sentences they come from and those sentences' documents.

Each is stored once and numbered in order of first use; edges and nodes refer to claims by number,
claims to sentences and documents, sentences to documents, so a sentence behind many edges is
written into the page only once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from graphbuild.temporal.period import period_days

if TYPE_CHECKING:
    from graphbuild.model import Document, Provenance, Triple


class Evidence:
    """The claims, sentences and documents seen so far, in the page's JSON shapes."""

    def __init__(self, documents: Iterable[Document]) -> None:
        # The graph's documents come first, in their order; others are added when a claim names one.
        self.documents: list[dict[str, Any]] = [
            {"id": d.id, "date": d.date, "title": d.title} for d in documents
        ]
        self._doc_index = {d["id"]: i for i, d in enumerate(self.documents)}
        self.sentences: list[list[Any]] = []
        self._sentence_index: dict[tuple[str, int], int] = {}
        self.claims: list[dict[str, Any]] = []
        self.triples: list[Triple] = []  # the triple behind each claim
        self._claim_index: dict[int, int] = {}  # id(triple) -> claim number

    def doc(self, doc_id: str) -> int:
        """The number of the document ``doc_id``, added without date or title if the graph lacks it."""
        if doc_id not in self._doc_index:
            self._doc_index[doc_id] = len(self.documents)
            self.documents.append({"id": doc_id, "date": None, "title": None})
        return self._doc_index[doc_id]

    def sentence(self, p: Provenance) -> int:
        """The number of the sentence ``p`` points into, stored as [document, index in it, text]."""
        key = (p.doc_id, p.sentence_index)
        if key not in self._sentence_index:
            self._sentence_index[key] = len(self.sentences)
            self.sentences.append([self.doc(p.doc_id), p.sentence_index, p.sentence])
        return self._sentence_index[key]

    def claim(self, t: Triple) -> int:
        """The number of the claim for ``t``; empty fields are left out of it to keep the page small.

        A dated fact carries its time as written and valued (``when``) and the first and last day
        it covers (``t``, ISO dates that compare as strings); a fact without ``t`` is undated.
        """
        if id(t) in self._claim_index:
            return self._claim_index[id(t)]
        claim: dict[str, Any] = {
            "s": self.sentence(t.provenance),
            "d": self.doc(t.provenance.doc_id),
            "sub": t.subject.text,
            "rel": t.relation.text,
            "obj": t.object.text,
            "conf": round(t.confidence, 3),
        }
        if t.negated:
            claim["neg"] = True
        if t.modality:
            claim["mod"] = t.modality
        if t.attributed_to:
            claim["att"] = t.attributed_to
        if t.time is not None and t.time.value:
            claim["when"] = t.time.text + " (" + t.time.value + ")"
            if days := period_days(t.time.value):
                claim["t"] = [days[0].isoformat(), days[1].isoformat()]  # for the page's period filter
        self._claim_index[id(t)] = len(self.claims)
        self.claims.append(claim)
        self.triples.append(t)
        return self._claim_index[id(t)]
