package nl.wmebv.crawler.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {

  @Test
  void aGzipBombHitsOurLimitNotTheHeap() throws Exception {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 25; i++) {
        gz.write(zeros); // 25 MB of zeros packs into about 25 KB
      }
    }
    assertThat(packed.size()).isLessThan(100_000);
    assertThatThrownBy(() -> SitemapReader.gunzip(packed.toByteArray()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("larger than");
  }
}
