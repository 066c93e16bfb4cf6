#!/usr/bin/env python3
"""Prints a Gatling run's figures per request kind from its report (index.html): count, errors, p50, p95, p99, max
in ms and requests per second over the run, then the errors Gatling listed.

Gatling 3.15 writes no stats.json any more: the figures are read from the report's statistics table (columns: total,
OK, KO, % KO, count per second, min, 50th, 75th, 95th, 99th percentile, max, mean, standard deviation). Also prints
the lines scripts/load.sh checks: "answer ok N" and "errors N" (failed requests plus steps that could not be sent)."""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
rows = re.findall(r'<tr id="(?:ROOT|req_[^"]*)"[^>]*>.*?class="ellipsed-name">(.*?)</span>(.*?)</tr>', page, re.S)
print(f"{'request':<22} {'count':>7} {'errors':>6} {'p50':>6} {'p95':>6} {'p99':>6} {'max':>6} {'per s':>7}")
answers = 0
for name, cells in rows:
    name = html.unescape(name)
    v = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)</td>', cells))
    print(f"{name:<22} {v['2']:>7} {v['4']:>6} {v['8']:>6} {v['10']:>6} {v['11']:>6} {v['12']:>6} {v['6']:>7}")
    if name == "answer":
        answers = int(v["3"])
errors = re.findall(r'<td class="error-col-1 total ko">(.*?)<span.*?</td>\s*<td class="value error-col-2 total ko">(\d+)</td>',
                    page, re.S)
for message, count in errors:
    print(f"error x{count}: {html.unescape(message).strip()}")
print(f"answer ok {answers}")
print(f"errors {sum(int(c) for _, c in errors)}")
