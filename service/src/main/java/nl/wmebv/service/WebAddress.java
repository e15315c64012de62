package nl.wmebv.service;

import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;

/** The port the application connector really listens on (it may be 0 = any in configuration). */
final class WebAddress {
  private WebAddress() {}

  static int applicationPort(Server server) {
    for (var connector : server.getConnectors()) {
      if (connector instanceof NetworkConnector network && !"admin".equals(connector.getName())) {
        return network.getLocalPort();
      }
    }
    return -1;
  }
}
