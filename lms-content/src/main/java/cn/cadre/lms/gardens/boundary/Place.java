package cn.cadre.lms.gardens.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.gardens.control.GardenAccess;
import cn.cadre.lms.gardens.control.Reader;
import cn.cadre.lms.gardens.entity.Garden;
import cn.cadre.lms.gardens.entity.GardenPost;
import cn.cadre.lms.gardens.entity.Standing;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A garden the caller reads, with the caller's standing in it: where every garden boundary starts.
 * A garden or post the caller may not see answers exactly like an unknown one (404).
 */
record Place(Reader reader, Garden garden, Standing standing) {

  /** The caller, whose groups are the union of every module's answer, asked only if a garden needs them. */
  static Reader reader(EntityManager em, ReaderGroups groups, Actor actor) {
    Cadre cadre = actor.cadreId() == null ? null : em.find(Cadre.class, actor.cadreId());
    if (cadre == null) {
      return new Reader(actor, null, Set::of);
    }
    return new Reader(actor, cadre.path(), () -> groups.of(cadre.id()));
  }

  static Place of(EntityManager em, Reader reader, long gardenId) {
    Garden g = em.find(Garden.class, gardenId);
    if (g == null) {
      throw LmsException.notFound("garden");
    }
    Standing s = GardenAccess.standing(reader, g);
    g.requireReader(s);
    return new Place(reader, g, s);
  }

  static Place of(EntityManager em, ReaderGroups groups, Actor actor, long gardenId) {
    return of(em, reader(em, groups, actor), gardenId);
  }

  /** A post of this garden; a post of another garden is not found here. */
  GardenPost post(EntityManager em, long postId) {
    GardenPost p = em.find(GardenPost.class, postId);
    if (p == null || !p.gardenId().equals(garden.id())) {
      throw LmsException.notFound("gardenPost");
    }
    return p;
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }
}
