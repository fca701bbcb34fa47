package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.sync.inbox.Inbox;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

/**
 * A station's bundle brought on a USB stick, imported on the stations page: each batch goes
 * through the checks of HTTP and is reported on its own; a cut or altered file is refused whole,
 * and the refusal shows next to the file field.
 */
@Named
@RequestScoped
public class BundleImportBean {

  @Inject Inbox inbox;
  @Inject CurrentActor current;

  private UploadedFile file;
  private Inbox.BundleReport report;

  public String upload() {
    if (file == null || file.getSize() == 0) {
      PageMessages.field("bundle:file", "stationsPage.bundleEmpty");
      return null;
    }
    try {
      report = inbox.importBundle(current.get(), file.getContent());
      int applied = report.batches().stream().mapToInt(Inbox.BundleReport.Item::applied).sum();
      int quarantined = report.batches().stream().mapToInt(Inbox.BundleReport.Item::quarantined).sum();
      PageMessages.info("stationsPage.bundleImported", report.station(), report.batches().size(), applied, quarantined);
    } catch (LmsException e) {
      PageMessages.field("bundle:file", e.key(), e.args());
    }
    return null;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public Inbox.BundleReport getReport() {
    return report;
  }
}
