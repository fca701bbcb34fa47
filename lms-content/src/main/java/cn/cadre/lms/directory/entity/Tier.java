package cn.cadre.lms.directory.entity;

/**
 * The levels of the training system. A city deployment's tree starts at CITY (Huaibei: city,
 * county or district, township, village); a province's starts at PROVINCE with its cities below,
 * on the same code.
 */
public enum Tier {
  PROVINCE,
  CITY,
  COUNTY,
  TOWNSHIP,
  VILLAGE;

  /** The tier a child of this tier must have, or null for a village (it has no child nodes). */
  public Tier childTier() {
    return this == VILLAGE ? null : values()[ordinal() + 1];
  }

  /** A tree may start at a province or at a city. */
  public boolean canBeRoot() {
    return this == PROVINCE || this == CITY;
  }
}
