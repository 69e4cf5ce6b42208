"""Reading input: formats, encodings, and bad files that must not stop good ones."""
from pathlib import Path

from extraction.records import LoadError, SourceDocument
from loaders.sources import discover, read_file


def read_all(root: Path, max_bytes: int = 2_000_000) -> list:
    return [item for f in discover(root) for item in read_file(f, max_bytes)]


def test_txt_and_jsonl_are_found_recursively(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Kazakhstan built cars.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "Uzbekistan exported wheat.", "title": "Wheat", "published_date": "2024-05-01",'
        ' "url": "https://x.example/1", "source": "Wire"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = read_all(tmp_path)
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert sorted(d.file_name for d in docs) == ["feed.jsonl", "one.txt"]
    feed = next(d for d in docs if d.file_name == "feed.jsonl")
    assert feed.title == "Wheat" and feed.source == "Wire" and str(feed.published_date) == "2024-05-01"
    assert feed.path.endswith("feed.jsonl:1")


def test_bad_files_are_rejected_with_path_and_reason_and_good_ones_load(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Kazakhstan built 60,000 cars in 2023.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "huge.txt").write_text("word " * 1000, encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        '{"text": "Baku signed a memorandum."}\n{not json\n{"title": "no text"}\n\n', encoding="utf-8")
    items = read_all(tmp_path, max_bytes=3000)
    errors = {Path(e.path).name: e.reason for e in items if isinstance(e, LoadError)}
    docs = [d.text for d in items if isinstance(d, SourceDocument)]
    assert errors == {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary",
                      "huge.txt": "too_large", "lines.jsonl:2": "bad_json", "lines.jsonl:3": "no_text"}
    assert sorted(docs) == ["Baku signed a memorandum.", "Kazakhstan built 60,000 cars in 2023."]
    for e in items:
        if isinstance(e, LoadError):
            assert e.path in e.detail   # the message names the file


def test_legacy_encodings_are_decoded(tmp_path: Path) -> None:
    (tmp_path / "cyr.txt").write_bytes("Завод в Костанае выпустил 70 000 машин.".encode("cp1251"))
    (tmp_path / "lat.txt").write_bytes("Société Générale signed a deal in Türkiye’s capital.".encode("cp1252"))
    (tmp_path / "l1.txt").write_bytes("Caf\xe9 in S\xe3o Paulo".encode("latin-1"))
    docs = {d.file_name: d for d in read_all(tmp_path)}
    assert docs["cyr.txt"].text.startswith("Завод в Костанае") and docs["cyr.txt"].encoding == "cp1251"
    assert docs["lat.txt"].text == "Société Générale signed a deal in Türkiye’s capital."
    assert docs["l1.txt"].text == "Café in São Paulo"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffAstana Motors".encode("utf-8"))
    assert read_all(tmp_path)[0].text == "Astana Motors"


def test_control_characters_without_nul_are_binary_but_layout_characters_are_text():
    from loaders.sources import _looks_binary
    assert _looks_binary(b"abc" * 10 + b"\x01\x02\x1b" * 5)          # 33% control bytes
    assert not _looks_binary(b"Plant output rose.\x1b" + b" text" * 40)  # one stray escape
    assert not _looks_binary(b"Title\r\n\tIndented\x0cnext page\n" * 20)
