package cn.cadre.lms.gardens.control;

import cn.cadre.lms.gardens.entity.Garden;
import cn.cadre.lms.gardens.entity.GardenAudience;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.Searchable;
import java.time.Instant;

/** Garden posts as the search index sees them: each carries its garden's audience and groups. */
public final class GardenSearch {

  private GardenSearch() {}

  public static Searchable post(GardenAudience a, long gardenId, long postId, String title, String text,
      Instant at) {
    return new Searchable(SearchKind.GARDEN_POST, postId, title, text, a.path(), a.groups(), a.countyCode(), at,
        link(gardenId, postId));
  }

  /** The garden page, scrolled to the post. */
  public static String link(long gardenId, long postId) {
    return "garden.xhtml?id=" + gardenId + "#post-" + postId;
  }

  /**
   * A stand-in for any post of the garden: whoever sees it sees every post there, since posts carry
   * nothing of their own that visibility reads.
   */
  static Searchable probe(Garden g) {
    return post(g.audience(), g.id() == null ? 0 : g.id(), 0, g.name(), "", Instant.EPOCH);
  }
}
