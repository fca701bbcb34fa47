#!/usr/bin/env python3
"""Where the request threads of a Payara Micro spend their time, from jstack dumps.

  stacks.py DUMP...   for every http-thread-pool thread that is serving a request (not waiting for
                      one), the innermost frame of the platform (cn.cadre) and the innermost frame
                      below it that is not the JDK's, counted over all dumps, most frequent first;
                      then, inclusively, the platform's and Lucene's methods found anywhere on those
                      threads' stacks (a method counted once per sample), most frequent first.
"""
import re
import sys
from collections import Counter

IDLE = ("SyncThreadWorker.getTask", "LinkedTransferQueue", "ThreadPoolExecutor.getTask", "LinkedBlockingQueue.take", "SelectorRunner")
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.proxy")


def threads(text):
    for block in text.split("\n\n"):
        if block.startswith('"http-thread-pool'):
            yield [m.group(1) for m in re.finditer(r"^\s+at (\S+)\(", block, re.M)]


def main(paths):
    busy, idle, inclusive = Counter(), 0, Counter()
    for path in paths:
        for frames in threads(open(path, errors="replace").read()):
            if not frames or any(i in f for f in frames[:6] for i in IDLE):
                idle += 1
                continue
            own = next((f for f in frames if f.startswith("cn.cadre")), "-")
            lib = next((f for f in frames if not f.startswith(JDK)), frames[0])
            busy[(own, lib)] += 1
            inclusive.update(set(f for f in frames if f.startswith(("cn.cadre", "org.apache.lucene"))))
    total = sum(busy.values())
    print("request threads sampled: %d busy, %d idle" % (total, idle))
    for (own, lib), n in busy.most_common(15):
        print("%5.1f%%  %s  <-  %s" % (100.0 * n / max(total, 1), lib, own))
    print("inclusive (a method anywhere on a busy stack):")
    for frame, n in inclusive.most_common(25):
        print("%5.1f%%  %s" % (100.0 * n / max(total, 1), frame))


if __name__ == "__main__":
    main(sys.argv[1:])
