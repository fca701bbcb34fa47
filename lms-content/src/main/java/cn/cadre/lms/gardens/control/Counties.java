package cn.cadre.lms.gardens.control;

import cn.cadre.lms.directory.entity.OrgNode;
import cn.cadre.lms.directory.entity.Tier;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** The county a path lies in, for the search's county filter, whatever level the tree starts at. */
public final class Counties {

  private Counties() {}

  /** The division code of the county the path lies in, or null above county level. */
  public static String codeOf(EntityManager em, String path) {
    return em.createQuery("SELECT n.code FROM OrgNode n WHERE n.path IN :p AND n.tier = :t", String.class)
        .setParameter("p", enclosing(path)).setParameter("t", Tier.COUNTY)
        .getResultStream().findFirst().orElse(null);
  }

  /** The county node of this division code, if there is one. */
  public static java.util.Optional<OrgNode> byCode(EntityManager em, String code) {
    return em.createQuery("SELECT n FROM OrgNode n WHERE n.code = :c AND n.tier = :t", OrgNode.class)
        .setParameter("c", code).setParameter("t", Tier.COUNTY).getResultStream().findFirst();
  }

  /** Every path at or above this one: '/340600/', '/340600/340621/', ... */
  public static List<String> enclosing(String path) {
    List<String> out = new ArrayList<>();
    if (path == null) {
      return out;
    }
    for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
      out.add(path.substring(0, i + 1));
    }
    return out;
  }
}
