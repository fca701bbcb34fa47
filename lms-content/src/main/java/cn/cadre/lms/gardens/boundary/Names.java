package cn.cadre.lms.gardens.boundary;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** People's display names by account id, read in one statement for a whole page. */
final class Names {

  private Names() {}

  static Map<Long, String> of(EntityManager em, Collection<Long> personIds) {
    Map<Long, String> out = new HashMap<>();
    List<Long> ids = personIds.stream().distinct().toList();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT p.id, p.displayName FROM Person p WHERE p.id IN :ids", Object[].class)
          .setParameter("ids", ids).getResultList()
          .forEach(r -> out.put(((Number) r[0]).longValue(), (String) r[1]));
    }
    return out;
  }
}
