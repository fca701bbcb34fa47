package cn.cadre.lms.directory.control;

/**
 * A row of the tree browser: a region node or a unit, with the number of cadres under it that the
 * caller may see.
 */
public record TreeEntry(
    String kind, long id, String code, String name, String tier, String path, long cadres,
    boolean hasChildren) {}
