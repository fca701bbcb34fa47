package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.courses.entity.Lesson;
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
 * Lessons of published courses for search: the lesson's title and its rich-text body as plain
 * text, open to the course's audience, linking to the course page (a lesson opens from there, once
 * enrolled).
 */
@Stateless
public class LessonSearch implements SearchSource {

  private static final String PUBLISHED_LESSONS =
      "SELECT l, c FROM Lesson l, Course c WHERE c.id = l.courseId AND c.status = :s";

  @PersistenceContext EntityManager em;

  @Override
  public SearchKind kind() {
    return SearchKind.LESSON;
  }

  @Override
  public List<Searchable> load(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(PUBLISHED_LESSONS + " AND l.id IN :ids", Object[].class)
        .setParameter("s", CourseStatus.PUBLISHED).setParameter("ids", ids)
        .getResultList().stream().map(r -> of((Lesson) r[0], (Course) r[1])).toList();
  }

  @Override
  public void each(Consumer<Searchable> sink) {
    em.createQuery(PUBLISHED_LESSONS + " ORDER BY l.id", Object[].class)
        .setParameter("s", CourseStatus.PUBLISHED)
        .getResultStream().map(r -> of((Lesson) r[0], (Course) r[1])).forEach(sink);
  }

  static Searchable of(Lesson l, Course c) {
    return new Searchable(SearchKind.LESSON, l.id(), l.title(), PlainText.of(l.body()), c.ownerPath(), Set.of(),
        Counties.of(c.ownerPath()), c.publishedAt().toInstant(ZoneOffset.UTC), "course.xhtml?id=" + c.id());
  }
}
