package cn.cadre.lms.directory.entity;

/** The four levels of the training system: city, county or district, township, village. */
public enum Tier {
  CITY,
  COUNTY,
  TOWNSHIP,
  VILLAGE;

  /** The tier a child of this tier must have, or null for a village (it has no child nodes). */
  public Tier childTier() {
    return this == VILLAGE ? null : values()[ordinal() + 1];
  }
}
