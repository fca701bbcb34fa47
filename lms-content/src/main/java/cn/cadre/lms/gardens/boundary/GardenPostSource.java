package cn.cadre.lms.gardens.boundary;

import cn.cadre.lms.gardens.control.GardenPostRows;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.SearchSource;
import cn.cadre.lms.search.control.Searchable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The gardens' side of the search contract: reflections, reading lists and resources, each with its
 * garden's audience, so the index shows a post to exactly those who read the garden. It reads
 * committed rows on a connection of its own; the index calls it after the commit.
 */
@ApplicationScoped
public class GardenPostSource implements SearchSource {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Override
  public SearchKind kind() {
    return SearchKind.GARDEN_POST;
  }

  @Override
  public List<Searchable> load(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection()) {
      return GardenPostRows.load(c, ids);
    } catch (SQLException e) {
      throw new IllegalStateException("garden posts cannot be read for the search index", e);
    }
  }

  @Override
  public void each(Consumer<Searchable> sink) {
    try (Connection c = dataSource.getConnection()) {
      GardenPostRows.each(c, sink);
    } catch (SQLException e) {
      throw new IllegalStateException("garden posts cannot be read for the search index", e);
    }
  }
}
