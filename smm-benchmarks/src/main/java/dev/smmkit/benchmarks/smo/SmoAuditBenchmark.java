package dev.smmkit.benchmarks.smo;

import dev.smmkit.smo.Page;
import dev.smmkit.smo.SmoEngine;
import dev.smmkit.smo.SmoReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * SMO throughput over the 46 real pages of the metadata fixture corpus, in pages per second: the
 * metadata extraction alone (what metascraper does), the full audit (parse, extract, 44 page
 * rules), the same on all cores, and jsoup's parse alone as the baseline that bounds them.
 *
 * <p>Pages are read from {@code -Dsmo.fixtures=DIR} (default {@code
 * smm-smo/src/test/resources/social-meta}, run from the repository root) into memory first, so only
 * parsing and analysis are measured. {@code smm-benchmarks/metascraper/compare.sh} runs this and
 * metascraper over the same files and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmoAuditBenchmark {
  static final int PAGES = 46;
  private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");

  /** One page in memory. */
  record Input(byte[] html, URI url) {}

  private List<Input> pages;
  private SmoEngine engine;

  /** Reads the corpus into memory. */
  @Setup
  public void load() {
    Path dir =
        Path.of(System.getProperty("smo.fixtures", "smm-smo/src/test/resources/social-meta"));
    pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path input : files.filter(p -> p.toString().endsWith(".input.json")).sorted().toList()) {
        String name = input.getFileName().toString().replace(".input.json", "");
        Matcher m = URL.matcher(Files.readString(input));
        if (!m.find()) {
          throw new IllegalStateException(input + ": no url");
        }
        pages.add(
            new Input(Files.readAllBytes(dir.resolve(name + ".html")), URI.create(m.group(1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus in " + dir.toAbsolutePath(), e);
    }
    if (pages.size() != PAGES) {
      throw new IllegalStateException(
          "expected " + PAGES + " pages in " + dir + ", found " + pages.size());
    }
    engine = SmoEngine.defaults();
  }

  /**
   * Baseline: jsoup's parse alone, with its own charset detection.
   *
   * @param bh the blackhole
   * @throws IOException never: the input is in memory
   */
  @Benchmark
  @OperationsPerInvocation(PAGES)
  public void jsoupParseOnly(Blackhole bh) throws IOException {
    for (Input p : pages) {
      bh.consume(Jsoup.parse(new java.io.ByteArrayInputStream(p.html()), null, p.url().toString()));
    }
  }

  /**
   * Metadata extraction: parse and resolve every share-metadata field.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(PAGES)
  public void extractMetadata(Blackhole bh) {
    for (Input p : pages) {
      bh.consume(Page.parse(p.html(), p.url(), null).metadata());
    }
  }

  /**
   * The full audit: parse, extract and run every page rule, single thread.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(PAGES)
  public void fullAudit(Blackhole bh) {
    for (Input p : pages) {
      SmoReport r = engine.audit(Page.parse(p.html(), p.url(), null));
      bh.consume(r.exactScore());
    }
  }

  /**
   * The full audit on every core: one shared engine, pages parsed per thread.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @Threads(Threads.MAX)
  @OperationsPerInvocation(PAGES)
  public void fullAuditAllCores(Blackhole bh) {
    fullAudit(bh);
  }
}
