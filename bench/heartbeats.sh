#!/usr/bin/env bash
# Heartbeats of 5,000 simulated learners through REST, 20 connections (wrk, 2 threads), on MariaDB.
# In the same run, on the same server and with the same 5,000 callers (bearer tokens rotated):
#   baseline  GET /api/me: authenticated, no table touched, i.e. what the stack itself costs per call
#   heartbeat POST /api/study/sessions/{id}/beats: judged in memory, stored every 5 s in batches
#   naive     POST /api/bench/naive-beats/{id}: one SELECT of the owner, one INSERT per heartbeat,
#             its own transaction (BenchResource; exists only with lms.bench.endpoints=true)
# Usage: bench/heartbeats.sh [SECONDS]
# Targets: heartbeat/baseline rate >= 0.5, heartbeat p99 < 50 ms, heartbeat/naive rate > 1.
# BENCH_HEARTBEAT_SECONDS (default 8) is the platform's heartbeat interval for the run: a session
# must be beaten at least every 3 intervals (else it expires: 404/409) and at most every half
# interval (else 429), so one rotation through the 5,000 sessions must take 0.5-3 intervals, i.e.
# 208-1,250 heartbeats/s at 8 s; see docs/benchmarks.md. BENCH_PROFILE=1 takes 8 thread dumps
# during the measured heartbeat run and prints where the request threads were (bench/stacks.py).
set -euo pipefail
source "$(dirname "$0")/common.sh"
need wrk wrk
need mysql mariadb-client
need python3 python3
SECS=${1:-30}
LEARNERS=${BENCH_LEARNERS:-5000}
HB=${BENCH_HEARTBEAT_SECONDS:-8}
DATA=$BENCH_DIR/heartbeats-run
SQL=(mysql -h127.0.0.1 -uroot -N -B lms_bench)
opener=
cleanup() {
  [ -z "$opener" ] || kill "$opener" 2>/dev/null || true
  stop_platform heartbeats
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS lms_bench" || true
}
trap cleanup EXIT
rm -rf "$DATA" && mkdir -p "$DATA"

mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS lms_bench; CREATE DATABASE lms_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'lms_bench'@'localhost' IDENTIFIED BY 'bench-2026'; CREATE USER IF NOT EXISTS 'lms_bench'@'127.0.0.1' IDENTIFIED BY 'bench-2026';
  GRANT ALL ON lms_bench.* TO 'lms_bench'@'localhost'; GRANT ALL ON lms_bench.* TO 'lms_bench'@'127.0.0.1';"
start_platform heartbeats LMS_DB_URL=jdbc:mysql://127.0.0.1:3306/lms_bench LMS_DB_USER=lms_bench LMS_DB_PASSWORD=bench-2026 \
  LMS_DEMO=true LMS_DEMO_CADRES="$LEARNERS" \
  LMS_JAVA_OPTS="-Xmx1g -Dlms.bench.endpoints=true -Dlms.tracking.heartbeat-seconds=$HB"
wait_ready
echo "database: $(grep -o 'LMS database: [^ ]* [^ ]*' "$BENCH_DIR/heartbeats.log" | head -1)"
echo "heartbeat interval: $HB s (lms.tracking.heartbeat-seconds)"

