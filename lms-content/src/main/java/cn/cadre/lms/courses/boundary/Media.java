package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.control.MediaStore;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.directory.control.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploads by authors, and downloads for whoever may see a course that uses the file (its lessons or
 * its cover) or uploaded it. A file id the caller may not see answers like an unknown one.
 */
@Stateless
public class Media {

  @PersistenceContext EntityManager em;
  @Inject MediaStore store;

  /** A stored file and where its bytes are. */
  public record Opened(MediaFile file, Path path) {}

  public MediaFile upload(Actor actor, String name, String declaredType, InputStream bytes) {
    if (CourseAccess.authorScope(actor).isEmpty()) {
      throw LmsException.forbidden();
    }
    MediaStore.Stored s = store.store(bytes, declaredType);
    MediaFile f = new MediaFile(s.id(), name, s.contentType(), s.size(), s.sha256(), actor.personId(),
        Courses.now());
    em.persist(f);
    return f;
  }

  /** The configured upload limit, so the REST layer can refuse a declared length before reading. */
  public long maxBytes() {
    return store.maxBytes();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Opened open(Actor actor, String id) {
    MediaFile f = id == null || id.length() != 36 ? null : em.find(MediaFile.class, id);
    if (f == null || !(f.uploadedBy() == actor.personId() || visible(actor, id))) {
      throw LmsException.notFound("media");
    }
    return new Opened(f, store.path(f.id()));
  }

  private boolean visible(Actor actor, String id) {
    List<Long> courseIds = new ArrayList<>(em.createQuery(
            "SELECT DISTINCT l.courseId FROM Lesson l WHERE l.mediaId = :m", Long.class)
        .setParameter("m", id).getResultList());
    courseIds.addAll(em.createQuery("SELECT c.id FROM Course c WHERE c.coverId = :m", Long.class)
        .setParameter("m", id).getResultList());
    String cadrePath = Lookup.cadrePath(em, actor);
    return courseIds.stream().map(cid -> em.find(Course.class, cid))
        .anyMatch(c -> c != null && CourseAccess.reads(actor, cadrePath, c));
  }
}
