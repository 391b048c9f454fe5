"""How a Dask run cuts its articles into batches (dask_ingest.plan_batches), what a task
sends back (dask_ingest.code_batch), and the models a worker's plugin loads.

The batch plan decides the run's tail: a long batch planned last keeps one worker busy while
the others idle, and a batch mixing languages makes every worker load every model."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from alliancewatch import dask_ingest
from alliancewatch.config import DATA_DIR, Settings
from alliancewatch.dask_ingest import GUIDE, MAX_BATCH_CHARS, MIN_BATCH_CHARS, plan_batches
from alliancewatch.types import Article, Paragraph


def article(doc: str, lang: str, chars: int) -> Article:
    text = "x" * chars
    return Article(
        doc, doc, text, (Paragraph(0, 0, chars),), None, None, lang, None, "utf-8", doc, doc
    )


def corpus(seed: int = 7, n: int = 100) -> list[Article]:
    rng = random.Random(seed)
    langs = ["ja"] * 8 + ["ko", "en"]
    return [article(f"d{k}", rng.choice(langs), rng.randint(80, 3_000)) for k in range(n)]


def chars(batch: list[Article]) -> int:
    return sum(len(a.text) for a in batch)


@pytest.mark.parametrize("workers", [1, 2, 8])
def test_every_article_in_exactly_one_batch_of_one_language(workers):
    articles = corpus()
    batches = plan_batches(articles, workers)
    docs = Counter(a.doc for b in batches for a in b)
    assert docs == Counter(a.doc for a in articles)
    assert all(len({a.lang for a in b}) == 1 for b in batches)


def test_batches_are_planned_largest_first_and_shrink_to_the_end():
    articles = corpus()
    batches = plan_batches(articles, 2)
    sizes = [chars(b) for b in batches]
    total, longest = sum(sizes), max(len(a.text) for a in articles)
    assert total < GUIDE * 2 * MAX_BATCH_CHARS  # the upper bound plays no part here
    # the first takes 1/(GUIDE x workers) of everything (and at most one article more)
    assert total / (GUIDE * 2) <= sizes[0] <= total / (GUIDE * 2) + longest
    # none is larger than one before it by more than an article's overshoot
    assert all(later <= earlier + longest for k, earlier in enumerate(sizes) for later in sizes[k:])
    # the last ones are short: the minimum, give or take an article
    assert sizes[-1] <= MIN_BATCH_CHARS + longest
    assert sizes[-1] < sizes[0] / 4


def test_long_articles_go_first_within_a_language():
    batches = plan_batches(corpus(), 2)
    for lang in ("ja", "ko", "en"):
        mine = [b for b in batches if b[0].lang == lang]
        lengths = [len(a.text) for b in mine for a in b]
        assert lengths == sorted(lengths, reverse=True)


def test_a_big_run_keeps_batches_bounded():
    articles = [article(f"d{k}", "ja", 1_500) for k in range(3_000)]  # 4.5 M characters
    batches = plan_batches(articles, 2)
    assert max(chars(b) for b in batches) <= MAX_BATCH_CHARS + 1_500
    assert len(batches) > 4_500_000 / MAX_BATCH_CHARS


def test_one_short_article_is_one_batch():
    assert plan_batches([article("a", "en", 50)], 4) == [[article("a", "en", 50)]]
    assert plan_batches([], 2) == []


@pytest.mark.model
def test_a_task_returns_its_sentences_without_parser_tokens():
    """The client stores no tokens; sending them would be most of a result's bytes."""
    from alliancewatch.clean import clean_document
    from alliancewatch.pipeline import CODER
    from alliancewatch.types import DocMeta, RawDocument

    text = "Russia and China signed a defence pact in Moscow on Monday.\n\nThe deal was new."
    meta = DocMeta(published="2024-10-21", lang="en")
    raw = RawDocument("en1.txt", "/x/en1.txt", text.encode(), False, meta)
    a = clean_document(raw, Settings())
    coder, results = dask_ingest.code_batch([a], Settings(), str(DATA_DIR))
    assert coder == CODER
    ((got, sentences, mentions),) = results
    assert got == a and len(sentences) == 2
    assert all(s.tokens == () for s in sentences)
    assert mentions  # coded from the tokens before they were dropped


@pytest.mark.model
def test_korean_models_load_before_the_first_batch(monkeypatch):
    """parse([]) builds no Kiwi; the language's load hook does (a worker plugin calls it)."""
    import importlib

    from alliancewatch.lang import find_language

    parse = importlib.import_module("alliancewatch.lang.ko.parse")  # the module, not the hook
    ko = find_language("ko")
    assert ko is not None and ko.load is not None
    monkeypatch.setattr(parse, "_kiwi", None)  # as in a new worker process
    ko.parse([], Settings())
    assert parse._kiwi is None
    ko.load_models(Settings())
    assert parse._kiwi is not None


# -- the collector thread (dask_ingest._submit_all) over a stand-in client ---------------


class _Future:
    def __init__(self, value: object) -> None:
        self.value = value
        self.released = False

    def result(self) -> object:
        if isinstance(self.value, Exception):
            raise self.value
        return self.value

    def release(self) -> None:
        self.released = True


class _Client:
    """Completes each batch when submitted; records how many were in flight at most."""

    def __init__(self, coder: str, fail_at: int | None = None) -> None:
        self.coder, self.fail_at = coder, fail_at
        self.futures: list[_Future] = []

    def submit(self, fn, batch, settings, data_dir, pure=True):  # noqa: ANN001, ANN201
        k = len(self.futures)
        value = RuntimeError("worker died") if k == self.fail_at else (self.coder, batch)
        self.futures.append(_Future(value))
        return self.futures[-1]


class _AsCompleted:
    def __init__(self, futures: list[_Future]) -> None:
        self.queue = list(futures)

    def add(self, future: _Future) -> None:
        self.queue.append(future)

    def is_empty(self) -> bool:
        return not self.queue

    def __iter__(self):  # noqa: ANN204
        while self.queue:
            yield self.queue.pop(0)


class _Distributed:
    as_completed = _AsCompleted


def _collect(client: _Client, n: int, coder: str = "c1", finished=lambda: None) -> list:  # noqa: ANN001
    batches = iter([[article(f"d{k}", "ja", 10)] for k in range(n)])
    return list(
        dask_ingest._submit_all(client, _Distributed(), batches, Settings(), 2, coder, finished)
    )


def test_every_batch_is_handed_over_once_and_released():
    client = _Client("c1")
    released_when_finished: list[int] = []

    def finished() -> None:  # the cluster may close now: every result is in
        released_when_finished.append(sum(f.released for f in client.futures))

    got = _collect(client, 9, finished=finished)
    assert [b[0].doc for b in got] == [f"d{k}" for k in range(9)]
    assert len(client.futures) == 9 and all(f.released for f in client.futures)
    assert released_when_finished == [9]  # called once, after the last result


def test_a_failed_batch_stops_the_run_with_its_error():
    with pytest.raises(RuntimeError, match="worker died"):
        _collect(_Client("c1", fail_at=5), 9)


def test_a_worker_with_other_code_is_refused():
    from alliancewatch.errors import UsageError

    with pytest.raises(UsageError, match="same alliancewatch version"):
        _collect(_Client("other"), 3)
