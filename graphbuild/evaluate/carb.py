"""Our own scorer for the CaRB Open IE benchmark.

We score with our own code rather than CaRB's script so the scoring rules are
the ones written down in ``shared/benchmarks/carb/SOURCE.md`` and nothing else:
tuples are reduced to three slots (arg1, relation, remaining arguments joined),
compared token by token, and swept over every distinct system confidence to
give precision, recall, best F1 and the area under the precision-recall curve.
"""

import math
import os
import string
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from graphbuild.errors import InputError
from graphbuild.ingest import PTB_ESCAPES
from graphbuild.lexicons import Lexicons, load_lexicons

__all__ = [
    "CarbScore",
    "Extraction",
    "read_gold",
    "read_system",
    "score",
    "score_files",
    "sentence_key",
    "write_system",
]

CONTEXT_PREFIX = "C: "
"""Gold arguments starting with this are context markers, which CaRB does not score."""

# CaRB's scorer undoes the bracket escapes only (quotes stay as the files write them).
_ESCAPES = {escape: text for escape, text in PTB_ESCAPES.items() if escape.startswith("-")}
_DROP_PUNCTUATION = str.maketrans("", "", string.punctuation)
# Forms a system relation token "be" may stand for ("be" itself matches exactly).
_OTHER_BE_FORMS = frozenset({"am", "is", "are", "was", "were", "been", "being"})


@dataclass(frozen=True)
class Extraction:
    """One Open IE tuple, as gold or as system output.

    ``arguments`` holds arg1, arg2, ... in order; gold context arguments
    (``C: ...``) are dropped on reading because CaRB does not score them.
    """

    sentence: str
    relation: str
    arguments: tuple[str, ...]
    confidence: float = 1.0


@dataclass(frozen=True)
class CarbScore:
    """CaRB figures at the best-F1 threshold, plus the area under the curve.

    ``system_tuples`` counts the system tuples on sentences that have gold
    tuples (the only ones scored); ``ignored_system_tuples`` counts the rest,
    so that a system which altered its sentences is noticed rather than
    silently scoring zero.
    """

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float
    gold_tuples: int
    system_tuples: int
    ignored_system_tuples: int = 0

    def as_dict(self) -> dict[str, float | int]:
        """Plain dictionary, for JSON reports."""
        return asdict(self)


def sentence_key(sentence: str) -> str:
    """Key under which gold and system sentences are matched.

    Spaces are removed, ``-LRB-``-style escapes undone and ASCII punctuation
    removed, so tokenisation differences do not separate the same sentence.
    """
    text = "".join(sentence.split())
    for escape, character in _ESCAPES.items():
        text = text.replace(escape, character)
    return text.translate(_DROP_PUNCTUATION)


# --------------------------------------------------------------------------
# Reading and writing


def _data_lines(path: Path) -> Iterable[tuple[int, list[str]]]:
    """Yield (line number, tab-separated fields), skipping blank lines."""
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if line.strip():
                yield number, line.split("\t")


def read_gold(path: Path) -> list[Extraction]:
    """Read CaRB gold tuples: ``sentence \\t relation \\t arg1 \\t arg2 ...``.

    Context arguments (``C: ...``) are dropped. Raises ValueError naming the
    file and line for a line with fewer than three fields.
    """
    extractions = []
    for number, fields in _data_lines(path):
        if len(fields) < 3:
            raise ValueError(
                f"{path}:{number}: gold line has {len(fields)} tab-separated "
                "field(s), expected at least 3 (sentence, relation, arg1)"
            )
        arguments = tuple(a for a in fields[2:] if not a.startswith(CONTEXT_PREFIX))
        extractions.append(Extraction(fields[0], fields[1], arguments))
    return extractions


def read_system(path: Path) -> list[Extraction]:
    """Read system output: ``sentence \\t confidence \\t relation \\t arg1 ...``.

    Raises ValueError naming the file and line for a line with fewer than four
    fields or a confidence that is not a finite number.
    """
    extractions = []
    for number, fields in _data_lines(path):
        if len(fields) < 4:
            raise ValueError(
                f"{path}:{number}: system line has {len(fields)} tab-separated "
                "field(s), expected at least 4 (sentence, confidence, relation, arg1)"
            )
        try:
            confidence = float(fields[1])
        except ValueError:
            raise ValueError(f"{path}:{number}: confidence {fields[1]!r} is not a number") from None
        if not math.isfinite(confidence):
            raise ValueError(f"{path}:{number}: confidence {fields[1]!r} is not a finite number")
        extractions.append(Extraction(fields[0], fields[2], tuple(fields[3:]), confidence))
    return extractions


