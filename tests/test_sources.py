"""Reading input: formats, encodings, and bad files that must not stop good ones."""
from pathlib import Path

from extraction.records import LoadError, SourceDocument
from loaders.sources import discover, read_file
from warehouse_helpers import run_killable


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


# Issue 15: nothing a user feeds in breaks the load.

def test_mostly_utf8_text_stays_utf8_and_its_bad_bytes_are_replaced_and_counted(tmp_path: Path) -> None:
    # Two stray bytes in UTF-8 text: decoded as UTF-8, not all of it as Windows-1251/1252.
    (tmp_path / "stray.txt").write_bytes("China’s carmaker Chery said it would build 50,000 cars in "
                                         "Kazakhstan’s Kostanay.".encode("utf-8") + b" \xff\xfe end.")
    items = read_all(tmp_path)
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert len(docs) == 1 and docs[0].encoding == "utf-8"
    assert docs[0].text.startswith("China’s carmaker") and "\ufffd\ufffd end." in docs[0].text
    warnings = [i for i in items if getattr(i, "severity", None) == "warning"]
    assert [(Path(w.path).name, w.reason) for w in warnings] == [("stray.txt", "replaced_bytes")]
    assert "2 bytes" in warnings[0].detail


def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path: Path) -> None:
    text = "Kazakhstan exported 1,200 cars to Uzbekistan in 2023 — Türkiye’s share grew."
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff",
               "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[codec]
        (tmp_path / f"{codec}.txt").write_bytes(bom + text.encode(codec))
    (tmp_path / "feed16.jsonl").write_bytes(
        ('{"text": "%s", "title": "Cars"}\n{"text": "Baku signed a memorandum."}\n' % text).encode("utf-16"))
    docs = {(d.file_name, d.text): d.encoding for d in read_all(tmp_path) if isinstance(d, SourceDocument)}
    assert docs == {("utf-16-le.txt", text): "utf-16-le", ("utf-16-be.txt", text): "utf-16-be",
                    ("utf-32-le.txt", text): "utf-32-le", ("utf-32-be.txt", text): "utf-32-be",
                    ("feed16.jsonl", text): "utf-16-le",
                    ("feed16.jsonl", "Baku signed a memorandum."): "utf-16-le"}


def test_a_lone_surrogate_in_any_field_rejects_only_its_line(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Kazakhstan built 60,000 cars in 2023.", encoding="utf-8")
    lines = ['{"text": "Baku signed a memorandum.", "title": "A \\ud800 title"}',
             '{"text": "Tashkent signed a deal.", "url": "https://x.example/\\udfff"}',
             '{"text": "Astana signed a roadmap.", "source": "Wire \\ud83d"}',
             '{"text": "Bishkek \\udc00 signed a contract."}',
             '{"text": "Ankara signed a treaty.", "title": "Fine \\ud83d\\ude97"}']
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(tmp_path)
    errors = {Path(e.path).name: e.reason for e in items if isinstance(e, LoadError)}
    assert errors == {f"feed.jsonl:{n}": "bad_unicode" for n in (1, 2, 3, 4)}
    for e in items:
        if isinstance(e, LoadError):
            assert "surrogate" in e.detail and e.path in e.detail
    docs = sorted(d.text for d in items if isinstance(d, SourceDocument))
    assert docs == ["Ankara signed a treaty.", "Kazakhstan built 60,000 cars in 2023."]


def test_json_that_python_cannot_build_rejects_only_its_line(tmp_path: Path) -> None:
    # Valid JSON, but nested past Python's recursion limit, or an integer over
    # its 4,300-digit limit: json.loads raises RecursionError / ValueError, not
    # JSONDecodeError. Before, either crashed the whole load with a traceback.
    lines = ['{"text": "Baku signed a memorandum.", "title": ' + "[" * 100_000 + "]" * 100_000 + "}",
             "[" * 100_000 + "]" * 100_000,
             '{"text": "Tashkent signed a deal.", "views": 1' + "0" * 5000 + "}",
             '{"text": "Ankara signed a treaty."}']
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(tmp_path)
    assert {Path(e.path).name: e.reason for e in items if isinstance(e, LoadError)} == {
        f"feed.jsonl:{n}": "bad_json" for n in (1, 2, 3)}
    assert [d.text for d in items if isinstance(d, SourceDocument)] == ["Ankara signed a treaty."]


def test_a_published_date_the_marts_would_refuse_or_cannot_parse_rejects_its_line(tmp_path: Path) -> None:
    # dim_article accepts published_date from 1990-01-01 to today + 1 year.
    from datetime import date, timedelta
    too_late = (date.today() + timedelta(days=400)).isoformat()
    dates = ["1970-01-01", "9999-12-31", too_late, "2023-13-45", "yesterday", "1989-12-31",
             "1990-01-01", "2024-05-01T10:00:00Z"]
    (tmp_path / "feed.jsonl").write_text("".join(
        '{"text": "Baku signed memorandum number %d.", "published_date": "%s"}\n' % (i, d)
        for i, d in enumerate(dates)), encoding="utf-8")
    items = read_all(tmp_path)
    errors = {e.path.rsplit(":", 1)[1]: (e.reason, e.detail) for e in items if isinstance(e, LoadError)}
    assert sorted(errors, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert {reason for reason, _ in errors.values()} == {"bad_date"}
    assert "1970-01-01" in errors["1"][1] and "1990-01-01" in errors["1"][1]
    assert "yesterday" in errors["5"][1]
    assert sorted(str(d.published_date) for d in items if isinstance(d, SourceDocument)) == [
        "1990-01-01", "2024-05-01"]


def _read_in_a_subprocess(root: Path, max_bytes: int) -> str:
    """read_all(root) in a child process with 512 MB of address space and a minute:
    an unbounded read fails it quickly instead of taking the machine's memory."""
    import resource
    import sys

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (512 << 20, 512 << 20))

    code = ("import sys; from pathlib import Path; from loaders.sources import discover, read_file\n"
            "for f in discover(Path(sys.argv[1])):\n"
            "    for item in read_file(f, int(sys.argv[2])):\n"
            "        print(type(item).__name__, Path(item.path).name, getattr(item, 'reason', ''), flush=True)\n")
    project = Path(__file__).resolve().parent.parent
    out = run_killable([sys.executable, "-c", code, str(root), str(max_bytes)], timeout=60, cwd=project,
                       preexec_fn=limit)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_every_read_is_bounded_by_the_size_limit(tmp_path: Path) -> None:
    # A 600 MB JSONL line (sparse: no disk used) is refused by its first 1 MB, and
    # the lines after it still load.
    with open(tmp_path / "huge.jsonl", "wb") as fh:
        fh.write(b'{"text": "')
        fh.truncate(600 << 20)
        fh.seek(0, 2)
        fh.write(b'"}\n{"text": "Baku signed a memorandum."}\n')
    lines = _read_in_a_subprocess(tmp_path, 1_000_000).splitlines()
    assert lines == ["LoadError huge.jsonl:1 too_large", "SourceDocument huge.jsonl:2 "]
