#!/usr/bin/python3
"""Validate the JSON of every sample against docs/schema/undoc-1.schema.json
with a real validator, and prove the validator rejects broken documents."""
import copy
import glob
import json
import os
import subprocess
import sys

import jsonschema

undoc, root = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(root, "docs/schema/undoc-1.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

passed = failed = 0
docs = []
for sample in sorted(glob.glob(os.path.join(root, "samples/*.txt"))):
    out = subprocess.run([undoc, "parse", "-q", "--analyze", sample], check=True, stdout=subprocess.PIPE).stdout
    doc = json.loads(out)
    errors = list(validator.iter_errors(doc))
    if errors:
        failed += 1
        print(f"FAIL {sample}: {errors[0].message} at {list(errors[0].absolute_path)}")
    else:
        passed += 1
        print(f"ok {os.path.basename(sample)}")
    docs.append(doc)

# Broken documents must be rejected.
broken = []
d = copy.deepcopy(docs[0]); d["schema"] = "undoc/2"; broken.append(("wrong schema version", d))
d = copy.deepcopy(docs[0]); del d["body"]; broken.append(("missing body", d))
d = copy.deepcopy(docs[0]); d["body"][0]["children"][0]["number"] = "one"; broken.append(("paragraph number as text", d))
d = copy.deepcopy(docs[0]); d["footnotes"][0]["lines"] = [0, 1]; broken.append(("line 0", d))
d = copy.deepcopy(docs[0]); d["source"]["sha256"] = "xyz"; broken.append(("bad sha256", d))
for what, doc in broken:
    if validator.is_valid(doc):
        failed += 1
        print(f"FAIL: the validator accepted a broken document ({what})")
    else:
        passed += 1
        print(f"ok rejected: {what}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
