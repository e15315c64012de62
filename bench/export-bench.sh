#!/usr/bin/env bash
# Export benchmark: N products (default 20,000) generated with SQL into a scratch database on the test
# PostgreSQL (127.0.0.1:5432, user postgres), then the `export` command writes CSV and XLSX under
# /usr/bin/time -v (wall time, peak RSS). Not a test. Usage: bench/export-bench.sh [products=20000]
# Set JAVA_OPTS (e.g. -Xmx128m) to run the command with a given heap. Needs service/target/wmebv-service.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
PGHOST="${WMEBV_TEST_PG_HOST:-127.0.0.1}"; PGPORT="${WMEBV_TEST_PG_PORT:-5432}"; PGUSER="${WMEBV_TEST_PG_USER:-postgres}"
export PGHOST PGPORT PGUSER
DB="wmebv_bench_export_$$"
JAR=service/target/wmebv-service.jar
OUT="$(mktemp -d)"
trap 'dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true; rm -rf "$OUT"' EXIT

createdb "$DB"
export DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USER="$PGUSER"
java -jar "$JAR" db migrate config.yml >/dev/null 2>&1

# 20,000 products in 8 clusters, each with a product page and its analysis, three crawls over three weeks,
# an action for two products in three, a person's channel decision for one in ten.
psql -q -v ON_ERROR_STOP=1 -v n="$N" "$DB" <<'SQL'
INSERT INTO municipality (name, base_url) VALUES ('Benchstad', 'https://www.benchstad.nl');
INSERT INTO site (municipality_id, base_url) VALUES (1, 'https://www.benchstad.nl');
INSERT INTO cluster (municipality_id, name, position)
SELECT 1, name, ord FROM unnest(ARRAY['Burgerzaken', 'Sociaal Domein', 'Ruimte en Omgeving', 'Belastingen',
  'Openbare Ruimte', 'Economie en Vergunningen', 'Dienstverlening', 'Bestuur']) WITH ORDINALITY AS t(name, ord);
INSERT INTO crawl_run (site_id, status, started_at, finished_at)
SELECT 1, 'FINISHED', now() - make_interval(days => d), now() - make_interval(days => d) + interval '1 hour'
FROM unnest(ARRAY[21, 14, 7]) AS d;
INSERT INTO page (site_id, url, http_status, title, is_product, channel_status, content_hash, analysis)
SELECT 1, 'https://www.benchstad.nl/producten/product-' || i, 200, 'Product ' || i, true,
       (ARRAY['DIGITAL', 'DIGITAL', 'BROKEN', 'NOT_DIGITAL', 'NONE'])[1 + i % 5], md5(i::text),
       jsonb_build_object('channelStatus', (ARRAY['DIGITAL', 'DIGITAL', 'BROKEN', 'NOT_DIGITAL', 'NONE'])[1 + i % 5],
         'channels', jsonb_build_array(
            jsonb_build_object('type', 'PRINT_FORM', 'target', 'https://www.benchstad.nl/formulier-' || i || '.pdf'),
            jsonb_build_object('type', 'EFORM_DIGID', 'target', 'https://formulieren.benchstad.nl/product-' || i,
                               'anchorText', 'Direct aanvragen', 'check', jsonb_build_object('ok', i % 5 <> 2))),
         'sections', jsonb_build_array('Wat is het?', 'Voorwaarden', 'Aanvragen', 'Kosten'))
FROM generate_series(1, :n) AS i;
INSERT INTO page_observation (page_id, crawl_run_id, http_status, content_hash, channel_status, observed_at)
SELECT pg.id, r.id, 200, pg.content_hash,
       CASE WHEN r.id = 1 AND pg.id % 3 = 0 THEN 'NONE' ELSE pg.channel_status END, r.started_at
FROM page pg CROSS JOIN crawl_run r;
INSERT INTO product (municipality_id, cluster_id, page_id, name, uniform_name, in_scope, detected_channel_status,
                     message_types, text_status, needs_review, notes, created_at)
SELECT 1, 1 + pg.id % 8, pg.id, 'Product ' || pg.id, 'uniform product ' || (pg.id % 700),
       CASE WHEN pg.id % 7 = 0 THEN NULL ELSE pg.id % 6 <> 0 END, pg.channel_status, ARRAY['aanvraag', 'bezwaar'],
       (ARRAY['NOT_REVIEWED', 'NEEDS_REWRITING', 'REWRITTEN', 'APPROVED'])[1 + pg.id % 4], pg.id % 9 = 0,
       CASE WHEN pg.id % 11 = 0 THEN 'Besproken in de sessie; "actie" volgt' END, now() - interval '22 days'
FROM page pg;
UPDATE product SET channel_status_override = 'DIGITAL' WHERE id % 10 = 3;
INSERT INTO audit_event (municipality_id, product_id, entity_type, entity_id, event, actor, changes, at)
SELECT 1, id, 'product', id, 'product.updated', 'consultent',
       '{"channelStatusOverride": {"from": null, "to": "DIGITAL"}}', now() - interval '10 days'
FROM product WHERE id % 10 = 3;
INSERT INTO action (product_id, type, owner, deadline, status)
SELECT id, (ARRAY['CREATE_EFORM', 'REPAIR_LINK', 'REWRITE_TEXT'])[1 + id % 3], 'Team ' || (id % 12),
       DATE '2027-01-01' + (id % 200)::int, (ARRAY['OPEN', 'IN_PROGRESS', 'DONE'])[1 + id % 3]
FROM product WHERE id % 3 <> 0;
ANALYZE;
SQL

run() { # label, format, extra args...
  local label="$1" format="$2"; shift 2
  local file="$OUT/export.$format"
  /usr/bin/time -v -o "$OUT/time.txt" java ${JAVA_OPTS:-} -jar "$JAR" export Benchstad "$format" "$file" "$@" config.yml \
    >"$OUT/stdout.txt" 2>"$OUT/stderr.txt" || { cat "$OUT/stderr.txt" >&2; exit 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$OUT/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$OUT/time.txt" | awk '{print $NF}')
  printf '| %s | %s | %s | %s | %d MB | %s KB |\n' "$label" "${JAVA_OPTS:-default}" "$format" "$wall" \
    $((rss / 1024)) "$(( $(stat -c %s "$file") / 1024 ))"
  grep -o "in [0-9]* ms" "$OUT/stdout.txt" | sed "s/^/    export itself: /" >&2
}
echo "| export | JVM heap | format | wall (JVM start included) | peak RSS | file |"
echo "|---|---|---|---|---|---|"
run "$N products, whole municipality" csv
run "$N products, whole municipality" xlsx
run "one cluster (1/8)" xlsx --cluster Burgerzaken
