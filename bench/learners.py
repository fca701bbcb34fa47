#!/usr/bin/env python3
"""Simulated learners for bench/heartbeats.sh.

  learners.py tokens PEOPLE OUT_TOKENS OUT_SQL   "person_id" lines -> one API token each: the tokens
      for the load tool, and the SQL that stores their SHA-256 as api_token rows (as ApiTokens does),
      so 5,000 learners cost no password hashing.
"""
import base64
import hashlib
import os
import sys


def tokens(people, out_tokens, out_sql):
    ids = [line.strip() for line in open(people) if line.strip()]
    with open(out_tokens, "w") as t, open(out_sql, "w") as sql:
        for start in range(0, len(ids), 500):
            rows = []
            for pid in ids[start:start + 500]:
                token = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode()
                t.write(token + "\n")
                digest = hashlib.sha256(token.encode()).hexdigest()
                rows.append("('%s', %d, UTC_TIMESTAMP() + INTERVAL 12 HOUR)" % (digest, int(pid)))
            sql.write("INSERT INTO api_token (token_hash, person_id, expires_at) VALUES %s;\n" % ",".join(rows))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "tokens":
        tokens(*sys.argv[2:])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
