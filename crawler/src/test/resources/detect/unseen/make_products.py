#!/usr/bin/env python3
"""Writes products.csv: real product titles and abstracts of the SC feeds of four municipalities
(../../../../../../../shared/data/sc, harvested 2023-10), the names the unseen-CMS sites are built with."""
import csv, re, sys, xml.etree.ElementTree as ET
from pathlib import Path

SC = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/sc")
NS = {"dcterms": "http://purl.org/dc/terms/"}
rows = []
for town in ["Dalfsen", "Kampen", "Hilversum", "Veere"]:
    root = ET.parse(SC / f"{town}.xml").getroot()
    for prod in root.iter("{http://standaarden.overheid.nl/product/terms/}scproduct"):
        title = prod.find(".//dcterms:title", NS).text.strip()
        abstract = (prod.find(".//dcterms:abstract", NS).text or "").strip() if prod.find(".//dcterms:abstract", NS) is not None else ""
        abstract = re.sub(r"<[^>]+>", " ", abstract)
        abstract = re.sub(r"\s+", " ", abstract).strip()[:300]
        if not abstract or len(title) > 70 or ";" in title + abstract:
            continue
        rows.append((town, title, abstract))
seen, out = set(), []
for town, title, abstract in rows:
    if title.lower() not in seen:
        seen.add(title.lower())
        out.append((town, title, abstract))
with open("products.csv", "w", encoding="utf-8", newline="") as f:
    f.write("# municipality;title;abstract -- real SC feed records (Dalfsen, Kampen, Hilversum, Veere; 2023-10)\n")
    for r in out:
        f.write(";".join(r) + "\n")
print(len(out), "products")
