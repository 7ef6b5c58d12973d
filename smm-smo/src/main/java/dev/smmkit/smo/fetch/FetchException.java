package dev.smmkit.smo.fetch;

import dev.smmkit.core.SmmKitException;
import java.net.URI;

/**
 * A fetch that was refused or stopped; {@link #reason()} says which guard or cap stopped it.
 *
 * <p>Thread-safe: its fields are final and set before it is thrown.
 */
public final class FetchException extends SmmKitException {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /** Which guard or cap stopped a fetch. Immutable and thread-safe. */
  public enum Reason {
    /** The URL's scheme is not http or https. */
    SCHEME,
    /** The host resolves to a loopback, private, link-local or otherwise local address. */
    ADDRESS,
    /** The host could not be resolved. */
    UNKNOWN_HOST,
    /** The body exceeded the size cap. */
    SIZE,
    /** The time cap ran out. */
    TIME,
    /** More redirects than the cap. */
    REDIRECTS,
    /** The server answered with a status other than 2xx. */
    HTTP_STATUS,
    /** The connection failed. */
    IO
  }

  /** Which guard or cap stopped the fetch. */
  private final Reason reason;

  /** The URL being fetched. */
  private final URI url;

  /**
   * Creates the exception.
   *
   * @param reason which guard or cap
   * @param url the URL being fetched
   * @param message details
   */
  public FetchException(Reason reason, URI url, String message) {
    super(url + ": " + message + " (" + reason + ")");
    this.reason = reason;
    this.url = url;
  }

  /**
   * Which guard or cap stopped the fetch.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The URL being fetched when it stopped (after redirects so far).
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }
}
