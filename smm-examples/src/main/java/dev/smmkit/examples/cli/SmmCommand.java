package dev.smmkit.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smm} command-line tool: the guided tour, audits, metrics and simulations. */
@Command(
    name = "smm",
    mixinStandardHelpOptions = true,
    version = "smm 0.1.0-SNAPSHOT",
    description = "SMMKit: social media marketing and optimization, modelled and measured.",
    subcommands = {TourCommand.class, CommandLine.HelpCommand.class})
public final class SmmCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the tool without exiting the JVM; used by tests.
   *
   * @param args command-line arguments
   * @return the exit code: 0 success, 2 usage error, 3 bad input
   */
  public static int run(String... args) {
    return new CommandLine(new SmmCommand()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
