#!/usr/bin/env bash
# Heartbeats of 5,000 simulated learners through REST, 20 connections (wrk, 2 threads), on MariaDB.
# In the same run, on the same server and with the same 5,000 callers (bearer tokens rotated):
#   baseline  GET /api/me: authenticated, no table touched, i.e. what the stack itself costs per call
#   heartbeat POST /api/study/sessions/{id}/beats: judged in memory, stored every 5 s in batches
#   naive     POST /api/bench/naive-beats/{id}: one SELECT of the owner, one INSERT per heartbeat,
#             its own transaction (BenchResource; exists only with lms.bench.endpoints=true)
# Usage: bench/heartbeats.sh [SECONDS]
# Targets: heartbeat/baseline rate >= 0.5, heartbeat/naive rate > 1 (saturation: 20 closed-loop
# connections, as fast as the server answers), and p99 < 50 ms while sustaining half the baseline's
# rate: the constant-rate phase offers the same 5,000 learners' heartbeats at R = 0.52 x the faster
# baseline, open loop (wrk2's -R: CR_THREADS threads of one connection, default 100, each on a fixed
# schedule), and reports p50/p95/p99 counted from when each request was due (corrected for
# coordinated omission), the achieved rate and the requests that went out late; GET /api/me is run at
# the same R as the latency baseline. BENCH_RATE_STEPS (e.g. "0.6 0.7") adds heartbeat runs at
# those fractions of the baseline after the one at 0.5, to find where the p99 stops being met.
# BENCH_HEARTBEAT_SECONDS (default 5) is the platform's heartbeat interval for the run: a session
# may be beaten at most every half interval (else 429), and a gap counts whole up to two intervals,
# so one rotation through the 5,000 sessions must take 0.6-2 intervals at the constant rate R (checked
# and printed before the constant-rate phase; 0.5 at saturation); sessions expire after
# BENCH_EXPIRE_SECONDS (60) without a heartbeat (lms.tracking.expire-intervals), longer than any
# phase of the load tool leaves one unbeaten; see docs/benchmarks.md. BENCH_PROFILE=1 takes 8 thread
# dumps during the measured saturation heartbeat run (BENCH_PROFILE=rate: during the constant-rate
# one) and prints where the request threads were (bench/stacks.py). BENCH_JAVA_OPTS adds JVM options
# (e.g. "-Xlog:gc:file=/tmp/gc.log" to see the collector's pauses). BENCH_SERVER_CPUS=0
# BENCH_LOAD_CPUS=1 keeps the load tool off the server's and MariaDB's core (bench/common.sh).
set -euo pipefail
source "$(dirname "$0")/common.sh"
need wrk wrk
need mysql mariadb-client
need python3 python3
SECS=${1:-30}
LEARNERS=${BENCH_LEARNERS:-5000}
HB=${BENCH_HEARTBEAT_SECONDS:-5}
# sessions expire after EXPIRE_INTERVALS intervals without a heartbeat (lms.tracking.expire-intervals):
# at least BENCH_EXPIRE_SECONDS (60), so that the load tool's slow phases (opening 5,000 sessions takes
# a minute on two shared cores) end no session; a heartbeat costs the same whatever the setting
EXPIRE_INTERVALS=$(( (${BENCH_EXPIRE_SECONDS:-60} + HB - 1) / HB ))
[ "$EXPIRE_INTERVALS" -ge 3 ] || EXPIRE_INTERVALS=3
EXPIRE=$(( EXPIRE_INTERVALS * HB ))
CR_THREADS=${BENCH_CR_THREADS:-100}
DATA=$BENCH_DIR/heartbeats-run
SQL=(mysql -h127.0.0.1 -uroot -N -B lms_bench)
opener=
cleanup() {
  [ -z "$opener" ] || kill "$opener" 2>/dev/null || true
  stop_platform heartbeats
  unpin_db
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS lms_bench" || true
}
trap cleanup EXIT
rm -rf "$DATA" && mkdir -p "$DATA"

mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS lms_bench; CREATE DATABASE lms_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'lms_bench'@'localhost' IDENTIFIED BY 'bench-2026'; CREATE USER IF NOT EXISTS 'lms_bench'@'127.0.0.1' IDENTIFIED BY 'bench-2026';
  GRANT ALL ON lms_bench.* TO 'lms_bench'@'localhost'; GRANT ALL ON lms_bench.* TO 'lms_bench'@'127.0.0.1';"
pin_db
start_platform heartbeats LMS_DB_URL=jdbc:mysql://127.0.0.1:3306/lms_bench LMS_DB_USER=lms_bench LMS_DB_PASSWORD=bench-2026 \
  LMS_DEMO=true LMS_DEMO_CADRES="$LEARNERS" \
  LMS_JAVA_OPTS="-Xmx1g -Dlms.bench.endpoints=true -Dlms.tracking.heartbeat-seconds=$HB -Dlms.tracking.expire-intervals=$EXPIRE_INTERVALS ${BENCH_JAVA_OPTS:-}"
wait_ready
echo "database: $(grep -o 'LMS database: [^ ]* [^ ]*' "$BENCH_DIR/heartbeats.log" | head -1)"
echo "heartbeat interval: $HB s (lms.tracking.heartbeat-seconds); a session expires after $EXPIRE s without one ($EXPIRE_INTERVALS intervals)"

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
  local before r
  before=$(cpu_now)
  r=$(MODE=$1 SEQ_BASE=$3 THREADS=20 SESSIONS=${4:-$DATA/sessions} LESSON=900000001 HB=$HB DUE=$(( 2 * HB )) REOPEN=${REOPEN:-} \
    "${LOAD[@]}" wrk -t20 -c20 -d"$2"s -s "$ROOT/bench/heartbeats.lua" "http://localhost:$PORT" | grep RESULT)
  echo "$r $(cpu_per_request "$before" "$(cpu_now)" "$(field "$r" requests)" server db)"
}
server_pid() { pgrep -f "rootdir $BENCH_DIR/heartbeats/payara" | head -1; }
# the CPU time so far of the server and of MariaDB, and the machine's (cpu_per_request reads two)
cpu_now() { cpu_sample "$(server_pid)" "$(db_pid)"; }
# rate_run MODE SECONDS SEQ_BASE RATE [SESSIONS]: the same, open loop at RATE requests/s from
# CR_THREADS connections (one per wrk thread) for SECONDS, the first second of it idle; prints
# "rate=RATE rps=... codes=..." (wrk's own rate, over the whole SECONDS) and the achieved rate and
# latencies corrected for coordinated omission (bench/latency.py)
rate_run() {
  local lat=$DATA/lat-$1-$3-$(basename "${5:-sessions}") r
  rm -f "$lat".*
  # the schedule starts 1 s from now on CLOCK_MONOTONIC (Python's time.monotonic), once wrk's threads are up
  # (the hand-over starts at once, START_IN_US=0: its first rotation must reach the sessions the open
  # phase beat last before they expire, and its own lateness is not measured)
  local before after out
  before=$(cpu_now)
  r=$(START=$(python3 -c "import time; print(int(time.monotonic() * 1e6) + ${START_IN_US:-1000000})") \
    MODE=$1 SEQ_BASE=$3 THREADS=$CR_THREADS RATE=$4 LAT=$lat SESSIONS=${5:-$DATA/sessions} LESSON=900000001 HB=$HB REOPEN=${REOPEN:-} \
    DUE=$(( 2 * HB )) "${LOAD[@]}" wrk -t"$CR_THREADS" -c"$CR_THREADS" -d"$2"s -s "$ROOT/bench/heartbeats.lua" "http://localhost:$PORT" | grep RESULT)
  after=$(cpu_now)
  out=$(python3 "$ROOT/bench/latency.py" "$lat".*)
  echo "rate=$4 rps=$(field "$r" rps) errors=$(field "$r" errors) non2xx=$(field "$r" non2xx) codes=$(field "$r" codes)" \
    "$out $(cpu_per_request "$before" "$after" "$(field "$out" replies)" server db)"
}
# fits RATE: 0 when one rotation through the learners at RATE leaves a margin inside the session
# rules (no sooner than 0.6 of an interval, so a request up to a tenth of an interval late is not
# refused with 429; no later than 2 intervals, the longest gap that still counts whole)
fits() { awk -v n="$LEARNERS" -v r="$1" -v hb="$HB" 'BEGIN { t = n / r; exit !(t >= 0.6 * hb && t <= 2 * hb) }'; }
# the sessions stay ACTIVE in memory after the heartbeat runs until they expire and are written;
# that write must not fall inside another measurement
settle() {
  for _ in $(seq 1 $(( 120 + EXPIRE ))); do
    [ "$("${SQL[@]}" -e "SELECT COUNT(*) FROM study_session WHERE status = 'ACTIVE'")" = 0 ] && return 0
    sleep 1
  done
  echo "bench: sessions still active after $(( 120 + EXPIRE )) s" >&2
}

