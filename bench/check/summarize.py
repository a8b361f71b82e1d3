#!/usr/bin/env python3
"""Print the benchmark table from bench/check/out: hyperfine timings (runs of one tool from several
invocations are merged) and each tool's findings, counted from the output of its last timed run.

usage: summarize.py OUT_DIR"""
import glob
import json
import os
import re
import statistics
import sys

out = sys.argv[1]
times = {}  # (pages, tool) -> [wall seconds]
cpu = {}  # (pages, tool) -> [user + system seconds: hyperfine's mean, once per run]
for path in sorted(glob.glob(os.path.join(out, "time-*.json"))):
    pages = int(re.search(r"-(\d+)-\d+\.json$", path).group(1))
    try:
        results = json.load(open(path))["results"]
    except ValueError:  # a hyperfine run still in progress
        continue
    for r in results:
        times.setdefault((pages, r["command"]), []).extend(r["times"])
        cpu.setdefault((pages, r["command"]), []).extend([r["user"] + r["system"]] * len(r["times"]))


def slug(name):
    return re.sub(r"[^a-z0-9]", "-", name)


def findings(tool, pages):
    """Broken links reported by the tool, counted its own way, or None without output."""
    path = os.path.join(out, "%s-%d.out" % (slug(tool), pages))
    if not os.path.exists(path):
        return None
    text = open(path, encoding="utf-8", errors="replace").read()
    try:
        if tool == "sitegen check":
            found = json.loads(text)["findings"]
            codes = {}
            for f in found:
                codes[f["code"]] = codes.get(f["code"], 0) + 1
            return "%d (%s)" % (len(found), ", ".join("%d %s" % (n, c) for c, n in sorted(codes.items())))
        if tool == "verify_links.py":
            m = re.search(r"broken=(\d+) \(missing-page=(\d+), missing-fragment=(\d+)\)", text)
            return "%s (%s pages, %s fragments)" % m.groups()
        if tool == "html-proofer":
            # html-proofer 3.19 repeats one failure several times; count distinct (page, message) too.
            m = re.search(r"found (\d+) failures", text)
            distinct, page = set(), None
            for line in text.splitlines():
                if line.startswith("- "):
                    page = line[2:]
                elif line.startswith("  *  "):
                    distinct.add((page, line))
            return "%s (%d distinct)" % (m.group(1) if m else "0", len(distinct))
        if tool == "linkchecker":
            m = re.search(r"(\d+) errors? found", text)
            return m.group(1) if m else "?"
        if tool == "linkinator":
            broken = [link for link in json.loads(text)["links"] if link["state"] == "BROKEN"]
            statuses = {}
            for link in broken:
                statuses[link.get("status")] = statuses.get(link.get("status"), 0) + 1
            return "%d (%s)" % (len(broken), ", ".join("%d status %s" % (n, st) for st, n in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
    except (ValueError, KeyError, AttributeError) as ex:
        return "? (%s)" % ex
    return "?"


print("\n| pages | tool | runs | median (s) | min | max | CPU mean (s) | findings |\n|---|---|---|---|---|---|---|---|")
for (pages, tool), ts in sorted(times.items(), key=lambda kv: (-kv[0][0], statistics.median(kv[1]))):
    print("| %s | %s | %d | %.2f | %.2f | %.2f | %.2f | %s |" % (
        f"{pages:,}", tool, len(ts), statistics.median(ts), min(ts), max(ts),
        statistics.mean(cpu[(pages, tool)]), findings(tool, pages)))
for pages in sorted({p for p, _ in times}):
    mine = times.get((pages, "sitegen check"))
    if not mine:
        continue
    for (p, tool), ts in sorted(times.items()):
        if p == pages and tool != "sitegen check":
            print("%s pages: sitegen check is %.1fx faster than %s (median %.2f s vs %.2f s)" % (
                f"{pages:,}", statistics.median(ts) / statistics.median(mine), tool,
                statistics.median(mine), statistics.median(ts)))
