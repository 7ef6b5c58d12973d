package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A campaign goal expressed in numbers (DOMAIN.md §4): what is measured, from where, to where, by
 * when.
 *
 * <p>A goal without numbers is rejected: baseline and target are required and must differ.
 * Communicative goals (inform, get feedback, form loyalty) are expressed in percent, from 0 to 100;
 * economic goals (raise sales, lower promotion cost, win market share) in any unit.
 */
public final class Goal {
  @NotNull private final GoalKind kind;

  @NotBlank
  @Size(max = 200)
  private final String metric;

  @NotNull private final GoalUnit unit;
  @NotNull private final BigDecimal baseline;
  @NotNull private final BigDecimal target;
  @NotNull private final LocalDate deadline;

  // Bean Validation checks this candidate's @NotNull fields; build() throws before it escapes.
  @SuppressWarnings("NullAway")
  private Goal(Builder b) {
    this.kind = b.kind;
    this.metric = b.metric;
    this.unit = b.unit;
    this.baseline = b.baseline;
    this.target = b.target;
    this.deadline = b.deadline;
  }

  /**
   * Starts building a goal.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this goal's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .kind(kind)
        .metric(metric)
        .unit(unit)
        .baseline(baseline)
        .target(target)
        .deadline(deadline);
  }

  /**
   * Communicative or economic.
   *
   * @return the kind
   */
  public GoalKind kind() {
    return kind;
  }

  /**
   * What is measured, such as {@code sales from social networks}.
   *
   * @return the metric
   */
  public String metric() {
    return metric;
  }

  /**
   * The unit of baseline and target.
   *
   * @return the unit
   */
  public GoalUnit unit() {
    return unit;
  }

  /**
   * The value today.
   *
   * @return the baseline
   */
  public BigDecimal baseline() {
    return baseline;
  }

  /**
   * The value to reach.
   *
   * @return the target
   */
  public BigDecimal target() {
    return target;
  }

  /**
   * The date by which the target is reached.
   *
   * @return the deadline
   */
  public LocalDate deadline() {
    return deadline;
  }

  /**
   * The change asked for: {@code target - baseline}.
   *
   * @return the change, negative for a goal to lower something
   */
  public BigDecimal change() {
    return target.subtract(baseline);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Goal g
        && kind == g.kind
        && metric.equals(g.metric)
        && unit == g.unit
        && baseline.compareTo(g.baseline) == 0
        && target.compareTo(g.target) == 0
        && deadline.equals(g.deadline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind, metric, unit, baseline.stripTrailingZeros(), target.stripTrailingZeros(), deadline);
  }

  @Override
  public String toString() {
    return "Goal["
        + kind
        + ", "
        + metric
        + ": "
        + baseline.toPlainString()
        + " -> "
        + target.toPlainString()
        + " "
        + unit
        + " by "
        + deadline
        + "]";
  }

  /** Builds a {@link Goal}. Not thread-safe; reusable. */
  public static final class Builder {
    private @Nullable GoalKind kind;
    private @Nullable String metric;
    private @Nullable GoalUnit unit;
    private @Nullable BigDecimal baseline;
    private @Nullable BigDecimal target;
    private @Nullable LocalDate deadline;

    private Builder() {}

    /**
     * Sets the kind.
     *
     * @param kind communicative or economic
     * @return this builder
     */
    public Builder kind(GoalKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets the metric.
     *
     * @param metric what is measured
     * @return this builder
     */
    public Builder metric(String metric) {
      this.metric = metric;
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(GoalUnit unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Sets the baseline.
     *
     * @param baseline the value today
     * @return this builder
     */
    public Builder baseline(BigDecimal baseline) {
      this.baseline = baseline;
      return this;
    }

    /**
     * Sets the target.
     *
     * @param target the value to reach
     * @return this builder
     */
    public Builder target(BigDecimal target) {
      this.target = target;
      return this;
    }

    /**
     * Sets the deadline.
     *
     * @param deadline the date
     * @return this builder
     */
    public Builder deadline(LocalDate deadline) {
      this.deadline = deadline;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return a new immutable goal
     * @throws ValidationException listing every violation
     */
    public Goal build() {
      return build(Checks.of("Goal").locale());
    }

    /**
     * Validates and builds with messages in a locale.
     *
     * @param locale the message locale
     * @return a new immutable goal
     * @throws ValidationException listing every violation
     */
    public Goal build(Locale locale) {
      Goal candidate = new Goal(this);
      Checks c = new Checks("Goal", locale).bean(candidate);
      c.check(
          kind != GoalKind.COMMUNICATIVE || unit == null || unit == GoalUnit.PERCENT,
          "unit",
          unit,
          "CommunicativePercent",
          "smm.goal.communicativePercent");
      if (kind == GoalKind.COMMUNICATIVE && unit == GoalUnit.PERCENT) {
        c.check(
            baseline == null || inPercentRange(baseline),
            "baseline",
            baseline,
            "PercentRange",
            "smm.goal.percentRange");
        c.check(
            target == null || inPercentRange(target),
            "target",
            target,
            "PercentRange",
            "smm.goal.percentRange");
      }
      c.check(
          baseline == null || target == null || baseline.compareTo(target) != 0,
          "target",
          target,
          "Change",
          "smm.goal.noChange");
      c.throwIfAny();
      return candidate;
    }

    private static boolean inPercentRange(BigDecimal value) {
      return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }
  }
}
