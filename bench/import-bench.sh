#!/usr/bin/env bash
# Inventory import benchmark (issue 14 §1: "importing a 2,000-row spreadsheet takes under 10 s"): a scratch
# database on the test PostgreSQL (127.0.0.1:5432, user postgres), the service started on it, N products
# (default 1,000) generated with SQL, and a CSV of 2 x N rows in the Dutch headings of a municipality's own
# spreadsheet: N rows update an existing product by Nr. (cluster, scope, channel, owner and deadline of a new
# action, notes), N rows create a product. It is posted to POST /api/municipalities/{id}/inventory-import as a dry
# run, then applied, then applied again (every row unchanged); curl's total time for each. The service is stopped and
# the database dropped at the end. Not a test. Usage: bench/import-bench.sh [existing products=1000]
# Env: JAVA_OPTS (service JVM), PORT/ADMIN_PORT (18490/18491). Needs service/target/wmebv-service.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"
PGHOST="${WMEBV_TEST_PG_HOST:-127.0.0.1}"; PGPORT="${WMEBV_TEST_PG_PORT:-5432}"; PGUSER="${WMEBV_TEST_PG_USER:-postgres}"
export PGHOST PGPORT PGUSER
PORT="${PORT:-18490}"; ADMIN_PORT="${ADMIN_PORT:-18491}"
export PORT ADMIN_PORT
DB="wmebv_bench_import_$$"
JAR=service/target/wmebv-service.jar
BASE="http://127.0.0.1:$PORT"
OUT="$(mktemp -d)"
SERVICE_PID=

cleanup() {
  if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
  dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
  rm -rf "$OUT"
}
trap cleanup EXIT
[ -f "$JAR" ] || { echo "$JAR is missing: mvn -B -o -pl service -am package -DskipTests" >&2; exit 1; }

createdb "$DB"
export DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USER="$PGUSER" WMEBV_SCHEDULER_ENABLED=false
PASSWORD=$(java -jar "$JAR" user bench admin config.yml 2>/dev/null | sed -n 's/.*has password: //p')
[ -n "$PASSWORD" ] || { echo "could not create the user" >&2; exit 1; }
java ${JAVA_OPTS:-} -jar "$JAR" server config.yml >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$ADMIN_PORT/healthcheck" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -40 "$OUT/service.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$ADMIN_PORT/healthcheck" >/dev/null || { echo "service did not start" >&2; exit 1; }

BASIC="Authorization: Basic $(printf 'bench:%s' "$PASSWORD" | base64 -w0)"
MUNI=$(curl -sf -H "$BASIC" -H 'Content-Type: application/json' \
  -d '{"name": "Benchstad", "baseUrl": "https://www.benchstad.nl"}' "$BASE/api/municipalities" \
  | sed -n 's/^{"id":\([0-9]*\).*/\1/p')
[ -n "$MUNI" ] || { echo "could not register the municipality" >&2; exit 1; }

psql -q -v ON_ERROR_STOP=1 -v n="$N" -v m="$MUNI" "$DB" <<'SQL'
INSERT INTO page (site_id, url, http_status, title, is_product, channel_status)
SELECT s.id, 'https://www.benchstad.nl/producten/product-' || i, 200, 'Product ' || i, true, 'NONE'
FROM generate_series(1, :n) AS i CROSS JOIN site s WHERE s.municipality_id = :m;
INSERT INTO product (municipality_id, page_id, name, detected_channel_status)
SELECT :m, pg.id, pg.title, 'NONE' FROM page pg;
ANALYZE;
SQL
# the CSV: N updates by Nr. (the existing products' ids), then N new products
{
  echo "Nr.;Product;Afdeling;Valt onder WMEBV;Digitaal kanaal (ja/nee);Actiehouder;Deadline;Opmerkingen"
  psql -At -F';' "$DB" -c "
    SELECT p.id, p.name, (ARRAY['Burgerzaken','Belastingen','Sociaal Domein'])[1 + p.id % 3],
           CASE WHEN p.id % 2 = 0 THEN 'ja' ELSE 'nee' END, CASE WHEN p.id % 3 = 0 THEN 'ja' ELSE 'nee' END,
           'Team ' || (p.id % 12), to_char(DATE '2027-01-01' + (p.id % 200)::int, 'DD-MM-YYYY'),
           'Uit de spreadsheet, regel ' || p.id
    FROM product p WHERE p.municipality_id = $MUNI ORDER BY p.id"
  for i in $(seq 1 "$N"); do
    echo ";Nieuw product $i;Burgerzaken;ja;nee;Team $((i % 12));15-03-2027;Nieuw uit de spreadsheet"
  done
} >"$OUT/inventaris.csv"
ROWS=$(($(wc -l <"$OUT/inventaris.csv") - 1))

post() { # label, query
  local t
  t=$(curl -s -o "$OUT/answer.json" -w '%{http_code} %{time_total}' -H "$BASIC" -H 'Content-Type: text/csv' \
    --data-binary @"$OUT/inventaris.csv" "$BASE/api/municipalities/$MUNI/inventory-import?$2")
  printf '| %s | %s rows | HTTP %s | %s s | %s |\n' "$1" "$ROWS" "${t% *}" "${t#* }" \
    "$(grep -o '"matched":[0-9]*,"created":[0-9]*,"updated":[0-9]*,"unchanged":[0-9]*' "$OUT/answer.json")"
}
echo "| run | file | answer | time (curl total) | counts |"
echo "|---|---|---|---|---|"
post "dry run (preview)" "dryRun=true"
post "apply" "dryRun=false"
post "apply the same file again" "dryRun=false"
