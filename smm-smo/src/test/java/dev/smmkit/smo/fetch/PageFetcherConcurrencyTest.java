package dev.smmkit.smo.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PageFetcherConcurrencyTest {
  @Test
  void oneFetcher_sharedByManyThreads_givesEachFetchItsOwnPage() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService handlers = Executors.newFixedThreadPool(4);
    server.setExecutor(handlers);
    server.createContext(
        "/n",
        ex -> {
          String n = ex.getRequestURI().getQuery();
          byte[] body =
              ("<html><head><title>page " + n + "</title></head></html>")
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/n?";
    PageFetcher fetcher =
        PageFetcher.builder().allowPrivateAddresses(true).timeout(Duration.ofSeconds(20)).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        int n = i;
        results.add(
            pool.submit(
                () -> {
                  FetchResult r = fetcher.fetch(URI.create(base + n));
                  return r.status() + " " + r.toPage().document().title();
                }));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo("200 page " + i);
      }
    } finally {
      pool.shutdownNow();
      server.stop(0);
      handlers.shutdownNow();
    }
  }
}
