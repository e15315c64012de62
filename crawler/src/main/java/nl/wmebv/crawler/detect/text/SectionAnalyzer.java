package nl.wmebv.crawler.detect.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wmebv.crawler.detect.page.Outline;
import nl.wmebv.crawler.detect.page.Text;

/** Maps the main content's headings (h2-h6 and pseudo headings) to the text template sections. */
public final class SectionAnalyzer {
  private final List<TemplateSection> template;

  public SectionAnalyzer(List<TemplateSection> template) {
    this.template = List.copyOf(template);
  }

  public SectionReport analyze(Outline outline) {
    List<String> headings = new ArrayList<>();
    List<Integer> found = new ArrayList<>();
    for (Outline.Part part : outline.parts()) {
      if (part.heading() == null || part.level() < 2) {
        continue;
      }
      headings.add(part.heading());
      int i = match(part.heading());
      if (i >= 0 && !found.contains(i)) {
        found.add(i);
      }
    }
    List<String> present = found.stream().map(i -> template.get(i).name()).toList();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < template.size(); i++) {
      if (!found.contains(i)) {
        missing.add(template.get(i).name());
      }
    }
    Set<Integer> inOrder = longestIncreasing(found);
    List<String> outOfOrder =
        found.stream().filter(i -> !inOrder.contains(i)).map(i -> template.get(i).name()).toList();
    return new SectionReport(present, missing, outOfOrder, headings);
  }

  /** The template index of a heading (longest matching synonym wins), or -1. */
  public int match(String heading) {
    String h = Text.norm(heading);
    int best = -1;
    int bestLen = 0;
    for (int i = 0; i < template.size(); i++) {
      TemplateSection s = template.get(i);
      List<String> phrases = new ArrayList<>(s.synonyms());
      phrases.add(s.name());
      for (String p : phrases) {
        String n = Text.norm(p);
        if (n.length() > bestLen && Text.hasPhrase(h, n)) {
          best = i;
          bestLen = n.length();
        }
      }
    }
    return best;
  }

  /** The values on one longest increasing subsequence: those stand in template order. */
  private static Set<Integer> longestIncreasing(List<Integer> xs) {
    int n = xs.size();
    int[] len = new int[n];
    int[] prev = new int[n];
    int end = -1;
    for (int i = 0; i < n; i++) {
      len[i] = 1;
      prev[i] = -1;
      for (int j = 0; j < i; j++) {
        if (xs.get(j) < xs.get(i) && len[j] + 1 > len[i]) {
          len[i] = len[j] + 1;
          prev[i] = j;
        }
      }
      if (end < 0 || len[i] > len[end]) {
        end = i;
      }
    }
    Set<Integer> keep = new LinkedHashSet<>();
    for (int i = end; i >= 0; i = prev[i]) {
      keep.add(xs.get(i));
    }
    return keep;
  }
}
