"""Tables of invented examples for named patterns (Duckling's rules style), each
read the way the extractor reads it.

An example marks with [brackets] what the pattern is read around: the figure,
the agreement noun, the country or the company. The brackets are removed before
reading. How a rule is read (`Rule.read`):

- "sentence": anywhere in the sentence, as `SentenceView.has` / `matches` do
  (after the cheap `cues.CUE_STEMS` gate, when the pattern has stems);
- "search":   `rx.search(text)` on the text the extractor hands it (a clause, a
  window, the words between a cue and its figure);
- "start":    `rx.match(text)`: at the start of the text it is handed (a line);
- "before":   `rx.search` on the slice that ends at the marked span (its last
  `window` characters; the whole text before it when `window` is None);
- "bounded":  `rx.search(text, start - window, start)`: the same window, but
  searched in place (a lookbehind sees the text before the window);
- "after":    `rx.match` on the slice that starts at the end of the marked span;
- "between":  `rx.fullmatch` on the text between the first two marked spans;
- "prefix":   `rx.match(text[:start])`: everything before the marked span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType
from typing import Callable, Sequence, Union

import pytest
from _pytest.mark.structures import ParameterSet

from extraction.facts.context import SentenceView
from extraction.records import Sentence

Example = Union[str, ParameterSet]


def bug(example: str, reason: str) -> ParameterSet:
    """An example a pattern gets wrong today (a suspected bug, left unfixed): the
    test is expected to fail, and fails loudly (strict) once the pattern is fixed."""
    return pytest.param(example, marks=pytest.mark.xfail(reason=reason, strict=True))


@dataclass(frozen=True)
class Rule:
    name: str                           # the pattern's name in its module
    read: str                           # how the extractor reads it (see the module docstring)
    match: Sequence[Example]
    no_match: Sequence[Example]
    window: int | None = None


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without brackets, and the (start, end) of each bracketed span in it."""
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    pos = 0
    start = 0
    for ch in marked:
        if ch == "[":
            start = pos
        elif ch == "]":
            spans.append((start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


def view_of(text: str) -> SentenceView:
    return SentenceView(Sentence(0, 0, len(text), text), 0, False)


def reads(rx, rule: Rule, marked: str, sentence: Callable[[str], bool] | None = None) -> bool:
    """Whether `rx` fires on the example the way the extractor reads it."""
    text, spans = unmark(marked)
    read, window = rule.read, rule.window
    if read == "sentence":
        return sentence(text) if sentence is not None else view_of(text).has(rx)
    if read == "search":
        return rx.search(text) is not None
    if read == "start":
        return rx.match(text) is not None
    assert spans, f"{rule.name}: mark the span the pattern is read around: {marked!r}"
    start, end = spans[0]
    lo = 0 if window is None else max(0, start - window)
    if read == "before":
        return rx.search(text[lo:start]) is not None
    if read == "bounded":
        return rx.search(text, lo, start) is not None
    if read == "after":
        return rx.match(text[end:] if window is None else text[end:end + window]) is not None
    if read == "between":
        assert len(spans) >= 2, f"{rule.name}: mark the two spans: {marked!r}"
        return rx.fullmatch(text[end:spans[1][0]]) is not None
    if read == "prefix":
        return rx.match(text[:start]) is not None
    raise ValueError(f"{rule.name}: unknown read {read!r}")


def cases(rules: Sequence[Rule], positive: bool) -> list[ParameterSet]:
    """pytest parameters (rule name, example), keeping each example's xfail mark."""
    out = []
    for rule in rules:
        for n, ex in enumerate(rule.match if positive else rule.no_match):
            values, marks = ((ex.values[0],), ex.marks) if isinstance(ex, ParameterSet) else ((ex,), ())
            out.append(pytest.param(rule.name, *values, marks=marks,
                                    id=f"{rule.name}-{'yes' if positive else 'no'}{n}"))
    return out


def is_pattern(value: object) -> bool:
    """A compiled pattern, or the case-folding wrapper `cues` puts around re.I patterns."""
    return isinstance(value, re.Pattern) or (hasattr(value, "pattern") and callable(getattr(value, "search", None))
                                             and callable(getattr(value, "match", None)))


def module_patterns(module: ModuleType, public_only: bool) -> set[str]:
    """Names of the module-level patterns of `module` (public ones only, or all)."""
    return {name for name, value in vars(module).items()
            if is_pattern(value) and (not public_only or not name.startswith("_"))}
