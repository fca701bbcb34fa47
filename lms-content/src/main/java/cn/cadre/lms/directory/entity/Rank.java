package cn.cadre.lms.directory.entity;

/**
 * A cadre's rank. The annual credit requirement follows it (60 required credits for county-level,
 * 50 for section-level and below by the 2026 rules); the figures themselves belong to each year's
 * credit rules, not to this enum.
 */
public enum Rank {
  COUNTY,
  SECTION,
  BELOW_SECTION
}
