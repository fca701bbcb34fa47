package cn.cadre.lms.search.control;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A module's side of the search contract, one CDI bean per {@link SearchKind}: it loads its items
 * as {@link Searchable}s, by id after a change and all of them for a rebuild. An item that is gone,
 * hidden or withdrawn is simply not returned, and the index drops it.
 */
public interface SearchSource {

  SearchKind kind();

  /** The items with these ids that should be findable now; missing ids are removed from the index. */
  List<Searchable> load(Collection<Long> ids);

  /** Every findable item of this kind, streamed (a rebuild reads the whole table once). */
  void each(Consumer<Searchable> sink);
}
