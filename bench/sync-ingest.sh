#!/usr/bin/env bash
# Station ingest (issue 5): the 526 demo receiving stations push RECORDS records in total into a
# center on MariaDB over the real protocol (signed batches of 200, POST /api/sync/batches), from
# CLIENTS threads, each owning a share of the stations and pushing their batches in order
# (bench/StationLoad.java). In the same run, the baseline: the same rows the center writes
# (group_session, group_attendance, sync_inbox) inserted with plain JDBC batches into copies of those
# tables, one transaction per 200 records, from the same number of threads: the database's own limit.
# Then the cost of a re-sync with nothing new: one signed master-data request with the current
# version, measured with curl (request and response bytes, headers included).
# Usage: bench/sync-ingest.sh [RECORDS] [CLIENTS]   (defaults 1000000 16; target: center >= 0.5 x baseline)
# BENCH_WARMUP (default RECORDS/10, at most 100,000): records pushed first from CLIENTS information
# points and written first into the baseline's tables, not counted (they stay in both, so both
# measurements start on tables of the same size); the center's JIT needs that much on two busy cores.
# BENCH_PROFILE=1 takes thread dumps of the center and MariaDB's process list every 10 s
# (BENCH_PROFILE_EVERY, at most 60) while the measured push runs, and summarises them. JFR is not
# offered: started on the running center, it made it 3-5 times slower per record here.
# BENCH_KEEP=1 keeps the database lms_bench_sync afterwards (dropped otherwise). BENCH_JAVA_OPTS adds
# JVM options to the center (diagnostics only, e.g. -Dlms.sync.credit-seconds=3600 to hold the
# crediting worker back; the figures in docs/benchmarks.md are taken without).
set -euo pipefail
source "$(dirname "$0")/common.sh"
need mysql mariadb-client
need curl curl
need python3 python3
RECORDS=${1:-1000000}
CLIENTS=${2:-16}
WARMUP=${BENCH_WARMUP:-$(( RECORDS / 10 < 100000 ? RECORDS / 10 : 100000 ))}
DB=lms_bench_sync
NAME=sync-ingest
OUT=$BENCH_DIR/sync-ingest-run
profiler=

# by process id: the recorded process may be the subshell that started the launcher, so its
# children (the launcher, which ends its own server on TERM) are stopped first
stop() {
  [ -z "$profiler" ] || kill "$profiler" 2>/dev/null || true
  local pid kids
  if pid=$(cat "$BENCH_DIR/$NAME.pid" 2>/dev/null); then
    kids=$(pgrep -P "$pid" || true)
    for p in $kids $pid; do kill -TERM "$p" 2>/dev/null || true; done
    for p in $kids $pid; do
      for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
    done
    rm -f "$BENCH_DIR/$NAME.pid"
  fi
  [ "${BENCH_KEEP:-0}" = 1 ] || mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB" || true
}
trap stop EXIT

# ./lms run rebuilds with `mvn install` when a source is newer than the WAR; build the jars and the
# WAR here with package instead, so the shared Maven repository is never written
if [ ! -f "$ROOT/lms-web/target/lms-web.war" ] \
   || [ -n "$(cd "$ROOT" && find pom.xml */pom.xml */src -newer lms-web/target/lms-web.war -type f 2>/dev/null | head -n 1)" ]; then
  echo "bench: building (mvn -o package)"
  ( cd "$ROOT" && mvn -o -q -B -DskipTests package )
