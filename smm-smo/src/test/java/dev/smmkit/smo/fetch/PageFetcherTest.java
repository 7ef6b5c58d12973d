package dev.smmkit.smo.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.smmkit.core.ValidationException;
import dev.smmkit.smo.MetaField;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fetcher's guards. Refusals happen before any connection; the caps are tested against a server
 * on the loopback interface, which the fetcher reaches only when told to allow it. No test leaves
 * this machine.
 */
class PageFetcherTest {
  static final ExecutorService EXECUTOR = Executors.newCachedThreadPool();
  static HttpServer server;
  static volatile boolean trickleFinished;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/page",
        ex -> {
          byte[] body =
              "<html><head><title>Обои</title></head></html>"
                  .getBytes(Charset.forName("windows-1251"));
          ex.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1251");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.createContext(
        "/big",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            byte[] chunk = new byte[8192];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 200; i++) {
              out.write(chunk);
            }
          } catch (IOException ignored) {
            // the client hung up at its cap
          }
        });
    server.createContext(
        "/loop",
        ex -> {
          ex.getResponseHeaders().add("Location", "/loop");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.createContext(
        "/moved",
        ex -> {
          ex.getResponseHeaders().add("Location", "/page");
          ex.sendResponseHeaders(301, -1);
          ex.close();
        });
    server.createContext(
        "/slow",
        ex -> {
          try {
            Thread.sleep(3000);
            ex.sendResponseHeaders(200, -1);
          } catch (InterruptedException | IOException ignored) {
            // the client gave up first
          }
          ex.close();
        });
    server.createContext(
        "/trickle",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 100; i++) {
              out.write('a');
              out.flush();
              Thread.sleep(100);
            }
            trickleFinished = true;
          } catch (IOException | InterruptedException ignored) {
            // the client hung up at its time cap
          }
        });
    server.createContext(
        "/bad-location",
        ex -> {
          ex.getResponseHeaders().add("Location", "http://[::1");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.createContext(
        "/missing",
        ex -> {
          ex.sendResponseHeaders(404, -1);
          ex.close();
        });
    // One thread per exchange: a handler that sleeps (the time-cap cases) must not hold up the
    // next test's request after its client has given up.
    server.setExecutor(EXECUTOR);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    EXECUTOR.shutdownNow();
  }

  static PageFetcher local() {
    return PageFetcher.builder().allowPrivateAddresses(true).timeout(Duration.ofSeconds(5)).build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)", "gopher://x/"})
  void onlyHttpAndHttps(String url) {
    assertThatThrownBy(() -> PageFetcher.builder().build().fetch(URI.create(url)))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.SCHEME))
        .hasMessageContaining("only http and https may be fetched");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/",
        "http://localhost:8080/admin",
        "http://[::1]/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://172.16.0.5/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://[fd00::1]/",
        "http://[::127.0.0.1]/",
        "http://[64:ff9b::a00:1]/",
        "http://[2002:7f00:1::1]/",
        "http://[2001:0:4136:e378::1]/",
        "http://255.255.255.255/",
        "http://192.0.0.170/",
        "http://2130706433/"
      })
  void localAddresses_areRefusedByDefault_beforeAnyConnection(String url) {
    assertThatThrownBy(() -> PageFetcher.builder().build().fetch(URI.create(url)))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ADDRESS))
        .hasMessageContaining("refused by default");
  }

  @Test
  void aPage_withTheServersCharset() {
    FetchResult r = local().fetch(URI.create(base + "/page"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.charset()).contains(Charset.forName("windows-1251"));
    assertThat(r.toPage().metadata().value(MetaField.TITLE)).contains("Обои");
    assertThat(r.redirects()).isEmpty();
  }

  @Test
  void redirects_areFollowedAndRecorded() {
    FetchResult r = local().fetch(URI.create(base + "/moved"));
    assertThat(r.url()).isEqualTo(URI.create(base + "/page"));
    assertThat(r.redirects()).containsExactly(URI.create(base + "/moved"));
  }

  @Test
  void redirects_areCapped() {
    assertThatThrownBy(
            () ->
                PageFetcher.builder()
                    .allowPrivateAddresses(true)
                    .maxRedirects(3)
                    .build()
                    .fetch(URI.create(base + "/loop")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.REDIRECTS))
        .hasMessageContaining("more than 3 redirects");
  }

  @Test
  void size_isCapped() {
    assertThatThrownBy(
            () ->
                PageFetcher.builder()
                    .allowPrivateAddresses(true)
                    .maxBytes(100_000)
                    .build()
                    .fetch(URI.create(base + "/big")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.SIZE))
        .hasMessageContaining("body larger than 100000 bytes");
  }

  @Test
  void time_isCapped() {
    assertThatThrownBy(
            () ->
                PageFetcher.builder()
                    .allowPrivateAddresses(true)
                    .timeout(Duration.ofMillis(300))
                    .build()
                    .fetch(URI.create(base + "/slow")))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TIME))
        .hasMessageContaining("took longer than PT0.3S");
  }

  @Test
  void aTricklingBody_isCutByTheTimeCap_beforeTheServerHasSentIt() {
    assertThatThrownBy(
            () ->
                PageFetcher.builder()
                    .allowPrivateAddresses(true)
                    .timeout(Duration.ofMillis(800))
                    .build()
                    .fetch(URI.create(base + "/trickle")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TIME));
    // The server needs 10 s for its 100 bytes: the fetch gave up long before that.
    assertThat(trickleFinished).isFalse();
  }

  @Test
  void anUnusableRedirect_isAFetchException() {
    assertThatThrownBy(() -> local().fetch(URI.create(base + "/bad-location")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.REDIRECTS))
        .hasMessageContaining("unusable redirect location http://[::1");
  }

  @Test
  void errorStatus_isReported() {
    assertThatThrownBy(() -> local().fetch(URI.create(base + "/missing")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_STATUS))
        .hasMessage(base + "/missing: HTTP status 404 (HTTP_STATUS)");
  }

  @Test
  void builder_rejectsBadCaps() {
    assertThatThrownBy(() -> PageFetcher.builder().maxBytes(0))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PageFetcher.maxBytes: must be between 1 and 1073741824 (was 0)");
    assertThatThrownBy(() -> PageFetcher.builder().timeout(Duration.ZERO))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("PageFetcher.timeout: must be positive");
    assertThatThrownBy(() -> PageFetcher.builder().maxRedirects(21))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PageFetcher.maxRedirects: must be between 0 and 20 (was 21)");
  }
}
