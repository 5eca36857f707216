"""The language classifiers' n-gram vocabularies, each kept once per process.

Every classifier of bot/languages (a language's intent classifier, intents.py, and its binary danger-now
classifier, danger_now.py) turns a message into TF-IDF features through vocabularies that map each character
and word n-gram it learnt to a column. Fifteen languages and two classifiers each made about 2.7 million
entries in December 2026, as plain dicts unpickled apart: some 450 MB of a Rasa server's 1.1 GB (tracemalloc
of the two pickles), far more than the weights. Most of it is repeated: a language's two classifiers learn the
same texts, so their vocabularies are equal, and every language also learns the English examples, so the
English n-grams are in all of them.

A `SharedVocabulary` is a dict (lookups are a dict's, so the classifiers read exactly as before) that pickles
as its n-grams in column order, joined into one string. Unpickling gives back the vocabulary already loaded
with the same n-grams, if there is one (a language's second classifier shares its first's), or builds it
with each n-gram interned, one string object however many vocabularies hold it, and the column numbers taken
from one shared list."""
from __future__ import annotations

import hashlib
import sys
import weakref
from typing import Any, Iterator, Mapping

# Between n-grams in the pickled form: never inside one (normalised text has no control characters; a
# vocabulary with one is kept as a plain dict).
_SEPARATOR = "\x00"
_LOADED: "weakref.WeakValueDictionary[bytes, SharedVocabulary]" = weakref.WeakValueDictionary()
# Column numbers as shared int objects (every vocabulary numbers its columns from 0).
_COLUMNS: list[int] = []


class SharedVocabulary(dict[str, int]):
    """An n-gram vocabulary (n-gram -> column 0..n-1) that is loaded once per process."""

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return _vocabulary_of, (_joined(self),)


def shared(vocabulary: Mapping[str, int]) -> dict[str, int]:
    """`vocabulary` as a SharedVocabulary; as a plain dict when it cannot be one (an n-gram holding the
    separator, columns not numbered 0..n-1), which pickles as before."""
    if not vocabulary or sorted(vocabulary.values()) != list(range(len(vocabulary))) \
            or any(_SEPARATOR in ngram for ngram in vocabulary):
        return dict(vocabulary)
    return _vocabulary_of(_joined(vocabulary))


def _joined(vocabulary: Mapping[str, int]) -> str:
    return _SEPARATOR.join(sorted(vocabulary, key=vocabulary.__getitem__))


def _vocabulary_of(joined: str) -> SharedVocabulary:
    """The loaded vocabulary with these n-grams, else a new one (unpickling calls this)."""
    key = hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    found = _LOADED.get(key)
    if found is None:
        found = SharedVocabulary(_entries(joined))
        _LOADED[key] = found
    return found


def _entries(joined: str) -> Iterator[tuple[str, int]]:
    """(interned n-gram, column) in column order. The copies of n-grams another vocabulary already holds are
    freed once the dict is built."""
    ngrams = joined.split(_SEPARATOR)
    _COLUMNS.extend(range(len(_COLUMNS), len(ngrams)))
    return zip(map(sys.intern, ngrams), _COLUMNS)
