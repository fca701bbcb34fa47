package cn.cadre.lms.directory.entity;

/** As recorded in the cadre's file. */
public enum Gender {
  MALE, FEMALE
}
