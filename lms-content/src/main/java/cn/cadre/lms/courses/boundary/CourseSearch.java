package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.search.control.Counties;
import cn.cadre.lms.common.PlainText;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchSource;
import cn.cadre.lms.search.control.Searchable;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The catalog's courses for search: published ones only (a draft or a withdrawn course is not
 * returned, so the index drops it), found by title, teacher, category and summary, by everyone
 * placed under the owner path, exactly as {@code CourseAccess} opens a published course.
 */
@Stateless
public class CourseSearch implements SearchSource {

  @PersistenceContext EntityManager em;

  @Override
  public SearchKind kind() {
    return SearchKind.COURSE;
  }

  @Override
  public List<Searchable> load(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT c FROM Course c WHERE c.id IN :ids AND c.status = :s", Course.class)
        .setParameter("ids", ids).setParameter("s", CourseStatus.PUBLISHED)
        .getResultList().stream().map(CourseSearch::of).toList();
  }

  @Override
  public void each(Consumer<Searchable> sink) {
    em.createQuery("SELECT c FROM Course c WHERE c.status = :s ORDER BY c.id", Course.class)
        .setParameter("s", CourseStatus.PUBLISHED)
        .getResultStream().map(CourseSearch::of).forEach(sink);
  }

  static Searchable of(Course c) {
    String text = c.teacher() + " " + c.category() + " " + PlainText.of(c.summary());
    return new Searchable(SearchKind.COURSE, c.id(), c.title(), text, c.ownerPath(), Set.of(),
        Counties.of(c.ownerPath()), c.publishedAt().toInstant(ZoneOffset.UTC), "course.xhtml?id=" + c.id());
  }
}
