"""tools/web_stories.py on an invented benchmark-like folder: the topic rule picks pages by
their ground-truth body, and the stories file holds wiretrace's own extraction, headline cut
off, which the events-judged reader accepts as a check-half story."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

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
