"""Examples of how our CaRB scorer reads, writes and scores Open IE tuples."""

import io
import time
from pathlib import Path

import pytest

from graphbuild.evaluate.carb import (
    CarbScore,
    Extraction,
    read_gold,
    read_system,
    score,
    sentence_key,
    write_system,
)
from graphbuild.lexicons import Lexicons, load_lexicons

from .conftest import SHARED

CARB = SHARED / "benchmarks" / "carb"

SENTENCE = "The old man sold his house in town ."


def gold(relation: str, *arguments: str, sentence: str = SENTENCE) -> Extraction:
    return Extraction(sentence, relation, arguments)


def system(relation: str, *arguments: str, confidence: float = 1.0, sentence: str = SENTENCE) -> Extraction:
    return Extraction(sentence, relation, arguments, confidence)


def test_score_exact_copy_of_gold_is_perfect():
    tuples = [gold("sold", "The old man", "his house")]

    result = score(tuples, tuples)

    assert (result.precision, result.recall, result.f1, result.auc) == (1, 1, 1, 1)
    assert (result.gold_tuples, result.system_tuples) == (1, 1)


def test_score_partial_overlap_counts_shared_tokens_over_all_slots():
    # gold:   arg1 "The old man" (3), rel "sold" (1), rest "his house" (2) = 6 tokens
    # system: arg1 "old man" (2),     rel "sold" (1), rest "his house in town" (4) = 7
    # shared: 2 + 1 + 2 = 5  ->  precision 5/7, recall 5/6
    result = score(
        [gold("sold", "The old man", "his house")],
        [system("sold", "old man", "his house in town")],
    )

    assert result.precision == pytest.approx(5 / 7)
    assert result.recall == pytest.approx(5 / 6)
    assert result.f1 == pytest.approx(2 * (5 / 7) * (5 / 6) / (5 / 7 + 5 / 6))


def test_score_tokens_are_counted_as_a_multiset():
    # arg1 "the the the man" vs gold "the man and the dog": "the" is shared
    # twice (gold has two), "man" once -> 3; plus rel 1 and rest 2 -> 6 shared.
    # system 4+1+2 = 7 tokens, gold 5+1+2 = 8 -> precision 6/7, recall 6/8.
    result = score(
        [gold("sold", "the man and the dog", "his house")],
        [system("sold", "the the the man", "his house")],
    )

    assert result.precision == pytest.approx(6 / 7)
    assert result.recall == pytest.approx(6 / 8)


def test_score_tokens_are_case_sensitive():
    # "the" does not match "The": shared "man" + "sold" + "his house" = 4 of 5.
    result = score(
        [gold("sold", "The man", "his house")],
        [system("sold", "the man", "his house")],
    )

    assert result.precision == pytest.approx(4 / 5)
    assert result.recall == pytest.approx(4 / 5)


def test_score_remaining_arguments_are_joined_into_one_slot():
    # gold rest "his house" + "in town"; system puts all four tokens in arg2.
    result = score(
        [gold("sold", "The old man", "his house", "in town")],
        [system("sold", "The old man", "his house in town")],
    )

    assert (result.precision, result.recall) == (1, 1)


def test_score_relations_sharing_no_token_score_zero():
    # Arguments identical, but "bought" shares no token with "sold".
    result = score(
        [gold("sold", "The old man", "his house")],
        [system("bought", "The old man", "his house")],
    )

    assert (result.precision, result.recall, result.f1) == (0, 0, 0)


def test_score_system_be_matches_any_form_of_be():
    sentence = "Obama was president ."
    result = score(
        [gold("was", "Obama", "president", sentence=sentence)],
        [system("be", "Obama", "president", sentence=sentence)],
    )

    assert (result.precision, result.recall) == (1, 1)


def test_score_system_be_matches_only_one_form_of_be():
    # system rel "be be" vs gold "is": one "be" takes "is", the other is unmatched.
    # shared 1 + 1 + 1 = 3; system 1+2+1 = 4 tokens; gold 1+1+1 = 3.
    sentence = "Paris is pretty ."
    result = score(
        [gold("is", "Paris", "pretty", sentence=sentence)],
        [system("be be", "Paris", "pretty", sentence=sentence)],
    )

    assert result.precision == pytest.approx(3 / 4)
    assert result.recall == pytest.approx(1)


