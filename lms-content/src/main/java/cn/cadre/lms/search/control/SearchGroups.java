package cn.cadre.lms.search.control;

import java.util.Set;

/**
 * A module's answer to "which of my groups does this cadre belong to", for {@link
 * Searchable#groups()}; the search asks every such bean for the reader and unions the answers.
 */
public interface SearchGroups {

  /** The group names ("class:7", "garden:12") the cadre belongs to; empty when none. */
  Set<String> groupsOf(long cadreId);
}
