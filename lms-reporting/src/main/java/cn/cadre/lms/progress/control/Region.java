package cn.cadre.lms.progress.control;

/** A region node of the tree as the report names it: city, county or district, township, village. */
public record Region(long id, String code, String name, String tier, String path) {

  /** The path segment this region adds below {@code parentPath}: its code in the tree. */
  String segmentBelow(String parentPath) {
    return path.substring(parentPath.length(), path.length() - 1);
  }
}
