package dev.smmkit.examples.cli;

import dev.smmkit.examples.CampaignExample;
import dev.smmkit.examples.EngagementExample;
import dev.smmkit.examples.PersonaAndSemanticCoreExample;
import dev.smmkit.examples.PromotionMethodsExample;
import dev.smmkit.examples.RoiExample;
import dev.smmkit.examples.SmoAuditExample;
import dev.smmkit.examples.UniqueReachExample;
import dev.smmkit.examples.ViralityExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code smm tour}: a guided walk through SMM with SMMKit, readable in a terminal. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description =
        "A guided walk: persona, semantic core, campaign, promotion methods, SMO audit, engagement on real data, unique reach, virality, ROI.",
    footer = {"", "Examples:", "  smm tour"})
final class TourCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("SMMKit tour: social media marketing, modelled and measured");
    step(
        out,
        "1. Know your customer: persona and semantic core",
        PersonaAndSemanticCoreExample::run);
    step(out, "2. A campaign, validated and reviewed against the playbook", CampaignExample::run);
    step(out, "3. Promotion methods by hat colour", PromotionMethodsExample::run);
    step(out, "4. SMO: the site first, as networks see it", SmoAuditExample::run);
    step(out, "5. Engagement rate on real data", EngagementExample::run);
    step(out, "6. Unique reach and audience overlap with sketches", UniqueReachExample::run);
    step(out, "7. Virality: K, projection and simulation", ViralityExample::run);
    step(out, "8. Money: ROI, ROAS, cost per subscriber", RoiExample::run);
    out.println();
    out.println(
        "Next: smm audit PAGE.html, smm metrics FILE --by type, smm simulate virality --k 0.8 --seeds 1000 --generations 10");
    out.flush();
    return 0;
  }

  private static void step(PrintWriter out, String title, Consumer<PrintStream> example) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      example.accept(ps);
    }
    out.print(buffer.toString(StandardCharsets.UTF_8));
  }
}
