package nl.wmebv.crawler.detect.text;

import java.util.List;

/**
 * A page's sections compared with the template.
 *
 * @param present template section names found, in page order
 * @param missing template section names not found, in template order
 * @param outOfOrder present sections that stand out of template order
 * @param headings every heading of the main content, as written
 */
public record SectionReport(
    List<String> present, List<String> missing, List<String> outOfOrder, List<String> headings) {}
