package dev.smmkit.examples.cli;

import static dev.smmkit.examples.cli.SmmCommandTest.smm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.examples.cli.SmmCommandTest.Run;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code smm} tool on files and option values that are wrong in the ways real ones are: each
 * gives exit code 2 (usage) or 3 (bad input) and a one-line message naming the file, the row or the
 * option, never an unexpected error (exit 1).
 */
class SmmCommandBadInputTest {
  static final String HEADER =
      "id,platform,type,published_at,likes,comments,shares,saves,reach,impressions,followers,views\n";

  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  Path page() throws IOException {
    return SmmCommandTest.copyPage(dir.resolve("page.html"));
  }

  @Test
  void metrics_windows1252ReadAsUtf8_namesLineByteAndCharsetHint() throws IOException {
    Path posts =
        write(
            "cp1252.csv",
            (HEADER
                    + "1,vk,photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n2,vk,caf\u00e9,2026-01-02T10:00:00Z,1,0,0,0,10,,,\n")
                .getBytes(Charset.forName("windows-1252")));
    Run r = smm("metrics", posts.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err())
        .contains("cp1252.csv: line 3 (byte ")
        .contains("is not valid UTF-8 text (bytes E9)")
        .contains("--charset windows-1252")
        .doesNotContain("unexpected");
    Run fixed = smm("metrics", posts.toString(), "--charset", "windows-1252", "--by", "type");
    assertThat(fixed.code()).as(fixed.err()).isZero();
    assertThat(fixed.out()).contains("café");
  }

