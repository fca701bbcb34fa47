#!/usr/bin/env bash
# The cadre home page and the scoped credit review list with 100,000 generated cadres (with their
# demo credit history and the demo catalog) on MariaDB, 20 concurrent users (wrk, 2 threads).
# In the same run, on the same server:
#   baseline  GET /api/me (bearer): authenticated, no table touched: what the stack costs per call
#   home      GET /index.xhtml as 20 different cadres (session cookies): roles, own record, the year's
#             credits against the requirement, required courses due, in progress, completed
#   review    GET /api/credits/review as the center (all 100,000 cadres in scope) and as the Suixi
#             sub-center, rotating filters (shortfall only, by rank, pages 1-5)
#   review page GET /review.xhtml as the center administrator (the page renders its first page of rows)
# Usage: bench/classroom-pages.sh [SECONDS]   (target: p95 < 200 ms for home and review)
# BENCH_PROFILE=1 takes 8 thread dumps during the review-page run and prints where the request
# threads were (bench/stacks.py); BENCH_PROFILE=home does the same during the home-page run.
# BENCH_ONLY=page measures only the baseline and the review page (the other runs print "(not run)"), for
# trying a change to the page quickly; not for the figures.
set -euo pipefail
export BENCH_PORT=${BENCH_PORT:-8091}
source "$(dirname "$0")/common.sh"
need wrk wrk
need mysql mariadb-client
SECS=${1:-30}
CADRES=${BENCH_CADRES:-100000}
DB=lms_bench_pages
cleanup() {
  stop_platform pages
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB" || true
}
trap cleanup EXIT

mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'lms_bench'@'localhost' IDENTIFIED BY 'bench-2026'; CREATE USER IF NOT EXISTS 'lms_bench'@'127.0.0.1' IDENTIFIED BY 'bench-2026';
  GRANT ALL ON $DB.* TO 'lms_bench'@'localhost'; GRANT ALL ON $DB.* TO 'lms_bench'@'127.0.0.1';"
start_platform pages LMS_DB_URL=jdbc:mysql://127.0.0.1:3306/$DB LMS_DB_USER=lms_bench LMS_DB_PASSWORD=bench-2026 \
  LMS_DEMO=true LMS_DEMO_CADRES="$CADRES" LMS_JAVA_OPTS=-Xmx1500m
wait_ready
echo "cadres: $(mysql -h127.0.0.1 -uroot -N -B $DB -e 'SELECT COUNT(*) FROM cadre'), in Suixi: $(mysql -h127.0.0.1 -uroot -N -B $DB -e "SELECT COUNT(*) FROM cadre WHERE path LIKE '/340600/340621/%'"), credit entries: $(mysql -h127.0.0.1 -uroot -N -B $DB -e 'SELECT COUNT(*) FROM credit_entry')"

# a signed-in page session: the sign-in form, posted with its view state
session() {
  local jar=$BENCH_DIR/pages-$1.jar
  rm -f "$jar"
  local state
  state=$(curl -fsS -c "$jar" "http://localhost:$PORT/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/')
  curl -fsS -o /dev/null -b "$jar" -c "$jar" "http://localhost:$PORT/login.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:username=$1" --data-urlencode "login:password=Huaibei@2026" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state"
  echo "JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)"
}
CADRE_COOKIES=$(for i in $(seq 1 20); do session "$(printf 'c%06d' $((i * 997)))"; done | paste -sd'|')
home_check=$(curl -s -H "Cookie: ${CADRE_COOKIES%%|*}" "http://localhost:$PORT/index.xhtml")
echo "$home_check" | grep -q 'id="due"' || { echo "bench: the home page did not render for a cadre" >&2; exit 1; }
ADMIN_COOKIE=$(session admin)
ADMIN=$(token admin); SUIXI=$(token suixi)
SUIXI_NODE=$(mysql -h127.0.0.1 -uroot -N -B $DB -e "SELECT id FROM org_node WHERE code = '340621'")
REVIEW="/api/credits/review?shortfall=true|/api/credits/review?rank=COUNTY|/api/credits/review?page=2|/api/credits/review?shortfall=true&page=4|/api/credits/review?rank=SECTION&shortfall=true&page=1"

run() { # run NAME SECONDS [ENV=VALUE ...]
  local secs=$2; shift 2
  env "$@" wrk -t2 -c20 -d"${secs}s" -s "$ROOT/bench/pages.lua" "http://localhost:$PORT" | grep RESULT
}
# 8 thread dumps, 1.5 s apart, from 3 s into the run that follows
profile() {
  local server
  server=$(pgrep -f "rootdir $BENCH_DIR/pages/payara" | head -1)
  rm -f "$BENCH_DIR"/pages-dump*.txt
  ( sleep 3; for i in 1 2 3 4 5 6 7 8; do jstack "$server" >"$BENCH_DIR/pages-dump$i.txt" 2>/dev/null; sleep 1.5; done ) &
}
# warm-up: JIT, pools, caches
run warm 15 TOKENS="$ADMIN" PATHS=/api/me >/dev/null
run warm 15 COOKIES="$CADRE_COOKIES" PATHS=/index.xhtml >/dev/null
run warm 15 TOKENS="$ADMIN" PATHS="$REVIEW" >/dev/null
base=$(run base "$SECS" TOKENS="$ADMIN" PATHS=/api/me)
home="RESULT p95_ms=0 errors=0 (not run)"; city=$home; county=$home
if [ "${BENCH_ONLY:-}" != page ]; then
  [ "${BENCH_PROFILE:-0}" != home ] || profile
  home=$(run home "$SECS" COOKIES="$CADRE_COOKIES" PATHS=/index.xhtml)
  city=$(run city "$SECS" TOKENS="$ADMIN" PATHS="$REVIEW")
  county=$(run county "$SECS" TOKENS="$SUIXI" PATHS="${REVIEW//review\?/review?node=$SUIXI_NODE\&}")
fi
[ "${BENCH_PROFILE:-0}" != 1 ] || profile
page=$(run page "$SECS" COOKIES="$ADMIN_COOKIE" PATHS=/review.xhtml)
wait
echo "baseline /api/me            $base"
echo "cadre home page             $home"
echo "review list (center, city)  $city"
echo "review list (county)        $county"
echo "review page (center)        $page"
[ "${BENCH_PROFILE:-0}" = 0 ] || python3 "$ROOT/bench/stacks.py" "$BENCH_DIR"/pages-dump*.txt
for r in "$base" "$home" "$city" "$county" "$page"; do
  [ "$(field "$r" errors)" = 0 ] || echo "NOT valid: a run had failed requests (errors > 0); its figures measure refusals"
done
awk -v b="$(field "$base" p95_ms)" -v h="$(field "$home" p95_ms)" -v c="$(field "$city" p95_ms)" \
    -v k="$(field "$county" p95_ms)" -v p="$(field "$page" p95_ms)" 'BEGIN {
  printf "p95 ratio to baseline: home %.1f, review city %.1f, county %.1f, page %.1f\n", h/b, c/b, k/b, p/b
  printf "target p95 < 200 ms: %s\n", (h < 200 && c < 200 && k < 200 && p < 200) ? "met" : "NOT met" }'
