package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.forums.control.ForumSearchQuery;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchSource;
import cn.cadre.lms.search.control.Searchable;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The forums' side of the search contract: every post ordinary readers see, titled by its thread,
 * found by whoever reads its board. A hidden post, a post of a hidden thread and a post of a
 * withdrawn course's board are not returned, so the index drops them.
 */
@Stateless
public class ForumSearchSource implements SearchSource {

  @PersistenceContext EntityManager em;

  @Override
  public SearchKind kind() {
    return SearchKind.FORUM_POST;
  }

  @Override
  public List<Searchable> load(Collection<Long> ids) {
    return new ForumSearchQuery(em).byIds(ids);
  }

  /** The table in id order, a slice at a time, so a rebuild of 200,000 posts holds one slice. */
  @Override
  public void each(Consumer<Searchable> sink) {
    ForumSearchQuery q = new ForumSearchQuery(em);
    long after = 0;
    while (true) {
      List<Searchable> slice = q.after(after, ForumSearchQuery.SLICE);
      slice.forEach(sink);
      if (slice.size() < ForumSearchQuery.SLICE) {
        return;
      }
      // scalar rows, no managed entities: the persistence context does not grow between slices
      after = slice.get(slice.size() - 1).id();
    }
  }
}
