#!/usr/bin/env python3
"""Compare `sitegen check --format json` findings with the corpus manifest.

usage: compare.py FINDINGS.json MANIFEST.json
Every manifest entry (source page, href) must be reported exactly once per occurrence as SG3001
(missing page) or SG3002 (missing fragment), and nothing else may be reported. Exit 0 when so."""
import json
import sys
from collections import Counter

findings = json.load(open(sys.argv[1]))["findings"]
manifest = json.load(open(sys.argv[2]))
kinds = {"missing-page": "SG3001", "missing-fragment": "SG3002"}
want = Counter((b["source"] + ".html", b["href"], kinds[b["kind"]]) for b in manifest["broken"])
got = Counter((f["file"], f["target"], f["code"]) for f in findings)
missed = want - got
extra = got - want
dupes = sum(n - 1 for k, n in got.items() if n > 1 and k in want and n > want[k])
tp = sum((want & got).values())
print("manifest=%d findings=%d matched=%d missed=%d false=%d duplicates=%d" % (
    sum(want.values()), len(findings), tp, sum(missed.values()), sum(extra.values()), dupes))
for k in sorted(missed)[:10]:
    print("  missed:", k)
for k in sorted(extra)[:10]:
    print("  false:", k)
sys.exit(0 if not missed and not extra else 1)
