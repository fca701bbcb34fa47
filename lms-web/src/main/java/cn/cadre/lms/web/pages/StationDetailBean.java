package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.sync.inbox.Stations;
import cn.cadre.lms.sync.inbox.Stations.InboxRow;
import cn.cadre.lms.sync.inbox.Stations.KeyRow;
import cn.cadre.lms.sync.inbox.Stations.RefusalRow;
import cn.cadre.lms.sync.inbox.Stations.StationRow;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One station at the center: its link, keys (revoked ones with the reason), refused batches and
 * the records it sent; an administrator issues an enrolment code (shown once), revokes the key,
 * and re-applies (optionally routed to a cadre) or rejects quarantined records.
 */
@Named
@ViewScoped
public class StationDetailBean implements Serializable {

  @Inject Stations stations;
  @Inject CurrentActor current;

  private Long id;
  private StationRow station;
  private List<KeyRow> keys = List.of();
  private List<RefusalRow> refusals = List.of();
  private List<InboxRow> records = List.of();
  private String state;
  private String revokeReason;
  private Stations.Code code;
  private final Map<Long, String> cadreIds = new HashMap<>();
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    if (id == null) {
      PageMessages.error("problem.notFound", "what.station");
      return;
    }
    try {
      station = stations.get(current.get(), id);
      keys = stations.keys(current.get(), id);
      refusals = stations.refusals(current.get(), id);
      records = stations.records(current.get(), id, state);
    } catch (LmsException e) {
      station = null;
      PageMessages.show("records", e);
    }
  }

  /** A new one-time code; only its hash is kept, so this page is the one place it is ever shown. */
  public void issueCode() {
    try {
      code = stations.issueCode(current.get(), id);
      PageMessages.info("stationsPage.codeIssued");
    } catch (LmsException e) {
      PageMessages.show("link", e);
    }
  }

  public void revoke() {
    try {
      stations.revoke(current.get(), id, revokeReason);
      revokeReason = null;
      PageMessages.info("stationsPage.revoked");
      load();
    } catch (LmsException e) {
      PageMessages.show("revoke", e);
    }
  }

  public void reapply(long seq) {
    String row = rowPrefix();
    String text = cadreIds.get(seq);
    Long cadre = null;
    if (text != null && !text.isBlank()) {
      try {
        cadre = Long.valueOf(text.strip());
      } catch (NumberFormatException e) {
        PageMessages.field(row + "cadreId", "field.notANumber");
        return;
      }
    }
    Long routed = cadre;
    if (act(row, () -> stations.reapply(current.get(), id, seq, routed))) {
      PageMessages.info("stationsPage.reapplied", seq);
    }
  }

  public void reject(long seq) {
    String row = rowPrefix();
    if (act(row, () -> stations.reject(current.get(), id, seq, reasons.get(seq)))) {
      PageMessages.info("stationsPage.rejected", seq);
    }
  }

  /** Shows the records of one state (or all) again. */
  public void filter() {
    load();
  }

  private boolean act(String row, Runnable r) {
    try {
      r.run();
      cadreIds.clear();
      reasons.clear();
      load();
      return true;
    } catch (LmsException e) {
      e.fields().forEach(f -> PageMessages.field(row + f.field(), f.key(), f.args()));
      if (e.fields().isEmpty()) {
        PageMessages.error(e.key(), e.args());
      }
      return false;
    }
  }

  /** The naming prefix of the row whose button was pressed: a row's inputs share it. */
  private static String rowPrefix() {
    FacesContext ctx = FacesContext.getCurrentInstance();
    String button = UIComponent.getCurrentComponent(ctx).getClientId(ctx);
    return button.substring(0, button.lastIndexOf(UINamingContainer.getSeparatorChar(ctx)) + 1);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public StationRow getStation() {
    return station;
  }

  public List<KeyRow> getKeys() {
    return keys;
  }

  public List<RefusalRow> getRefusals() {
    return refusals;
  }

  public List<InboxRow> getRecords() {
    return records;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state == null || state.isBlank() ? null : state;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }

  public Stations.Code getCode() {
    return code;
  }

  public Map<Long, String> getCadreIds() {
    return cadreIds;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
