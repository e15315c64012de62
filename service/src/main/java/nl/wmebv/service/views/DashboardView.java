package nl.wmebv.service.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmebv.service.api.CrawlRunJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.action.DueActions;
import nl.wmebv.service.core.export.ClusterSummary;
import nl.wmebv.service.core.export.WeekProgress;

/**
 * The dashboard: per cluster the products, the share of in-scope products with a working digital
 * channel, actions and text status (the same figures as the export's summary sheet), and the share
 * over time.
 */
public class DashboardView extends PageView {
  /** One municipality's dashboard. */
  public record Entry(
      MunicipalityJson municipality,
      CrawlRunJson latestCrawl,
      List<ClusterSummary> clusters,
      List<WeekProgress> progress,
      Map<Long, Long> detectedDigital,
      Map<Long, DueActions> due) {

    /**
     * The cluster's (0: without cluster) open actions past their deadline and due in the next 30
     * days.
     */
    public DueActions dueIn(long clusterId) {
      return due.getOrDefault(clusterId, DueActions.NONE);
    }

    /**
     * Products of the cluster (0: without cluster) on whose page the crawler found a working
     * digital channel.
     */
    public long digitalDetectedIn(long clusterId) {
      return detectedDigital.getOrDefault(clusterId, 0L);
    }

    /** The municipality-wide share per week, as points of a line chart (x 0..100, y 0..100). */
    public List<Point> chart() {
      Map<String, long[]> weeks = new LinkedHashMap<>();
      for (WeekProgress w : progress) {
        long[] t = weeks.computeIfAbsent(w.isoWeek(), k -> new long[2]);
        t[0] += w.inScope();
        t[1] += w.digital();
      }
      List<Point> points = new ArrayList<>();
      int i = 0;
      int n = weeks.size();
      for (Map.Entry<String, long[]> e : weeks.entrySet()) {
        double share = e.getValue()[0] == 0 ? 0 : 100.0 * e.getValue()[1] / e.getValue()[0];
        double x = n == 1 ? 50 : 100.0 * i++ / (n - 1);
        points.add(new Point(e.getKey(), x, 100 - share, share));
      }
      return points;
    }

    /** The chart's points as an SVG polyline attribute. */
    public String polyline() {
      StringBuilder sb = new StringBuilder();
      for (Point p : chart()) {
        sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
      }
      return sb.toString().trim();
    }
  }

  /** A week on the chart: its label, position and share in percent. */
  public record Point(String week, double x, double y, double share) {}

  private final List<Entry> entries;
  private final List<MunicipalityJson> municipalities;

  /**
   * The dashboards shown (one, or none without a municipality) and every municipality the user may
   * choose.
   */
  public DashboardView(
      List<Entry> entries, List<MunicipalityJson> municipalities, WebUser webUser) {
    super("/views/dashboard.ftlh", webUser);
    this.entries = entries;
    this.municipalities = municipalities;
  }

  public List<Entry> getEntries() {
    return entries;
  }

  /** The municipalities to choose from (a choice is shown when there are two or more). */
  public List<MunicipalityJson> getMunicipalities() {
    return municipalities;
  }

  /** A share 0..1 (or null) as a whole percentage, 0 when null. */
  public int sharePercent(Double share) {
    return share == null ? 0 : (int) Math.round(share * 100);
  }
}
