package cn.cadre.lms.gardens.entity;

import cn.cadre.lms.directory.entity.OrgPath;
import java.util.Set;

/**
 * Who a garden is for, in the terms of the search contract's visibility rule: an organisation path,
 * and optionally a group ("course:7", "class:3") a cadre must also belong to. The county code
 * serves the search's county filter; the reference names the unit, county, course or class.
 */
public record GardenAudience(String path, String group, String countyCode, Long refId) {

  public GardenAudience {
    OrgPath.require(path);
    if (group != null && (group.isBlank() || group.length() > 40)) {
      throw new IllegalArgumentException("group name must be 1-40 characters: " + group);
    }
  }

  public Set<String> groups() {
    return group == null ? Set.of() : Set.of(group);
  }
}
