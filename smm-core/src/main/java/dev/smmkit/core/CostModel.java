package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How a promotion method is paid for, with an optional unit price.
 *
 * @param basis the basis: per impression (per thousand), per click, per subscriber, fixed or free
 * @param unitPrice the price per unit (per thousand impressions for {@link
 *     CostBasis#PER_IMPRESSION}), or null when unknown; never negative; null for {@link
 *     CostBasis#FREE}
 *     <p>Immutable and thread-safe.
 */
public record CostModel(CostBasis basis, @Nullable Money unitPrice) {

  /**
   * Validates the cost model.
   *
   * @param basis the basis
   * @param unitPrice the unit price or null
   * @throws ValidationException listing every problem
   */
  public CostModel {
    Checks c = Checks.of("CostModel");
    c.check(
        basis != null, "basis", null, "NotNull", "jakarta.validation.constraints.NotNull.message");
    c.check(
        unitPrice == null || !unitPrice.isNegative(),
        "unitPrice",
        unitPrice,
        "PositiveOrZero",
        "jakarta.validation.constraints.PositiveOrZero.message");
    c.check(
        basis != CostBasis.FREE || unitPrice == null,
        "unitPrice",
        unitPrice,
        "Free",
        "smm.cost.free");
    c.throwIfAny();
  }

  /**
   * A cost basis with no known price.
   *
   * @param basis the basis
   * @return the cost model
   */
  public static CostModel of(CostBasis basis) {
    return new CostModel(basis, null);
  }
}
