package dev.smmkit.core;

/**
 * What a content piece is for; the playbook asks for more non-commercial than commercial posts.
 *
 * <p>Immutable and thread-safe.
 */
public enum ContentPurpose {
  /** Useful information answering the persona's desires and fears. */
  INFORMATIONAL,
  /** Entertainment that holds attention and invites sharing. */
  ENTERTAINING,
  /** Advertising of the brand or a product. */
  ADVERTISING,
  /** A purchase offer: promotion, prize, discount or link to a product card. */
  COMMERCIAL_OFFER,
  /** Content created by users (reviews, photos, answers). */
  USER_GENERATED;
}
