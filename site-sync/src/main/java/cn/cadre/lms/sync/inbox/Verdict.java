package cn.cadre.lms.sync.inbox;

/** The apply rules' answer for one record: applied, or quarantined with a reason and its detail. */
public record Verdict(Quarantine reason, String detail) {

  static final Verdict APPLY = new Verdict(null, null);

  public static Verdict quarantine(Quarantine reason, String detail) {
    return new Verdict(reason, detail);
  }

  public boolean applies() {
    return reason == null;
  }
}
