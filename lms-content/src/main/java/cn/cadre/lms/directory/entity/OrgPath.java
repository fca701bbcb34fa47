package cn.cadre.lms.directory.entity;

import java.util.regex.Pattern;

/**
 * Organisation paths: '/340600/340621/340621100/' for nodes, then 'u12/' for a unit and 's7/' for a
 * station. Every path starts and ends with '/', so a prefix match never confuses 3406 with 340600.
 */
public final class OrgPath {

  private static final Pattern PATH = Pattern.compile("(/[0-9a-z]{1,12})+/");
  private static final Pattern CODE = Pattern.compile("[0-9]{6,12}");

  private OrgPath() {}

  public static boolean isValid(String path) {
    return path != null && path.length() <= 200 && PATH.matcher(path).matches();
  }

  public static String require(String path) {
    if (!isValid(path)) {
      throw new IllegalArgumentException("not an organisation path: " + path);
    }
    return path;
  }

  public static boolean isDivisionCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  public static String child(String parentPath, String segment) {
    return require(require(parentPath) + segment + "/");
  }

  /** True when {@code path} lies at or under {@code prefix}. */
  public static boolean within(String path, String prefix) {
    return path != null && prefix != null && path.startsWith(prefix);
  }
}
