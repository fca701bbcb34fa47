package cn.cadre.lms.directory.control;

import cn.cadre.lms.directory.entity.Cadre;

/** A row of the people list: what the list shows of a cadre, read from the people index. */
public record CadreCard(
    long id, String name, String gender, long unitId, String unitName, String post, String rank,
    String authority, String status, String path, long version) {

  public static CadreCard of(Cadre c) {
    return new CadreCard(
        c.id(), c.name(), c.gender().name(), c.unitId(), c.unit().name(), c.post(), c.rank().name(),
        c.authority().name(), c.status().name(), c.path(), c.version());
  }
}
