#!/usr/bin/env python3
"""Latency of a constant-rate (open-loop) wrk run of bench/heartbeats.lua, corrected for coordinated
omission.

  latency.py FILE...   files of "latency_us lateness_us status due_us" lines, one per reply (one
                       file per wrk thread); latency counts from the moment the request was due,
                       lateness is how long after that moment it went out, due_us the moment it was
                       due (a monotonic clock shared by the threads). Prints one line:
                       replies=N achieved_rps= co_p50_ms= co_p95_ms= co_p99_ms= co_max_ms= late=N
                       late_max_ms= co_non2xx=N
                       where achieved_rps is the replies over the time from the first request's due
                       moment to the last reply, and late counts requests sent more than 5 ms after
                       they were due (wrk's timers step by 1 ms; later than that, the connection was
                       still waiting for the previous reply, or the load tool was behind).
  latency.py --by-second FILE...
                       the same replies, one line per second of the run (by due moment): replies,
                       p99 and worst latency in ms; shows whether a tail is one stall or spread out.
"""
import sys

LATE_US = 5000


def percentile(ordered, p):
    """Nearest rank: the smallest value with at least p % of the values at or below it."""
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def by_second(paths):
    seconds = {}
    first_due = None
    rows = []
    for path in paths:
        for line in open(path):
            parts = line.split()
            if len(parts) == 4:
                rows.append((int(parts[3]), int(parts[0])))
    if not rows:
        return
    first_due = min(due for due, _ in rows)
    for due, latency in rows:
        seconds.setdefault((due - first_due) // 1000000, []).append(latency)
    for second in sorted(seconds):
        values = sorted(seconds[second])
        print("second=%d replies=%d p99_ms=%.1f max_ms=%.1f" % (
            second, len(values), percentile(values, 99) / 1000.0, values[-1] / 1000.0))


def main(paths):
    latencies, late, late_max, non2xx = [], 0, 0, 0
    first_due, last_reply = None, None
    for path in paths:
        for line in open(path):
            parts = line.split()
            if len(parts) != 4:
                continue
            latency, lateness, status, due = (int(x) for x in parts)
            first_due = due if first_due is None else min(first_due, due)
            last_reply = due + latency if last_reply is None else max(last_reply, due + latency)
            latencies.append(latency)
            if lateness > LATE_US:
                late += 1
            late_max = max(late_max, lateness)
            if not 200 <= status <= 299:
                non2xx += 1
    latencies.sort()
    ms = lambda us: us / 1000.0
    span = (last_reply - first_due) / 1e6 if latencies else 0
    print("replies=%d achieved_rps=%.0f co_p50_ms=%.2f co_p95_ms=%.2f co_p99_ms=%.2f co_max_ms=%.2f late=%d"
          " late_max_ms=%.2f co_non2xx=%d" % (
        len(latencies), len(latencies) / span if span > 0 else 0, ms(percentile(latencies, 50)), ms(percentile(latencies, 95)),
        ms(percentile(latencies, 99)), ms(latencies[-1] if latencies else 0), late, ms(late_max), non2xx))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--by-second"]:
        by_second(sys.argv[2:])
    else:
        main(sys.argv[1:])
