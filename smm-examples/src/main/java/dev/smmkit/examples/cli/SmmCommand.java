package dev.smmkit.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smm} command-line tool: the guided tour, audits, metrics and simulations. */
@Command(
    name = "smm",
    mixinStandardHelpOptions = true,
    version = "smm 0.1.0-SNAPSHOT",
    description = "SMMKit: social media marketing and optimization, modelled and measured.",
    footer = {
      "",
      "Examples:",
      "  smm tour",
      "  smm audit page.html --url https://example.com/blog/post",
      "  smm metrics dataset_Facebook.csv --by type",
      "  smm simulate virality --k 0.8 --seeds 1000 --generations 10"
    },
    subcommands = {
      TourCommand.class,
      AuditCommand.class,
      MetricsCommand.class,
      SimulateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SmmCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO on first use; a terminal tool stays quiet.
    java.util.logging.Logger.getLogger("org.hibernate.validator")
        .setLevel(java.util.logging.Level.WARNING);
    CommandLine cli = commandLine();
    // The platform charset may be ASCII (POSIX locale); Russian and Vietnamese output, JSON and CSV
    // are written as UTF-8 whatever the locale.
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cli.execute(args));
  }

  /**
   * Runs the tool without exiting the JVM; used by tests.
   *
   * @param args command-line arguments
   * @return the exit code: 0 success, 2 usage error, 3 bad input
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The configured command line: bad input exits with 3 and a one-line message, usage errors with 2
   * and a one-line message plus a pointer to {@code --help}, anything unexpected with 1.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SmmCommand());
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine c = e.getCommandLine();
          PrintWriter err = c.getErr();
          err.println("smm: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more.");
          err.flush();
          return c.getCommandSpec().exitCodeOnInvalidInput();
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof dev.smmkit.core.SmmKitException || e instanceof BadInputException) {
            commandLine.getErr().println("smm: bad input: " + e.getMessage());
            return 3;
          }
          commandLine.getErr().println("smm: unexpected error: " + e);
          return 1;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
