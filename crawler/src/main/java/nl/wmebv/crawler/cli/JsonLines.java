package nl.wmebv.crawler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.PageAnalysis;

/** Writes page records as JSON lines, with the page analysis flattened into the same object. */
final class JsonLines implements AutoCloseable {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final BufferedWriter out;

  JsonLines(BufferedWriter out) {
    this.out = out;
  }

  synchronized void write(PageRecord r) {
    try {
      out.write(MAPPER.writeValueAsString(toMap(r)));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> toMap(PageRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", r.url());
    m.put("finalUrl", r.finalUrl());
    m.put("status", r.status());
    m.put("contentType", r.contentType());
    m.put("title", r.title());
    m.put("depth", r.depth());
    m.put("contentHash", r.contentHash());
    m.put("changed", r.changed());
    m.put("etag", r.etag());
    m.put("lastModified", r.lastModified());
    m.put("canonicalUrl", r.canonicalUrl());
    m.put("duplicateOf", r.duplicateOf());
    m.put("documentLinks", r.documentLinks());
    m.put("error", r.error());
    m.put("skipped", r.skipped());
    m.put("fetchMillis", r.fetchMillis());
    PageAnalysis a = r.analysis();
    if (a != null) {
      m.put("product", a.product());
      m.put("channels", a.channels());
      m.put("channelStatus", a.channelStatus());
      m.put("messageTypes", a.messageTypes());
      m.put("sections", a.sections());
      m.put("missingSections", a.missingSections());
      m.put("outOfOrderSections", a.outOfOrderSections());
      m.put("readability", a.readability());
    }
    return m;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
