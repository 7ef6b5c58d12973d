package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A way of promoting a community or product, classified by legality (DOMAIN.md §5).
 *
 * <p>The {@link HatColor} decides the legality: white methods are allowed, grey ones break the
 * networks' rules (the group gets blocked if detected), black ones break the law. The built-in
 * methods are in {@link PromotionCatalog#builtIn()}; callers define their own with {@link
 * #builder()}.
 */
public final class PromotionMethod {
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}")
  private final String id;

  @NotBlank
  @Size(max = 200)
  private final String name;

  @NotBlank
  @Size(max = 2000)
  private final String description;

  @NotNull private final HatColor hatColor;
  @NotNull private final RiskLevel risk;

  @NotBlank
  @Size(max = 1000)
  private final String consequence;

  @NotNull private final CostModel cost;

  // Bean Validation checks this candidate's @NotNull fields; build() throws before it escapes.
  @SuppressWarnings("NullAway")
  private PromotionMethod(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.description = b.description;
    this.hatColor = b.hatColor;
    this.risk = b.risk;
    this.consequence = b.consequence;
    this.cost = b.cost;
  }

  /**
   * Starts building a promotion method.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this method's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .name(name)
        .description(description)
        .hatColor(hatColor)
        .risk(risk)
        .consequence(consequence)
        .cost(cost);
  }

  /**
   * The stable id, such as {@code targeted-ads}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The display name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * What the method is.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The hat colour.
   *
   * @return the colour
   */
  public HatColor hatColor() {
    return hatColor;
  }

  /**
   * Who forbids the method, derived from the hat colour.
   *
   * @return the legality
   */
  public Legality legality() {
    return hatColor.legality();
  }

  /**
   * The risk of using it.
   *
   * @return the risk level
   */
  public RiskLevel risk() {
    return risk;
  }

  /**
   * What happens if it goes wrong or is detected.
   *
   * @return the consequence
   */
  public String consequence() {
    return consequence;
  }

  /**
   * How it is paid for.
   *
   * @return the cost model
   */
  public CostModel cost() {
    return cost;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PromotionMethod m
        && id.equals(m.id)
        && name.equals(m.name)
        && description.equals(m.description)
        && hatColor == m.hatColor
        && risk == m.risk
        && consequence.equals(m.consequence)
        && cost.equals(m.cost);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, description, hatColor, risk, consequence, cost);
  }

  @Override
  public String toString() {
    return "PromotionMethod[" + id + ", " + hatColor + "]";
  }

  /** Builds a {@link PromotionMethod}. Not thread-safe; reusable. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable HatColor hatColor;
    private @Nullable RiskLevel risk;
    private @Nullable String consequence;
    private @Nullable CostModel cost;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id lower-case letters, digits and {@code -}, at most 64 characters
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the hat colour.
     *
     * @param hatColor the colour
     * @return this builder
     */
    public Builder hatColor(HatColor hatColor) {
      this.hatColor = hatColor;
      return this;
    }

    /**
     * Sets the risk level.
     *
     * @param risk the risk
     * @return this builder
     */
    public Builder risk(RiskLevel risk) {
      this.risk = risk;
      return this;
    }

    /**
     * Sets the consequence.
     *
     * @param consequence what happens if it goes wrong or is detected
     * @return this builder
     */
    public Builder consequence(String consequence) {
      this.consequence = consequence;
      return this;
    }

    /**
     * Sets the cost model.
     *
     * @param cost the cost model
     * @return this builder
     */
    public Builder cost(CostModel cost) {
      this.cost = cost;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return a new immutable promotion method
     * @throws ValidationException listing every violation
     */
    public PromotionMethod build() {
      return build(Checks.of("PromotionMethod").locale());
    }

    /**
     * Validates and builds with messages in a locale.
     *
     * @param locale the message locale
     * @return a new immutable promotion method
     * @throws ValidationException listing every violation
     */
    public PromotionMethod build(Locale locale) {
      PromotionMethod candidate = new PromotionMethod(this);
      new Checks("PromotionMethod", locale)
          .bean(candidate)
          .check(
              hatColor == null
                  || risk == null
                  || hatColor == HatColor.WHITE
                  || risk.compareTo(RiskLevel.HIGH) >= 0,
              "risk",
              risk,
              "HatRisk",
              "smm.method.risk")
          .throwIfAny();
      return candidate;
    }
  }
}
