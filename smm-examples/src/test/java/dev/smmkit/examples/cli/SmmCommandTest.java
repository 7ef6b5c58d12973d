package dev.smmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SmmCommandTest {

  @Test
  void tour_walksThroughTheModel() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new SmmCommand());
    cli.setOut(new PrintWriter(out));
    int code = cli.execute("tour");
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("VKontakte")
        .contains("15000.00 RUB")
        .contains("30000.00 RUB");
  }

  @Test
  void unknownCommand_isAUsageError() {
    assertThat(SmmCommand.run("no-such-command")).isEqualTo(2);
  }
}
