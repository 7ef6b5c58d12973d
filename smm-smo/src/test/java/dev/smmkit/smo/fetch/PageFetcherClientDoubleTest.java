package dev.smmkit.smo.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The fetcher's behaviour where the JDK's HTTP client (a collaborator we do not own) fails in ways
 * a loopback server cannot stage: the client refuses the request, the connection fails, the
 * exchange never completes, a redirect points back at itself. The client is a Mockito double.
 */
class PageFetcherClientDoubleTest {
  private static final URI PAGE = URI.create("http://127.0.0.1:9/page");

  private static PageFetcher fetcher(HttpClient client, Duration timeout) {
    return new PageFetcher(
        PageFetcher.builder().allowPrivateAddresses(true).timeout(timeout).maxRedirects(3), client);
  }

  @Test
  void aRequestTheClientRefuses_isAnIoFetchException() {
    HttpClient client = mock(HttpClient.class);
    when(client.sendAsync(any(), any())).thenThrow(new IllegalArgumentException("no selector"));

    assertThatThrownBy(() -> fetcher(client, Duration.ofSeconds(1)).fetch(PAGE))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.IO))
        .hasMessageContaining("cannot connect: no selector");
  }

  @Test
  void aFailedConnection_isAnIoFetchExceptionNamingTheCause() {
    HttpClient client = mock(HttpClient.class);
    when(client.sendAsync(any(), any()))
        .thenReturn(CompletableFuture.failedFuture(new ConnectException("Connection refused")));

    assertThatThrownBy(() -> fetcher(client, Duration.ofSeconds(1)).fetch(PAGE))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.IO))
        .hasMessageContaining("connection failed")
        .hasMessageContaining("Connection refused");
  }

  @Test
  void anExchangeThatNeverCompletes_isCutAtTheTimeout_andCancelled() {
    HttpClient client = mock(HttpClient.class);
    CompletableFuture<HttpResponse<byte[]>> never = new CompletableFuture<>();
    when(client.<byte[]>sendAsync(any(), any())).thenReturn(never);

    assertThatThrownBy(() -> fetcher(client, Duration.ofMillis(200)).fetch(PAGE))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.TIME));
    assertThat(never).isCancelled();
  }

  @Test
  @SuppressWarnings("unchecked") // a mock of the generic HttpResponse interface
  void aRedirectToItself_stopsAfterMaxRedirects_withTheUserAgentOnEveryRequest() {
    HttpResponse<byte[]> redirect = mock(HttpResponse.class);
    when(redirect.statusCode()).thenReturn(302);
    when(redirect.headers())
        .thenReturn(HttpHeaders.of(Map.of("Location", List.of("/page")), (k, v) -> true));
    HttpClient client = mock(HttpClient.class);
    when(client.<byte[]>sendAsync(any(), any()))
        .thenReturn(CompletableFuture.completedFuture(redirect));

    assertThatThrownBy(() -> fetcher(client, Duration.ofSeconds(1)).fetch(PAGE))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.REDIRECTS))
        .hasMessageContaining("more than 3 redirects");
    org.mockito.ArgumentCaptor<HttpRequest> sent =
        org.mockito.ArgumentCaptor.forClass(HttpRequest.class);
    verify(client, times(4)).sendAsync(sent.capture(), any());
    assertThat(sent.getAllValues())
        .allSatisfy(r -> assertThat(r.headers().firstValue("User-Agent")).isPresent());
  }
}