awk '{ print $1 " - 0" }' "$DATA/tokens" >"$DATA/sessions"
for _ in $(seq 1 20); do head -1 "$DATA/tokens"; done | awk '{ print $1 " - 0" }' >"$DATA/one-caller"
for _ in $(seq 1 "$CR_THREADS"); do head -1 "$DATA/tokens"; done | awk '{ print $1 " - 0" }' >"$DATA/one-caller-cr"
# the trivial endpoint first, so the JIT and the token and caller caches are warm for everyone
run me 15 0 >/dev/null
# opening is slow (a few SQL statements and a commit each): one long wrk run opens them all while
# keeping the open ones beating; each wrk thread writes its learners once all have a session
open_sessions() {
  local opened_at
  opened_at=$(date +%s)
  awk '{ print $1 " - 0" }' "$DATA/tokens" >"$DATA/sessions"
  rm -f "$DATA"/open.*
  # the open ones are beaten, the one beaten longest ago first, once a third of the expiry has passed
  # since its last beat: opening goes at full speed, and no session expires however slow the phase
  MODE=open SEQ_BASE=$1 THREADS=20 SESSIONS=$DATA/sessions LESSON=900000001 HB=$HB DUE=$(( EXPIRE / 3 )) OUT=$DATA/open \
    ROTATION=$DATA/sessions.next \
    "${LOAD[@]}" wrk -t20 -c20 -d900s -s "$ROOT/bench/heartbeats.lua" "http://localhost:$PORT" >"$DATA/open.log" 2>&1 &
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
}
open_sessions 1000000
# the warm-up opens again any session that expired in the open phase (as the hand-over below does)
REOPEN=1 ROTATION=$DATA/sessions.next run beat 15 2000000 >/dev/null
mv "$DATA/sessions.next" "$DATA/sessions"
# 8 thread dumps, 1.5 s apart, from 3 s into the run that follows
profile() {
  local server
  server=$(server_pid)
  ( sleep 3; for i in 1 2 3 4 5 6 7 8; do jstack "$server" >"$DATA/dump$i.txt" 2>/dev/null; sleep 1.5; done ) &
}
[ "${BENCH_PROFILE:-0}" != 1 ] || profile
beat=$(run beat "$SECS" 2100000)
held=$("${SQL[@]}" -e "SELECT GROUP_CONCAT(CONCAT(status, '=', n)) FROM (SELECT status, COUNT(*) n FROM study_session GROUP BY status) s")
settle
base=$(run me "$SECS" 0)
one=$(run me "$SECS" 0 "$DATA/one-caller")
# constant rate: half the faster baseline, offered open loop; first the trivial endpoint at that rate
top=$(( $(field "$one" rps) > $(field "$base" rps) ? $(field "$one" rps) : $(field "$base" rps) ))
# 0.52, not 0.5: "sustained" allows 1 % below R, and what is sustained must still be half the baseline
RATE=$(( (top * 52 + 99) / 100 ))
echo "constant rate R = $RATE/s (0.52 of $top/s, the faster baseline): $CR_THREADS connections, each one request" \
  "every $(awk -v c="$CR_THREADS" -v r="$RATE" 'BEGIN { printf "%.0f", 1000 * c / r }') ms; one rotation through the" \
  "$LEARNERS learners takes $(awk -v n="$LEARNERS" -v r="$RATE" 'BEGIN { printf "%.2f", n / r }') s; interval $HB s" \
  "(a session is refused sooner than $(awk -v h="$HB" 'BEGIN { print h / 2 }') s, expires after $EXPIRE s)"
