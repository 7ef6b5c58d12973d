package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A consumer portrait: who the customer is, what they want and what they fear (DOMAIN.md §3, step
 * 1).
 *
 * <p>At least one desire (wanted end result) and one pain (fear or irritant) are required: the
 * playbook says nothing else works without them. Immutable; build with {@link #builder()}.
 */
public final class Persona {
  @NotBlank
  @Size(max = 200)
  private final String name;

  @NotNull private final Demographics demographics;
  private final List<@NotBlank String> interests;
  private final List<@NotNull Platform> platforms;

  @NotEmpty(message = "{smm.persona.desires}")
  private final List<@NotBlank String> desires;

  @NotEmpty(message = "{smm.persona.pains}")
  private final List<@NotBlank String> pains;

  private final List<@NotBlank String> objections;

  // Bean Validation checks this candidate's @NotNull fields; build() throws before it escapes.
  @SuppressWarnings("NullAway")
  private Persona(Builder b) {
    this.name = b.name;
    this.demographics = b.demographics;
    this.interests = Checks.copy(b.interests);
    this.platforms = Checks.copy(b.platforms);
    this.desires = Checks.copy(b.desires);
    this.pains = Checks.copy(b.pains);
    this.objections = Checks.copy(b.objections);
  }

  /**
   * Starts building a persona.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this persona's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .name(name)
        .demographics(demographics)
        .interests(interests)
        .platforms(platforms)
        .desires(desires)
        .pains(pains)
        .objections(objections);
  }

  /**
   * The persona's name, unique within a campaign, such as {@code Renovating mother}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Age, gender, locations and languages.
   *
   * @return the demographics
   */
  public Demographics demographics() {
    return demographics;
  }

  /**
   * Interests, used for ad targeting.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<String> interests() {
    return interests;
  }

  /**
   * The platforms the persona uses.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Platform> platforms() {
    return platforms;
  }

  /**
   * Desired end results.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<String> desires() {
    return desires;
  }

  /**
   * Fears and irritants.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<String> pains() {
    return pains;
  }

  /**
   * Objections to buying that content must answer.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<String> objections() {
    return objections;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Persona p
        && name.equals(p.name)
        && demographics.equals(p.demographics)
        && interests.equals(p.interests)
        && platforms.equals(p.platforms)
        && desires.equals(p.desires)
        && pains.equals(p.pains)
        && objections.equals(p.objections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, demographics, interests, platforms, desires, pains, objections);
  }

  @Override
  public String toString() {
    return "Persona[name=" + name + ", desires=" + desires + ", pains=" + pains + "]";
  }

  /** Builds a {@link Persona}. Not thread-safe; reusable: each build returns a new persona. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable Demographics demographics;
    private List<String> interests = List.of();
    private List<Platform> platforms = List.of();
    private List<String> desires = List.of();
    private List<String> pains = List.of();
    private List<String> objections = List.of();

    private Builder() {}

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
     * Sets the demographics.
     *
     * @param demographics the demographics
     * @return this builder
     */
    public Builder demographics(Demographics demographics) {
      this.demographics = demographics;
      return this;
    }

    /**
     * Sets the interests.
     *
     * @param interests the interests
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder interests(List<String> interests) {
      this.interests = Checks.copy(Checks.notNull("Persona", "interests", interests));
      return this;
    }

    /**
     * Sets the platforms the persona uses.
     *
     * @param platforms the platforms
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder platforms(List<Platform> platforms) {
      this.platforms = Checks.copy(Checks.notNull("Persona", "platforms", platforms));
      return this;
    }

    /**
     * Sets the desires (wanted end results).
     *
     * @param desires the desires
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder desires(List<String> desires) {
      this.desires = Checks.copy(Checks.notNull("Persona", "desires", desires));
      return this;
    }

    /**
     * Sets the pains (fears, irritants).
     *
     * @param pains the pains
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder pains(List<String> pains) {
      this.pains = Checks.copy(Checks.notNull("Persona", "pains", pains));
      return this;
    }

    /**
     * Sets the objections.
     *
     * @param objections the objections
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder objections(List<String> objections) {
      this.objections = Checks.copy(Checks.notNull("Persona", "objections", objections));
      return this;
    }

    /**
     * Validates and builds, with messages in English (or the locale of an enclosing JSON read).
     *
     * @return a new immutable persona
     * @throws ValidationException listing every violation
     */
    public Persona build() {
      return build(Checks.of("Persona").locale());
    }

    /**
     * Validates and builds, with messages in the given locale (English, Russian or Vietnamese;
     * others get English).
     *
     * @param locale the message locale
     * @return a new immutable persona
     * @throws ValidationException listing every violation
     */
    public Persona build(Locale locale) {
      Persona candidate = new Persona(this);
      new Checks("Persona", locale).bean(candidate).throwIfAny();
      return candidate;
    }
  }
}
