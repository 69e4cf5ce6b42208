"""Entity recognition takes time linear in its input: 2 MB adversarial texts finish inside a
generous bound.

Each text repeats one shape that once made a step quadratic or recursive (a run of thousands of
capitalised words, legal forms, "X and Y of Z", parentheses, possessives, names found again,
headline lines ...). At linear cost each takes a few seconds; a quadratic step would take hours.
The bound is on the process's CPU time (SIGPROF), so a busy machine does not make it flaky.
"""
from __future__ import annotations

import itertools
import random
import signal
import string
from collections.abc import Callable, Iterator

import pytest

from extraction.entities import find_mentions, find_places
from extraction.sentences import split_sentences

SIZE = 2_000_000          # characters
BOUND_S = 60              # CPU seconds; 0.1-5 s each today


def _repeat(parts: list[str], n: int) -> str:
    out, size = [], 0
    for p in itertools.cycle(parts):
        out.append(p)
        size += len(p)
        if size >= n:
            return "".join(out)[:n]
    raise AssertionError("unreachable")


def _draw(words: list[str], n: int) -> str:
    """Words drawn at random (the same draw every run), n characters."""
    rng = random.Random(7)
    out, size = [], 0
    while size <= n:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


def _names(rng: random.Random, k: int) -> list[str]:
    """k distinct invented capitalised words ("Kavoruli")."""
    syllables = ["ka", "ro", "zu", "mi", "ta", "ne", "vo", "li", "sa", "qu", "re", "do"]
    out: set[str] = set()
    while len(out) < k:
        out.add("".join(rng.choice(syllables) for _ in range(4)).capitalize())
    return sorted(out)


def _texts(n: int) -> Iterator[tuple[str, Callable[[], str]]]:
    names = _names(random.Random(7), 2000)
    legal = "LLC JSC OJSC PJSC Group Holding Holdings Motors Co Ltd Company Corporation Limited Inc Plant Works".split()
    abbrs = ["".join(p) for p in itertools.product(string.ascii_uppercase, repeat=3)]
    triples = list(zip(names, names[1:], names[2:]))
    yield "legal forms", lambda: _draw(legal + names[:50], n)
    yield "name LLC name JSC", lambda: _repeat([f"{a} {f} " for a, f in zip(names, itertools.cycle(
        ["LLC", "JSC", "Co., Ltd."]))], n)
    yield "capitalised words", lambda: _draw(names, n)
    yield "X and Y of Z", lambda: _draw(names[:30] + ["and", "of", "for", "Import", "Export", "Oil", "Gas",
                                                      "Company", "Chairman", "Ministry", "Group"], n)
    yield "parentheses", lambda: _repeat([f"{a} {b} Company ({x}) {x} {x}'s ({x}) the factory ({x}) "
                                          for (a, b, _), x in zip(triples, abbrs)], n)
    possessives = ["China's", "Kazakhstan's", "BYD's", "Kia", "Motors'"] + [w + "'s" for w in names[:40]]
    yield "possessives", lambda: _draw(possessives, n)
    known = ["Kia", "UzAvtoSanoat", "Kazakhstan", "Tashkent", "Geely", "Qazaqstan", "Astana", "Motors", "New",
             "Chinese", "Trend"]
    yield "known names and places", lambda: _draw(known, n)
    yield "headline lines", lambda: _repeat([f"{a} {b} Group Holding\n" for a, b, _ in triples], n)
    yield "context", lambda: _repeat([f"the Chinese carmaker {a} and {b}, a Kazakh maker of buses, and {c} is "
                                      "the largest company " for a, b, c in triples], n)
    yield "one long sentence", lambda: _repeat([f"{a} Kazakhstan met {b} Uzbekistan and " for a, b, _ in triples], n)
    yield "nouns, officers and ventures", lambda: _repeat(
        [f"the {a} plant of {b} LLC, chairman of {c} Kazakhstan, {a}'s new factory, the {b} investment fund "
         f"and a joint venture between {a} and {b} and {c} " for a, b, c in triples], n)
    yield "names found again", lambda: _repeat([f"{a} JV LLC opened. {a} buses and {b} JV LLC. {b} "
                                                for a, b, _ in triples], n)
    yield "underscores", lambda: _repeat(["Kazakh " + "_ " * 50 + "Alpha "], n)
    yield "initials, dots and hyphens", lambda: _repeat(["U.S.-U.A.E.-Kazakh-Alpha-Beta U.S. A. B. Morozov "], n)
    yield "one long word", lambda: "Kazakh " + "A" * (n - 14) + " Motors"
    yield "hyphenated capitals", lambda: _repeat(["A-"], n)


TEXTS = dict(_texts(SIZE))


class _OverBound(Exception):
    pass


def _over_bound(signum, frame):
    raise _OverBound


@pytest.mark.parametrize("shape", sorted(TEXTS))
def test_entity_recognition_is_linear_on_adversarial_text(shape: str) -> None:
    text = TEXTS[shape]()
    assert len(text) == SIZE
    sentences = split_sentences(text)
    old = signal.signal(signal.SIGPROF, _over_bound)
    signal.setitimer(signal.ITIMER_PROF, BOUND_S)
    try:
        mentions = find_mentions(text, sentences)
        find_places(text, sentences)
    except _OverBound:
        pytest.fail(f"{shape}: over {BOUND_S} s of CPU for {SIZE:,} characters: a step is not linear")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)
    assert all(text[m.start:m.end] == m.surface for m in mentions[:1000])
