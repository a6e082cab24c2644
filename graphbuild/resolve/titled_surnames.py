"""A surname written with a title ("Mrs Hale", "Senator Hale") says which person of that surname it
is. A courtesy title gives the gender: "Mrs Hale" is not "Tom Hale", whose given name is a man's,
and goes to "Ann Hale" when the text names her. A post title picks, among several people of the
surname, the one whose full name the text gives after a word of that post: "Senator Hale" is
"Senate President Tom Hale", not his son "Ben Hale".
``resolve.canonical`` asks this where a short form looks for its bearer
(``short_names.salient_full_name``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import given_name_gender
from graphbuild.resolve.entities import LocalEntity, normalise
from graphbuild.resolve.mentions import EntityMention
from graphbuild.resolve.short_names import ShortForms, folded_words, salient_full_name

# Letters a post title shares with the word of the post before a full name ("senat": "Senator" and
# "Senate President"; "gover": "Governor" and "Governor-elect"); shorter titles must match whole.
POST_STEM = 5
# How many words before a full name may say its post ("Illinois Senate President John Hale").
POST_WINDOW = 4
_OTHER_GENDER = {"male": "female", "female": "male"}


def titled_full_name(
    mention: EntityMention,
    doc: Doc,
    full_names: ShortForms,
    by_key: dict[str, LocalEntity],
    lexicons: Lexicons,
) -> LocalEntity | None:
    """The person named in full a short form refers back to (``salient_full_name``), checked against
    the title written with it."""
    chosen = salient_full_name(mention.name, full_names, by_key)
    titles = title_words(mention, doc)
    if not titles:
        return chosen
    named = (by_key.get(f"Actor:{normalise(f)}") for f in full_names.get(folded_words(mention.name), []))
    bearers = list({id(e): e for e in named if e is not None}.values())
    return titled_bearer(titles, chosen, bearers, doc, lexicons)


def title_words(mention: EntityMention, doc: Doc) -> list[str]:
    """The lowercased words before the name in a mention's text ("Mrs. Hale" -> ["mrs."]), or the word
    just before the mention when its text is the name alone."""
    words, name = mention.text.split(), mention.name.split()
    if len(words) > len(name) and words[-len(name) :] == name:
        return [w.lower() for w in words[: -len(name)]]
    return [doc[mention.start - 1].lower_] if mention.start > 0 and words == name else []


def titled_bearer(
    titles: list[str],
    chosen: LocalEntity | None,
    bearers: list[LocalEntity],
    doc: Doc,
    lexicons: Lexicons,
) -> LocalEntity | None:
    """The person a titled surname names among ``bearers`` (the people of that surname named so far),
    given ``chosen``, the one salience picked (or None): a courtesy title picks the one bearer whose
    given name is not of the other gender, when ``chosen``'s is; a post title picks the one bearer
    named after a word of that post, when exactly one is; else ``chosen``."""
    if not titles or not bearers:
        return chosen
    gender = _title_gender(titles[-1], lexicons)
    if gender is not None:
        fitting = [b for b in bearers if given_name_gender(b, doc, lexicons) != _OTHER_GENDER[gender]]
        # none fitting: keep the merge, as a new node "Hale" would take every later bare "Hale"
        return fitting[0] if len(fitting) == 1 and chosen not in fitting else chosen
    if titles[-1].rstrip(".") not in _post_titles(lexicons):
        return chosen
    posted = [b for b in bearers if _named_after_post(b, titles[-1], doc)]
    return posted[0] if len(posted) == 1 else chosen


def _title_gender(title: str, lexicons: Lexicons) -> str | None:
    """``female`` for "Mrs"/"Ms"/"Lady", ``male`` for "Mr"/"Sir"/"Lord"
    (``lexicons/{feminine,masculine}_words.txt``), None for any other word."""
    if title in lexicons.terms("feminine_words"):
        return "female"
    return "male" if title in lexicons.terms("masculine_words") else None


@functools.lru_cache(maxsize=8)
def _post_titles(lexicons: Lexicons) -> frozenset[str]:
    """The one-word titles of ``lexicons/titles.txt``, lowercased, without a final period."""
    return frozenset(t.lower().rstrip(".") for t in lexicons.terms("titles") if " " not in t)


def _named_after_post(person: LocalEntity, title: str, doc: Doc) -> bool:
    """Whether a full-name mention of ``person`` (two or more words) follows, within ``POST_WINDOW``
    words, a word of the post ``title`` names (same word, or same first ``POST_STEM`` letters)."""
    title = title.rstrip(".")
    if not title.isalpha():
        return False
    for start, end in person.token_spans:
        if sum(not _same_post(title, t.lower_) for t in doc[start:end]) < 2:
            continue  # "Senator Hale" itself is no full name
        before = [t.lower_.rstrip(".") for t in doc[max(0, start - POST_WINDOW) : start + 1]]
        if any(_same_post(title, word) for word in before):
            return True
    return False


def _same_post(title: str, word: str) -> bool:
    if len(title) < POST_STEM or len(word) < POST_STEM:
        return title == word
    return title[:POST_STEM] == word[:POST_STEM]


__all__ = ["POST_STEM", "POST_WINDOW", "title_words", "titled_bearer", "titled_full_name"]
