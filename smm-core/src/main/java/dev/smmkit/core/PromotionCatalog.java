package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of promotion methods with unique ids: the built-in catalogue of DOMAIN.md §5, extended with
 * the caller's own methods.
 *
 * <p>Immutable and thread-safe.
 */
public final class PromotionCatalog {
  private static final PromotionCatalog BUILT_IN = new PromotionCatalog(builtInMethods());

  private final List<PromotionMethod> methods;

  private PromotionCatalog(List<PromotionMethod> methods) {
    this.methods = List.copyOf(methods);
  }

  /**
   * Every method the source documents name: five white (targeted ads, contests, ads in similar
   * communities, group optimization, communication), three grey (bought subscribers and bots, spam
   * mailings, mass following) and one black (hacking pages and accounts).
   *
   * @return the built-in catalogue
   */
  public static PromotionCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * A catalogue of the built-in methods plus the caller's own.
   *
   * @param extra methods to add; their ids must differ from every other id
   * @return the extended catalogue
   * @throws ValidationException if an id is repeated, naming the id
   */
  public static PromotionCatalog withBuiltInsAnd(List<PromotionMethod> extra) {
    List<PromotionMethod> all = new ArrayList<>(BUILT_IN.methods);
    all.addAll(Checks.notNull("PromotionCatalog", "extra", extra));
    return of(all);
  }

  /**
   * A catalogue of exactly the given methods.
   *
   * @param methods the methods, with unique ids
   * @return the catalogue
   * @throws ValidationException if the list is null, an id is repeated or a method is null
   */
  public static PromotionCatalog of(List<PromotionMethod> methods) {
    Checks.notNull("PromotionCatalog", "methods", methods);
    Checks c = Checks.of("PromotionCatalog");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < methods.size(); i++) {
      PromotionMethod m = methods.get(i);
      if (m == null) {
        c.check(
            false,
            "methods[" + i + "]",
            null,
            "NotNull",
            "jakarta.validation.constraints.NotNull.message");
        continue;
      }
      c.check(ids.add(m.id()), "methods[" + i + "].id", m.id(), "Unique", "smm.catalog.duplicate");
    }
    c.throwIfAny();
    return new PromotionCatalog(methods);
  }

  /**
   * All methods, in catalogue order.
   *
   * @return an unmodifiable list
   */
  public List<PromotionMethod> methods() {
    return methods;
  }

  /**
   * The methods of one hat colour.
   *
   * @param hatColor the colour
   * @return an unmodifiable list, possibly empty
   */
  public List<PromotionMethod> byHat(HatColor hatColor) {
    return methods.stream().filter(m -> m.hatColor() == hatColor).toList();
  }

  /**
   * Finds a method by id.
   *
   * @param id the id
   * @return the method or empty
   */
  public Optional<PromotionMethod> find(String id) {
    return methods.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  private static List<PromotionMethod> builtInMethods() {
    String blocked = "The network blocks the group or account if it detects this.";
    return List.of(
        method(
            "targeted-ads",
            "Targeted ads",
            "Small ads in the feed or beside the menus, shown only to users whose interests,"
                + " communities or activity match the persona; a memorable image and caption.",
            HatColor.WHITE,
            RiskLevel.LOW,
            "Budget spent on a badly chosen audience.",
            CostBasis.PER_CLICK),
        method(
            "contests",
            "Contests and giveaways",
            "Users share a post; on a set date a random sharer wins a gift.",
            HatColor.WHITE,
            RiskLevel.LOW,
            "Subscribers who came for the prize and leave after it.",
            CostBasis.FIXED),
        method(
            "community-ads",
            "Ads in similar communities",
            "Paid posts in popular communities of the same niche.",
            HatColor.WHITE,
            RiskLevel.LOW,
            "Paying for an audience inflated with bots.",
            CostBasis.FIXED),
        method(
            "group-optimization",
            "Group optimization",
            "Name, description and address of the group tuned for the network's own search.",
            HatColor.WHITE,
            RiskLevel.NONE,
            "None beyond the time spent.",
            CostBasis.FREE),
        method(
            "communication",
            "Communication",
            "Company representatives answer and comment in the community and in topical"
                + " discussions.",
            HatColor.WHITE,
            RiskLevel.NONE,
            "None beyond the time spent.",
            CostBasis.FREE),
        method(
            "bought-subscribers",
            "Bought subscribers and bots",
            "Cheating the member count with bots or paid fake subscribers.",
            HatColor.GREY,
            RiskLevel.HIGH,
            blocked + " Bots also dilute engagement and mislead every metric.",
            CostBasis.PER_SUBSCRIBER),
        method(
            "spam-mailing",
            "Spam mailings",
            "Unsolicited mass messages and invitations.",
            HatColor.GREY,
            RiskLevel.HIGH,
            blocked,
            CostBasis.FIXED),
        method(
            "mass-following",
            "Mass following",
            "Following many people in the hope that they follow back; not formally banned but"
                + " treated as abuse.",
            HatColor.GREY,
            RiskLevel.HIGH,
            blocked,
            CostBasis.FREE),
        method(
            "account-hacking",
            "Hacking pages and accounts",
            "Taking over other people's pages or accounts to post or invite from them.",
            HatColor.BLACK,
            RiskLevel.CRITICAL,
            "Against the law: criminal liability.",
            CostBasis.FREE));
  }

  private static PromotionMethod method(
      String id,
      String name,
      String description,
      HatColor hat,
      RiskLevel risk,
      String consequence,
      CostBasis basis) {
    return PromotionMethod.builder()
        .id(id)
        .name(name)
        .description(description)
        .hatColor(hat)
        .risk(risk)
        .consequence(consequence)
        .cost(CostModel.of(basis))
        .build();
  }
}
