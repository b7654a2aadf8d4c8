#!/usr/bin/python3
"""Validate the JSON of every sample against docs/schema/undoc-1.schema.json
with a real validator, and prove the validator rejects broken documents."""
import copy
import json
import os
import sys

import jsonschema

from readers import Tally, parse, samples

undoc, root = sys.argv[1], sys.argv[2]


# The schemas' own keywords (see their $comment): what JSON Schema cannot say,
# that a range's first value is not above its last.
def nondecreasing(validator, on, instance, schema):
    if on and validator.is_type(instance, "array") and all(validator.is_type(v, "integer") for v in instance):
        if any(a > b for a, b in zip(instance, instance[1:])):
            yield jsonschema.ValidationError(f"{instance} decreases")


def nondecreasing_properties(validator, names, instance, schema):
    if validator.is_type(instance, "object"):
        values = [instance.get(n) for n in names if isinstance(instance.get(n), int)]
        if any(a > b for a, b in zip(values, values[1:])):
            yield jsonschema.ValidationError(f"{', '.join(names)} decrease: {values}")


Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {
    "x-nondecreasing": nondecreasing, "x-nondecreasing-properties": nondecreasing_properties})
schema = json.load(open(os.path.join(root, "docs/schema/undoc-1.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = Validator(schema)

tally = Tally()
docs = []
import glob  # noqa: E402
pdfs = sorted(glob.glob(os.path.join(root, "samples/*.pdf"))) if "PDF input: poppler" in \
    __import__("subprocess").run([undoc, "--version"], capture_output=True, text=True).stdout else []
for sample in samples(root) + pdfs:
    doc = parse(undoc, sample, "--analyze")
    errors = list(validator.iter_errors(doc))
    why = f"{errors[0].message} at {list(errors[0].absolute_path)}" if errors else ""
    tally.check(not errors, os.path.basename(sample), why)
    docs.append(doc)

# Every JSON Lines row against the row schema.
import subprocess  # noqa: E402
row_schema = json.load(open(os.path.join(root, "docs/schema/undoc-1-row.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(row_schema)
row_validator = Validator(row_schema)
for sample in samples(root):
    out = subprocess.run([undoc, "parse", "-q", "--format", "jsonl", sample], capture_output=True, check=True).stdout
    bad = [e for line in out.decode("utf-8").splitlines() for e in row_validator.iter_errors(json.loads(line))]
    tally.check(not bad, f"rows of {os.path.basename(sample)}", bad[0].message if bad else "")
row = json.loads(subprocess.run([undoc, "parse", "-q", "--format", "jsonl", samples(root)[0]], capture_output=True,
                                check=True).stdout.decode("utf-8").splitlines()[0])
row["part"] = "body"
row["annex_title"] = "x"
tally.check(not row_validator.is_valid(row), "rejected: a body row with an annex title", "accepted")
row = json.loads(subprocess.run([undoc, "parse", "-q", "--format", "jsonl", samples(root)[0]], capture_output=True,
                                check=True).stdout.decode("utf-8").splitlines()[0])
row["line_start"], row["line_end"] = 5, 2
tally.check(not row_validator.is_valid(row), "rejected: a row with line_start 5, line_end 2", "accepted")

# Broken documents must be rejected.
broken = []
d = copy.deepcopy(docs[0]); d["schema"] = "undoc/2"; broken.append(("wrong schema version", d))
d = copy.deepcopy(docs[0]); del d["body"]; broken.append(("missing body", d))
d = copy.deepcopy(docs[0]); d["body"][0]["children"][0]["number"] = "one"; broken.append(("paragraph number as text", d))
d = copy.deepcopy(docs[0]); d["footnotes"][0]["lines"] = [0, 1]; broken.append(("line 0", d))
d = copy.deepcopy(docs[0]); d["source"]["sha256"] = "xyz"; broken.append(("bad sha256", d))
# ... and what the README rules out (issue 12)
d = copy.deepcopy(docs[0]); del d["body"][0]["kind"]; broken.append(("a node without kind", d))
d = copy.deepcopy(docs[0]); d["body"][0]["lines"] = None; broken.append(("a node's lines null", d))
d = copy.deepcopy(docs[0]); d["body"][0]["lines"] = [5, 2]; broken.append(("a node's lines [5, 2]", d))
d = copy.deepcopy(docs[0]); d["footnotes"][0]["lines"] = [5, 2]; broken.append(("a footnote's lines [5, 2]", d))
d = copy.deepcopy(docs[0]); d["front_matter"]["lines"] = [9, 3]; broken.append(("front matter lines [9, 3]", d))
d = copy.deepcopy(docs[0]); d["front_matter"]["date"] = "2006-13-45"; broken.append(("date 2006-13-45", d))
d = copy.deepcopy(docs[0]); del d["front_matter"]["resolution_number"]; broken.append(("no resolution_number", d))
d = copy.deepcopy(docs[0]); del d["front_matter"]["notes"]; broken.append(("no notes", d))
d = copy.deepcopy(docs[0])
d["diagnostics"] = [{"code": "W-TOC-TITLE", "severity": "error", "line": 1, "column": 1, "message": "x"}]
broken.append(("a W- code with severity error", d))
for what, doc in broken:
    tally.check(not validator.is_valid(doc), f"rejected: {what}", "the validator accepted a broken document")
tally.finish()
