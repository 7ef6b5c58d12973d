package dev.smmkit.examples.cli;

import dev.smmkit.core.Money;
import dev.smmkit.core.Platform;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code smm tour}: a guided walk through the SMMKit model, readable in a terminal. */
@Command(name = "tour", description = "A guided walk through SMM and SMO with SMMKit.")
final class TourCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("SMMKit tour");
    out.println("===========");
    out.println();
    out.println("1. Platforms and their content limits (held as data, open to your own):");
    for (Platform p : Platform.builtIns()) {
      out.printf(
          "   %-14s text <= %6d chars, hashtags %d-%d recommended (max %d)%n",
          p.name(),
          p.limits().maxTextLength(),
          p.limits().recommendedHashtagsMin(),
          p.limits().recommendedHashtagsMax(),
          p.limits().maxHashtags());
    }
    out.println();
    out.println("2. Money never uses double and never mixes currencies:");
    Money monthly = Money.of(15000, "RUB");
    out.println("   monthly budget " + monthly + ", two months " + monthly.times(2));
    out.flush();
    return 0;
  }
}
