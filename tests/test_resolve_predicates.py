"""A pronoun's own predicate and the unnamed bodies around it (``resolve.predicates``), on
hand-built parses and, where marked, on the model's."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.resolve.predicates import collective_rival, judged_it, predicate_phrases, thing_predicate

from .parsed import parsed
from .parsed_edges import subject_nodes

# "It will take effect in May ."
TAKES_EFFECT = """
It 2 nsubj PRON PRP it
will 2 aux AUX MD will
take 2 ROOT VERB VB take
effect 2 dobj NOUN NN effect
in 2 prep ADP IN in
May 4 pobj PROPN NNP May
. 2 punct PUNCT . .
"""

# "It is scheduled to come into force ."
SCHEDULED_INTO_FORCE = """
It 2 nsubjpass PRON PRP it
is 2 auxpass AUX VBZ be
scheduled 2 ROOT VERB VBN schedule
to 4 aux PART TO to
come 2 xcomp VERB VB come
into 4 prep ADP IN into
force 5 pobj NOUN NN force
. 2 punct PUNCT . .
"""

# "The group said they were weak ."
GROUP_SAID_THEY = """
The 1 det DET DT the
group 2 nsubj NOUN NN group
said 2 ROOT VERB VBD say
they 4 nsubj PRON PRP they
were 2 ccomp AUX VBD be
weak 4 acomp ADJ JJ weak
. 2 punct PUNCT . .
"""

# "The mayor called it a tragedy ."
CALLED_IT_A_TRAGEDY = """
The 1 det DET DT the
mayor 2 nsubj NOUN NN mayor
called 2 ROOT VERB VBD call
it 2 dobj PRON PRP it
a 5 det DET DT a
tragedy 2 oprd NOUN NN tragedy
. 2 punct PUNCT . .
"""

# "The mayor described it as a disgrace ."
DESCRIBED_IT_AS = """
The 1 det DET DT the
mayor 2 nsubj NOUN NN mayor
described 2 ROOT VERB VBD describe
it 2 dobj PRON PRP it
as 2 prep ADP IN as
a 6 det DET DT a
disgrace 4 pobj NOUN NN disgrace
. 2 punct PUNCT . .
"""


def _lexicons(tmp_path: Path, **lists: str) -> Lexicons:
    (tmp_path / "lexicons").mkdir()
    for name, text in lists.items():
        (tmp_path / "lexicons" / f"{name}.txt").write_text(text, encoding="utf-8")
    return Lexicons(tmp_path)


def test_a_predicate_is_its_verb_with_an_object_or_a_preposition_and_its_object():
    assert predicate_phrases(parsed(TAKES_EFFECT)[2]) == {"take effect", "take in may"}
    assert predicate_phrases(parsed(SCHEDULED_INTO_FORCE)[4]) == {"come into force"}


def test_the_subject_of_taking_effect_is_a_rule_not_a_body():
    lexicons = load_lexicons()
    assert thing_predicate(parsed(TAKES_EFFECT)[0], lexicons)
    # read down the open complement: "is scheduled to come into force"
    assert thing_predicate(parsed(SCHEDULED_INTO_FORCE)[0], lexicons)
    # a body can take action
    assert not thing_predicate(parsed(TAKES_EFFECT.replace("effect", "action"))[0], lexicons)


def test_the_thing_predicates_are_read_from_the_lexicon(tmp_path: Path):
    lexicons = _lexicons(tmp_path, thing_predicates="take action\n")
    assert not thing_predicate(parsed(TAKES_EFFECT)[0], lexicons)
    assert thing_predicate(parsed(TAKES_EFFECT.replace("effect", "action"))[0], lexicons)


def test_an_unnamed_singular_group_rivals_they_but_not_it():
    doc, lexicons = parsed(GROUP_SAID_THEY), load_lexicons()
    assert collective_rival(doc[1], "they", lexicons)
    assert not collective_rival(doc[1], "it", lexicons)
    # a singular noun for no body of people does not
    assert not collective_rival(parsed(GROUP_SAID_THEY.replace("group", "report"))[1], "they", lexicons)


@pytest.mark.model
def test_it_that_takes_effect_is_not_the_parliament_that_passed_it(nlp):
    text = "The Valdoran parliament voted for a ban on fireworks in May. It will take effect in August."
    nodes = subject_nodes(nlp, text)
    assert not [v for k, v in nodes.items() if k.startswith("It |") and v and "parliament" in v.lower()]


@pytest.mark.model
def test_they_after_an_unnamed_group_is_not_the_government_named_before(nlp):
    text = (
        "The Valdoran government rejected the truce, saying that the group was calling it "
        "because they were too weak to fight."
    )
    nodes = subject_nodes(nlp, text)
    assert not [v for k, v in nodes.items() if k.startswith("they |") and v and "government" in v.lower()]


def test_it_judged_by_an_object_predicate_is_what_happened():
    lexicons = load_lexicons()
    assert judged_it(parsed(CALLED_IT_A_TRAGEDY)[3], lexicons)
    assert judged_it(parsed(DESCRIBED_IT_AS)[3], lexicons)
    # a judgement a body takes ("called it a terrorist group") may still mean a name
    assert not judged_it(parsed(CALLED_IT_A_TRAGEDY.replace("tragedy", "group"))[3], lexicons)
    # no object predicate: "The mayor called it ."
    no_predicate = "\n".join(
        line for line in CALLED_IT_A_TRAGEDY.splitlines() if not line.startswith(("a ", "tragedy"))
    )
    assert not judged_it(parsed(no_predicate)[3], lexicons)
