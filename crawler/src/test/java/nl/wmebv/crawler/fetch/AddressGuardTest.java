package nl.wmebv.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "100.127.255.254",
        "0.0.0.0",
        "::1",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1"
      })
  void privateAddresses(String ip) throws Exception {
    assertThat(AddressGuard.isPrivate(InetAddress.getByName(ip))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "145.21.1.1", "172.32.0.1", "100.128.0.1", "2a00:1450::1"})
  void publicAddresses(String ip) throws Exception {
    assertThat(AddressGuard.isPrivate(InetAddress.getByName(ip))).isFalse();
  }

  @Test
  void refusesLoopbackUrlsUnlessAllowed() {
    URI local = URI.create("http://127.0.0.1:8080/");
    assertThat(new AddressGuard(false).check(local))
        .get()
        .asString()
        .contains("private address 127.0.0.1");
    assertThat(new AddressGuard(false).check(URI.create("http://localhost/"))).isPresent();
    assertThat(new AddressGuard(false).check(URI.create("http://[::1]/"))).isPresent();
    assertThat(new AddressGuard(true).check(local)).isEmpty();
  }

  @Test
  void aRefusalOnPurposeIsToldApartFromAFailure() {
    AddressGuard guard = new AddressGuard(false);
    assertThat(AddressGuard.isRefusal(guard.check(URI.create("http://127.0.0.1/")).orElseThrow()))
        .isTrue();
    assertThat(AddressGuard.isRefusal(guard.check(URI.create("http://localhost/")).orElseThrow()))
        .isTrue();
    assertThat(AddressGuard.isRefusal(guard.check(URI.create("file:///etc/passwd")).orElseThrow()))
        .isTrue();
    assertThat(AddressGuard.isRefusal("unknown host: gemeente.invalid"))
        .as("DNS failing is an error")
        .isFalse();
    assertThat(AddressGuard.isRefusal(null)).isFalse();
  }

  @Test
  void refusesOtherSchemes() {
    assertThat(new AddressGuard(true).check(URI.create("file:///etc/passwd")))
        .get()
        .asString()
        .contains("scheme");
  }
}
