package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One post, article announcement or video of a content plan: text, media, links, hashtags, call to
 * action, purpose, target platforms, the persona and semantic cluster it serves, and when it is
 * published.
 *
 * <p>A piece needs at least a headline, a body or media. Links must be absolute http or https URIs;
 * hashtags are kept as written (with or without {@code #}) but may not contain white space. The SMO
 * engine scores a piece against each target platform's {@link ContentLimits}.
 */
public final class ContentPiece {
  @NotBlank
  @Size(max = 200)
  private final String id;

  @Size(max = 1000)
  private final @Nullable String headline;

  @Size(max = 100_000)
  private final @Nullable String body;

  private final List<@NotNull Media> media;
  private final List<@NotNull URI> links;
  private final List<@NotBlank String> hashtags;

  @Size(max = 500)
  private final @Nullable String callToAction;

  @NotNull private final ContentPurpose purpose;
  @NotEmpty private final List<@NotNull Platform> targetPlatforms;
  private final @Nullable String persona;
  private final @Nullable String semanticCluster;
  private final @Nullable ZonedDateTime scheduledAt;

  // Bean Validation checks this candidate's @NotNull fields; build() throws before it escapes.
  @SuppressWarnings("NullAway")
  private ContentPiece(Builder b) {
    this.id = b.id;
    this.headline = b.headline;
    this.body = b.body;
    this.media = Checks.copy(b.media);
    this.links = Checks.copy(b.links);
    this.hashtags = Checks.copy(b.hashtags);
    this.callToAction = b.callToAction;
    this.purpose = b.purpose;
    this.targetPlatforms = Checks.copy(b.targetPlatforms);
    this.persona = b.persona;
    this.semanticCluster = b.semanticCluster;
    this.scheduledAt = b.scheduledAt;
  }

  /**
   * Starts building a content piece.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this piece's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .id(id)
            .media(media)
            .links(links)
            .hashtags(hashtags)
            .purpose(purpose)
            .targetPlatforms(targetPlatforms);
    b.headline = headline;
    b.body = body;
    b.callToAction = callToAction;
    b.persona = persona;
    b.semanticCluster = semanticCluster;
    b.scheduledAt = scheduledAt;
    return b;
  }

  /**
   * The piece's id, unique within a content plan.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The headline or title.
   *
   * @return the headline, or empty for a post without one
   */
  public Optional<String> headline() {
    return Optional.ofNullable(headline);
  }

  /**
   * The body text.
   *
   * @return the body, or empty
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Media attachments.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Media> media() {
    return media;
  }

  /**
   * Links, such as the product card or the article on the site.
   *
   * @return an unmodifiable list of absolute http(s) URIs, possibly empty
   */
  public List<URI> links() {
    return links;
  }

  /**
   * Hashtags as written.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<String> hashtags() {
    return hashtags;
  }

  /**
   * The call to action, such as {@code Order a free measurement}.
   *
   * @return the call to action, or empty
   */
  public Optional<String> callToAction() {
    return Optional.ofNullable(callToAction);
  }

  /**
   * What the piece is for.
   *
   * @return the purpose
   */
  public ContentPurpose purpose() {
    return purpose;
  }

  /**
   * The platforms it is published on.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Platform> targetPlatforms() {
    return targetPlatforms;
  }

  /**
   * The name of the persona it serves.
   *
   * @return the persona name, or empty
   */
  public Optional<String> persona() {
    return Optional.ofNullable(persona);
  }

  /**
   * The name of the semantic cluster it answers.
   *
   * @return the cluster name, or empty
   */
  public Optional<String> semanticCluster() {
    return Optional.ofNullable(semanticCluster);
  }

  /**
   * When it is published, with the time zone of the audience.
   *
   * @return the scheduled time, or empty for an unscheduled draft
   */
  public Optional<ZonedDateTime> scheduledAt() {
    return Optional.ofNullable(scheduledAt);
  }

  /**
   * The text a network shows: headline and body joined by a blank line.
   *
   * @return the text, possibly empty
   */
  public String text() {
    if (headline != null && body != null) {
      return headline + "\n\n" + body;
    }
    return headline != null ? headline : body != null ? body : "";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ContentPiece c
        && id.equals(c.id)
        && Objects.equals(headline, c.headline)
        && Objects.equals(body, c.body)
        && media.equals(c.media)
        && links.equals(c.links)
        && hashtags.equals(c.hashtags)
        && Objects.equals(callToAction, c.callToAction)
        && purpose == c.purpose
        && targetPlatforms.equals(c.targetPlatforms)
        && Objects.equals(persona, c.persona)
        && Objects.equals(semanticCluster, c.semanticCluster)
        && Objects.equals(scheduledAt, c.scheduledAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        headline,
        body,
        media,
        links,
        hashtags,
        callToAction,
        purpose,
        targetPlatforms,
        persona,
        semanticCluster,
        scheduledAt);
  }

  @Override
  public String toString() {
    return "ContentPiece[id=" + id + ", purpose=" + purpose + ", scheduledAt=" + scheduledAt + "]";
  }

  /** White space, including no-break spaces and the zero-width space, which break a hashtag. */
  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x200B
        || codePoint == 0xFEFF;
  }

  /** Builds a {@link ContentPiece}. Not thread-safe; reusable. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String headline;
    private @Nullable String body;
    private List<Media> media = List.of();
    private List<URI> links = List.of();
    private List<String> hashtags = List.of();
    private @Nullable String callToAction;
    private @Nullable ContentPurpose purpose;
    private List<Platform> targetPlatforms = List.of();
    private @Nullable String persona;
    private @Nullable String semanticCluster;
    private @Nullable ZonedDateTime scheduledAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id, unique within a content plan
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the headline.
     *
     * @param headline the headline, or null for none
     * @return this builder
     */
    public Builder headline(@Nullable String headline) {
      this.headline = headline;
      return this;
    }

    /**
     * Sets the body text.
     *
     * @param body the body, or null for none
     * @return this builder
     */
    public Builder body(@Nullable String body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the media attachments.
     *
     * @param media the attachments
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder media(List<Media> media) {
      this.media = Checks.copy(Checks.notNull("ContentPiece", "media", media));
      return this;
    }

    /**
     * Sets the links.
     *
     * @param links absolute http(s) URIs
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder links(List<URI> links) {
      this.links = Checks.copy(Checks.notNull("ContentPiece", "links", links));
      return this;
    }

    /**
     * Sets the hashtags.
     *
     * @param hashtags hashtags as written
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder hashtags(List<String> hashtags) {
      this.hashtags = Checks.copy(Checks.notNull("ContentPiece", "hashtags", hashtags));
      return this;
    }

    /**
     * Sets the call to action.
     *
     * @param callToAction the call to action, or null for none
     * @return this builder
     */
    public Builder callToAction(@Nullable String callToAction) {
      this.callToAction = callToAction;
      return this;
    }

    /**
     * Sets the purpose.
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(ContentPurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Sets the target platforms.
     *
     * @param targetPlatforms the platforms
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder targetPlatforms(List<Platform> targetPlatforms) {
      this.targetPlatforms =
          Checks.copy(Checks.notNull("ContentPiece", "targetPlatforms", targetPlatforms));
      return this;
    }

    /**
     * Sets the persona served, by name.
     *
     * @param persona the persona name, or null
     * @return this builder
     */
    public Builder persona(@Nullable String persona) {
      this.persona = persona;
      return this;
    }

    /**
     * Sets the semantic cluster answered, by name.
     *
     * @param semanticCluster the cluster name, or null
     * @return this builder
     */
    public Builder semanticCluster(@Nullable String semanticCluster) {
      this.semanticCluster = semanticCluster;
      return this;
    }

    /**
     * Sets the publication time.
     *
     * @param scheduledAt the time with the audience's time zone, or null for a draft
     * @return this builder
     */
    public Builder scheduledAt(@Nullable ZonedDateTime scheduledAt) {
      this.scheduledAt = scheduledAt;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return a new immutable content piece
     * @throws ValidationException listing every violation
     */
    public ContentPiece build() {
      return build(Checks.of("ContentPiece").locale());
    }

    /**
     * Validates and builds with messages in a locale.
     *
     * @param locale the message locale
     * @return a new immutable content piece
     * @throws ValidationException listing every violation
     */
    public ContentPiece build(Locale locale) {
      ContentPiece candidate = new ContentPiece(this);
      Checks c = new Checks("ContentPiece", locale).bean(candidate);
      c.check(
          isPresent(headline) || isPresent(body) || !media.isEmpty(),
          "body",
          body,
          "NotEmptyContent",
          "smm.content.empty");
      for (int i = 0; i < links.size(); i++) {
        URI link = links.get(i);
        c.check(
            link == null || isWebLink(link),
            "links[" + i + "]",
            link,
            "WebLink",
            "smm.content.link");
      }
      for (int i = 0; i < hashtags.size(); i++) {
        String tag = hashtags.get(i);
        c.check(
            tag == null || tag.isBlank() || tag.codePoints().noneMatch(ContentPiece::isSpace),
            "hashtags[" + i + "]",
            tag,
            "Hashtag",
            "smm.content.hashtag");
      }
      c.throwIfAny();
      return candidate;
    }

    private static boolean isPresent(@Nullable String s) {
      return s != null && !s.isBlank();
    }

    private static boolean isWebLink(URI link) {
      String scheme = link.getScheme();
      return link.isAbsolute()
          && link.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }
  }
}
