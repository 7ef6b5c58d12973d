package dev.smmkit.examples;

import dev.smmkit.core.Platform;
import dev.smmkit.smo.Finding;
import dev.smmkit.smo.MetaField;
import dev.smmkit.smo.Page;
import dev.smmkit.smo.ScoringProfile;
import dev.smmkit.smo.SmoEngine;
import dev.smmkit.smo.SmoReport;
import java.io.PrintStream;
import java.net.URI;
import java.util.Locale;

/**
 * SMO: audit the shop's blog post the way social networks will see it, then score a post for
 * VKontakte. SMO comes before SMM: first make the site easy to share, then promote it.
 */
public final class SmoAuditExample {
  private SmoAuditExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the example to a stream.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // A saved page and the address it lives at: relative links resolve against the address.
    Page page =
        Page.parse(
            Examples.resource("pages/oboi-blog.html"),
            URI.create("https://oboi.example.ru/blog/moyushchiesya-oboi-dlya-detskoy"),
            null);
    // What a network shows when someone shares the page, and where each value came from.
    out.println("Share preview: " + page.metadata().get(MetaField.TITLE).orElseThrow());
    out.println("  image " + page.metadata().get(MetaField.IMAGE).orElseThrow());

    // The Russian-speaking market profile: VKontakte, Odnoklassniki and Telegram sharing weigh
    // more.
    SmoEngine engine = SmoEngine.defaults().withProfile(ScoringProfile.builtIn("ru-market"));
    SmoReport report = engine.audit(page);
    out.printf(
        Locale.ROOT,
        "SMO score %d/100; fix these 3 first: +%.1f points%n",
        report.score(),
        report.gain(3));
    for (Finding f : report.topFixes(3)) {
      out.printf(Locale.ROOT, "  +%.1f %s -> %s%n", f.pointsLost(), f.message(), f.advice());
    }

    // The same engine scores a post for a platform, against that platform's limits.
    SmoReport post =
        SmoEngine.defaults()
            .withProfile(ScoringProfile.forPlatform(Platform.VKONTAKTE))
            .audit(Examples.wallpaperShop().contentPlan().get(0), Platform.VKONTAKTE);
    out.printf(Locale.ROOT, "Post %s: %d/100%n", post.subject(), post.score());
    post.topFixes(2).forEach(f -> out.println("  " + f.message() + " -> " + f.advice()));
  }
}
