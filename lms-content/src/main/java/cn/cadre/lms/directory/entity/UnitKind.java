package cn.cadre.lms.directory.entity;

/** Party and government organs, institutions, enterprises, township governments and village committees. */
public enum UnitKind {
  ORGAN, INSTITUTION, ENTERPRISE, TOWNSHIP_GOV, VILLAGE_COMMITTEE
}
