package cn.cadre.lms.sync.protocol;

/** Why the center refused a whole batch, bundle or request; each has its HTTP status. */
public enum Refusal {
  UNKNOWN_STATION(403),
  REVOKED(403),
  SIGNATURE(403),
  MALFORMED(422),
  REPLAYED(409),
  GAP(409),
  SEQ_REUSED(409),
  TRUNCATED(422);

  private final int status;

  Refusal(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
