"""CUE_STEMS must list, for each cue pattern, lower-case substrings every match
contains: the sentence gate skips the pattern when none occurs. Checked on every
sentence of the three corpora, and on their upper- and title-case variants."""
from pathlib import Path

from extraction.facts import cues
from extraction.clean import clean_article
from extraction.facts.context import SentenceView
from extraction.records import Sentence
from extraction.sentences import split_sentences
from loaders.sources import discover, read_file

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "tests/fixtures/dev/articles", ROOT / "tests/fixtures/holdout/articles", ROOT / "corpus/sample/articles"]
EXTRA = ["The JOİNT VENTURE signed a MEMORANDUM; Trade turnover 5%", "ſold tractors whİle exports rose – fast",
         "They sealed a deal, which BECAME a PARTNER in the Consortium alliance", "a 3 PER CENT rise; the two sides",
         "Production capacity: PLANT in the Industrial Zone, an assembly shop; 12 pct",
         "SHIPPED 2,500 CARS TO RUSSIA and signed a contract To Supply 40 buses to Baku"]


def _texts() -> list[str]:
    out = list(EXTRA)
    for root in CORPORA:
        if not root.is_dir():
            continue
        for f in discover(root):
            for doc in read_file(f):
                if not hasattr(doc, "text"):
                    continue
                article = clean_article(doc)
                out.extend(article.text[s.start:s.end] for s in split_sentences(article.text))
    return out


def test_every_cue_match_contains_one_of_its_stems() -> None:
    pairs = list(cues.CUE_STEMS.items()) + [(rx, stems) for _, stems, rx in cues.AGREEMENT_NOUNS]
    texts = _texts()
    assert len(texts) > 300
    misses = []
    for base in texts:
        for t in {base, base.upper(), base.title()}:
            view = SentenceView(Sentence(0, 0, len(t), t), 0, False)
            for rx, stems in pairs:
                if rx.search(t) and not view.mentions_any(stems):
                    misses.append((rx.pattern[:50], stems, t[:80]))
    assert not misses, misses[:5]
