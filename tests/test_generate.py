"""The benchmark corpus generator: deterministic, distinct, realistic sizes and shapes."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import MAX_BYTES, MIN_BYTES, article_text, generate

ROOT = Path(__file__).resolve().parent.parent
N = 50


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return generate(N, tmp_path_factory.mktemp("gen"), seed=0)


def _texts(paths: list[Path]) -> list[bytes]:
    return [p.read_bytes() for p in paths]


def test_writes_n_txt_files(corpus):
    assert len(corpus) == N
    assert all(p.suffix == ".txt" and p.is_file() for p in corpus)
    assert len({p.name for p in corpus}) == N


def test_same_n_and_seed_give_same_bytes(corpus, tmp_path):
    again = generate(N, tmp_path, seed=0)
    assert [p.name for p in again] == [p.name for p in corpus]
    assert _texts(again) == _texts(corpus)


def test_bytes_do_not_depend_on_worker_count(corpus, tmp_path):
    parallel = generate(N, tmp_path, seed=0, workers=2)
    assert _texts(parallel) == _texts(corpus)


def test_bytes_do_not_depend_on_hash_seed(tmp_path):
    """A fresh interpreter with another PYTHONHASHSEED writes the same bytes."""
    outs = []
    for hash_seed in ("1", "12345"):
        out = tmp_path / hash_seed
        subprocess.run([sys.executable, "-m", "bench.generate", "5", str(out)], cwd=ROOT, check=True,
                       env={"PYTHONHASHSEED": hash_seed, "PATH": "/usr/bin:/bin"})
        outs.append(_texts(sorted(out.iterdir())))
    assert outs[0] == outs[1]


def test_smaller_n_is_a_prefix_of_larger_n(corpus, tmp_path):
    small = generate(10, tmp_path, seed=0)
    assert _texts(small) == _texts(corpus[:10])


def test_other_seed_gives_other_articles(corpus, tmp_path):
    other = generate(N, tmp_path, seed=1)
    assert not set(_texts(other)) & set(_texts(corpus))


def test_articles_are_distinct(corpus):
    texts = _texts(corpus)
    assert len(set(texts)) == N
    # also after the kind of normalisation a loader does before hashing
    norm = {re.sub(r"\s+", " ", t.decode("utf-8")).strip().lower() for t in texts}
    assert len(norm) == N


def test_start_gives_further_distinct_articles(corpus, tmp_path):
    more = generate(N, tmp_path, seed=0, start=N)
    assert [p.name for p in more][0] != corpus[0].name
    assert not set(_texts(more)) & set(_texts(corpus))


def test_sizes_are_realistic(corpus):
    sizes = [len(t) for t in _texts(corpus)]
    assert all(MIN_BYTES <= s <= MAX_BYTES for s in sizes), sizes
    assert 1500 <= sum(sizes) / len(sizes) <= 2800
    assert max(sizes) - min(sizes) >= 1000  # they vary


def test_articles_are_utf8_english_news_with_numbers(corpus):
    for raw in _texts(corpus):
        text = raw.decode("utf-8")
        assert re.search(r"\d", text)
        assert len(re.findall(r"[a-z0-9%)][.][\s\"]", text)) >= 4  # several sentences


def test_corpus_has_the_shapes_loaders_must_handle():
    texts = [article_text(i)[0] for i in range(400)]
    blob = "\n".join(texts)
    for needle in ("icon-facebook icon-twitter", "Previous Article", "Next Article", "Read also:",
                   " views ", "No time to read? Get a summary", "memorandum", "joint venture"):
        assert needle in blob, needle
    assert any(re.match(r" date \d{4}-\d\d-\d\d [A-Z][A-Z .'-]+, [A-Z][\w ]+, [A-Z][a-z]+ \d{1,2}\. ", t)
               for t in texts)
    for pattern in (r"\d{1,3}(,\d{3})+ ", r"\d{1,3}( \d{3})+ ", r"\d+ thousand", r"\d mln", r"\$\d+(\.\d+)?bn",
                    r"USD \d", r"KZT \d", r"€\d", r"January-[A-Z][a-z]+ \d{4}", r"9M \d{4}", r"H1 \d{4}",
                    r"first [a-z]+ months", r"last year", r"signed", r"proposed", r"negotiating",
                    r"(LLP|JSC|OJSC|LLC|Co\. Ltd\.)", r"\n[A-Z][a-z]+ \d{1,2}, \d{4}\n$"):
        assert re.search(pattern, blob, re.M), pattern


def test_jsonl_shards_carry_the_same_texts(corpus, tmp_path):
    shards = generate(N, tmp_path, seed=0, fmt="jsonl")
    rows = [json.loads(line) for s in shards for line in s.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == N
    assert [r["text"].encode("utf-8") for r in rows] == _texts(corpus)
    assert all(r["title"] and r["published_date"] and r["url"] and r["source"] for r in rows)


def test_cli_writes_articles(tmp_path):
    subprocess.run([sys.executable, "-m", "bench.generate", "3", str(tmp_path), "--seed", "7"],
                   cwd=ROOT, check=True)
    assert len(list(tmp_path.glob("*.txt"))) == 3
