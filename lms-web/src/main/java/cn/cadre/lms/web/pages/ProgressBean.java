package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.progress.boundary.ProgressReport;
import cn.cadre.lms.progress.control.ProgressRow;
import cn.cadre.lms.progress.control.ProgressView;
import cn.cadre.lms.progress.control.Region;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress page: one level of the tree with a row per child region (each a link one level
 * down), the units at the node, the total, the trail back up and a year to choose. Node and year
 * are in the URL, so a level can be bookmarked.
 */
@Named
@RequestScoped
public class ProgressBean {

  /** The years offered: this one and the ones before it. */
  static final int YEARS_BACK = 5;

  @Inject ProgressReport report;
  @Inject CurrentActor current;

  private Long nodeId;
  private Integer year;
  private ProgressView view;
  private boolean attempted;

  /**
   * Reads the level once per request: from the view action on a GET (so a refusal shows at the
   * top of the page), else from the first getter while the page renders, as after switching the
   * language on this page. Never earlier in a postback: node and year are not yet applied then.
   */
  public void load() {
    if (attempted) {
      return;
    }
    attempted = true;
    try {
      view = report.level(current.get(), nodeId, getYear());
    } catch (LmsException e) {
      PageMessages.show("filter", e);
    }
  }

  private ProgressView view() {
    if (FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      load();
    }
    return view;
  }

  /** The year chosen in the form, shown by a fresh GET so the URL keeps node and year. */
  public String show() {
    return "/progress?faces-redirect=true&includeViewParams=true";
  }

  public boolean isLoaded() {
    return view() != null;
  }

  /** True when the caller oversees no one (no region to show). */
  public boolean isNobody() {
    return view() != null && view.node() == null;
  }

  public List<ProgressRow> getRows() {
    return view() == null ? List.of() : view.rows();
  }

  public ProgressRow getTotal() {
    return view() == null ? null : view.total();
  }

  public List<Region> getTrail() {
    return view() == null ? List.of() : view.trail();
  }

  /** The share of a row's cadres who meet the requirement, as a percentage; "-" without cadres. */
  public String rate(ProgressRow r) {
    if (r == null || r.cadres() == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1f%%", r.meeting() * 100.0 / r.cadres());
  }

  public List<Integer> getYears() {
    int now = ChinaTime.today().getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = now; y >= now - YEARS_BACK; y--) {
      years.add(y);
    }
    if (!years.contains(getYear())) {
      years.add(0, getYear());
    }
    return years;
  }

  public Long getNodeId() {
    return view != null && view.node() != null ? Long.valueOf(view.node().id()) : nodeId;
  }

  public void setNodeId(Long nodeId) {
    this.nodeId = nodeId;
  }

  /** The year shown; Integer like its setter, so EL sees one writable property for f:viewParam. */
  public Integer getYear() {
    return year == null ? ChinaTime.today().getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year == null || year < 2000 || year > 2100 ? null : year;
  }
}