rate_ok=1
if ! fits "$RATE"; then
  rate_ok=0
  echo "bench: R = $RATE/s does not fit the heartbeat interval $HB s: run with BENCH_HEARTBEAT_SECONDS=" \
    "$(awk -v n="$LEARNERS" -v r="$RATE" 'BEGIN { printf "%d", n / r / 1.2 }')" >&2
fi
rme_one=$(rate_run me "$SECS" 0 "$RATE" "$DATA/one-caller-cr")
rme=$(rate_run me "$SECS" 0 "$RATE")
run naive 15 2200000 >/dev/null
naive=$(run naive "$SECS" 2300000)
# the heartbeats at R: the 5,000 sessions opened again, left alone for more than half an interval
# (the open phase beat them at its own pace), 10 s at R to hand the rotation over, then measured
open_sessions 2350000
# the open phase beat them at its own pace: a pause of more than half an interval, so the hand-over's
# first rotation is refused nowhere (429)
sleep $(( HB / 2 + 1 ))
# the hand-over would open again any session that had expired (none should, now that they expire
# after EXPIRE s), so the measured run starts with every session alive
START_IN_US=0 REOPEN=1 ROTATION=$DATA/sessions.next rate_run beat 10 2400000 "$RATE" >/dev/null
mv "$DATA/sessions.next" "$DATA/sessions"
[ "${BENCH_PROFILE:-0}" != rate ] || profile
rbeat=$(ROTATION=$DATA/sessions.next rate_run beat "$SECS" 2500000 "$RATE")
mv "$DATA/sessions.next" "$DATA/sessions"
# the naive design offered the same heartbeats at the same R: "beats the naive design" read at the
# rate the figure is read at, beside the saturation ratio (the same sessions; it never refuses one)
rnaive=$(rate_run naive "$SECS" 2550000 "$RATE")
steps=()
seq_base=2600000
for f in ${BENCH_RATE_STEPS:-}; do
  r=$(awk -v t="$top" -v f="$f" 'BEGIN { printf "%d", t * f + 0.5 }')
  if ! fits "$r"; then
    echo "bench: step $f (R = $r/s) does not fit the heartbeat interval $HB s; skipped" >&2
    continue
  fi
  steps+=("$f $(ROTATION=$DATA/sessions.next rate_run beat "$SECS" "$seq_base" "$r")")
  mv "$DATA/sessions.next" "$DATA/sessions"
  seq_base=$(( seq_base + 100000 ))
done

echo "baseline GET /api/me, one caller    $one"
echo "baseline GET /api/me, 5,000 callers $base"
echo "heartbeat (shipped)                 $beat"
echo "naive (a row per heartbeat)         $naive"
echo "constant rate, corrected for coordinated omission (latency from the moment each request was due):"
echo "  GET /api/me, one caller, at R     $rme_one"
echo "  GET /api/me, 5,000 callers, at R  $rme"
echo "  heartbeat at R                    $rbeat"
echo "  naive at R                        $rnaive"
for s in "${steps[@]}"; do
  echo "  heartbeat at ${s%% *} x baseline     ${s#* }"
