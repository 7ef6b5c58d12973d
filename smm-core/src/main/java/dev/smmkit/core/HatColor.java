package dev.smmkit.core;

/**
 * The legality of a promotion method, as the documents classify it (DOMAIN.md §5).
 *
 * <p>White methods are officially allowed; grey ones break the networks' rules and get the group
 * blocked if detected; black ones break the law.
 *
 * <p>Immutable and thread-safe.
 */
public enum HatColor {
  /** Officially allowed: targeted ads, contests, ads in other communities, group optimization. */
  WHITE(Legality.ALLOWED),
  /** Forbidden by the networks' rules: bought subscribers and bots, spam, mass following. */
  GREY(Legality.AGAINST_PLATFORM_RULES),
  /** Forbidden by law: hacking pages and accounts. */
  BLACK(Legality.AGAINST_LAW);

  private final Legality legality;

  HatColor(Legality legality) {
    this.legality = legality;
  }

  /**
   * Who forbids methods of this colour.
   *
   * @return the legality
   */
  public Legality legality() {
    return legality;
  }
}
