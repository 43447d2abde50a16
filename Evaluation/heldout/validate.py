#!/usr/bin/env python3
"""Checks the held-out set: every gold file parses and every gold quote occurs verbatim in its document.

usage: python3 Evaluation/heldout/validate.py [DEV_CORPUS.jsonl]
With a development corpus, also reports sentences (over 40 characters) copied from it.
"""
import json, pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent
corpus = [json.loads(l) for l in open(root / "corpus.jsonl", encoding="utf-8") if l.strip()]
dev = ""
if len(sys.argv) > 1:
    dev = re.sub(r"\s+", " ", " ".join(json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")))
errors = 0
for doc in corpus:
    gold = json.loads((root / "gold" / f"{doc['id']}.json").read_text(encoding="utf-8"))
    assert set(doc) >= {"id", "source", "title", "publisher", "published", "language", "text"}, doc["id"]
    for kind in ("events", "commitments", "mechanisms", "observations"):
        for item in gold[kind]:
            if item["quote"] not in doc["text"]:
                errors += 1
                print("MISSING", doc["id"], kind, item["quote"][:70])
    for sentence in re.split(r"(?<=[.!?])\s+", doc["text"]):
        sentence = re.sub(r"\s+", " ", sentence).strip()
        if dev and len(sentence) > 40 and sentence in dev:
            errors += 1
            print("COPIED FROM DEV", doc["id"], sentence[:80])
print(len(corpus), "documents;", "errors:", errors)
sys.exit(1 if errors else 0)