def test_score_be_does_not_match_other_verbs():
    sentence = "Obama has a dog ."
    result = score(
        [gold("has", "Obama", "a dog", sentence=sentence)],
        [system("be", "Obama", "a dog", sentence=sentence)],
    )

    assert result.recall == 0


def test_score_said_relation_lets_arguments_match_swapped():
    # Straight: only "said" is shared -> 1/6 each way. Swapped: all 6 tokens.
    sentence = "Taxes will rise , the minister said ."
    result = score(
        [gold("said", "the minister", "taxes will rise", sentence=sentence)],
        [system("said", "taxes will rise", "the minister", sentence=sentence)],
    )

    assert (result.precision, result.recall) == (1, 1)


def test_score_swapped_arguments_need_a_said_verb_in_gold():
    # Same swap as above but with "met": only the relation token is shared
    # ("The" and "the" differ), 1 of 5 system tokens and 1 of 5 gold tokens.
    sentence = "The minister met the press ."
    result = score(
        [gold("met", "The minister", "the press", sentence=sentence)],
        [system("met", "the press", "The minister", sentence=sentence)],
    )

    assert result.precision == pytest.approx(1 / 5)
    assert result.recall == pytest.approx(1 / 5)


def test_said_verbs_are_carbs_word_forms():
    # CaRB's rule names these forms; the extraction lexicon of reporting verbs (lemmas) is another list.
    assert load_lexicons().terms("carb_said_verbs") == {"said", "told", "added", "adds", "says"}


def test_score_said_verbs_come_from_the_lexicon(tmp_path: Path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "carb_said_verbs.txt").write_text("# test\nmet\n", encoding="utf-8")
    sentence = "The minister met the press ."
    result = score(
        [gold("met", "The minister", "the press", sentence=sentence)],
        [system("met", "the press", "The minister", sentence=sentence)],
        lexicons=Lexicons(tmp_path),
    )

    assert (result.precision, result.recall) == (1, 1)


def test_score_system_lacking_a_gold_slot_scores_zero():
    # Relation and arg1 match, but gold has an arg2 and the system has none.
    sentence = "Bob met Alice ."
    result = score(
        [gold("met", "Bob", "Alice", sentence=sentence)],
        [system("met", "Bob", sentence=sentence)],
    )

    assert (result.precision, result.recall) == (0, 0)


def test_score_extra_system_slot_only_costs_precision():
    # Gold has no arg2 (empty field); the system's extra "there" is 1 unmatched
    # token: shared 3 of 4 system tokens, all 3 gold tokens.
    sentence = "He is Robin ."
    result = score(
        [gold("is Robin", "he", "", sentence=sentence)],
        [system("is Robin", "he", "there", sentence=sentence)],
    )

    assert result.precision == pytest.approx(3 / 4)
    assert result.recall == pytest.approx(1)


def test_score_recall_takes_each_gold_tuples_best_match():
    # Gold A: "Ann sold cars", gold B: "Ann owns a shop"; one system tuple equals A.
    # Recall = (1 + 0) / 2; precision = 1 / 1.
    sentence = "Ann , who owns a shop , sold cars ."
    result = score(
        [
            gold("sold", "Ann", "cars", sentence=sentence),
            gold("owns", "Ann", "a shop", sentence=sentence),
        ],
        [system("sold", "Ann", "cars", sentence=sentence)],
    )

    assert result.recall == pytest.approx(1 / 2)
    assert result.precision == pytest.approx(1)


def test_score_precision_pairs_tuples_one_to_one():
    # Both system tuples fit the single gold tuple; greedy pairing gives it to
    # the exact copy (pair precision 1), leaving the other unpaired (0).
    # Precision = (1 + 0) / 2; recall = 1 (recall is not one-to-one).
    result = score(
        [gold("sold", "The old man", "his house")],
        [
            system("sold", "The old man", "his house in town"),
            system("sold", "The old man", "his house"),
        ],
    )

    assert result.precision == pytest.approx(1 / 2)
    assert result.recall == pytest.approx(1)


