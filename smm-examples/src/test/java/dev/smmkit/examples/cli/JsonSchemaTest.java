package dev.smmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Real JSON output of the {@code smm} tool, validated against the schemas in docs/schemas. */
class JsonSchemaTest {
  static final Path SCHEMAS = Path.of("..").toAbsolutePath().normalize().resolve("docs/schemas");
  static final String ID = "https://smmkit.dev/schemas/";
  // Schemas are served from docs/schemas by their $id; nothing is fetched over the network.
  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemas(
                  (String iri) -> {
                    if (!iri.startsWith(ID)) {
                      return null;
                    }
                    try {
                      return Files.readString(SCHEMAS.resolve(iri.substring(ID.length())));
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  }));
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  static String smm(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = SmmCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int code = cli.execute(args);
    assertThat(code).as(String.join(" ", args)).isIn(0, 3);
    return out.toString();
  }

  static List<Error> validate(String schema, String json) {
    Schema s = REGISTRY.getSchema(SchemaLocation.of(ID + schema));
    try {
      return s.validate(JSON.readTree(json));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Path copy(String resource, String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
    return target;
  }

  @Test
  void metrics() throws IOException {
    Path uci = copy("/dev/smmkit/examples/data/dataset_Facebook.csv", "uci.csv");
    String json = smm("metrics", uci.toString(), "--by", "type", "--format", "json");
    assertThat(validate("smm-metrics.schema.json", json)).isEmpty();
  }

  @Test
  void simulateVirality() {
    String json =
        smm(
            "simulate",
            "virality",
            "--k",
            "1.2",
            "--seeds",
            "10",
            "--generations",
            "4",
            "--runs",
            "50",
            "--population",
            "1000",
            "--format",
            "json");
    assertThat(validate("smm-simulate-virality.schema.json", json)).isEmpty();
  }

  @Test
  void auditOfAPage_andOfADirectory() throws IOException {
    Path page = copy("/dev/smmkit/examples/pages/oboi-blog.html", "page.html");
    assertThat(
            validate("smo-report.schema.json", smm("audit", page.toString(), "--format", "json")))
        .isEmpty();
    Files.write(dir.resolve("empty.html"), new byte[0]);
    String all = smm("audit", dir.toString(), "--format", "json");
    assertThat(all).contains("\"error\"");
    assertThat(validate("smm-audit.schema.json", all)).isEmpty();
  }

  @Test
  void theSchemasCatchAChangedField() {
    String json =
        "{\"tool\":\"smm\",\"command\":\"simulate virality\",\"k\":0.5,\"seeds\":1,\"runs\":1,\"seed\":1,\"population\":null,\"generations\":[{\"generation\":0,\"expected\":1,\"mean\":1,\"p5\":1,\"p50\":1,\"p95\":1,\"extra\":2}]}";
    assertThat(validate("smm-simulate-virality.schema.json", json)).isNotEmpty();
  }
}
