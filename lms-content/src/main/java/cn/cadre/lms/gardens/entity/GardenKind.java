package cn.cadre.lms.gardens.entity;

/**
 * Whose learning space a garden is, which decides its audience: every cadre of the city, a
 * county's cadres, a unit's, the cadres enrolled in a course, or a special class's members.
 * Listed from the widest audience to the narrowest, the order lists show them in.
 */
public enum GardenKind {
  CITY,
  COUNTY,
  UNIT,
  COURSE,
  SPECIAL_CLASS
}
