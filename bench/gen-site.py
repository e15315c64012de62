#!/usr/bin/env python3
"""Generates a synthetic municipal website of exactly N HTML pages (default 10,000) for the crawl benchmark.
Usage: gen-site.py [out-dir] [pages] [products] (products default 600; fewer for a site under about 700 pages).

Shape: home, 8 cluster pages, 600 product pages (each with chrome, sections, a PDF link and related
products), a paginated news archive and news items; every page carries the same header and footer menus,
like a real municipal site. Links use directory URLs (/x/) so every tool sees one spelling per page.
"""
import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/wmebv-bench-site"
total = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
random.seed(42)

CLUSTERS = ["burgerzaken", "zorg-en-ondersteuning", "wonen-en-bouwen", "belastingen",
            "afval-en-openbare-ruimte", "ondernemen", "verkeer-en-parkeren", "onderwijs-en-jeugd"]
WORDS = ("aanvraag vergunning gemeente inwoner ondernemer formulier termijn kosten bezwaar voorwaarden "
         "paspoort verhuizing melding subsidie belasting afspraak digitaal loket privé één geëmigreerd "
         "bijzondere bijstand kwijtschelding omgevingsvergunning afvalpas parkeren jeugd onderwijs").split()
PRODUCTS = int(sys.argv[3]) if len(sys.argv) > 3 else 600
NEWS_PER_PAGE = 20
fixed = 1 + len(CLUSTERS) + PRODUCTS
news_items = 0
# solve: fixed + news_pages + news_items == total, news_pages = ceil(items / 20)
if total < fixed + 2:
    sys.exit(f"{total} pages is too few for {PRODUCTS} products; give fewer products")
for items in range(total, 0, -1):
    if fixed + items + (items + NEWS_PER_PAGE - 1) // NEWS_PER_PAGE == total:
        news_items = items
        break
news_pages = (news_items + NEWS_PER_PAGE - 1) // NEWS_PER_PAGE

def text(n):
    return " ".join(random.choice(WORDS) for _ in range(n)).capitalize() + "."

HEADER = "<header><a href=\"/\">Gemeente Benchstad</a><nav><ul>" + "".join(
    f"<li><a href=\"/{c}/\">{c.replace('-', ' ').title()}</a></li>" for c in CLUSTERS) + \
    "<li><a href=\"/nieuws/\">Nieuws</a></li></ul></nav></header>"
FOOTER = ("<footer><p>Bel 14 0123</p><p><a href=\"mailto:info@benchstad.nl\">info@benchstad.nl</a></p>"
          "<ul><li><a href=\"/nieuws/\">Nieuws</a></li></ul></footer>")
written = 0

def page(path, title, body):
    global written
    d = os.path.join(out, path.strip("/"))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "index.html"), "w", encoding="utf-8") as f:
        f.write(f"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
                f"<body>{HEADER}<main><h1>{title}</h1>{body}</main>{FOOTER}</body></html>")
    written += 1

def product_path(i):
    return f"/producten/product-{i}/"

page("/", "Gemeente Benchstad", "<p>" + text(40) + "</p>" + "".join(
    f"<p><a href=\"{product_path(i)}\">Product {i}</a></p>" for i in range(10)))
for ci, c in enumerate(CLUSTERS):
    mine = [i for i in range(PRODUCTS) if i % len(CLUSTERS) == ci]
    page(f"/{c}/", c.title(), "<ul>" + "".join(f"<li><a href=\"{product_path(i)}\">Product {i}</a></li>" for i in mine)
         + "</ul>")
for i in range(PRODUCTS):
    related = "".join(f"<li><a href=\"{product_path(random.randrange(PRODUCTS))}\">Gerelateerd</a></li>" for _ in range(5))
    sections = "".join(f"<h2>{h}</h2><p>{text(60)}</p>" for h in
                       ["Wat is het?", "Voorwaarden", "Hoe werkt het?", "Wat kost het?", "Hoe lang duurt het?"])
    page(product_path(i), f"Product {i} aanvragen", sections
         + f"<p><a href=\"/documenten/formulier-{i}.pdf\">Formulier (pdf)</a></p><ul>{related}</ul>")
for p in range(news_pages):
    items = range(p * NEWS_PER_PAGE, min(news_items, (p + 1) * NEWS_PER_PAGE))
    nav = (f"<a href=\"/nieuws/pagina-{p + 1}/\">Volgende</a>" if p + 1 < news_pages else "")
    path = "/nieuws/" if p == 0 else f"/nieuws/pagina-{p}/"
    page(path, f"Nieuws pagina {p + 1}", "<ul>" + "".join(
        f"<li><a href=\"/nieuws/bericht-{n}/\">Bericht {n}</a></li>" for n in items) + "</ul>" + nav)
for n in range(news_items):
    page(f"/nieuws/bericht-{n}/", f"Bericht {n}", "<p>" + text(120) + "</p>"
         + f"<p><a href=\"/nieuws/bericht-{(n + 1) % news_items}/\">Volgend bericht</a></p>")
print(f"{written} pages in {out}")
