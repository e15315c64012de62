package nl.wmebv.service.core.export;

import static nl.wmebv.service.vocabulary.Vocabularies.label;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import org.dhatim.fastexcel.Worksheet;

/**
 * The "Acties" sheet of the XLSX: every action of every product in the scope, not only the leading
 * one the product sheets show, so a manager sees all the work per product, who owns it and by when.
 */
final class ActionSheet {
  /** The sheet's name. */
  static final String SHEET = "Acties";

  static final String[] HEADERS = {"Product", "Actie", "Eigenaar", "Deadline", "Status"};

  private ActionSheet() {}

  /** Writes the sheet from the actions as they stream from the database. */
  static void write(Worksheet ws, Stream<ActionRow> actions) {
    XlsxCells.header(ws, HEADERS);
    int r = 0;
    try {
      for (Iterator<ActionRow> it = actions.iterator(); it.hasNext(); ) {
        ActionRow a = it.next();
        XlsxCells.row(
            ws,
            ++r,
            Arrays.asList(
                a.product(),
                label(ActionType.class, a.type()),
                a.owner(),
                a.deadline(),
                label(ActionStatus.class, a.status())));
        if (r % XlsxCells.FLUSH_EVERY == 0) {
          ws.flush();
        }
      }
      ws.width(0, 36);
      ws.width(1, 30);
      XlsxCells.finish(ws, r, HEADERS.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
