package dev.smmkit.smo.internal;

import static dev.smmkit.smo.internal.Placeholder.integer;
import static dev.smmkit.smo.internal.Placeholder.text;

import java.util.List;

/**
 * Evidence texts and not-applicable reasons that several rules share; each rule lists the ones it
 * uses in its {@link RuleMessages}.
 */
public final class Evidence {
  private Evidence() {}

  /** Nothing to show beyond the message: the message says what is missing. */
  public static final MessageKey NONE = MessageKey.of("evidence.none");

  /** A value found on the page, shown as it is. */
  public static final MessageKey VALUE = MessageKey.of("evidence.value", text("value"));

  /** A share-metadata value and where it was read. */
  public static final MessageKey META_VALUE =
      MessageKey.of("evidence.meta_value", text("value"), text("source"));

  /** A text and its length in characters. */
  public static final MessageKey LENGTH =
      MessageKey.of("evidence.length", integer("length"), text("text"));

  /** A length out of a maximum. */
  public static final MessageKey LENGTH_OF_MAX =
      MessageKey.of("evidence.length_of_max", integer("length"), integer("max"));

  /** Images with alternative text out of all. */
  public static final MessageKey ALT_COUNT =
      MessageKey.of("evidence.alt_count", integer("with"), integer("total"));

  /** An element of the page, such as {@code a href=/print}. */
  public static final MessageKey ELEMENT = MessageKey.of("evidence.element", text("element"));

  /** Networks found. */
  public static final MessageKey NETWORKS = MessageKey.of("evidence.networks", text("networks"));

  /** None of the wanted networks. */
  public static final MessageKey NONE_OF = MessageKey.of("evidence.none_of", text("wanted"));

  /** Not applicable: the page has no og:image. */
  public static final MessageKey NA_NO_OG_IMAGE = MessageKey.of("na.no_og_image");

  /** Not applicable: the page has no h1. */
  public static final MessageKey NA_NO_H1 = MessageKey.of("na.no_h1");

  /** Not applicable: no images. */
  public static final MessageKey NA_NO_IMAGES = MessageKey.of("na.no_images");

  /** Not applicable: no comments on the page. */
  public static final MessageKey NA_NO_COMMENTS = MessageKey.of("na.no_comments");

  /** Not applicable: the piece has no images or video. */
  public static final MessageKey NA_NO_VISUALS = MessageKey.of("na.no_visuals");

  /** Not applicable: the platform recommends no image sizes. */
  public static final MessageKey NA_NO_SIZES = MessageKey.of("na.no_sizes");

  /** Every shared key. */
  public static final List<MessageKey> ALL =
      List.of(
          NONE,
          VALUE,
          META_VALUE,
          ELEMENT,
          NETWORKS,
          LENGTH,
          LENGTH_OF_MAX,
          ALT_COUNT,
          NONE_OF,
          NA_NO_OG_IMAGE,
          NA_NO_H1,
          NA_NO_IMAGES,
          NA_NO_COMMENTS,
          NA_NO_VISUALS,
          NA_NO_SIZES);
}