  @Test
  void metrics_utf16AndBinaryFiles_areBadInput() throws IOException {
    byte[] text = HEADER.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Path utf16 = write("utf16.csv", withBom);
    Run r = smm("metrics", utf16.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("UTF-16 byte-order mark: try --charset UTF-16");
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Run binary = smm("metrics", write("junk.bin", junk).toString());
    assertThat(binary.code()).isEqualTo(3);
    assertThat(binary.err()).contains("junk.bin: ");
  }

  @Test
  void metrics_emptyHeaderOnlyOrForeignFile_isBadInputNotAnEmptyTable() throws IOException {
    Run empty = smm("metrics", write("empty.csv", "").toString());
    assertThat(empty.code()).isEqualTo(3);
    assertThat(empty.err()).contains("empty.csv: no ").doesNotContain("unexpected");
    Run header = smm("metrics", write("header.csv", HEADER).toString());
    assertThat(header.code()).isEqualTo(3);
    assertThat(header.err())
        .contains("header.csv: no posts: the file is empty or has only a header");
    Run foreign = smm("metrics", write("foreign.csv", "a,b,c\n1,2,3\n").toString());
    assertThat(foreign.code()).isEqualTo(3);
    assertThat(foreign.err())
        .contains("foreign.csv: is not an export SMMKit reads; tried smmkit-posts JSON Lines")
        .contains("X tweet activity export (missing Tweet id, time, impressions, engagements)")
        .contains("smmkit-posts CSV (missing id, platform, published_at). Its first line: a,b,c");
    assertThat(foreign.out()).isEmpty();
  }

  @Test
  void metrics_aUciFileWithColumnsInAnotherOrder_isBadInputNamingTheColumn() throws IOException {
    java.util.List<String> columns =
        new java.util.ArrayList<>(dev.smmkit.metrics.io.UciFacebookReader.COLUMNS);
    java.util.Collections.swap(columns, 7, 8);
    Path uci =
        write(
            "uci.csv",
            String.join(";", columns)
                + "\r\n139441;Photo;2;12;4;3;0;2752;5091;178;109;159;3078;1640;119;4;79;17;100\r\n");
    Run r = smm("metrics", uci.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("uci.csv: no usable posts; 1 problem, the first: row 0 (line 1), column (header)")
        .contains("column 8 must be \"Lifetime Post Total Reach\"");
  }

  @Test
  void metrics_aPostWithoutTheDenominator_isReportedAndTheOthersKept() throws IOException {
    Path posts =
        write(
            "posts.csv",
            HEADER
                + "1,vk,photo,2026-01-01T10:00:00Z,10,0,0,0,100,,,\n"
                + "2,vk,photo,2026-01-02T10:00:00Z,10,0,0,0,,,,\n"
                + "3,vk,photo,2026-01-03T10:00:00Z,30,0,0,0,100,,,\n");
    Run r = smm("metrics", posts.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo("group,posts,engagements,denominator,rate\nall,2,40,200,0.20000000\n");
    assertThat(r.err())
        .contains("1 problem")
        .contains("row 2, column reach: has no reach to divide by; post left out of the rates");
    Run json = smm("metrics", posts.toString(), "--format", "json");
    assertThat(json.out())
        .contains("{\"row\":2,\"column\":\"reach\",\"value\":\"\",\"rule\":\"NoDenominator\"}");
    Run failFast = smm("metrics", posts.toString(), "--fail-fast");
    assertThat(failFast.code()).isEqualTo(3);
    assertThat(failFast.err()).contains("posts.csv: row 2, column reach: has no reach");
  }

  @Test
  void metrics_aFirstLineLongerThanTheSniffWindow_isStillRead() throws IOException {
    Path posts = write("long.csv", "x".repeat(200_000) + "\n1,2\n");
    Run r = smm("metrics", posts.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err())
        .contains("long.csv: is not an export SMMKit reads")
        .contains("Its first line: " + "x".repeat(200) + "...")
        .doesNotContain("Mark invalid");
  }

  @Test
  void metrics_sumsBeyondLongRange_nameTheRow_inEveryFormat() throws IOException {
    String max = String.valueOf(Long.MAX_VALUE);
    Path posts =
        write(
            "huge.csv",
            HEADER
                + "1,vk,photo,2026-01-01T10:00:00Z,"
                + max
                + ",0,0,0,"
                + max
                + ","
                + max
                + ",,\n"
                + "2,vk,photo,2026-01-02T10:00:00Z,1,0,0,0,1,1,,\n");
    for (String format : new String[] {"text", "html"}) {
      Run r =
          format.equals("html")
              ? smm(
                  "metrics",
                  posts.toString(),
                  "--format",
                  "html",
                  "--output",
                  dir.resolve("huge.html").toString())
              : smm("metrics", posts.toString());
      assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(3);
      assertThat(r.err())
          .contains("huge.csv: row 2: the counts add up to more than 9223372036854775807");
    }
  }

  @Test
  void metrics_aByteOrderMark_isIgnored_inCsvAndJsonLines() throws IOException {
    Path csv =
        write("bom.csv", "\uFEFF" + HEADER + "1,vk,photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n");
    Run r = smm("metrics", csv.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("all,1,1,10,0.10000000");
    assertThat(r.err()).isEmpty();
    Path jsonl =
        write(
            "bom.jsonl",
            "\uFEFF{\"id\":\"1\",\"platform\":\"vk\",\"type\":\"photo\","
                + "\"published_at\":\"2026-01-01T10:00:00Z\",\"likes\":2,\"comments\":0,"
                + "\"shares\":0,\"saves\":0,\"reach\":10}\n");
    Run j = smm("metrics", jsonl.toString(), "--format", "csv");
    assertThat(j.code()).as(j.err()).isZero();
    assertThat(j.out()).contains("all,1,2,10,0.20000000");
  }

  @Test
  void metrics_oneRowWhoseCountsOverflow_isReportedAndTheOthersKept() throws IOException {
    Path posts =
        write(
            "overflow.csv",
            HEADER
                + "1,vk,photo,2026-01-01T10:00:00Z,"
                + Long.MAX_VALUE
                + ",1,0,0,10,,,\n"
                + "2,vk,photo,2026-01-02T10:00:00Z,3,0,0,0,10,,,\n");
    Run r = smm("metrics", posts.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("all,1,3,10,");
    assertThat(r.err()).contains("row 1 (line 2), column likes: sum of interaction counts exceeds");
  }

  @Test
  void metrics_csvOutput_quotesGroupNames() throws IOException {
    Path posts =
        write("quoted.csv", HEADER + "1,\"vk, main\",photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n");
    Run r = smm("metrics", posts.toString(), "--by", "platform", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\n\"vk, main\",1,1,10,0.10000000\n");
    assertThat(MetricsCommand.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(MetricsCommand.csv("plain")).isEqualTo("plain");
  }

  @Test
  void metrics_aDirectoryOrAnEmptyPath_isRefusedClearly() {
    Run directory = smm("metrics", dir.toString());
    assertThat(directory.code()).isEqualTo(3);
    assertThat(directory.err()).contains(": is a directory; give one file");
    Run blank = smm("metrics", "");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).contains("FILE must not be empty");
  }

  @Test
  void metrics_writeFailures_sayWhy_andNeverOverwriteTheInput() throws IOException {
    Path posts = write("in.csv", HEADER + "1,vk,photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n");
    String before = Files.readString(posts);
    Run nowhere =
        smm("metrics", posts.toString(), "--chart", dir.resolve("no/such/c.png").toString());
    assertThat(nowhere.code()).isEqualTo(2);
    assertThat(nowhere.err())
        .contains("cannot write --chart ")
        .contains("does not exist")
        .contains("Try 'smm metrics --help' for more.")
        .doesNotContain("Usage:");
    Run self = smm("metrics", posts.toString(), "--chart", posts.toString());
    assertThat(self.code()).isEqualTo(2);
    assertThat(self.err()).contains("is an input file; refusing to overwrite it");
    Run selfHtml =
        smm("metrics", posts.toString(), "--format", "html", "--output", posts.toString());
    assertThat(selfHtml.code()).isEqualTo(2);
    assertThat(Files.readString(posts)).isEqualTo(before);
    Run toDirectory = smm("metrics", posts.toString(), "--chart", dir.toString());
    assertThat(toDirectory.code()).isEqualTo(2);
    assertThat(toDirectory.err()).contains("cannot write --chart " + dir + ": ");
  }

  @Test
  void simulate_optionValuesTheLibraryRefuses_areUsageErrorsNamingTheOption() {
    String[][] cases = {
      {
        "--k",
        "-0.5",
        "--seeds",
        "10",
        "--generations",
        "3",
        "--k -0.5: must be a finite number >= 0"
      },
      {"--k", "0.5", "--seeds", "0", "--generations", "3", "--seeds 0: must be >= 1"},
      {"--k", "0.5", "--seeds", "10", "--generations", "-1", "--generations -1: must be >= 0"},
      {"--k", "0.5", "--seeds", "10", "--generations", "3", "--runs", "0", "--runs 0: must be"},
      {
        "--k",
        "0.5",
        "--seeds",
        "10",
        "--generations",
        "3",
        "--population",
        "5",
        "--seeds 10: must be <= population 5"
      },
    };
    for (String[] c : cases) {
      String[] args = new String[c.length + 1];
      args[0] = "simulate";
      args[1] = "virality";
      System.arraycopy(c, 0, args, 2, c.length - 1);
      Run r = smm(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).startsWith("smm: ").contains(c[c.length - 1]);
    }
  }

  @Test
  void audit_relativeUrlOrEmptyPath_isAUsageError() throws IOException {
    Run relative = smm("audit", page().toString(), "--url", "blog/post");
    assertThat(relative.code()).isEqualTo(2);
    assertThat(relative.err())
        .contains("--url blog/post: must be an absolute http or https address");
    Run blank = smm("audit", "");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).contains("FILE|DIR must not be empty");
  }

  @Test
  void audit_profileFileInTheWrongCharset_isBadInput() throws IOException {
    Path profile =
        write(
            "profile.json",
            "{\"name\":\"caf\u00e9\",\"weights\":{}}".getBytes(Charset.forName("windows-1252")));
    Run r = smm("audit", page().toString(), "--profile", profile.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("profile.json: line 1 (byte 12) is not valid UTF-8 text (bytes E9)");
  }

  @Test
  void audit_outputOntoAnAuditedPage_isRefused() throws IOException {
    Path page = page();
    String before = Files.readString(page);
    Run r = smm("audit", page.toString(), "--format", "html", "--output", page.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is an input file; refusing to overwrite it");
    Run inDir = smm("audit", dir.toString(), "--format", "html", "--output", page.toString());
    assertThat(inDir.code()).isEqualTo(2);
    assertThat(Files.readString(page)).isEqualTo(before);
  }

  @Test
  void audit_directoryProgress_withoutATerminal_isPlainLines() throws IOException {
    page();
    Run r = smm("audit", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .isEqualTo("Auditing 1 pages in " + dir + " ...\nAudited 1 pages.\n")
        .doesNotContain("\r")
        .doesNotContain("\u001b[");
    Run quiet = smm("audit", dir.toString(), "--progress", "none");
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void metrics_uciRowWithoutReach_isLeftOutOfTheRate_notCountedAsZeroReach() throws IOException {
    String header = String.join(";", dev.smmkit.metrics.io.UciFacebookReader.COLUMNS) + "\r\n";
    String row = "139441;Photo;2;12;4;3;0;2752;5091;178;109;159;3078;1640;119;4;79;17;100\r\n";
    Path uci = write("uci.csv", header + row + row.replace(";0;2752;", ";0;;"));
    Run r = smm("metrics", uci.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("all,1,100,2752,");
    assertThat(r.err())
        .contains("row 2 (line 3), column Lifetime Post Total Reach: missing value, unknown")
        .contains("row 2, column reach: has no reach to divide by");
    Path noMonth = write("uci-month.csv", header + row.replace(";2;12;4;", ";2;;4;"));
    Run byMonth = smm("metrics", noMonth.toString(), "--by", "month", "--format", "csv");
    assertThat(byMonth.out()).contains("\nunknown,1,100,2752,").doesNotContain("2014-00");
  }

  @Test
  void metrics_whenTheCsvParserGivesUp_noFiguresAreGiven() {
    Path posts = dir.resolve("huge-field.csv");
    try {
      try (java.io.Writer w = Files.newBufferedWriter(posts)) {
        w.write(HEADER);
        w.write("1,vk,photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n2,vk,");
        char[] chunk = new char[1 << 20];
        java.util.Arrays.fill(chunk, 'x');
        for (int i = 0; i < 17; i++) {
          w.write(chunk);
        }
        w.write(
            ",photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n3,vk,photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n");
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Run r = smm("metrics", posts.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err())
        .contains("row 2")
        .contains("reading stopped there, so no figures are given");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void metrics_anUnclosedQuote_isOneShortLine() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    text.append("1,vk,\"photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n");
    for (int i = 2; i < 2000; i++) {
      text.append(i).append(",vk,photo,2026-01-01T10:00:00Z,1,0,0,0,10,,,\n");
    }
    Run r = smm("metrics", write("quote.csv", text.toString()).toString(), "--fail-fast");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().strip()).doesNotContain("\n").hasSizeLessThan(600);
    assertThat(r.err()).contains("a quote opened here and never closed");
  }

  @Test
  void metrics_jsonLinesStartingWithABlankLine_andDuplicateFields() throws IOException {
    String post =
        "{\"id\":\"1\",\"platform\":\"vk\",\"type\":\"photo\","
            + "\"published_at\":\"2026-01-01T10:00:00Z\",\"likes\":2,\"comments\":0,"
            + "\"shares\":0,\"saves\":0,\"reach\":10}";
    Run r =
        smm("metrics", write("blank.jsonl", "\n  \n" + post + "\n").toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("all,1,2,10,");
    Run twice =
        smm(
            "metrics",
            write(
                    "twice.jsonl",
                    post + "\n" + post.replace("\"likes\":2,", "\"likes\":2,\"likes\":500,") + "\n")
                .toString(),
            "--format",
            "csv");
    assertThat(twice.code()).isZero();
    assertThat(twice.out()).contains("all,1,2,10,");
    assertThat(twice.err()).contains("row 2 (line 2)").contains("likes");
  }

  @Test
  void simulate_reachPastTheLongRange_isAUsageErrorNamingTheOptions() {
    Run r =
        smm(
            "simulate",
            "virality",
            "--k",
            "0.8",
            "--seeds",
            String.valueOf(Long.MAX_VALUE),
            "--generations",
            "3");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains("--seeds 9223372036854775807 with --k 0.8")
        .contains("--population");
  }

  @Test
  void audit_aPageFarPastTheLimit_isReadBoundedAndFlaggedPartial() throws IOException {
    Path big = dir.resolve("big.html");
    try (java.io.Writer w = Files.newBufferedWriter(big)) {
      w.write("<html><head><title>Big page here</title></head><body>");
      String para = "<p>" + "word ".repeat(200) + "</p>\n";
      for (long n = 0; n < 10L * 1024 * 1024; n += para.length()) {
        w.write(para);
      }
    }
    Run r = smm("audit", big.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("truncated at 8388608 bytes (the input is longer)");
  }

  @Test
  void audit_neverOverwritesItsProfile_andRefusesNonHttpUrls() throws IOException {
    Path profile = write("mine.json", "{\"name\":\"mine\",\"weights\":{}}");
    String before = Files.readString(profile);
    Run r =
        smm(
            "audit",
            page().toString(),
            "--profile",
            profile.toString(),
            "--format",
            "html",
            "--output",
            profile.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("is an input file; refusing to overwrite it");
    assertThat(Files.readString(profile)).isEqualTo(before);
    Run ftp = smm("audit", page().toString(), "--url", "ftp://example.com/x");
    assertThat(ftp.code()).isEqualTo(2);
    assertThat(ftp.err()).contains("must be an absolute http or https address");
  }
}
