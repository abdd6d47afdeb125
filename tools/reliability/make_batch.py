"""A JSONL batch for the experiments: one broken line, then N articles of a MEANTIME
folder (read in place; the articles stay out of the repository)."""

import json
import sys

from wiretrace.eval.meantime_read import read_directory, read_document

n, folder = int(sys.argv[1]), sys.argv[2]
with open("batch.jsonl", "w", encoding="utf-8") as fh:
    fh.write("{broken\n")
    for path in read_directory(folder, n):
        a = read_document(path).article
        fh.write(json.dumps({"id": a.id, "text": a.text, "title": a.title,
                             "published": a.published}) + "\n")
