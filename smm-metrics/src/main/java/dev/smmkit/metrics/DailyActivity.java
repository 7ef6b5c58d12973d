package dev.smmkit.metrics;

import dev.smmkit.core.Violations;
import java.time.LocalDate;

/**
 * One day of an account's activity as a platform's export reports it, such as a row of X Analytics'
 * daily tweet activity export: the posts published that day and the figures of every post seen that
 * day (impressions of older posts included).
 *
 * @param platform the platform id, such as {@code x}
 * @param date the day, in the zone the export uses (UTC for X)
 * @param postsPublished posts published that day, at least 0
 * @param figures the day's figures
 */
public record DailyActivity(String platform, LocalDate date, long postsPublished, Figures figures) {

  /**
   * Checks the components.
   *
   * @param platform not blank
   * @param date not null
   * @param postsPublished at least 0
   * @param figures not null
   * @throws dev.smmkit.core.ValidationException naming each bad component
   */
  public DailyActivity {
    new Violations("DailyActivity")
        .check(
            platform != null && !platform.isBlank(),
            "platform",
            platform,
            "NotBlank",
            "must not be blank")
        .notNull("date", date)
        .check(
            postsPublished >= 0, "postsPublished", postsPublished, "PositiveOrZero", "must be >= 0")
        .notNull("figures", figures)
        .throwIfAny();
  }
}
