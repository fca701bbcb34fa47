package cn.cadre.lms.sync.inbox;

/** Why a record was kept but not applied; the stations page shows it with its detail. */
public enum Quarantine {
  NOT_IN_VILLAGE,
  UNKNOWN_CADRE,
  UNKNOWN_GUEST,
  UNKNOWN_SESSION,
  UNKNOWN_COURSE,
  ALREADY_ATTENDED,
  BAD_VALUE
}
