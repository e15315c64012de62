package nl.wmebv.service.core.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.wmebv.service.core.designation.Finding;
import nl.wmebv.service.core.designation.RegisterChecks;
import nl.wmebv.service.core.sheet.WebAddress;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.Vocabularies;
import org.dhatim.fastexcel.Worksheet;
import org.jdbi.v3.core.Jdbi;

/**
 * The consistency checks of the designation register (aanwijzing) in the XLSX export: one sheet
 * listing each finding; a cluster's export lists the findings of its products only.
 */
final class DesignationFindings {
  static final String SHEET = "Aanwijzing controles";
  static final String[] HEADERS = {
    "Controle", "Product", "Kanaal", "URL", "Soort bericht", "Toelichting"
  };
  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  private DesignationFindings() {}

  /** The findings of the scope: all of the municipality, or those of the cluster's products. */
  static List<Finding> of(Jdbi jdbi, ExportScope scope) {
    List<Finding> all = new RegisterChecks(jdbi, JSON).run(scope.municipalityId());
    if (scope.clusterId() == null) {
      return all;
    }
    Set<Long> inCluster =
        Set.copyOf(
            jdbi.withExtension(
                ProductDao.class,
                dao -> dao.idsInCluster(scope.municipalityId(), scope.clusterId())));
    return all.stream()
        .filter(f -> f.productId() != null && inCluster.contains(f.productId()))
        .toList();
  }

  static void write(Worksheet ws, List<Finding> findings) throws IOException {
    XlsxCells.header(ws, HEADERS);
    int r = 0;
    for (Finding f : findings) {
      XlsxCells.row(
          ws,
          ++r,
          Arrays.asList(
              f.label(),
              f.productName(),
              f.channelName(),
              f.url() == null ? null : new WebAddress(f.url()),
              Vocabularies.label(MessageType.class, f.messageType()),
              f.explanation()));
    }
    ws.width(0, 40);
    ws.width(1, 36);
    XlsxCells.finish(ws, r, HEADERS.length);
  }
}
