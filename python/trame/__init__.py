"""Trame for Python: who did what, with whom, when and where, from news articles.

The same engine as the ``trame`` command line and the web page (Rust, through PyO3), so every
result equals the command line's:

>>> import trame
>>> a = trame.analyze("La Chine et la Russie ont mené un exercice conjoint le 9 août 2021.")
>>> [e["name"] for e in a["documents"][0]["entities"] if e["type"] == "country"]
['Chine', 'Russie']

- :func:`analyze` — one text, the analysis ``trame analyze FILE`` prints (``{"documents": [...]}``);
- :func:`analyze_many` — many records, the document analyses ``trame analyze --jsonl`` prints, in
  input order, analysed by worker threads that release the GIL;
- :func:`link` — the actors and events across documents, what ``trame link`` prints;
- :mod:`trame.arrow` — Arrow record batches in and out (Spark's ``mapInArrow``, pandas, Polars).

The format of an analysis is described in FORMAT.md (``../shared/eval/FORMAT.md`` in the
repository): documents with ``entities``, ``events`` and ``relations``, offsets in Unicode code
points. Bad input raises :class:`ValueError` naming the field (``"date: bad date ..."``).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Union

from . import _native
from ._native import __version__

__all__ = ["analyze", "analyze_many", "link", "name_key", "__version__"]

#: An analysis or a document analysis, as the command line writes it in JSON.
Analysis = Dict[str, Any]


def analyze(
    text: Union[str, bytes],
    date: Optional[str] = None,
    lang: Optional[str] = None,
    name: Optional[str] = None,
) -> Analysis:
    """Analyse one article; return the analysis ``trame analyze`` prints for it.

    :param text: the article: plain text or a saved HTML page (reduced to its article text), as
        ``str`` or as ``bytes`` in any encoding the command line reads (UTF-8, UTF-16 with a BOM,
        Windows-1252).
    :param date: the reference date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or a
        ``datetime.date``) that partial and relative dates ("mardi", "le 8 juillet") are resolved
        against; by default a page's own publication date, if any.
    :param lang: ``"fr"`` or ``"en"``; detected by default.
    :param name: the document's ``source`` (a file name; ``.html`` marks an HTML page), by
        default ``"text"``.
    :returns: ``{"documents": [document]}``, equal to what ``trame analyze [--date DATE]
        [--lang LANG] NAME`` prints for a file ``NAME`` holding ``text``.
    :raises ValueError: naming the field: ``text`` missing, empty, binary or not a str/bytes;
        ``date`` not a date; ``lang`` not fr or en; ``name`` not a str.
    """
    return _native.analyze(text, date, lang, name)


def analyze_many(
    records: Iterable[Mapping[str, Any]],
    jobs: Optional[int] = None,
    errors: str = "raise",
) -> Iterator[Analysis]:
    """Analyse many articles on worker threads; yield their analyses in input order.

    :param records: an iterable (a list, a generator, a file read lazily...) of dicts with
        ``text`` and optionally ``id`` (the document's ``source``; ``"record N"`` without one),
        ``date`` and ``lang``, as in ``trame analyze --jsonl`` lines. It is read lazily: at most
        ``8 * jobs`` records are held at once.
    :param jobs: worker threads (default: the number of cores). They run the engine without the
        GIL, so other Python threads go on meanwhile.
    :param errors: ``"raise"`` (default): a bad record raises, at its turn, a :class:`ValueError`
        naming the record and the field (the iteration may go on after it);
        ``"report"``: a bad record yields ``{"id": ..., "error": "date: ..."}`` instead.
    :returns: an iterator of document analyses, each equal to the line ``trame analyze --jsonl``
        writes for that record.
    """
    return _native.AnalyzeMany(records, jobs, errors)


def link(analyses: Iterable[Union[Analysis, str]]) -> Dict[str, Any]:
    """Link documents: the actors and events across them, what ``trame link`` prints.

    :param analyses: document analyses (as :func:`analyze_many` yields), whole analyses (as
        :func:`analyze` returns) or either as a JSON string.
    :returns: ``{"actors": [...], "events": [...]}``: one actor per entity key (``key``,
        ``name``, ``type``, ``documents``, ``mentions``), one event per occurrence
        (``occurrence`` when several documents tell it, ``type``, ``name``, ``start``, ``end``,
        ``participants`` as keys, ``tellings`` as ``[source, event id]``).
    :raises ValueError: naming the item that is not an analysis.
    """
    return _native.link(analyses)


def name_key(name: str) -> str:
    """The key under which events are linked by name: folded (lower case, no accents)."""
    return _native.name_key(name)
