package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An SMM campaign: goals, a monthly budget over a period, personas, platforms and communities, a
 * semantic core, a content plan and the promotion methods used (DOMAIN.md §3).
 *
 * <p>Cross-field rules checked by {@link Builder#build()}: the period ends on or after its start;
 * the monthly budget is positive; persona names and content ids are unique; every community and
 * every piece of content is on a platform the campaign uses; content serves personas and semantic
 * clusters the campaign has and is scheduled inside the period; black-hat methods are never
 * accepted (they are against the law) and grey-hat methods only with {@link
 * Builder#allowGreyHat(boolean)} (the network blocks the group if it detects them).
 */
public final class Campaign {
  @NotBlank
  @Size(max = 200)
  private final String name;

  @NotEmpty private final List<@NotNull Goal> goals;
  @NotNull private final Money monthlyBudget;
  @NotNull private final LocalDate start;
  @NotNull private final LocalDate end;
  @NotEmpty private final List<@NotNull Persona> personas;
  @NotEmpty private final List<@NotNull Platform> platforms;
  private final List<@NotNull Community> communities;
  private final @Nullable SemanticCore semanticCore;
  private final List<@NotNull ContentPiece> contentPlan;
  private final List<@NotNull PromotionMethod> promotionMethods;
  private final boolean allowGreyHat;

  // Bean Validation checks this candidate's @NotNull fields; build() throws before it escapes.
  @SuppressWarnings("NullAway")
  private Campaign(Builder b) {
    this.name = b.name;
    this.goals = Checks.copy(b.goals);
    this.monthlyBudget = b.monthlyBudget;
    this.start = b.start;
    this.end = b.end;
    this.personas = Checks.copy(b.personas);
    this.platforms = Checks.copy(b.platforms);
    this.communities = Checks.copy(b.communities);
    this.semanticCore = b.semanticCore;
    this.contentPlan = Checks.copy(b.contentPlan);
    this.promotionMethods = Checks.copy(b.promotionMethods);
    this.allowGreyHat = b.allowGreyHat;
  }

  /**
   * Starts building a campaign.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this campaign's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .name(name)
        .goals(goals)
        .monthlyBudget(monthlyBudget)
        .start(start)
        .end(end)
        .personas(personas)
        .platforms(platforms)
        .communities(communities)
        .semanticCore(semanticCore)
        .contentPlan(contentPlan)
        .promotionMethods(promotionMethods)
        .allowGreyHat(allowGreyHat);
  }

  /**
   * The campaign's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The goals, in numbers.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Goal> goals() {
    return goals;
  }

  /**
   * The promotion budget per month.
   *
   * @return a positive amount
   */
  public Money monthlyBudget() {
    return monthlyBudget;
  }

  /**
   * The first day of the campaign.
   *
   * @return the start date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last day of the campaign, inclusive.
   *
   * @return the end date
   */
  public LocalDate end() {
    return end;
  }

  /**
   * The number of months the period touches, counting a started month as whole: {@code
   * 2026-01-01..2026-03-31} is 3 months, {@code 2026-01-15..2026-02-14} is 1.
   *
   * <p>An end of {@link LocalDate#MAX} counts every month up to and including December of that
   * year.
   *
   * @return at least 1
   */
  public long months() {
    if (end.equals(LocalDate.MAX)) {
      // end + 1 day is not a LocalDate; it would be the 1st of a month, so every month from the
      // start's month on counts, the start's own included.
      return (LocalDate.MAX.getYear() - (long) start.getYear()) * 12 + 13 - start.getMonthValue();
    }
    long whole = ChronoUnit.MONTHS.between(start, end.plusDays(1));
    return start.plusMonths(whole).isBefore(end.plusDays(1)) ? whole + 1 : Math.max(whole, 1);
  }

  /**
   * The budget over the whole period: {@code monthlyBudget x months()}.
   *
   * @return the total budget in the budget's currency
   */
  public Money totalBudget() {
    return monthlyBudget.times(months());
  }

  /**
   * The personas, with unique names.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Persona> personas() {
    return personas;
  }

  /**
   * The platforms used.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Platform> platforms() {
    return platforms;
  }

  /**
   * The communities managed.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Community> communities() {
    return communities;
  }

  /**
   * The semantic core the content answers.
   *
   * @return the semantic core, or empty
   */
  public Optional<SemanticCore> semanticCore() {
    return Optional.ofNullable(semanticCore);
  }

  /**
   * The content plan: pieces over time.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<ContentPiece> contentPlan() {
    return contentPlan;
  }

  /**
   * The promotion methods used.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<PromotionMethod> promotionMethods() {
    return promotionMethods;
  }

  /**
   * Whether grey-hat methods were explicitly accepted.
   *
   * @return true when grey-hat methods are allowed
   */
  public boolean allowGreyHat() {
    return allowGreyHat;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Campaign c
        && name.equals(c.name)
        && goals.equals(c.goals)
        && monthlyBudget.equals(c.monthlyBudget)
        && start.equals(c.start)
        && end.equals(c.end)
        && personas.equals(c.personas)
        && platforms.equals(c.platforms)
        && communities.equals(c.communities)
        && Objects.equals(semanticCore, c.semanticCore)
        && contentPlan.equals(c.contentPlan)
        && promotionMethods.equals(c.promotionMethods)
        && allowGreyHat == c.allowGreyHat;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        goals,
        monthlyBudget,
        start,
        end,
        personas,
        platforms,
        communities,
        semanticCore,
        contentPlan,
        promotionMethods,
        allowGreyHat);
  }

  @Override
  public String toString() {
    return "Campaign["
        + name
        + ", "
        + start
        + ".."
        + end
        + ", "
        + monthlyBudget
        + "/month, personas="
        + personas.size()
        + ", content="
        + contentPlan.size()
        + "]";
  }

  /** Builds a {@link Campaign}. Not thread-safe; reusable. */
  public static final class Builder {
    private @Nullable String name;
    private List<Goal> goals = List.of();
    private @Nullable Money monthlyBudget;
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;
    private List<Persona> personas = List.of();
    private List<Platform> platforms = List.of();
    private List<Community> communities = List.of();
    private @Nullable SemanticCore semanticCore;
    private List<ContentPiece> contentPlan = List.of();
    private List<PromotionMethod> promotionMethods = List.of();
    private boolean allowGreyHat;

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
     * Sets the goals.
     *
     * @param goals the goals
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder goals(List<Goal> goals) {
      this.goals = Checks.copy(Checks.notNull("Campaign", "goals", goals));
      return this;
    }

    /**
     * Sets the monthly promotion budget.
     *
     * @param monthlyBudget a positive amount
     * @return this builder
     */
    public Builder monthlyBudget(Money monthlyBudget) {
      this.monthlyBudget = monthlyBudget;
      return this;
    }

    /**
     * Sets the first day.
     *
     * @param start the start date
     * @return this builder
     */
    public Builder start(LocalDate start) {
      this.start = start;
      return this;
    }

    /**
     * Sets the last day, inclusive.
     *
     * @param end the end date
     * @return this builder
     */
    public Builder end(LocalDate end) {
      this.end = end;
      return this;
    }

    /**
     * Sets the personas.
     *
     * @param personas personas with unique names
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder personas(List<Persona> personas) {
      this.personas = Checks.copy(Checks.notNull("Campaign", "personas", personas));
      return this;
    }

    /**
     * Sets the platforms.
     *
     * @param platforms the platforms
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder platforms(List<Platform> platforms) {
      this.platforms = Checks.copy(Checks.notNull("Campaign", "platforms", platforms));
      return this;
    }

    /**
     * Sets the communities.
     *
     * @param communities the communities
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder communities(List<Community> communities) {
      this.communities = Checks.copy(Checks.notNull("Campaign", "communities", communities));
      return this;
    }

    /**
     * Sets the semantic core.
     *
     * @param semanticCore the semantic core, or null for none
     * @return this builder
     */
    public Builder semanticCore(@Nullable SemanticCore semanticCore) {
      this.semanticCore = semanticCore;
      return this;
    }

    /**
     * Sets the content plan.
     *
     * @param contentPlan the pieces, with unique ids
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder contentPlan(List<ContentPiece> contentPlan) {
      this.contentPlan = Checks.copy(Checks.notNull("Campaign", "contentPlan", contentPlan));
      return this;
    }

    /**
     * Sets the promotion methods.
     *
     * @param promotionMethods the methods
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder promotionMethods(List<PromotionMethod> promotionMethods) {
      this.promotionMethods =
          Checks.copy(Checks.notNull("Campaign", "promotionMethods", promotionMethods));
      return this;
    }

    /**
     * Accepts grey-hat methods, knowing that the network blocks the group if it detects them.
     *
     * @param allowGreyHat true to accept grey-hat methods
     * @return this builder
     */
    public Builder allowGreyHat(boolean allowGreyHat) {
      this.allowGreyHat = allowGreyHat;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return a new immutable campaign
     * @throws ValidationException listing every violation
     */
    public Campaign build() {
      return build(Checks.of("Campaign").locale());
    }

    /**
     * Validates and builds with messages in a locale.
     *
     * @param locale the message locale
     * @return a new immutable campaign
     * @throws ValidationException listing every violation
     */
    public Campaign build(Locale locale) {
      Campaign candidate = new Campaign(this);
      Checks c = new Checks("Campaign", locale).bean(candidate);
      c.check(
          start == null || end == null || !end.isBefore(start),
          "end",
          end,
          "Period",
          "smm.campaign.period");
      c.check(
          monthlyBudget == null || monthlyBudget.isPositive(),
          "monthlyBudget",
          monthlyBudget,
          "PositiveBudget",
          "smm.campaign.budgetPositive");
      Set<String> personaNames = new HashSet<>();
      for (int i = 0; i < personas.size(); i++) {
        Persona p = personas.get(i);
        if (p != null) {
          c.check(
              personaNames.add(p.name()),
              "personas[" + i + "].name",
              p.name(),
              "Unique",
              "smm.campaign.duplicatePersona");
        }
      }
      for (int i = 0; i < communities.size(); i++) {
        Community community = communities.get(i);
        if (community != null) {
          c.check(
              platforms.contains(community.platform()),
              "communities[" + i + "].platform",
              community.platform().id(),
              "CampaignPlatform",
              "smm.campaign.communityPlatform");
        }
      }
      checkContent(c, personaNames);
      for (int i = 0; i < promotionMethods.size(); i++) {
        PromotionMethod m = promotionMethods.get(i);
        if (m == null) {
          continue;
        }
        c.check(
            m.hatColor() != HatColor.BLACK,
            "promotionMethods[" + i + "]",
            m.id(),
            "BlackHat",
            "smm.campaign.blackHat");
        c.check(
            m.hatColor() != HatColor.GREY || allowGreyHat,
            "promotionMethods[" + i + "]",
            m.id(),
            "GreyHat",
            "smm.campaign.greyHat");
      }
      c.throwIfAny();
      return candidate;
    }

    private void checkContent(Checks c, Set<String> personaNames) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < contentPlan.size(); i++) {
        ContentPiece piece = contentPlan.get(i);
        if (piece == null) {
          continue;
        }
        String at = "contentPlan[" + i + "]";
        c.check(
            ids.add(piece.id()), at + ".id", piece.id(), "Unique", "smm.campaign.duplicateContent");
        for (Platform p : piece.targetPlatforms()) {
          c.check(
              platforms.contains(p),
              at + ".targetPlatforms",
              p.id(),
              "CampaignPlatform",
              "smm.campaign.contentPlatform");
        }
        piece
            .persona()
            .ifPresent(
                name ->
                    c.check(
                        personaNames.contains(name),
                        at + ".persona",
                        name,
                        "KnownPersona",
                        "smm.campaign.contentPersona"));
        piece
            .semanticCluster()
            .ifPresent(
                cluster ->
                    c.check(
                        semanticCore != null && semanticCore.cluster(cluster).isPresent(),
                        at + ".semanticCluster",
                        cluster,
                        "KnownCluster",
                        "smm.campaign.contentCluster"));
        if (start != null && end != null) {
          piece
              .scheduledAt()
              .ifPresent(
                  when -> {
                    LocalDate day = when.toLocalDate();
                    c.check(
                        !day.isBefore(start) && !day.isAfter(end),
                        at + ".scheduledAt",
                        when,
                        "InPeriod",
                        "smm.campaign.contentPeriod");
                  });
        }
      }
    }
  }
}
