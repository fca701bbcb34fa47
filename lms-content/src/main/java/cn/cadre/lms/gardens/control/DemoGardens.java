package cn.cadre.lms.gardens.control;

import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.directory.entity.OrgNode;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.gardens.entity.Garden;
import cn.cadre.lms.gardens.entity.GardenAudience;
import cn.cadre.lms.gardens.entity.GardenComment;
import cn.cadre.lms.gardens.entity.GardenLike;
import cn.cadre.lms.gardens.entity.GardenPost;
import cn.cadre.lms.gardens.entity.PostContent;
import cn.cadre.lms.gardens.entity.ReadingItem;
import cn.cadre.lms.gardens.entity.Standing;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plants the demo gardens ({@link DemoGardenTexts}) through the entities, in the caller's
 * transaction, each author's standing decided by the same rule as a real request: a demo post that
 * a real member could not write is not written. Needs the demo directory and catalog.
 */
public final class DemoGardens {

  private final EntityManager em;
  private final LocalDateTime now;
  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, Garden> gardens = new HashMap<>();
  private final Map<String, GardenPost> posts = new HashMap<>();

  private DemoGardens(EntityManager em, LocalDateTime now) {
    this.em = em;
    this.now = now;
  }

  /** Returns the ids of the posts written, for the search index. */
  public static List<Long> plant(EntityManager em, LocalDateTime now) {
    DemoGardens demo = new DemoGardens(em, now);
    DemoGardenTexts.GARDENS.forEach(demo::open);
    DemoGardenTexts.POSTS.forEach(demo::post);
    DemoGardenTexts.REACTIONS.forEach(demo::react);
    return demo.posts.values().stream().map(GardenPost::id).sorted().toList();
  }

  private void open(DemoGardenTexts.G g) {
    Actor opener = actor(g.opener()).orElseThrow();
    Garden garden = new Garden(g.kind(), g.name(), g.description(), audience(g.key()), opener.personId(),
        now.minusDays(30));
    em.persist(garden);
    gardens.put(g.key(), garden);
  }

  private GardenAudience audience(String key) {
    switch (key) {
      case "unit" -> {
        Cadre c = em.find(Cadre.class, actor("cadre").orElseThrow().cadreId());
        return new GardenAudience(c.unit().path(), null, Counties.codeOf(em, c.unit().path()), c.unit().id());
      }
      case "county" -> {
        OrgNode n = Counties.byCode(em, "340621").orElseThrow();
        return new GardenAudience(n.path(), null, n.code(), n.id());
      }
      default -> {
        return new GardenAudience(GardenAccess.centerPath(actor("admin").orElseThrow()), null, null, null);
      }
    }
  }

  private void post(DemoGardenTexts.P p) {
    Optional<Actor> author = actor(p.author());
    if (author.isEmpty()) {
      return;
    }
    Garden g = gardens.get(p.garden());
    List<ReadingItem> items = new ArrayList<>();
    for (String line : p.items()) {
      String[] parts = line.split("\\|", -1);
      items.add(new ReadingItem(items.size(), parts[0], blank(parts[1]), course(blank(parts[2]))));
    }
    LocalDateTime at = now.minusHours(p.hoursAgo());
    GardenPost post = new GardenPost(g, standing(author.get(), g), p.kind(),
        new PostContent(p.title(), GardenHtml.rich(p.body(), "body"), course(p.course()), p.url(), null, items), at);
    if (p.featuredBy() != null) {
      post.feature(standing(actor(p.featuredBy()).orElseThrow(), g), true, at.plusHours(5));
    }
    em.persist(post);
    posts.put(p.key(), post);
  }

  private void react(DemoGardenTexts.R r) {
    GardenPost post = posts.get(r.post());
    Optional<Actor> who = actor(r.author());
    if (post == null || who.isEmpty()) {
      return;
    }
    Standing s = standing(who.get(), gardens.values().stream().filter(g -> g.id().equals(post.gardenId()))
        .findFirst().orElseThrow());
    LocalDateTime at = now.minusHours(r.hoursAgo());
    if (r.text() == null) {
      post.toggleLike(s, false);
      em.persist(new GardenLike(post, s.personId(), at));
    } else {
      em.persist(new GardenComment(post, s, GardenHtml.light(r.text(), "body"), at));
    }
  }

  private Standing standing(Actor a, Garden g) {
    String path = a.cadreId() == null ? null : em.find(Cadre.class, a.cadreId()).path();
    return GardenAccess.standing(new Reader(a, path, java.util.Set::of), g);
  }

  /** A demo account, or for "suixi-cadre" / "duji-cadre" the first generated cadre there. */
  private Optional<Actor> actor(String key) {
    if (actors.containsKey(key)) {
      return Optional.of(actors.get(key));
    }
    Optional<Person> p = switch (key) {
      case "suixi-cadre" -> generated("/340600/340621/");
      case "duji-cadre" -> generated("/340600/340602/");
      default -> em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
          .setParameter("u", key).getResultStream().findFirst();
    };
    Optional<Actor> a = p.map(x -> new Actor(x.id(), x.username(), x.displayName(), x.cadreId(),
        x.grants().stream().map(g -> new Grant(g.role(), g.scopePath())).toList()));
    a.ifPresent(x -> actors.put(key, x));
    return a;
  }

  private Optional<Person> generated(String under) {
    return em.createQuery("SELECT p FROM Person p, Cadre c WHERE p.cadreId = c.id AND c.path LIKE :under"
            + " AND p.username LIKE 'c0%' ORDER BY p.id", Person.class)
        .setParameter("under", under + "%").setMaxResults(1).getResultStream().findFirst();
  }

  private Long course(String title) {
    return title == null ? null : em.createQuery("SELECT c FROM Course c WHERE c.title = :t", Course.class)
        .setParameter("t", title).getResultStream().findFirst().map(Course::id).orElse(null);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