# The learners: every cadre's own account, enrolled this (China) year in one published course of one
# hour-long video lesson, with an API token stored as ApiTokens stores it.
YEAR=$(TZ=Asia/Shanghai date +%Y)
"${SQL[@]}" -e "SELECT p.id FROM person p JOIN cadre c ON c.id = p.cadre_id ORDER BY p.id LIMIT $LEARNERS" >"$DATA/people"
[ "$(wc -l <"$DATA/people")" = "$LEARNERS" ] || { echo "bench: fewer than $LEARNERS cadre accounts" >&2; exit 1; }
"${SQL[@]}" -e "
  CREATE TABLE bench_heartbeat (id BIGINT AUTO_INCREMENT PRIMARY KEY, session_id VARCHAR(36) NOT NULL,
    cadre_id BIGINT NOT NULL, seq INT NOT NULL, sent_at BIGINT NOT NULL, received_at TIMESTAMP(3) NOT NULL,
    visible BOOLEAN NOT NULL, idle_seconds INT NOT NULL, position DOUBLE NULL, playing BOOLEAN NOT NULL,
    attention_answer VARCHAR(12) NULL, KEY ix_bench_heartbeat_session (session_id, seq));
  INSERT INTO course (id, title, teacher, category, summary, cover_id, credits, owner_path, status, attention_checks,
      created_by, created_at, published_at, version)
    SELECT 900000001, '心跳基准课程', '基准', '基准', '<p>bench</p>', NULL, 2.0, path, 'PUBLISHED', FALSE,
      (SELECT id FROM person WHERE username = 'admin'), UTC_TIMESTAMP(), UTC_TIMESTAMP(), 1
    FROM org_node WHERE parent_id IS NULL;
  INSERT INTO lesson (id, course_id, position, title, kind, length_seconds, media_id, media_url, body, pass_percent,
      max_attempts, version)
    VALUES (900000001, 900000001, 1, '第一讲', 'VIDEO', 36000, NULL, 'https://example.invalid/bench.mp4', NULL, NULL, NULL, 1);
  INSERT INTO enrolment (id, cadre_id, course_id, assessment_year, required, due_on, enrolled_at, completed_at, version)
    SELECT 900000000 + p.id, p.cadre_id, 900000001, $YEAR, TRUE, NULL, UTC_TIMESTAMP(), NULL, 1
    FROM person p JOIN cadre c ON c.id = p.cadre_id ORDER BY p.id LIMIT $LEARNERS;"
python3 "$ROOT/bench/learners.py" tokens "$DATA/people" "$DATA/tokens" "$DATA/tokens.sql"
"${SQL[@]}" <"$DATA/tokens.sql"
echo "learners: $LEARNERS cadres, enrolled, one API token each"

# run MODE SECONDS SEQ_BASE [SESSIONS]: wrk with heartbeats.lua, one connection per thread (so a
# reply is known to answer its thread's last request); prints the RESULT line
run() {
  MODE=$1 SEQ_BASE=$3 THREADS=20 SESSIONS=${4:-$DATA/sessions} LESSON=900000001 DUE=$(( 2 * HB )) \
    wrk -t20 -c20 -d"$2"s -s "$ROOT/bench/heartbeats.lua" "http://localhost:$PORT" | grep RESULT
}
# the sessions stay ACTIVE in memory after the heartbeat runs until they expire and are written;
# that write must not fall inside another measurement
settle() {
  for _ in $(seq 1 120); do
    [ "$("${SQL[@]}" -e "SELECT COUNT(*) FROM study_session WHERE status = 'ACTIVE'")" = 0 ] && return 0
    sleep 1
  done
  echo "bench: sessions still active after 120 s" >&2
}

awk '{ print $1 " - 0" }' "$DATA/tokens" >"$DATA/sessions"
for _ in $(seq 1 20); do head -1 "$DATA/tokens"; done | awk '{ print $1 " - 0" }' >"$DATA/one-caller"
# the trivial endpoint first, so the JIT and the token and caller caches are warm for everyone
run me 15 0 >/dev/null
# opening is slow (a few SQL statements and a commit each): one long wrk run opens them all while
# keeping the open ones beating; each wrk thread writes its learners once all have a session
opened_at=$(date +%s)
rm -f "$DATA"/open.*
MODE=open SEQ_BASE=1000000 THREADS=20 SESSIONS=$DATA/sessions LESSON=900000001 DUE=$(( 2 * HB )) OUT=$DATA/open \
  ROTATION=$DATA/sessions.next \
  wrk -t20 -c20 -d900s -s "$ROOT/bench/heartbeats.lua" "http://localhost:$PORT" >"$DATA/open.log" 2>&1 &