def write_system(extractions: Iterable[Extraction], path_or_stream: str | os.PathLike[str] | TextIO) -> None:
    """Write extractions in CaRB's tabbed format, readable by read_system.

    Raises ValueError for a field containing a tab or line break, which would
    silently corrupt the file otherwise.
    """
    if isinstance(path_or_stream, str | os.PathLike):
        with Path(path_or_stream).open("w", encoding="utf-8") as handle:
            write_system(extractions, handle)
        return
    for extraction in extractions:
        fields = [extraction.sentence, extraction.relation, *extraction.arguments]
        for field in fields:
            if "\t" in field or "\n" in field or "\r" in field:
                raise ValueError(f"cannot write extraction with a tab or line break in {field!r}")
        if not math.isfinite(extraction.confidence):
            raise ValueError(f"cannot write confidence {extraction.confidence!r}")
        confidence = f"{extraction.confidence:.4f}"
        path_or_stream.write("\t".join([fields[0], confidence, *fields[1:]]) + "\n")


# --------------------------------------------------------------------------
# Pair scores


class _Slots:
    """A tuple reduced to CaRB's three token multisets, counted once."""

    __slots__ = ("arg1", "relation", "rest", "said", "size")

    def __init__(self, extraction: Extraction, said_verbs: frozenset[str]) -> None:
        arguments = extraction.arguments
        self.arg1 = Counter(arguments[0].split() if arguments else ())
        self.relation = Counter(extraction.relation.split())
        self.rest = Counter(" ".join(arguments[1:]).split())
        self.size = self.arg1.total() + self.relation.total() + self.rest.total()
        self.said = not said_verbs.isdisjoint(self.relation)


def _overlap(system: Counter[str], gold: Counter[str]) -> int:
    """Number of tokens shared by two multisets."""
    if len(system) > len(gold):
        system, gold = gold, system
    return sum(min(n, gold[token]) for token, n in system.items() if token in gold)


def _relation_overlap(system: Counter[str], gold: Counter[str]) -> int:
    """Shared relation tokens, where a spare system "be" takes any form of be."""
    shared = _overlap(system, gold)
    spare_be = system["be"] - min(system["be"], gold["be"])
    if spare_be:
        spare_forms = sum(n - min(n, system[form]) for form, n in gold.items() if form in _OTHER_BE_FORMS)
        shared += min(spare_be, spare_forms)
    return shared


def _argument_score(
    gold: _Slots,
    shared: int,
    system_size: int,
    arg1: Counter[str],
    rest: Counter[str],
) -> tuple[float, float]:
    """(precision, recall) once arguments are added to the relation's overlap."""
    if (gold.arg1 and not arg1) or (gold.rest and not rest):
        return (0.0, 0.0)
    shared += _overlap(arg1, gold.arg1) + _overlap(rest, gold.rest)
    return (shared / system_size, shared / gold.size)


def _pair_score(gold: _Slots, system: _Slots) -> tuple[float, float]:
    """CaRB (precision, recall) of one system tuple against one gold tuple."""
    shared = _relation_overlap(system.relation, gold.relation)
    if not shared:
        return (0.0, 0.0)
    best = _argument_score(gold, shared, system.size, system.arg1, system.rest)
    if gold.said:
        swapped = _argument_score(gold, shared, system.size, system.rest, system.arg1)
        best = max(best, swapped)
    return best


# --------------------------------------------------------------------------
# Curves


def _greedy_precision(ranked_pairs: list[tuple[float, int, int]], kept: int, gold_count: int) -> float:
    """Summed precision of the greedy one-to-one pairing among the first ``kept``.

    ``ranked_pairs`` holds (precision, gold index, system rank) for every
    pair with non-zero precision, best first, so a single pass is the greedy
    pairing; pairs of zero precision add nothing and are left out. System
    tuples are ranked by confidence, so the first ``kept`` are those kept.
    """
    used_gold: set[int] = set()
    used_system: set[int] = set()
    total = 0.0
    limit = min(kept, gold_count)
    for precision, g, s in ranked_pairs:
        if s >= kept or g in used_gold or s in used_system:
            continue
        used_gold.add(g)
        used_system.add(s)
        total += precision
        if len(used_gold) == limit:
            break
    return total


