package nl.wmebv.crawler.detect.product;

/** The audience strings {@link ProductInfo#audience()} uses. */
final class Audience {
  private Audience() {}

  static String of(boolean particulier, boolean ondernemer) {
    if (particulier && ondernemer) {
      return "particulier,ondernemer";
    }
    return particulier ? "particulier" : ondernemer ? "ondernemer" : null;
  }
}