opener=$!
written() { find "$DATA" -name 'open.[0-9]*' ! -name '*.tmp'; }
until [ "$(written | wc -l)" = 20 ] && ! written | xargs cat | grep -q -- ' - '; do
  kill -0 "$opener" 2>/dev/null || { echo "bench: sessions not all open; see $DATA/open.log" >&2; exit 1; }
  sleep 1
done
kill -INT "$opener"; wait "$opener" 2>/dev/null || true
opener=
mv "$DATA/sessions.next" "$DATA/sessions"
echo "sessions: $(wc -l <"$DATA/sessions") opened in $(( $(date +%s) - opened_at )) s, the open ones beating meanwhile"
ROTATION=$DATA/sessions.next run beat 15 2000000 >/dev/null
mv "$DATA/sessions.next" "$DATA/sessions"
if [ "${BENCH_PROFILE:-0}" = 1 ]; then
  server=$(pgrep -f "rootdir $BENCH_DIR/heartbeats/payara" | head -1)
  ( sleep 3; for i in 1 2 3 4 5 6 7 8; do jstack "$server" >"$DATA/dump$i.txt" 2>/dev/null; sleep 1.5; done ) &
fi
beat=$(run beat "$SECS" 2100000)
held=$("${SQL[@]}" -e "SELECT GROUP_CONCAT(CONCAT(status, '=', n)) FROM (SELECT status, COUNT(*) n FROM study_session GROUP BY status) s")
settle
base=$(run me "$SECS" 0)
one=$(run me "$SECS" 0 "$DATA/one-caller")
run naive 15 2200000 >/dev/null
naive=$(run naive "$SECS" 2300000)

echo "baseline GET /api/me, one caller    $one"
echo "baseline GET /api/me, 5,000 callers $base"
echo "heartbeat (shipped)                 $beat"
echo "naive (a row per heartbeat)         $naive"
echo "verdicts stored: $("${SQL[@]}" -e "SELECT GROUP_CONCAT(CONCAT(reason, '=', s, 's') ORDER BY reason)
  FROM (SELECT reason, SUM(seconds) s FROM study_segment GROUP BY reason) r")"
[ "${BENCH_PROFILE:-0}" != 1 ] || python3 "$ROOT/bench/stacks.py" "$DATA"/dump*.txt
echo "sessions stored right after the heartbeat run: $held"
echo "sessions: $("${SQL[@]}" -e "SELECT GROUP_CONCAT(CONCAT(status, '=', n)) FROM (SELECT status, COUNT(*) n FROM study_session GROUP BY status) s");" \
  "naive rows: $("${SQL[@]}" -e "SELECT COUNT(*) FROM bench_heartbeat")"
# the target is judged against the faster of the two baselines
awk -v b="$(field "$base" rps)" -v o="$(field "$one" rps)" -v h="$(field "$beat" rps)" -v n="$(field "$naive" rps)" \
    -v p="$(field "$beat" p99_ms)" \
    -v e="$(( $(field "$base" non2xx) + $(field "$one" non2xx) + $(field "$beat" non2xx) + $(field "$naive" non2xx) ))" \
    -v s="$(( $(field "$base" errors) + $(field "$one" errors) + $(field "$beat" errors) + $(field "$naive" errors) ))" 'BEGIN {
  top = (o > b) ? o : b
  printf "heartbeat/baseline rate %.2f (5,000 callers %.2f, one caller %.2f; target >= 0.5): %s\n", h / top, h / b, h / o, (h / top >= 0.5) ? "met" : "NOT met"
  printf "heartbeat/naive rate %.2f (target > 1): %s\n", h / n, (h / n > 1) ? "met" : "NOT met"
  printf "heartbeat p99 %.1f ms (target < 50 ms): %s\n", p, (p < 50) ? "met" : "NOT met"
  printf "non-2xx replies %d, socket errors %d: %s\n", e, s, (e + s == 0) ? "none" : "THE FIGURES ABOVE ARE NOT VALID"
}'
