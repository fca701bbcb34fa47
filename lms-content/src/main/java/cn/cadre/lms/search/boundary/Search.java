package cn.cadre.lms.search.boundary;

import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.search.control.Readers;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.search.control.SearchHit;
import cn.cadre.lms.search.control.SearchRequest;
import cn.cadre.lms.search.control.Visibility;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The one way into search: a page of what the caller may see, the rebuild (center administrators
 * only) and the counties for the filter. Who the caller is for visibility: the own cadre record's
 * path, the groups every module reports for that cadre, and the read scope of the staff roles.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Search {

  @PersistenceContext EntityManager em;
  @Inject SearchIndexer indexer;
  @Inject ReaderGroups groups;

  public Page<SearchHit> search(Actor actor, SearchRequest request) {
    return indexer.index().search(request, visibility(actor));
  }

  public Rebuilt rebuild(Actor actor) {
    if (!actor.has(Role.CENTER_ADMIN)) {
      throw LmsException.forbidden();
    }
    return indexer.rebuild();
  }

  /** The counties and districts (code, name) for the county filter, in code order. */
  public List<County> counties() {
    return em.createQuery("SELECT n.code, n.name FROM OrgNode n WHERE n.tier = :t ORDER BY n.code", Object[].class)
        .setParameter("t", cn.cadre.lms.directory.entity.Tier.COUNTY)
        .getResultList().stream()
        .map(r -> new County((String) r[0], (String) r[1]))
        .toList();
  }

  /** A county or district as the filter shows it. */
  public record County(String code, String name) {}

  /** Who the caller is for visibility (also used by the benchmark's naive baseline, for the same filter). */
  public Visibility visibility(Actor actor) {
    if (actor.cadreId() == null) {
      return Visibility.of(actor, null, Set.of());
    }
    Readers.Cadre cadre = indexer.readers().of(actor.cadreId(), this::readCadre);
    return Visibility.of(actor, cadre.ownPath(), cadre.groups());
  }

  private Readers.Cadre readCadre(long cadreId) {
    Cadre cadre = em.find(Cadre.class, cadreId);
    return new Readers.Cadre(cadre == null ? null : cadre.path(), groups.of(cadreId));
  }
}
