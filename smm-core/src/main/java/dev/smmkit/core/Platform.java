package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import dev.smmkit.core.internal.PlatformCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A social network or messenger where content is published, with its content limits.
 *
 * <p>The networks the source documents name (Facebook, Instagram, X/Twitter, YouTube, Tumblr,
 * Snapchat, VKontakte, Odnoklassniki) and the usual others (Telegram, TikTok, LinkedIn, Pinterest)
 * are built in as constants; their limits are data read from the library's {@code
 * platforms.properties}. Callers define their own platforms, or override a built-in's limits, with
 * {@link #builder(String)}. Two platforms are equal when id, name and limits are equal.
 */
public final class Platform {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** Facebook. */
  public static final Platform FACEBOOK = catalog("facebook");

  /** Instagram. */
  public static final Platform INSTAGRAM = catalog("instagram");

  /** X, formerly Twitter. */
  public static final Platform X = catalog("x");

  /** YouTube. */
  public static final Platform YOUTUBE = catalog("youtube");

  /** Tumblr. */
  public static final Platform TUMBLR = catalog("tumblr");

  /** Snapchat. */
  public static final Platform SNAPCHAT = catalog("snapchat");

  /** VKontakte (VK). */
  public static final Platform VKONTAKTE = catalog("vkontakte");

  /** Odnoklassniki (OK). */
  public static final Platform ODNOKLASSNIKI = catalog("odnoklassniki");

  /** Telegram. */
  public static final Platform TELEGRAM = catalog("telegram");

  /** TikTok. */
  public static final Platform TIKTOK = catalog("tiktok");

  /** LinkedIn. */
  public static final Platform LINKEDIN = catalog("linkedin");

  /** Pinterest. */
  public static final Platform PINTEREST = catalog("pinterest");

  private static final List<Platform> BUILT_INS =
      List.of(
          FACEBOOK,
          INSTAGRAM,
          X,
          YOUTUBE,
          TUMBLR,
          SNAPCHAT,
          VKONTAKTE,
          ODNOKLASSNIKI,
          TELEGRAM,
          TIKTOK,
          LINKEDIN,
          PINTEREST);

  private final String id;
  private final String name;
  private final ContentLimits limits;

  private static Platform catalog(String id) {
    return builder(id).name(PlatformCatalog.name(id)).limits(PlatformCatalog.limits(id)).build();
  }

  private Platform(String id, String name, ContentLimits limits) {
    this.id = id;
    this.name = name;
    this.limits = limits;
  }

  /**
   * The built-in platforms, in a fixed order.
   *
   * @return an unmodifiable list of the twelve built-in platforms
   */
  public static List<Platform> builtIns() {
    return BUILT_INS;
  }

  /**
   * Finds a built-in platform by id, ignoring case; {@code twitter} finds {@link #X}.
   *
   * @param id the id, such as {@code vkontakte}
   * @return the platform, or empty when no built-in has that id
   */
  public static Optional<Platform> builtIn(String id) {
    String key = Objects.requireNonNull(id, "id").trim().toLowerCase(Locale.ROOT);
    if (key.equals("twitter")) {
      key = "x";
    }
    for (Platform p : BUILT_INS) {
      if (p.id.equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts building a platform of the caller's own, or a changed copy of a built-in.
   *
   * @param id a lower-case id: letters, digits, {@code _} or {@code -}, at most 64 characters
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * A builder pre-filled with this platform's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(id).name(name).limits(limits);
  }

  /**
   * The stable id, such as {@code vkontakte}; used in JSON and data files.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The display name, such as {@code VKontakte}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The content limits and recommendations.
   *
   * @return the limits
   */
  public ContentLimits limits() {
    return limits;
  }

  /**
   * Whether this platform is one of the built-ins, unchanged.
   *
   * @return true for a built-in constant or an equal copy of one
   */
  public boolean isBuiltIn() {
    return BUILT_INS.contains(this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Platform p
        && id.equals(p.id)
        && name.equals(p.name)
        && limits.equals(p.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, limits);
  }

  @Override
  public String toString() {
    return "Platform[" + id + "]";
  }

  /** Builds a {@link Platform}; not thread-safe, reusable. */
  public static final class Builder {
    private final @Nullable String id;
    private @Nullable String name;
    private @Nullable ContentLimits limits;

    private Builder(@Nullable String id) {
      this.id = id;
    }

    /**
     * Sets the display name.
     *
     * @param name a non-blank name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the content limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ContentLimits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * Builds the platform.
     *
     * @return a new immutable platform
     * @throws ValidationException listing every missing or malformed field
     */
    public Platform build() {
      Checks v = Checks.of("Platform");
      v.check(id != null && ID.matcher(id).matches(), "id", id, "Pattern", "smm.platform.id");
      v.check(
          name != null && !name.isBlank(),
          "name",
          name,
          "NotBlank",
          "jakarta.validation.constraints.NotBlank.message");
      v.check(
          limits != null,
          "limits",
          null,
          "NotNull",
          "jakarta.validation.constraints.NotNull.message");
      v.throwIfAny();
      return new Platform(
          Objects.requireNonNull(id), Objects.requireNonNull(name), Objects.requireNonNull(limits));
    }
  }
}
