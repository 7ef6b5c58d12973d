package dev.smmkit.metrics;

import dev.smmkit.core.Violations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which interactions count as engagement: a named, explicit set. Public sources disagree, so SMMKit
 * never picks silently; the presets name their source.
 *
 * <p>Immutable and thread-safe. Two sets are equal when name and members are equal.
 */
public final class InteractionSet {

  /**
   * Likes + comments + shares: the UCI Facebook metrics data's "Total Interactions" (Moro, Rita and
   * Vala, 2016).
   */
  public static final InteractionSet LIKES_COMMENTS_SHARES =
      new InteractionSet(
          "likes-comments-shares",
          EnumSet.of(Interaction.LIKE, Interaction.COMMENT, Interaction.SHARE));

  /** Likes + comments + shares + saves: Instagram's engagement in its insights exports. */
  public static final InteractionSet LIKES_COMMENTS_SHARES_SAVES =
      new InteractionSet(
          "likes-comments-shares-saves",
          EnumSet.of(Interaction.LIKE, Interaction.COMMENT, Interaction.SHARE, Interaction.SAVE));

  /**
   * X (Twitter) Analytics' engagements: retweets + replies + likes + profile clicks + URL clicks +
   * hashtag clicks + detail expands + permalink clicks + app opens + app installs + follows +
   * e-mail + dial + media engagements, exactly the fourteen parts of the {@code engagements} column
   * of an X Analytics tweet activity export; media views (and saves, profile visits, which X does
   * not report) are excluded. Retweets are {@link Interaction#SHARE}, replies {@link
   * Interaction#COMMENT}, user profile clicks {@link Interaction#PROFILE_CLICK}, email tweet {@link
   * Interaction#EMAIL}, dial phone {@link Interaction#DIAL}.
   *
   * <p>The members are listed one by one: "every kind but saves and media views", as earlier
   * snapshots defined it, let {@link Interaction#PROFILE_VISIT} (and any kind added later) join X's
   * definition.
   */
  public static final InteractionSet X_ANALYTICS =
      new InteractionSet(
          "x-analytics",
          EnumSet.of(
              Interaction.SHARE,
              Interaction.COMMENT,
              Interaction.LIKE,
              Interaction.PROFILE_CLICK,
              Interaction.URL_CLICK,
              Interaction.HASHTAG_CLICK,
              Interaction.DETAIL_EXPAND,
              Interaction.PERMALINK_CLICK,
              Interaction.APP_OPEN,
              Interaction.APP_INSTALL,
              Interaction.FOLLOW,
              Interaction.EMAIL,
              Interaction.DIAL,
              Interaction.MEDIA_ENGAGEMENT));

  private final String name;
  private final Set<Interaction> members;

  private InteractionSet(String name, EnumSet<Interaction> members) {
    this.name = name;
    this.members = Collections.unmodifiableSet(members);
  }

  /**
   * A set of the caller's own.
   *
   * @param name a non-blank name, shown in reports
   * @param members the interactions that count, at least one
   * @return the set
   * @throws dev.smmkit.core.ValidationException if the name is blank, no interaction is given or
   *     one is null
   */
  public static InteractionSet of(String name, Set<Interaction> members) {
    new Violations("InteractionSet")
        .check(name != null && !name.isBlank(), "name", name, "NotBlank", "must not be blank")
        .check(
            members != null && !members.isEmpty(),
            "members",
            members,
            "NotEmpty",
            "must not be empty")
        .check(
            members == null || members.stream().noneMatch(Objects::isNull),
            "members",
            members,
            "NoNullElements",
            "must not contain null")
        .throwIfAny();
    return new InteractionSet(name, EnumSet.copyOf(members));
  }

  /**
   * Finds a preset by name: {@code likes-comments-shares}, {@code likes-comments-shares-saves},
   * {@code x-analytics}.
   *
   * @param name the preset name
   * @return the preset
   * @throws dev.smmkit.core.ValidationException if there is no such preset
   */
  public static InteractionSet preset(String name) {
    for (InteractionSet s :
        new InteractionSet[] {LIKES_COMMENTS_SHARES, LIKES_COMMENTS_SHARES_SAVES, X_ANALYTICS}) {
      if (s.name.equals(name)) {
        return s;
      }
    }
    throw dev.smmkit.core.ValidationException.of(
        "InteractionSet.name",
        name,
        "Preset",
        "must be one of likes-comments-shares, likes-comments-shares-saves, x-analytics");
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The interactions that count.
   *
   * @return an unmodifiable set
   */
  public Set<Interaction> members() {
    return members;
  }

  /**
   * Whether an interaction counts.
   *
   * @param interaction the interaction
   * @return true when it is a member
   */
  public boolean contains(Interaction interaction) {
    return members.contains(interaction);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InteractionSet s && name.equals(s.name) && members.equals(s.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, members);
  }

  @Override
  public String toString() {
    return name + members;
  }
}
