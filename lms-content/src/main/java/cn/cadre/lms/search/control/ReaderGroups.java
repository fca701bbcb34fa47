package cn.cadre.lms.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * The groups a cadre belongs to, asked of every module that has groups (the catalog's special
 * classes and courses), once for every reader of a board, a garden or the search index: an item
 * that names a group is read by its members whichever module keeps them.
 */
@ApplicationScoped
public class ReaderGroups {

  @Inject @Any Instance<SearchGroups> modules;

  public Set<String> of(long cadreId) {
    Set<String> groups = new HashSet<>();
    modules.forEach(m -> groups.addAll(m.groupsOf(cadreId)));
    return groups;
  }
}
