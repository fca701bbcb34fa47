package cn.cadre.lms.search.control;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One item as the search index sees it, handed over by the module that owns it.
 *
 * <p>Who may find it is decided by two fields, the same way for every kind (see {@link
 * Visibility}):
 *
 * <ul>
 *   <li>{@code audiencePath}: the organisation path the item is meant for ("/340600/" the whole
 *       city, a county's path, a unit's path). A cadre whose own path lies at or under it may find
 *       it, and so may a staff member whose read scope covers it.
 *   <li>{@code groups}: when not empty, a cadre must also belong to one of these groups
 *       ("class:7" a special class, "garden:12" a garden's explicit members, ...); staff whose read
 *       scope covers the audience path still see it, since they moderate it.
 * </ul>
 *
 * @param kind what it is
 * @param id the owning module's id of the item
 * @param title the heading shown on a hit (a thread's title for each of its posts)
 * @param text the body as plain text, HTML already stripped (the index stores it for snippets)
 * @param audiencePath who it is for, an organisation path ending in '/'
 * @param groups the groups a cadre must belong to (one of them), or empty
 * @param countyCode the county's division code for the county filter ("340621"), or null when
 *     city-wide
 * @param at when it was written or last changed, for the date filter and newest-first ties
 * @param link the page that shows it, relative to the application ("course.xhtml?id=3")
 */
public record Searchable(
    SearchKind kind,
    long id,
    String title,
    String text,
    String audiencePath,
    Set<String> groups,
    String countyCode,
    Instant at,
    String link) {

  public Searchable {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(audiencePath, "audiencePath");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(link, "link");
    text = text == null ? "" : text;
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  /** The index's key for this item: kind and id. */
  public String key() {
    return key(kind, id);
  }

  public static String key(SearchKind kind, long id) {
    return kind.name() + ":" + id;
  }
}
