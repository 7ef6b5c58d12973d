package dev.smmkit.metrics.virality;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;

/**
 * The viral coefficient of a sharing loop.
 *
 * <p><b>Formula:</b> {@code K = invitesPerUser × conversionPerInvite}: the mean number of new users
 * that each user brings in. <b>Unit:</b> new users per user (dimensionless). <b>Zero case:</b> no
 * invites or no conversions give {@code K = 0}: the seeds are the whole reach. {@code K < 1} means
 * the loop dies out (cumulative reach converges to {@code seeds / (1 − K)}); {@code K ≥ 1} means
 * each generation is at least as large as the last until the audience runs out.
 *
 * <p><b>Source:</b> Andrew Chen, "What's your viral loop? Understanding the engine of adoption"
 * (andrewchen.com), the growth-marketing definition of the viral coefficient; it is the mean
 * offspring number of a Galton–Watson branching process (Harris, 1963).
 *
 * @param invitesPerUser the mean number of invitations (shares, referrals) each user sends; finite
 *     and {@code >= 0}
 * @param conversionPerInvite the probability that an invitation converts into a new user; from 0 to
 *     1
 *     <p>Immutable and thread-safe.
 */
public record ViralCoefficient(double invitesPerUser, double conversionPerInvite) {

  /**
   * Validates both inputs.
   *
   * @param invitesPerUser the mean number of invitations each user sends; finite and {@code >= 0}
   * @param conversionPerInvite the probability that an invitation converts; from 0 to 1
   * @throws ValidationException naming each bad field, its value and the rule
   */
  public ViralCoefficient {
    new Violations("ViralCoefficient")
        .check(
            Double.isFinite(invitesPerUser) && invitesPerUser >= 0,
            "invitesPerUser",
            invitesPerUser,
            "Min",
            "must be a finite number >= 0")
        .check(
            conversionPerInvite >= 0 && conversionPerInvite <= 1,
            "conversionPerInvite",
            conversionPerInvite,
            "Probability",
            "must be between 0 and 1")
        .throwIfAny();
  }

  /**
   * Creates a viral coefficient from its two factors.
   *
   * @param invitesPerUser the mean number of invitations each user sends; finite and {@code >= 0}
   * @param conversionPerInvite the probability that an invitation converts; from 0 to 1
   * @return the coefficient
   * @throws ValidationException naming each bad field, its value and the rule
   */
  public static ViralCoefficient of(double invitesPerUser, double conversionPerInvite) {
    return new ViralCoefficient(invitesPerUser, conversionPerInvite);
  }

  /**
   * The viral coefficient {@code K = invitesPerUser × conversionPerInvite}.
   *
   * @return K, finite and {@code >= 0}
   */
  public double k() {
    return invitesPerUser * conversionPerInvite;
  }

  /**
   * Whether the loop is self-sustaining, {@code K >= 1}; projections then need a population cap.
   *
   * @return true when {@code K >= 1}
   */
  public boolean isViral() {
    return k() >= 1.0;
  }

  static double checkK(String owner, double k) {
    if (!Double.isFinite(k) || k < 0) {
      throw ValidationException.of(owner + ".k", k, "Min", "must be a finite number >= 0");
    }
    return k;
  }
}
