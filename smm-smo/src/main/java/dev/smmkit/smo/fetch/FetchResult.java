package dev.smmkit.smo.fetch;

import dev.smmkit.smo.Page;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fetched page: the final URL after redirects, the status, the body bytes and the charset the
 * server declared.
 *
 * <p>Immutable and thread-safe.
 */
public final class FetchResult {
  private final URI url;
  private final int status;
  private final byte[] body;
  private final @Nullable Charset charset;
  private final List<URI> redirects;

  FetchResult(URI url, int status, byte[] body, @Nullable Charset charset, List<URI> redirects) {
    this.url = Objects.requireNonNull(url);
    this.status = status;
    this.body = body.clone();
    this.charset = charset;
    this.redirects = List.copyOf(redirects);
  }

  /**
   * The final URL, after redirects.
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The body.
   *
   * @return a copy of the bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The charset of the Content-Type header.
   *
   * @return the charset, empty when the server declared none (or an unknown one)
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * The URLs redirected from, in order.
   *
   * @return the redirects, empty when there were none
   */
  public List<URI> redirects() {
    return redirects;
  }

  /**
   * Parses the body as a page at the final URL, with the server's charset when declared.
   *
   * @return the page
   */
  public Page toPage() {
    return Page.parse(body, url, charset);
  }

  @Override
  public String toString() {
    return "FetchResult["
        + url
        + ", "
        + status
        + ", "
        + body.length
        + " bytes, redirects "
        + redirects
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FetchResult r
        && url.equals(r.url)
        && status == r.status
        && Arrays.equals(body, r.body)
        && Objects.equals(charset, r.charset)
        && redirects.equals(r.redirects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, status, Arrays.hashCode(body), charset, redirects);
  }
}
