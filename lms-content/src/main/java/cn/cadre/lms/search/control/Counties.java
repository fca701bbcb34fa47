package cn.cadre.lms.search.control;

/**
 * The county (county or district) an organisation path lies in, for the county filter: the first
 * six-digit division code below the city. City codes end in 00 and province codes in 0000, county
 * codes never do, so the rule holds for a city tree and a province tree alike.
 */
public final class Counties {

  private Counties() {}

  /** The county's code, or null for a path at the city or province itself. */
  public static String of(String path) {
    if (path == null) {
      return null;
    }
    for (String segment : path.split("/")) {
      if (segment.length() == 6 && segment.chars().allMatch(Character::isDigit) && !segment.endsWith("00")) {
        return segment;
      }
    }
    return null;
  }
}