def _sentence_steps(
    gold: list[_Slots], system: list[tuple[float, _Slots]]
) -> list[tuple[float, float, float, int]]:
    """Per distinct confidence c of one sentence, best first:
    (c, summed gold recall, summed matched precision, system tuples kept)
    when the tuples with confidence >= c are kept.
    """
    # Rank by confidence; ``order`` keeps each tuple's input position.
    order = sorted(range(len(system)), key=lambda i: -system[i][0])
    system = [system[i] for i in order]
    scores = [[_pair_score(g, s) for _, s in system] for g in gold]
    # Highest precision first; ties go to the earlier gold tuple, then to the
    # earlier system tuple in input order, so the pairing at a threshold is the
    # one we would get by scoring only the tuples kept there.
    ranked_pairs = sorted(
        (
            (precision, g, s)
            for g, row in enumerate(scores)
            for s, (precision, _) in enumerate(row)
            if precision > 0
        ),
        key=lambda pair: (-pair[0], pair[1], order[pair[2]]),
    )
    best_recall = [0.0] * len(gold)
    steps = []
    start = 0
    while start < len(system):
        confidence = system[start][0]
        end = start
        while end < len(system) and system[end][0] == confidence:
            end += 1
        for g, row in enumerate(scores):
            best_recall[g] = max(best_recall[g], *(r for _, r in row[start:end]))
        precision = _greedy_precision(ranked_pairs, end, len(gold))
        steps.append((confidence, math.fsum(best_recall), precision, end))
        start = end
    return steps


def score(
    gold: Sequence[Extraction], system: Sequence[Extraction], *, lexicons: Lexicons | None = None
) -> CarbScore:
    """Score system extractions against gold ones as CaRB does.

    Every distinct confidence among the scored system tuples is a threshold;
    the reported precision, recall and threshold are those of the best F1.
    AUC is the trapezoid area under (recall, precision), thresholds from high
    to low, starting from (0, 1). Ties in the greedy pairing go to the earlier
    gold tuple, then the earlier system tuple, in input order. A gold relation
    with a word of ``lexicons/carb_said_verbs.txt`` may have its arguments
    matched swapped (``lexicons``: the bundled ones by default).
    """
    said_verbs = (lexicons or load_lexicons()).terms("carb_said_verbs")
    gold_by_sentence: dict[str, list[_Slots]] = defaultdict(list)
    for extraction in gold:
        gold_by_sentence[sentence_key(extraction.sentence)].append(_Slots(extraction, said_verbs))
    system_by_sentence: dict[str, list[tuple[float, _Slots]]] = defaultdict(list)
    ignored = 0
    for extraction in system:
        key = sentence_key(extraction.sentence)
        if key in gold_by_sentence:
            system_by_sentence[key].append((extraction.confidence, _Slots(extraction, said_verbs)))
        else:
            ignored += 1

    # Each sentence's totals change only at its own confidences, so the global
    # curve is swept once over all thresholds, applying those changes.
    changes: dict[float, list[tuple[str, float, float, int]]] = defaultdict(list)
    for key, tuples in system_by_sentence.items():
        for confidence, recall, precision, kept in _sentence_steps(gold_by_sentence[key], tuples):
            changes[confidence].append((key, recall, precision, kept))

    gold_count = len(gold)
    current: dict[str, tuple[float, float, int]] = {}
    recall_sum = precision_sum = 0.0
    kept_count = 0
    curve: list[tuple[float, float, float]] = []
    for threshold in sorted(changes, reverse=True):
        for key, recall, precision, kept in changes[threshold]:
            old_recall, old_precision, old_kept = current.get(key, (0.0, 0.0, 0))
            recall_sum += recall - old_recall
            precision_sum += precision - old_precision
            kept_count += kept - old_kept
            current[key] = (recall, precision, kept)
        curve.append((threshold, recall_sum / gold_count, precision_sum / kept_count))

    best = (0.0, 0.0, 0.0, -1.0)  # threshold, precision, recall, f1
    area = 0.0
    last_recall, last_precision = 0.0, 1.0
    for threshold, recall, precision in curve:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best[3]:
            best = (threshold, precision, recall, f1)
        area += (recall - last_recall) * (precision + last_precision) / 2
        last_recall, last_precision = recall, precision
    threshold, precision, recall, f1 = best
    return CarbScore(
        precision=precision,
        recall=recall,
        f1=max(f1, 0.0),
        auc=area,
        threshold=threshold,
        gold_tuples=gold_count,
        system_tuples=len(system) - ignored,
        ignored_system_tuples=ignored,
    )


def score_files(
    gold_path: str | os.PathLike[str],
    system_path: str | os.PathLike[str],
    *,
    lexicons: Lexicons | None = None,
) -> CarbScore:
    """Score a system output file against a gold file; unreadable or malformed files raise InputError."""
    loaded = []
    for path, reader, what in ((gold_path, read_gold, "gold"), (system_path, read_system, "system output")):
        try:
            loaded.append(reader(Path(path)))
        except FileNotFoundError:
            raise InputError(f"{path}: no such {what} file; check the path") from None
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"{path}: cannot read the {what} file ({e}); pass a UTF-8 tabbed file") from e
        except ValueError as e:
            raise InputError(f"{e}; fix the {what} file (CaRB's tabbed format)") from e
    gold, system = loaded
    if not gold:
        raise InputError(f"{gold_path}: no gold tuples; pass CaRB's gold file (sentence, relation, args)")
    return score(gold, system, lexicons=lexicons)
