package cn.cadre.lms.directory.entity;

/** Which organisation department manages the cadre and keeps the cadre's training archive. */
public enum Authority {
  CITY, COUNTY
}
