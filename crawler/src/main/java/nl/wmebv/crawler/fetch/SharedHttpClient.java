package nl.wmebv.crawler.fetch;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one Apache HttpClient of the process, shared by every {@link HttpFetcher}: a crawl's fetchers
 * are never closed, so a client per fetcher would leave its pooled sockets open; one pool whose
 * idle connections are evicted holds only what is in use. Per-request settings (timeouts, the
 * connect address) come with each request.
 */
final class SharedHttpClient {
  // politeness is the crawler's job; the pool only must not be the bottleneck for many sites at
  // once
  private static final int MAX_TOTAL = 512;
  private static final int MAX_PER_ROUTE = 64;

  static final CloseableHttpClient CLIENT = create();

  private SharedHttpClient() {}

  private static CloseableHttpClient create() {
    PoolingHttpClientConnectionManager pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(MAX_TOTAL)
            .setMaxConnPerRoute(MAX_PER_ROUTE)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.ofSeconds(30))
                    .setSocketTimeout(Timeout.ofSeconds(30))
                    // a connection idle for a second is checked before reuse: servers close
                    // keep-alives silently
                    .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                    .build())
            .build();
    // the JDK client this replaces sent no cookies, no Accept-Encoding and never retried: the same
    // here
    return HttpClients.custom()
        .setConnectionManager(pool)
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableCookieManagement()
        .disableAuthCaching()
        .evictIdleConnections(TimeValue.ofSeconds(20))
        .evictExpiredConnections()
        .build();
  }
}
