#!/usr/bin/env python3
"""Write trafilatura's predictions for the article-extraction benchmark, for comparison only.

usage: pip install trafilatura lxml_html_clean
       python3 scripts/trafilatura-predictions.py ../shared/data/article-extraction-benchmark /tmp/trafilatura.json
       python3 ../shared/eval/score_article_extraction.py ../shared/data/article-extraction-benchmark/ground-truth.json /tmp/trafilatura.json
Prints pages/s on one process (default settings; timing excludes reading the files).
"""
import gzip, json, os, sys, time

import trafilatura

folder, out = sys.argv[1], sys.argv[2]
html_dir = os.path.join(folder, "html")
pages = {name[:-len(".html.gz")]: gzip.open(os.path.join(html_dir, name)).read()
         for name in sorted(os.listdir(html_dir)) if name.endswith(".html.gz")}
start = time.perf_counter()
predictions = {key: {"articleBody": trafilatura.extract(raw) or ""} for key, raw in pages.items()}
elapsed = time.perf_counter() - start
print(f"trafilatura {trafilatura.__version__}: pages={len(pages)} pages/s={len(pages) / elapsed:.1f}", file=sys.stderr)
with open(out, "w", encoding="utf-8") as handle:
    json.dump(predictions, handle, ensure_ascii=False)
