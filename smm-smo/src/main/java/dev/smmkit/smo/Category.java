package dev.smmkit.smo;

/**
 * What an SMO rule serves: one of Rohit Bhargava's five SMO rules (2006) or one of the eight site
 * aspects of the Russian and Vietnamese SMO checklists (DOMAIN.md §2).
 *
 * <p>Immutable and thread-safe.
 */
public enum Category {
  /** Bhargava rule 1: increase your linkability. */
  LINKABILITY,
  /** Bhargava rule 2: make tagging and bookmarking easy. */
  TAGGING_AND_BOOKMARKING,
  /** Bhargava rule 3: reward inbound links. */
  INBOUND_LINKS,
  /** Bhargava rule 4: help your content travel. */
  CONTENT_TRAVEL,
  /** Bhargava rule 5: encourage the mashup. */
  MASHUP,
  /** Aspect 1: SMO work happens on your own site. */
  ON_SITE,
  /** Aspect 2: content interesting and friendly for visitors from each network. */
  VISITOR_FRIENDLY,
  /** Aspect 3: the technical mechanisms networks use (Open Graph, cards, canonical, oEmbed). */
  SOCIAL_MECHANISMS,
  /** Aspect 4: a warm atmosphere: illustrations, video, content worth bookmarking. */
  ATMOSPHERE,
  /** Aspect 5: usability: clear, readable, accessible. */
  USABILITY,
  /** Aspect 6: outgoing channels: feeds, subscriptions, share buttons, widgets. */
  OUTGOING_CHANNELS,
  /** Aspect 7: fewer bounces: the best materials in a visible place. */
  FEWER_BOUNCES,
  /** Aspect 8: discussion on the site: comments, spam protection, threads. */
  DISCUSSION
}