fi
M2=${MAVEN_REPO:-$HOME/.m2/repository}
CP=$(ls "$ROOT"/site-sync/target/site-sync-*.jar | grep -v -- -tests | head -1)
CP=$CP:$(ls "$ROOT"/lms-content/target/lms-content-*.jar | grep -v -- -tests | head -1)
CP=$CP:$M2/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar:$M2/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar
CP=$CP:$ROOT/lms-web/target/runtime/mysql-connector-j.jar
for f in ${CP//:/ }; do [ -f "$f" ] || { echo "bench: $f is missing" >&2; exit 2; }; done

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start;" \
  "$(java -version 2>&1 | head -1); MariaDB $(mysql -h127.0.0.1 -uroot -N -B -e 'SELECT VERSION()')"
echo "run: $RECORDS records from $CLIENTS client threads, warm-up $WARMUP records; $(date -u '+%Y-%m-%d %H:%M UTC')"
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'lms_bench'@'localhost' IDENTIFIED BY 'bench-2026'; CREATE USER IF NOT EXISTS 'lms_bench'@'127.0.0.1' IDENTIFIED BY 'bench-2026';
  GRANT ALL ON $DB.* TO 'lms_bench'@'localhost'; GRANT ALL ON $DB.* TO 'lms_bench'@'127.0.0.1';"
start_platform "$NAME" LMS_DB_URL=jdbc:mysql://127.0.0.1:3306/$DB LMS_DB_USER=lms_bench LMS_DB_PASSWORD=bench-2026 \
  LMS_DEMO=true LMS_JAVA_OPTS="-Xmx2g ${BENCH_JAVA_OPTS:-}"
wait_ready
echo "database: $(grep -o 'LMS database: [^ ]* [^ ]*' "$BENCH_DIR/$NAME.log" | head -1)"
rm -rf "$OUT" && mkdir -p "$OUT"

if [ "${BENCH_PROFILE:-0}" = 1 ]; then
  server=$(pgrep -f "rootdir $BENCH_DIR/$NAME/payara" | head -1)
  ( until [ -f "$OUT/center.started" ]; do sleep 1; done
    sleep 10
    i=0
    while [ ! -f "$OUT/center.done" ] && [ $i -lt 60 ]; do
      i=$(( i + 1 ))
      jstack "$server" >"$OUT/dump$i.txt" 2>/dev/null || true
      mysql -h127.0.0.1 -uroot -N -B -e "SELECT command, state, LEFT(REPLACE(info, '\n', ' '), 90) FROM information_schema.processlist
        WHERE db = '$DB' AND command <> 'Sleep'" >"$OUT/processlist$i.txt" 2>/dev/null || true
      sleep "${BENCH_PROFILE_EVERY:-10}"
    done ) &
  profiler=$!
fi

BENCH_SERVER_PID=$(pgrep -f "rootdir $BENCH_DIR/$NAME/payara" | head -1) BENCH_MYSQLD_PID=$(pgrep -x mariadbd || pgrep -x mysqld || true)
export BENCH_SERVER_PID BENCH_MYSQLD_PID
set +o pipefail
java -Xmx4g -cp "$CP" "$ROOT/bench/StationLoad.java" \
  "jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionTimeZone=UTC" \
  lms_bench bench-2026 "http://localhost:$PORT" "$RECORDS" "$CLIENTS" "$WARMUP" "$OUT" | tee "$OUT/load.log"
status=${PIPESTATUS[0]}
set -o pipefail
[ -f "$OUT/resync.body" ] || { echo "bench: the load did not finish (exit $status); see above and $BENCH_DIR/$NAME.log" >&2; exit 1; }

# re-sync with nothing new, as a station's cycle does it: no batch (its outbox is empty, so
# StationSync.push sends nothing), then one signed master-data request with its current version
resync=$(curl -sS -o "$OUT/resync.answer" -w '%{http_code} %{size_request} %{size_upload} %{size_header} %{size_download} %{time_total}' \
  -A "Java-http-client/$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p')" -H 'Content-Type: application/json' \
  -H 'Accept-Language: zh-CN' -H "X-Sync-Station: $(cat "$OUT/resync.station")" -H "X-Sync-Signature: $(cat "$OUT/resync.signature")" \
  --data-binary @"$OUT/resync.body" "http://localhost:$PORT/api/sync/master")
read -r code req up hdr down secs <<<"$resync"

# the crediting worker's pace after the push (it books each applied attendance in its own transaction)
credited() { mysql -h127.0.0.1 -uroot -N -B $DB -e "SELECT COUNT(*) FROM group_attendance WHERE credit_state = 'DONE'"; }
c1=$(credited); sleep 30; c2=$(credited)
pending=$(mysql -h127.0.0.1 -uroot -N -B $DB -e "SELECT COUNT(*) FROM group_attendance WHERE credit_state = 'PENDING'")

r() { grep "^RESULT $1 " "$OUT/load.log" | head -1; }
base=$(r baseline) center=$(r center) enrol=$(r enrol)
echo
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "enrolment over REST             $(field "$enrol" stations) stations in $(field "$enrol" seconds) s, $(field "$enrol" retried) enrolments retried after a 5xx" \
  "($(grep -c '^jakarta.ejb.EJBException: .*Deadlock found' "$BENCH_DIR/$NAME.log" || true) deadlocks in the server log)"
echo "baseline (JDBC into copies)     $(field "$base" records) records in $(field "$base" seconds) s: $(field "$base" rps) records/s"
echo "center (signed batches, REST)   $(field "$center" records) records in $(field "$center" seconds) s: $(field "$center" rps) records/s;" \
  "batch answered p50 $(field "$center" p50_ms) ms, p95 $(field "$center" p95_ms) ms, p99 $(field "$center" p99_ms) ms"
echo "                                applied $(field "$center" applied), quarantined $(field "$center" quarantined), failed pushes $(field "$center" failures);" \
  "sync_inbox holds $(field "$center" held) rows of these stations (exactly RECORDS: $(field "$center" exact))"
echo "CPU seconds, baseline phase     $(grep -o 'during the baseline: .*' "$OUT/load.log" | cut -d: -f2-)"
echo "CPU seconds, center phase       $(grep -o "during the center's push: .*" "$OUT/load.log" | cut -d: -f2-)"
echo "crediting worker                $c1 attendances credited after the push, $c2 thirty seconds later ($(( (c2 - c1) / 30 ))/s); $pending pending"
echo "re-sync with nothing new        1 request (no batch: nothing waiting); HTTP $code; request $req B headers + $up B body = $(( req + up )) B;" \
  "response $hdr B headers + $down B body = $(( hdr + down )) B; $(awk -v s="$secs" 'BEGIN { printf "%.1f", s * 1000 }') ms; answer $(cat "$OUT/resync.answer")"
[ "${BENCH_PROFILE:-0}" != 1 ] || { python3 "$ROOT/bench/stacks.py" "$OUT"/dump*.txt;
  echo "crediting worker inside StationCredits.run in $(grep -l 'StationCredits.run' "$OUT"/dump*.txt | wc -l) of $(ls "$OUT"/dump*.txt | wc -l) dumps"; echo "MariaDB, statements running at the samples:";
  cat "$OUT"/processlist*.txt | cut -f2,3 | sed 's/  */ /g' | cut -c1-80 | sort | uniq -c | sort -rn | head -12; }
awk -v b="$(field "$base" rps)" -v c="$(field "$center" rps)" -v e="$(field "$center" exact)" -v u="$(grep -c '"changed":false' "$OUT/resync.answer")" 'BEGIN {
  printf "center/baseline %.2f (target >= 0.5): %s\n", c / b, (c / b >= 0.5) ? "met" : "NOT met"
  printf "re-sync with nothing new is one small request: %s\n", (u == 1) ? "yes" : "NO"
  if (e != "true") print "THE FIGURES ABOVE ARE NOT VALID: the center does not hold exactly the records pushed"
}'
exit "$status"
