package cn.cadre.lms.progress.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.credits.control.RuleBook;
import cn.cadre.lms.credits.entity.CreditRules;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.progress.control.LevelTotals;
import cn.cadre.lms.progress.control.ProgressView;
import cn.cadre.lms.progress.control.Region;
import cn.cadre.lms.progress.control.Regions;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The progress of study time and credits, one level of the tree at a time, within the caller's
 * read scope: the center from the city down, a sub-center its county, a station operator the
 * village, a liaison the unit. A node that does not meet the scope answers 404, like an unknown
 * one; a caller who reads no one gets an empty view.
 */
@Stateless
public class ProgressReport {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  /** The level at {@code nodeId}, or where the caller's view starts when it is null. */
  public ProgressView level(Actor actor, Long nodeId, int year) {
    Scope scope = actor.readScope();
    try (Connection c = dataSource.getConnection()) {
      Region top = Regions.top(c, scope).orElse(null);
      if (top == null) {
        if (nodeId != null) {
          throw LmsException.notFound("node");
        }
        return ProgressView.empty(year);
      }
      Region node = nodeId == null ? top : Regions.find(c, nodeId)
          .filter(n -> !scope.within(n.path()).isEmpty())
          .orElseThrow(() -> LmsException.notFound("node"));
      Scope cut = scope.within(node.path());
      CreditRules rules = RuleBook.forYear(c, year).orElseThrow(() -> LmsException.notFound("creditRules"));
      return ProgressView.of(year, node, ProgressView.trail(Regions.enclosing(c, node.path()), top),
          Regions.children(c, node.id()), cut, LevelTotals.of(c, node.path(), cut, rules, year));
    } catch (SQLException e) {
      throw new IllegalStateException("progress: " + e.getMessage(), e);
    }
  }
}
