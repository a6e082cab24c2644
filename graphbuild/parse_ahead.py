"""Parse ahead: the model's part of the pipeline in a thread, graphbuild's components in the caller's.

spaCy's model releases the GIL for much of its work (the matrix products of tok2vec and NER, the
parser's transition loop); graphbuild's components are Python and hold it. Run one after the other
in one thread, a one-job build leaves the machine's second core idle. Here a thread reads and parses
the next documents while the caller extracts and resolves the ones already parsed, so the two
overlap. Each Doc goes through the same components in the same order and the model sees the same
batches, so the results are the same as ``nlp.parse``'s.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.model import Document
from graphbuild.nlp import GRAPHBUILD_COMPONENTS, parse

# Parsed Docs waiting for the components, at most: one batch ahead is enough to keep both busy, and
# bounds the memory the thread can hold.
AHEAD_BATCHES = 1
# How often a producer blocked on a full hand-off checks whether the caller has gone (seconds).
POLL_S = 0.1
# How long a caller that stops early (an error, Ctrl-C) waits for the thread to finish its batch; a
# thread still waiting for input (``-``, a pipe) is left behind, as it is a daemon.
STOP_WAIT_S = 5.0


@dataclass(frozen=True)
class _Failed:
    """An exception raised while reading or parsing, handed to the caller to raise."""

    error: BaseException


_DONE = object()


def parse_ahead(
    nlp: Language, documents: Iterable[Document], *, batch_size: int = 16
) -> Iterator[tuple[Doc, Document]]:
    """``parse(nlp, documents)``, with reading and the model running a batch ahead in a thread.

    ``documents`` is consumed in that thread, so an error while reading (a bad file) or parsing is
    raised here, where the caller iterates. Closing the iterator early stops the thread after its
    current batch.
    """
    components = [pipe for name, pipe in nlp.pipeline if name in GRAPHBUILD_COMPONENTS]
    for component in components:  # lazy set-up (phrase matchers tokenize) done before the thread starts
        initialize = getattr(component, "initialize", None)
        if initialize is not None:
            initialize()
    handoff: queue.Queue[object] = queue.Queue(maxsize=AHEAD_BATCHES * batch_size)
    gone = threading.Event()

    def hand(item: object) -> bool:
        while not gone.is_set():
            try:
                handoff.put(item, timeout=POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in parse(nlp, documents, batch_size=batch_size, model_only=True):
                if not hand(item):
                    return
            hand(_DONE)
        except BaseException as error:  # raised again in the caller's thread
            hand(_Failed(error))

    producer = threading.Thread(target=produce, name="graphbuild-parse", daemon=True)
    producer.start()
    finished = False
    try:
        while (item := handoff.get()) is not _DONE:
            if isinstance(item, _Failed):
                raise item.error
            doc, document = item  # type: ignore[misc]
            for component in components:
                doc = component(doc)
            yield doc, document
        finished = True
    finally:
        gone.set()
        producer.join(None if finished else STOP_WAIT_S)
