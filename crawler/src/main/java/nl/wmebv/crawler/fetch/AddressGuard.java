package nl.wmebv.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses URLs whose host is, or resolves to, a private, loopback, link-local or otherwise internal
 * address, so that a hostile page cannot point the crawler (or the channel checker) at the
 * municipality's internal network. Thread-safe and reusable.
 *
 * <p>Every address the host resolves to must be public: a name with one public and one private
 * address is refused. {@link #resolve} answers the address it checked, and {@link HttpFetcher}
 * connects to exactly that address, so a DNS server that answers differently a moment later
 * (rebinding) cannot send the connection elsewhere.
 */
public final class AddressGuard {
  /** How every deliberate refusal's reason starts; other reasons (an unknown host) are failures. */
  public static final String REFUSED = "refused: ";

  private final boolean allowPrivate;
  private final HostResolver resolver;

  /** Looks up a host's addresses; the system's DNS unless a test gives another. */
  @FunctionalInterface
  public interface HostResolver {
    /** All addresses of the host (a bare name or an IP literal without brackets). */
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * The outcome of {@link #resolve}: the refusal or failure reason, or the checked address to
   * connect to.
   */
  public record Resolution(String refusal, InetAddress address) {
    /** True when the URL may be requested (at {@link #address}). */
    public boolean allowed() {
      return refusal == null;
    }
  }

  /**
   * @param allowPrivate true to allow everything (demo and tests on 127.0.0.1)
   */
  public AddressGuard(boolean allowPrivate) {
    this(allowPrivate, InetAddress::getAllByName);
  }

  /** A guard with its own resolver (tests: a DNS that answers what the test says). */
  public AddressGuard(boolean allowPrivate, HostResolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  public boolean allowsPrivate() {
    return allowPrivate;
  }

  /**
   * Checks a URL before it is requested.
   *
   * @return empty when the URL may be requested, else an English reason (also for bad schemes and
   *     unknown hosts); see {@link #isRefusal}
   */
  public Optional<String> check(URI uri) {
    return Optional.ofNullable(resolve(uri).refusal());
  }

  /**
   * Checks a URL and answers the address that was checked, which is the one to connect to: the host
   * is looked up once. Every address of the host must be public unless private addresses are
   * allowed.
   */
  public Resolution resolve(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return refused(REFUSED + "scheme '" + scheme + "' is not http or https");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return refused(REFUSED + "URL has no host");
    }
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    boolean loopbackName =
        bare.equalsIgnoreCase("localhost") || bare.toLowerCase(Locale.ROOT).endsWith(".localhost");
    if (loopbackName && !allowPrivate) {
      return refused(REFUSED + host + " is a loopback address");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      return refused("unknown host: " + host);
    }
    if (addresses == null || addresses.length == 0) {
      return refused("unknown host: " + host);
    }
    for (InetAddress address : addresses) {
      if (!allowPrivate && isPrivate(address)) {
        return refused(REFUSED + host + " resolves to private address " + address.getHostAddress());
      }
    }
    return new Resolution(null, addresses[0]);
  }

  private static Resolution refused(String reason) {
    return new Resolution(reason, null);
  }

  /**
   * True when a reason from {@link #check} is a refusal on purpose (internal address, scheme, no
   * host), which a crawler reports as skipped; false for a failure such as an unknown host, which
   * is an error.
   */
  public static boolean isRefusal(String reason) {
    return reason != null && reason.startsWith(REFUSED);
  }

  /**
   * True for loopback, site-local, link-local, any-local, multicast, CGNAT 100.64/10 and IPv6 ULA
   * fc00::/7.
   */
  public static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 // "this network"
          || (first == 100 && second >= 64 && second <= 127) // CGNAT 100.64/10
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
          || first >= 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return true; // unique local fc00::/7
      }
      if (isMappedOrCompatibleV4(b)) {
        try {
          byte[] v4 = {b[12], b[13], b[14], b[15]};
          return isPrivate(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  // ::ffff:127.0.0.1 and ::127.0.0.1 would otherwise slip through as "public" IPv6
  private static boolean isMappedOrCompatibleV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = b[10] == 0 && b[11] == 0;
    return mapped || compatible;
  }
}
