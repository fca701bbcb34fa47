package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.control.TreeEntry;
import cn.cadre.lms.directory.entity.OrgNode;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The tree browser as a drill-down: a breadcrumb of the path so far and the children of the current
 * node with their cadre counts. Every level is a plain link, so it works on a phone and can be
 * bookmarked.
 */
@Named
@RequestScoped
public class TreeBean {

  @Inject Directory directory;
  @Inject CurrentActor current;

  private Long nodeId;
  private List<TreeEntry> entries = List.of();
  private final List<Crumb> trail = new ArrayList<>();

  public record Crumb(long id, String name) {}

  public void load() {
    try {
      if (nodeId == null) {
        entries = directory.roots(current.get());
        return;
      }
      entries = directory.children(current.get(), nodeId);
      List<TreeEntry> roots = directory.roots(current.get());
      OrgNode node = directory.node(current.get(), nodeId);
      while (node != null) {
        trail.add(new Crumb(node.id(), node.name()));
        OrgNode at = node;
        if (roots.stream().anyMatch(r -> r.id() == at.id() && "NODE".equals(r.kind()))) {
          break;
        }
        node = node.parent();
      }
      Collections.reverse(trail);
    } catch (LmsException e) {
      PageMessages.show("tree", e);
    }
  }

  public Long getNodeId() {
    return nodeId;
  }

  public void setNodeId(Long nodeId) {
    this.nodeId = nodeId;
  }

  public List<TreeEntry> getEntries() {
    return entries;
  }

  public List<Crumb> getTrail() {
    return trail;
  }
}