def test_score_ignores_system_tuples_on_sentences_without_gold():
    result = score(
        [gold("sold", "The old man", "his house")],
        [
            system("sold", "The old man", "his house"),
            system("likes", "Ann", "cats", sentence="Ann likes cats ."),
        ],
    )

    assert (result.precision, result.recall) == (1, 1)
    assert (result.system_tuples, result.ignored_system_tuples) == (1, 1)


def test_score_matches_sentences_after_normalisation():
    gold_sentence = "Bob ( the builder ) left ."
    system_sentence = "Bob -LRB- the builder -RRB-  left."
    result = score(
        [gold("left", "Bob", sentence=gold_sentence)],
        [system("left", "Bob", sentence=system_sentence)],
    )

    assert (result.precision, result.recall) == (1, 1)
    assert result.ignored_system_tuples == 0


def test_sentence_key_removes_spaces_escapes_and_ascii_punctuation():
    assert sentence_key("Bob -LRB- the builder -RRB- , Inc. left .") == ("BobthebuilderIncleft")
    assert sentence_key("Bob (the builder), Inc. left.") == "BobthebuilderIncleft"
    assert sentence_key("Bob left") != sentence_key("bob left")


def test_score_sweeps_thresholds_for_best_f1_and_auc():
    # Two gold tuples, three system tuples:
    #   0.9 wrong relation, 0.5 = gold A, 0.2 = gold B.
    # threshold 0.9: R 0,   P 0/1        -> F1 0
    # threshold 0.5: R 1/2, P 1/2        -> F1 1/2
    # threshold 0.2: R 1,   P 2/3        -> F1 0.8   (best)
    # AUC from (0,1): (0,1)->(0,0) adds 0; (0,0)->(.5,.5) adds .5*.25 = 1/8;
    # (.5,.5)->(1,2/3) adds .5*(7/12) = 7/24; total 10/24 = 5/12.
    sentence = "Ann sold cars and Bob bought vans ."
    result = score(
        [
            gold("sold", "Ann", "cars", sentence=sentence),
            gold("bought", "Bob", "vans", sentence=sentence),
        ],
        [
            system("drove", "Ann", "vans", confidence=0.9, sentence=sentence),
            system("sold", "Ann", "cars", confidence=0.5, sentence=sentence),
            system("bought", "Bob", "vans", confidence=0.2, sentence=sentence),
        ],
    )

    assert result.threshold == 0.2
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(1)
    assert result.f1 == pytest.approx(0.8)
    assert result.auc == pytest.approx(5 / 12)


def test_score_empty_system_scores_zero_including_auc():
    result = score([gold("sold", "The old man", "his house")], [])

    assert result == CarbScore(
        precision=0.0,
        recall=0.0,
        f1=0.0,
        auc=0.0,
        threshold=0.0,
        gold_tuples=1,
        system_tuples=0,
    )


def test_carb_score_as_dict_lists_every_figure():
    result = score([gold("sold", "The old man", "his house")], [])

    assert set(result.as_dict()) == {
        "precision",
        "recall",
        "f1",
        "auc",
        "threshold",
        "gold_tuples",
        "system_tuples",
        "ignored_system_tuples",
    }


