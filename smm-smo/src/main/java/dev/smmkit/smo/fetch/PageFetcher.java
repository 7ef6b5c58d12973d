package dev.smmkit.smo.fetch;

import dev.smmkit.core.ValidationException;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An optional, guarded HTTP fetcher for pages to audit. The SMO engine itself never touches the
 * network; this class does, and only when a caller calls {@link #fetch(URI)}.
 *
 * <p>Guards, each reported as a {@link FetchException.Reason}: http and https only; hosts that
 * resolve to loopback, private (RFC 1918, IPv6 unique-local), link-local (including cloud metadata
 * at 169.254.169.254), carrier-grade NAT, multicast or unspecified addresses are refused unless
 * {@link Builder#allowPrivateAddresses(boolean)} says otherwise, and every redirect target is
 * checked again; the body is capped ({@link Builder#maxBytes(int)}, default 5 MiB), the whole fetch
 * is capped in time ({@link Builder#timeout(Duration)}, default 10 s), and so are redirects ({@link
 * Builder#maxRedirects(int)}, default 5).
 *
 * <p>Known limit: the address is checked when the fetcher resolves the host; a DNS server that
 * answers differently a moment later (DNS rebinding) is not defended against here. Run fetches that
 * matter behind an egress proxy.
 *
 * <p>Immutable and thread-safe: build one fetcher and share it; its HTTP client serves concurrent
 * fetches, each with its own guards, cap and result.
 */
public final class PageFetcher {
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  private final int maxBytes;
  private final Duration timeout;
  private final int maxRedirects;
  private final boolean allowPrivate;
  private final String userAgent;
  private final HttpClient client;

  private PageFetcher(Builder b) {
    this(
        b,
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(b.timeout)
            .build());
  }

  /** With a given client: for tests that stand in for the JDK's HTTP client. */
  PageFetcher(Builder b, HttpClient client) {
    this.maxBytes = b.maxBytes;
    this.timeout = b.timeout;
    this.maxRedirects = b.maxRedirects;
    this.allowPrivate = b.allowPrivate;
    this.userAgent = b.userAgent;
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * A builder with the default caps.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Fetches a page.
   *
   * @param url an absolute http or https URL
   * @return the result
   * @throws FetchException naming the guard or cap that stopped the fetch
   */
  public FetchResult fetch(URI url) {
    Objects.requireNonNull(url, "url");
    long deadline = System.nanoTime() + timeout.toNanos();
    List<URI> redirects = new ArrayList<>();
    URI current = url;
    while (true) {
      check(current);
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new FetchException(
            FetchException.Reason.TIME, current, "took longer than " + timeout);
      }
      HttpRequest request;
      try {
        request =
            HttpRequest.newBuilder(current)
                .timeout(Duration.ofNanos(left))
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .GET()
                .build();
      } catch (IllegalArgumentException e) {
        throw new FetchException(
            FetchException.Reason.SCHEME,
            current,
            "not a URL the client accepts: " + e.getMessage());
      }
      // The body is read by a size-capped subscriber, and the whole exchange (headers and body)
      // is awaited with the time left: neither a large nor a trickling body can hold the caller.
      CompletableFuture<HttpResponse<byte[]>> future;
      try {
        future = client.sendAsync(request, info -> new CappedBody(maxBytes));
      } catch (IllegalArgumentException e) {
        throw new FetchException(
            FetchException.Reason.IO, current, "cannot connect: " + e.getMessage());
      }
      HttpResponse<byte[]> response;
      try {
        response = future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new FetchException(
            FetchException.Reason.TIME, current, "took longer than " + timeout);
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new FetchException(FetchException.Reason.IO, current, "interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        while (cause instanceof IOException
            && cause.getCause() != null
            && !(cause instanceof HttpTimeoutException)) {
          if (cause instanceof TooLarge) {
            break;
          }
          cause = cause.getCause();
        }
        if (cause instanceof TooLarge || e.getCause() instanceof TooLarge) {
          throw new FetchException(
              FetchException.Reason.SIZE, current, "body larger than " + maxBytes + " bytes");
        }
        if (cause instanceof HttpTimeoutException || e.getCause() instanceof HttpTimeoutException) {
          throw new FetchException(
              FetchException.Reason.TIME, current, "took longer than " + timeout);
        }
        throw new FetchException(
            FetchException.Reason.IO, current, "connection failed: " + e.getCause());
      }
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (status >= 300 && status < 400 && location.isPresent()) {
        if (redirects.size() >= maxRedirects) {
          throw new FetchException(
              FetchException.Reason.REDIRECTS, current, "more than " + maxRedirects + " redirects");
        }
        redirects.add(current);
        try {
          current = current.resolve(location.get().trim());
        } catch (IllegalArgumentException e) {
          throw new FetchException(
              FetchException.Reason.REDIRECTS,
              current,
              "unusable redirect location " + location.get());
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        throw new FetchException(
            FetchException.Reason.HTTP_STATUS, current, "HTTP status " + status);
      }
      Charset charset =
          response.headers().firstValue("Content-Type").map(PageFetcher::charset).orElse(null);
      return new FetchResult(current, status, response.body(), charset, redirects);
    }
  }

  /** Signals a body over the cap. */
  private static final class TooLarge extends IOException {
    @java.io.Serial private static final long serialVersionUID = 1L;

    TooLarge() {
      super("body over the size cap");
    }
  }

  /** Collects a body, cancelling the exchange as soon as it exceeds the cap. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int max;
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.@Nullable Subscription subscription;

    CappedBody(int max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer b : buffers) {
        if ((long) bytes.size() + b.remaining() > max) {
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }

  private static @Nullable Charset charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1).trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void check(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          FetchException.Reason.SCHEME,
          url,
          "only http and https may be fetched, not '" + scheme + "'");
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(FetchException.Reason.SCHEME, url, "the URL has no host");
    }
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses =
          InetAddress.getAllByName(
              host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchException.Reason.UNKNOWN_HOST, url, "unknown host " + host);
    }
    for (InetAddress a : addresses) {
      String why = localKind(a);
      if (why != null) {
        throw new FetchException(
            FetchException.Reason.ADDRESS,
            url,
            host
                + " resolves to "
                + why
                + " address "
                + a.getHostAddress()
                + "; refused by default");
      }
    }
  }

  /**
   * Why an address counts as local, or null when it is public.
   *
   * @param a the address
   * @return loopback, private, link-local, ... or null
   */
  static @Nullable String localKind(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "a loopback";
    }
    if (a.isAnyLocalAddress()) {
      return "an unspecified";
    }
    if (a.isLinkLocalAddress()) {
      return "a link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "a private";
    }
    if (a.isMulticastAddress()) {
      return "a multicast";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC) {
        return "a unique-local";
      }
      // IPv6 forms that carry an IPv4 address: IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96,
      // 6to4 2002::/16; Teredo 2001:0::/32 tunnels anywhere and is refused outright.
      if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
        return "a Teredo tunnel";
      }
      byte[] v4 = null;
      if (isZero(b, 0, 12)) {
        v4 = java.util.Arrays.copyOfRange(b, 12, 16);
      } else if ((b[0] & 0xFF) == 0x00
          && (b[1] & 0xFF) == 0x64
          && (b[2] & 0xFF) == 0xFF
          && (b[3] & 0xFF) == 0x9B
          && isZero(b, 4, 12)) {
        v4 = java.util.Arrays.copyOfRange(b, 12, 16);
      } else if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
        v4 = java.util.Arrays.copyOfRange(b, 2, 6);
      }
      if (v4 != null) {
        try {
          String why = localKind(InetAddress.getByAddress(v4));
          return why == null ? null : why + " (embedded in IPv6)";
        } catch (java.net.UnknownHostException e) {
          return "an unreadable";
        }
      }
      return null;
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    if (first == 0) {
      return "an unspecified";
    }
    if (first == 100 && second >= 64 && second <= 127) {
      return "a carrier-grade NAT";
    }
    if (first == 198 && (second == 18 || second == 19)) {
      return "a benchmarking";
    }
    if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
      return "an IETF protocol";
    }
    if (first >= 240) {
      return "a reserved or broadcast";
    }
    return null;
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Caps and guards of a fetcher.
   *
   * <p>Not thread-safe: use one builder per thread; {@code build()} returns an immutable value.
   */
  public static final class Builder {
    private int maxBytes = 5 << 20;
    private Duration timeout = Duration.ofSeconds(10);
    private int maxRedirects = 5;
    private boolean allowPrivate;
    private String userAgent = "SMMKit-SMO/0.1 (+https://smmkit.dev)";

    private Builder() {}

    /**
     * Caps the body size.
     *
     * @param maxBytes bytes, 1 to 1 GiB
     * @return this builder
     * @throws ValidationException when out of range
     */
    public Builder maxBytes(int maxBytes) {
      if (maxBytes < 1 || maxBytes > 1 << 30) {
        throw ValidationException.of(
            "PageFetcher.maxBytes", maxBytes, "Range", "must be between 1 and 1073741824");
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Caps the time of the whole fetch, redirects included.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws ValidationException when not positive
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw ValidationException.of(
            "PageFetcher.timeout", timeout, "Positive", "must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Caps redirects.
     *
     * @param maxRedirects 0 to 20
     * @return this builder
     * @throws ValidationException when out of range
     */
    public Builder maxRedirects(int maxRedirects) {
      if (maxRedirects < 0 || maxRedirects > 20) {
        throw ValidationException.of(
            "PageFetcher.maxRedirects", maxRedirects, "Range", "must be between 0 and 20");
      }
      this.maxRedirects = maxRedirects;
      return this;
    }

    /**
     * Allows loopback, private and link-local addresses (for a local development server, say).
     *
     * @param allow true to allow
     * @return this builder
     */
    public Builder allowPrivateAddresses(boolean allow) {
      this.allowPrivate = allow;
      return this;
    }

    /**
     * Sets the User-Agent header.
     *
     * @param userAgent the header value
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /**
     * Builds the fetcher. Its HTTP client is created here, not before.
     *
     * @return the fetcher
     */
    public PageFetcher build() {
      return new PageFetcher(this);
    }
  }
}
