package cn.cadre.lms.web.rest;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.boundary.CadreImport;
import cn.cadre.lms.directory.control.ImportReport;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bulk cadre import. The body is the file itself: text/csv (UTF-8) or an XLSX workbook. All rows
 * or none: a file with any bad row answers 422 with one error per bad cell ("rows[7].gender").
 */
@ApplicationScoped
@Path("imports/cadres")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The same limit as the import page's upload: far above 20,000 rows. */
  static final int MAX_BYTES = 10 << 20;

  @Inject CadreImport importer;
  @Inject CurrentActor me;

  @POST
  @Consumes({"text/csv", XLSX})
  @Operation(summary = "Import cadres from a CSV or XLSX file (columns 姓名 性别 单位编码 职务 职级 管理权限 [登录名])")
  public ImportReport importCsv(InputStream body, @jakarta.ws.rs.HeaderParam("Content-Type") String type)
      throws IOException {
    if (me.get().manageScope().isEmpty()) {
      throw LmsException.forbidden(); // before reading a byte of someone who may not import
    }
    byte[] content = body.readNBytes(MAX_BYTES + 1);
    if (content.length > MAX_BYTES) {
      throw LmsException.invalid("file", "import.tooLarge", MAX_BYTES >> 20);
    }
    boolean xlsx = type != null && type.startsWith(XLSX);
    return importer.run(me.get(), content, xlsx);
  }
}