def test_read_gold_drops_context_arguments(tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text(
        "Taxes rise , he said in Paris .\tsaid\the\tTaxes rise\tC: in Paris\n",
        encoding="utf-8",
    )

    assert read_gold(path) == [Extraction("Taxes rise , he said in Paris .", "said", ("he", "Taxes rise"))]


def test_read_gold_rejects_line_with_too_few_fields(tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text("S .\tis\tA\tB\n\nS .\tis\n", encoding="utf-8")

    with pytest.raises(ValueError, match=r"gold\.tsv:3: .*at least 3"):
        read_gold(path)


def test_read_system_reads_confidence_and_arguments(tmp_path):
    path = tmp_path / "system.tsv"
    path.write_text("S .\t0.75\tis in\tA\tB\tC\n", encoding="utf-8")

    assert read_system(path) == [Extraction("S .", "is in", ("A", "B", "C"), 0.75)]


def test_read_system_rejects_non_numeric_confidence(tmp_path):
    path = tmp_path / "system.tsv"
    path.write_text("S .\t0.5\tis\tA\tB\nS .\tis\tA\tB\n", encoding="utf-8")

    with pytest.raises(ValueError, match=r"system\.tsv:2: confidence 'is' is not"):
        read_system(path)


def test_read_system_rejects_line_with_too_few_fields(tmp_path):
    path = tmp_path / "system.tsv"
    path.write_text("S .\t0.5\tis\n", encoding="utf-8")

    with pytest.raises(ValueError, match=r"system\.tsv:1: .*at least 4"):
        read_system(path)


def test_write_system_round_trips_through_read_system(tmp_path):
    extractions = [
        Extraction("S .", "is in", ("A", "B"), 0.123456),
        Extraction("T .", "was", ("C", ""), 1.0),
    ]
    path = tmp_path / "system.tsv"

    write_system(extractions, path)

    assert path.read_text(encoding="utf-8") == ("S .\t0.1235\tis in\tA\tB\nT .\t1.0000\twas\tC\t\n")
    assert read_system(path)[0] == Extraction("S .", "is in", ("A", "B"), 0.1235)


def test_write_system_writes_to_a_stream():
    stream = io.StringIO()

    write_system([Extraction("S .", "is", ("A", "B"), 0.5)], stream)

    assert stream.getvalue() == "S .\t0.5000\tis\tA\tB\n"


def test_write_system_rejects_a_tab_inside_a_field():
    with pytest.raises(ValueError, match="tab or line break"):
        write_system([Extraction("S .", "is", ("A\tB",))], io.StringIO())


def carb_data() -> Path:
    if not (CARB / "gold" / "dev.tsv").is_file():
        pytest.skip(f"CaRB data not found at {CARB}")
    return CARB


def test_read_gold_reads_the_dev_set():
    gold_tuples = read_gold(carb_data() / "gold" / "dev.tsv")

    assert len(gold_tuples) == 2548
    assert len({sentence_key(t.sentence) for t in gold_tuples}) == 638
    assert not any(a.startswith("C: ") for t in gold_tuples for a in t.arguments)


def test_score_dev_gold_as_system_is_perfect_and_fast():
    gold_tuples = read_gold(carb_data() / "gold" / "dev.tsv")
    system_tuples = [Extraction(t.sentence, t.relation, t.arguments, 1.0) for t in gold_tuples]

    started = time.perf_counter()
    result = score(gold_tuples, system_tuples)
    elapsed = time.perf_counter() - started

    assert (result.precision, result.recall, result.f1, result.auc) == (1, 1, 1, 1)
    assert (result.gold_tuples, result.system_tuples) == (2548, 2548)
    assert elapsed < 5.0


def test_score_reported_point_equals_scoring_the_kept_tuples_alone():
    # The threshold sweep must agree with scoring only the tuples kept at the
    # reported threshold. The system degrades each dev gold tuple twice (so
    # pairings compete) and gives its least confident tuples a relation that
    # matches nothing, so the best F1 lies at an intermediate threshold.
    gold_tuples = read_gold(carb_data() / "gold" / "dev.tsv")
    system_tuples = []
    for i, t in enumerate(gold_tuples * 2):
        confidence = (i * 37 % 101) / 100
        words = t.relation.split() or ["-"]
        relation = " ".join(words[: 1 + i % len(words)])
        if confidence < 0.25:
            relation = "unrelated"
        arguments = tuple(a.split(" ", i % 3)[-1] for a in t.arguments)
        system_tuples.append(Extraction(t.sentence, relation, arguments, confidence))

    result = score(gold_tuples, system_tuples)
    kept = [
        Extraction(t.sentence, t.relation, t.arguments, 1.0)
        for t in system_tuples
        if t.confidence >= result.threshold
    ]
    alone = score(gold_tuples, kept)

    assert 0 < result.threshold < 1
    assert 0 < result.f1 < 1
    assert alone.precision == pytest.approx(result.precision)
    assert alone.recall == pytest.approx(result.recall)