done
echo "verdicts stored: $("${SQL[@]}" -e "SELECT GROUP_CONCAT(CONCAT(reason, '=', s, 's') ORDER BY reason)
  FROM (SELECT reason, SUM(seconds) s FROM study_segment GROUP BY reason) r")"
[ "${BENCH_PROFILE:-0}" = 0 ] || python3 "$ROOT/bench/stacks.py" "$DATA"/dump*.txt
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
# what a request costs, in CPU time of the server and the database together, at the same rate R: far
# steadier than latency on a shared machine, and what decides how much of the trivial endpoint's rate
# the heartbeat can sustain
awk -v hs="$(field "$rbeat" cpu_server_ms)" -v hd="$(field "$rbeat" cpu_db_ms)" \
    -v os="$(field "$rme_one" cpu_server_ms)" -v od="$(field "$rme_one" cpu_db_ms)" \
    -v ms="$(field "$rme" cpu_server_ms)" -v md="$(field "$rme" cpu_db_ms)" 'BEGIN {
  printf "CPU per request at R (server + database): heartbeat %.3f ms, GET /api/me %.3f ms (one caller) / %.3f ms (5,000 callers): heartbeat = %.2f x the trivial endpoint (5,000 callers)\n", hs + hd, os + od, ms + md, (hs + hd) / (ms + md)
}'
awk -v ha="$(field "$rbeat" achieved_rps)" -v hp="$(field "$rbeat" co_p99_ms)" \
    -v hc="$(field "$rbeat" cpu_server_ms) $(field "$rbeat" cpu_db_ms)" \
    -v na="$(field "$rnaive" achieved_rps)" -v np="$(field "$rnaive" co_p99_ms)" \
    -v nc="$(field "$rnaive" cpu_server_ms) $(field "$rnaive" cpu_db_ms)" -v r="$RATE" 'BEGIN {
  split(hc, h, " "); split(nc, n, " ")
  printf "at R = %d/s: heartbeat answered %d/s, p99 %.1f ms, %.3f ms CPU a request; naive answered %d/s, p99 %.1f ms, %.3f ms CPU a request: %s\n", r, ha, hp, h[1] + h[2], na, np, n[1] + n[2], (ha >= 0.99 * r && hp <= np && h[1] + h[2] < n[1] + n[2]) ? "beats the naive design (R sustained, p99 and CPU no worse)" : "does NOT beat the naive design on all of R sustained, p99 and CPU"
}'
# at the constant rate: the offered R sustained (replies at >= 0.99 R) and the corrected p99 under 50 ms
awk -v r="$RATE" -v t="$top" -v a="$(field "$rbeat" achieved_rps)" -v p="$(field "$rbeat" co_p99_ms)" \
    -v l="$(field "$rbeat" late)" -v n="$(field "$rbeat" replies)" -v ok="$rate_ok" \
    -v e="$(( $(field "$rbeat" non2xx) + $(field "$rbeat" errors) + $(field "$rme" non2xx) + $(field "$rme" errors) + $(field "$rme_one" non2xx) + $(field "$rme_one" errors) ))" 'BEGIN {
  printf "constant rate R = %d/s = 0.52 x %d/s: heartbeats answered at %d/s (%.3f of R, %.3f of the baseline), %d of %d sent late: %s\n", r, t, a, a / r, a / t, l, n, (a >= 0.99 * r && a >= 0.5 * t) ? "sustained, at least half the baseline" : "NOT sustained"
  printf "heartbeat p99 at R %.1f ms, corrected for coordinated omission (target < 50 ms): %s\n", p, (p < 50) ? "met" : "NOT met"
  printf "constant-rate runs: non-2xx replies and socket errors %d, R within the session rules: %s: %s\n", e, ok ? "yes" : "no", (e == 0 && ok) ? "valid" : "THE CONSTANT-RATE FIGURES ARE NOT VALID"
}'
