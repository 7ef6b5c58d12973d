package dev.smmkit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.internal.BeanValidation;
import dev.smmkit.core.internal.json.SmmJacksonModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes every SMMKit domain type as JSON, losslessly.
 *
 * <p>The form: properties in a fixed order; times as ISO-8601 with zone ({@code
 * 2026-03-02T10:00:00+03:00[Europe/Moscow]}); money as {@code
 * {"amount":"15000.00","currency":"RUB"}}; built-in platforms by id ({@code "vkontakte"}), the
 * caller's own platforms as objects; enums by name; absent optional values omitted.
 *
 * <p>Reading goes through the types' builders, so it validates exactly like {@code build()} and
 * throws the same {@link ValidationException}; a nested object that is invalid is reported before
 * its parent. Structural problems (malformed JSON, unknown property, wrong type, input over the
 * limits, a document that is just {@code null}) throw {@link JsonInputException} with line, column
 * and path. Unknown properties are an error unless {@link Builder#ignoreUnknownProperties(boolean)}
 * says otherwise. No polymorphic typing is ever enabled. Limits by default: 10 MB per document,
 * nesting depth 64, strings of 1 MB.
 *
 * <p>Jackson is an implementation detail: no Jackson type appears in this API, and any Jackson 2
 * from 2.18 on works (the host application's own version wins; see the README).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SmmJson {
  private static final SmmJson DEFAULTS = builder().build();

  private final JsonMapper mapper;
  private final Locale locale;

  private SmmJson(JsonMapper mapper, Locale locale) {
    this.mapper = mapper;
    this.locale = locale;
  }

  /**
   * The strict default: unknown properties rejected, English messages, default limits.
   *
   * @return the shared default instance
   */
  public static SmmJson defaults() {
    return DEFAULTS;
  }

  /**
   * Starts configuring an instance.
   *
   * @return a builder with the default settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a value from a JSON text.
   *
   * @param json the JSON text
   * @param type the type to read, such as {@code Campaign.class}
   * @param <T> the type
   * @return the validated value
   * @throws ValidationException if a value breaks a rule
   * @throws JsonInputException if the JSON is malformed, over the limits, {@code null} or does not
   *     fit the type
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return nonNull(guarded(() -> mapper.readValue(json, type)), type);
  }

  /**
   * Reads a value from UTF-8 JSON bytes (RFC 8259 requires UTF-8). The stream is not closed.
   *
   * @param in the input
   * @param type the type to read
   * @param <T> the type
   * @return the validated value
   * @throws ValidationException if a value breaks a rule
   * @throws JsonInputException if the JSON is malformed, over the limits, {@code null} or does not
   *     fit the type
   */
  public <T> T read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return nonNull(guarded(() -> mapper.readValue(in, type)), type);
  }

  /**
   * Reads a value from characters. The reader is not closed.
   *
   * @param reader the input
   * @param type the type to read
   * @param <T> the type
   * @return the validated value
   * @throws ValidationException if a value breaks a rule
   * @throws JsonInputException if the JSON is malformed, over the limits, {@code null} or does not
   *     fit the type
   */
  public <T> T read(Reader reader, Class<T> type) {
    Objects.requireNonNull(reader, "reader");
    return nonNull(guarded(() -> mapper.readValue(reader, type)), type);
  }

  /**
   * Writes a value as pretty-printed JSON with a stable property order; the same value always gives
   * the same text.
   *
   * @param value a domain value
   * @return the JSON text, ending without a newline
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw writeFailure(value, e);
    }
  }

  /**
   * Writes a value as UTF-8 JSON. The stream is not closed.
   *
   * @param value a domain value
   * @param out the output
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(value, "value");
    try {
      mapper.writeValue(out, value);
    } catch (JsonProcessingException e) {
      throw writeFailure(value, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IllegalArgumentException writeFailure(Object value, JsonProcessingException e) {
    return new IllegalArgumentException(
        "SmmJson.write: a " + value.getClass().getName() + " cannot be written as JSON", e);
  }

  /** A document that is JSON {@code null} is no value: the parser gives null, we reject it. */
  private static <T> T nonNull(@Nullable T value, Class<T> type) {
    if (value == null) {
      throw new JsonInputException(
          "", -1, -1, "expected a " + type.getSimpleName() + ", found null");
    }
    return value;
  }

  /** A read that may fail with Jackson's checked exceptions. */
  @FunctionalInterface
  private interface JsonRead<T> {
    @Nullable T read() throws IOException;
  }

  private <T> @Nullable T guarded(JsonRead<T> action) {
    try {
      return BeanValidation.withLocale(
          locale,
          () -> {
            try {
              return action.read();
            } catch (IOException e) {
              throw new WrappedIo(e);
            }
          });
    } catch (WrappedIo wrapped) {
      IOException e = wrapped.io();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) {
          throw v;
        }
      }
      if (!(e instanceof JsonProcessingException p)) {
        throw new UncheckedIOException(e);
      }
      JsonLocation at = p.getLocation();
      String path =
          p instanceof JsonMappingException m && m.getPathReference() != null
              ? cleanPath(m.getPathReference())
              : "";
      // Our own wording where Jackson's differs between versions and names internal classes.
      String message =
          p instanceof UnrecognizedPropertyException u
              ? "Unrecognized property \""
                  + u.getPropertyName()
                  + "\" (known: "
                  + knownProperties(u)
                  + ")"
              : p.getOriginalMessage();
      throw new JsonInputException(
          path, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), message, p);
    }
  }

  private static String knownProperties(UnrecognizedPropertyException e) {
    java.util.Collection<Object> known = e.getKnownPropertyIds();
    if (known == null || known.isEmpty()) {
      return "none";
    }
    return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  /** Carries a checked exception out of a {@code Supplier}. */
  private static final class WrappedIo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final IOException io;

    WrappedIo(IOException cause) {
      super(cause);
      this.io = cause;
    }

    IOException io() {
      return io;
    }
  }

  private static String cleanPath(String reference) {
    // Jackson's reference looks like: dev.smmkit.core.Campaign["personas"]->java.util.ArrayList[1]
    StringBuilder path = new StringBuilder();
    for (String part : reference.split("->", -1)) {
      int bracket = part.indexOf('[');
      if (bracket < 0) {
        continue;
      }
      String key = part.substring(bracket + 1, part.length() - 1);
      if (key.startsWith("\"")) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(key, 1, key.length() - 1);
      } else {
        path.append('[').append(key).append(']');
      }
    }
    return path.toString();
  }

  /** Configures an {@link SmmJson}. Not thread-safe; reusable. */
  public static final class Builder {
    private boolean ignoreUnknown;
    private Locale locale = Locale.ENGLISH;
    private long maxDocumentLength = 10L * 1024 * 1024;
    private int maxNestingDepth = 64;
    private int maxStringLength = 1024 * 1024;

    private Builder() {}

    /**
     * Whether unknown properties are skipped instead of rejected (default: rejected).
     *
     * @param ignore true to skip unknown properties
     * @return this builder
     */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknown = ignore;
      return this;
    }

    /**
     * The locale of validation messages (English, Russian or Vietnamese; default English).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The largest document accepted, in bytes or characters (default 10 MB).
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxDocumentLength(long max) {
      this.maxDocumentLength = requirePositive("maxDocumentLength", max);
      return this;
    }

    /**
     * The deepest nesting of objects and arrays accepted (default 64).
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxNestingDepth(int max) {
      this.maxNestingDepth = (int) requirePositive("maxNestingDepth", max);
      return this;
    }

    /**
     * The longest string value accepted, in characters (default 1 MB).
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxStringLength(int max) {
      this.maxStringLength = (int) requirePositive("maxStringLength", max);
      return this;
    }

    private static long requirePositive(String field, long value) {
      if (value < 1) {
        throw ValidationException.of("SmmJson." + field, value, "Min", "must be >= 1");
      }
      return value;
    }

    /**
     * Builds the reader/writer.
     *
     * @return a new immutable instance
     */
    public SmmJson build() {
      JsonFactory factory =
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxDocumentLength(maxDocumentLength)
                      .maxNestingDepth(maxNestingDepth)
                      .maxStringLength(maxStringLength)
                      .build())
              .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
              .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
              .build();
      JsonMapper mapper =
          SmmJacksonModule.configure(JsonMapper.builder(factory))
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknown)
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
              .enable(SerializationFeature.INDENT_OUTPUT)
              .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
              .build();
      return new SmmJson(mapper, locale);
    }
  }
}
