"""Write a Report as an older schema version wrote it, for the up-converter's tests.

    PYTHONPATH=src .venv/bin/python tools/old_report.py 608ec68 tests/data/report-1.0.0.json

Analyses the short Nairobi story below with the current pipeline, keeps only the fields
the model at ``COMMIT`` (git) knows, sets its ``schema_version`` and checks the result
with that model, strictly (``extra="forbid"``): the file is a report that version of
wiretrace accepts.  Values are today's analysis, so the fields a later version derives
(days, quad, score) can be compared with what the up-converter derives.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
import typing
from pathlib import Path

TEXT = """Police detain two protesters in Nairobi

Kenyan police arrested two protesters in Nairobi on Monday, the Interior Ministry said.
The ministry accused the organisers of planning violence, a charge they denied.
"""


def old_model(commit: str):
    source = subprocess.run(["git", "show", f"{commit}:src/wiretrace/model.py"],
                            capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "old_model.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("old_model", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_model"] = module
    spec.loader.exec_module(module)
    return module


def keep_known(value, model):
    """``value`` with only the fields ``model`` (a pydantic class) and its records name."""
    if not isinstance(value, dict) or not hasattr(model, "model_fields"):
        return value
    out = {}
    for name, field in model.model_fields.items():
        if name in value:
            out[name] = _keep(value[name], field.annotation)
    return out


def _keep(value, annotation):
    if isinstance(value, list):
        (item,) = typing.get_args(annotation) or (None,)
        return [_keep(v, item) for v in value]
    for candidate in (annotation, *typing.get_args(annotation)):
        if hasattr(candidate, "model_fields") and isinstance(value, dict):
            return keep_known(value, candidate)
    return value


def main(commit: str, output: str) -> None:
    import wiretrace

    old = old_model(commit)
    old.Report.model_rebuild(_types_namespace=vars(old))
    report = wiretrace.analyze(TEXT, published="2024-03-13", outlet="Nile Wire",
                               id="nairobi-1")
    data = keep_known(json.loads(report.model_dump_json()), old.Report)
    data["schema_version"] = old.SCHEMA_VERSION
    old.Report.model_validate(data)  # strict: exactly that version's fields
    Path(output).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    print(f"wrote {output}: a {old.SCHEMA_VERSION} report, {len(data['events'])} events")


if __name__ == "__main__":
    main(*sys.argv[1:3])
