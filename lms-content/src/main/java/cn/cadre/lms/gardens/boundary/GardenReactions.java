package cn.cadre.lms.gardens.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.gardens.control.GardenHtml;
import cn.cadre.lms.gardens.control.PostView;
import cn.cadre.lms.gardens.entity.GardenComment;
import cn.cadre.lms.gardens.entity.GardenLike;
import cn.cadre.lms.gardens.entity.GardenPost;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * What readers do with a post: comment, like (a toggle, one like per person) and, for keepers,
 * feature the best reflections. None of it changes what the search index holds.
 */
@Stateless
public class GardenReactions {

  @PersistenceContext EntityManager em;
  // every module's groups (course and class members, ...), as the search asks them
  @Inject ReaderGroups groups;

  public PostView.CommentView comment(Actor actor, long gardenId, long postId, String body) {
    Place place = Place.of(em, groups, actor, gardenId);
    GardenPost p = place.post(em, postId);
    GardenComment c = new GardenComment(p, place.standing(), GardenHtml.light(body, "body"), Place.now());
    em.persist(c);
    return new PostView.CommentView(c.id(), p.id(), actor.personId(), actor.displayName(), c.body(),
        PostViews.utc(c.createdAt()));
  }

  /** Likes the post, or takes the caller's like back; answers the new state and count. */
  public PostView.LikeState toggleLike(Actor actor, long gardenId, long postId) {
    Place place = Place.of(em, groups, actor, gardenId);
    GardenPost p = place.post(em, postId);
    GardenLike existing = em.find(GardenLike.class, new GardenLike.Key(postId, actor.personId()));
    boolean liked = p.toggleLike(place.standing(), existing != null);
    try {
      if (liked) {
        em.persist(new GardenLike(p, actor.personId(), Place.now()));
      } else {
        em.remove(existing);
      }
      em.flush();
    } catch (PersistenceException e) {
      // a double click racing itself: the key kept the first like; the second is told to reload
      throw LmsException.conflict("problem.staleVersion");
    }
    long likes = em.createQuery("SELECT COUNT(l) FROM GardenLike l WHERE l.postId = :p", Long.class)
        .setParameter("p", postId).getSingleResult();
    return new PostView.LikeState(postId, liked, likes);
  }

  public PostView feature(Actor actor, long gardenId, long postId, boolean featured) {
    Place place = Place.of(em, groups, actor, gardenId);
    GardenPost p = place.post(em, postId);
    p.feature(place.standing(), featured, Place.now());
    em.flush();
    return new PostViews(em, place).one(p);
  }
}
