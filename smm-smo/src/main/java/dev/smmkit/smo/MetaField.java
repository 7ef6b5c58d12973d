package dev.smmkit.smo;

/**
 * A share-metadata field that the extractor resolves from a page.
 *
 * <p>Immutable and thread-safe.
 */
public enum MetaField {
  /** The title a network shows: og:title, twitter:title, JSON-LD headline, title, first h1. */
  TITLE,
  /** The description: og:description, twitter:description, meta description, JSON-LD. */
  DESCRIPTION,
  /** The preview image, absolute: og:image, twitter:image, JSON-LD image, image_src. */
  IMAGE,
  /** The preview image's alternative text: og:image:alt, twitter:image:alt. */
  IMAGE_ALT,
  /** The preview image's declared width in pixels: og:image:width. */
  IMAGE_WIDTH,
  /** The preview image's declared height in pixels: og:image:height. */
  IMAGE_HEIGHT,
  /** The preview image's declared MIME type: og:image:type. */
  IMAGE_TYPE,
  /** The canonical address: og:url, twitter:url, link rel=canonical, JSON-LD url, page URL. */
  URL,
  /** The link rel=canonical address alone, absolute. */
  CANONICAL,
  /** The object type: og:type, JSON-LD @type. */
  TYPE,
  /** The site or publisher name: og:site_name, application-name, JSON-LD publisher. */
  SITE_NAME,
  /** The page language as an ISO 639-1 code: html lang, og:locale, content-language. */
  LANG,
  /** The og:locale value as written. */
  LOCALE,
  /** The author: meta author, article:author, JSON-LD author, rel=author. */
  AUTHOR,
  /** The publication time as an ISO-8601 UTC instant: article:published_time, JSON-LD, time. */
  DATE,
  /** The X/Twitter card type: twitter:card. */
  TWITTER_CARD
}
