"""tools/web_stories.py on an invented benchmark-like folder: the topic rule picks pages by
their ground-truth body, and the stories file holds wiretrace's own extraction, headline cut
off, which the events-judged reader accepts as a check-half story; --skip/--half write the
next qualifying pages as the dev set, and on the real benchmark (skipped when ../shared is
absent) the default output is still the check set's file, byte for byte."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from wiretrace.eval import judged_events as je
from wiretrace.read.jsonl import read_file

_spec = importlib.util.spec_from_file_location(
    "web_stories", Path(__file__).resolve().parents[1] / "tools" / "web_stories.py")
web_stories = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(web_stories)

POLITICAL = ("The president of Freedonia met the Sylvanian ambassador on Monday. Protesters "
             "gathered outside the embassy, and a court later fined their leaders.")
LEISURE = "The bakery on Elm Street sells a lemon cake that regulars order every week."


def page(title: str, body: str) -> str:
    paras = "".join(f"<p>{s}.</p>" for s in body.rstrip(".").split(". "))
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a>"
            f"<a href='/w'>World</a></nav><article><h1>{title}</h1>{paras}{paras}{paras}"
            "</article><footer>Copyright Example News</footer></body></html>")


def folder(tmp_path: Path) -> Path:
    (tmp_path / "html").mkdir()
    truth = {}
    for n, (name, body) in enumerate([("bb", POLITICAL), ("aa", LEISURE), ("cc", POLITICAL),
                                       ("dd", POLITICAL)]):
        pid = name * 32
        (tmp_path / "html" / f"{pid}.html.gz").write_bytes(
            gzip.compress(page(f"Story number {n}", body).encode("utf-8")))
        truth[pid] = {"articleBody": body, "url": f"https://news.example/{name}"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_topics_are_whole_words_of_the_ground_truth():
    assert web_stories.topics(POLITICAL) == ["diplomacy", "government", "protest", "courts"]
    assert web_stories.topics(LEISURE) == []
    assert web_stories.topics("The warden's courtyard") == []      # whole words only


def test_the_rule_takes_qualifying_pages_in_name_order(tmp_path):
    root = folder(tmp_path)
    chosen = web_stories.pick(root, count=2)
    assert [p.name[:2] for p in chosen] == ["bb", "cc"]            # aa has no topic
    assert len(web_stories.pick(root, count=10)) == 3
    assert web_stories.pick(root, count=10, min_topics=5) == []


def test_stories_file_is_extracted_text_and_read_as_check(tmp_path):
    root = folder(tmp_path)
    out = tmp_path / "out" / "stories.jsonl"
    out.parent.mkdir()
    assert web_stories.main([str(root), "-o", str(out), "--count", "2"]) == 0
    first = out.read_bytes()
    assert web_stories.main([str(root), "-o", str(out), "--count", "2"]) == 0
    assert out.read_bytes() == first                                # deterministic
    records = [json.loads(line) for line in first.decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["b" * 12, "c" * 12]
    rec = records[0]
    assert rec["half"] == "check" and rec["url"] == "https://news.example/bb"
    assert "president of Freedonia" in rec["text"]
    assert "Home" not in rec["text"] and "Copyright" not in rec["text"]
    assert not rec["text"].startswith(rec["title"])                 # headline cut off
    articles = [r.article for r in read_file(str(out))]
    assert articles[0].text == rec["text"] and articles[0].meta["half"] == "check"
    judged = tmp_path / "j.tsv"
    judged.write_text(f"# stories: {'b' * 12}\n" + "\t".join(je.COLUMNS) + "\n",
                      encoding="utf-8")
    rows, declared = je.read_judgments(judged)
    assert rows == [] and declared == {"b" * 12}


def test_refuses_to_write_into_the_repository(tmp_path):
    root = folder(tmp_path)
    inside = Path(__file__).resolve().parents[1] / "stories.jsonl"
    try:
        web_stories.main([str(root), "-o", str(inside)])
    except SystemExit as exc:
        assert "refusing" in str(exc)
    else:
        raise AssertionError("wrote into the repository")
    assert not inside.exists()


def test_skip_takes_the_next_qualifying_pages_as_dev(tmp_path):
    root = folder(tmp_path)
    assert [p.name[:2] for p in web_stories.pick(root, count=1, skip=1)] == ["cc"]
    assert [p.name[:2] for p in web_stories.pick(root, count=5, skip=1)] == ["cc", "dd"]
    assert web_stories.pick(root, count=2, skip=3) == []
    out = tmp_path / "dev.jsonl"
    assert web_stories.main([str(root), "-o", str(out), "--count", "1", "--skip", "1",
                             "--half", "dev"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["half"]) for r in records] == [("c" * 12, "dev")]
    assert [r.article.meta["half"] for r in read_file(str(out))] == ["dev"]
    check = tmp_path / "check.jsonl"
    assert web_stories.main([str(root), "-o", str(check), "--count", "1"]) == 0
    assert [json.loads(line)["half"] for line in check.read_text().splitlines()] == ["check"]


REPO = Path(__file__).resolve().parents[1]
BENCHMARK = REPO.parent / "shared" / "eval" / "article-extraction"
JUDGMENTS = REPO / "docs" / "judgments"


def _header(name: str) -> tuple[set[str], str]:
    """The ``# stories:`` ids and the stories file's md5 named in a judgment file's header
    (only its ``#`` lines are read)."""
    ids: set[str] = set()
    md5 = ""
    for line in (JUDGMENTS / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        if line.lstrip("# ").startswith("stories:"):
            ids.update(line.split(":", 1)[1].split())
        if not md5 and "md5 " in line:
            md5 = line.split("md5 ", 1)[1].split()[0]
    return ids, md5


@pytest.mark.skipif(not (BENCHMARK / "ground-truth.json").exists(),
                    reason="../shared/eval/article-extraction (the Zyte benchmark) is absent")
def test_real_benchmark_check_set_unchanged_and_dev_set_is_the_next_ten(tmp_path):
    check_ids, check_md5 = _header("events-web-check.tsv")
    dev_ids, dev_md5 = _header("events-web-dev.tsv")
    check = web_stories.pick(BENCHMARK)
    dev = web_stories.pick(BENCHMARK, skip=10)
    short = {p.name[:web_stories.ID_CHARS] for p in check}
    assert short == check_ids and len(check) == 10
    assert {p.name[:web_stories.ID_CHARS] for p in dev} == dev_ids and len(dev) == 10
    assert not short & dev_ids
    out = tmp_path / "check.jsonl"
    assert web_stories.main([str(BENCHMARK), "-o", str(out)]) == 0
    assert hashlib.md5(out.read_bytes()).hexdigest() == check_md5   # byte-identical default
    out = tmp_path / "dev.jsonl"
    assert web_stories.main([str(BENCHMARK), "-o", str(out), "--skip", "10",
                             "--half", "dev"]) == 0
    assert hashlib.md5(out.read_bytes()).hexdigest() == dev_md5


@pytest.mark.skipif(not (BENCHMARK / "ground-truth.json").exists(),
                    reason="../shared/eval/article-extraction (the Zyte benchmark) is absent")
def test_real_benchmark_third_dev_set_is_the_rest(tmp_path):
    # round 27: the pages after the first 20 that qualify (4), none in the other sets
    ids, md5 = _header("events-web-dev3.tsv")
    rest = web_stories.pick(BENCHMARK, skip=20)
    assert {p.name[:web_stories.ID_CHARS] for p in rest} == ids and len(ids) == 4
    for other in ("events-web-check.tsv", "events-web-dev.tsv"):
        assert not ids & _header(other)[0], other
    out = tmp_path / "dev3.jsonl"
    assert web_stories.main([str(BENCHMARK), "-o", str(out), "--skip", "20",
                             "--half", "dev"]) == 0
    assert hashlib.md5(out.read_bytes()).hexdigest() == md5
