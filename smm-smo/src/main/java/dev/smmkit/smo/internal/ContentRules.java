package dev.smmkit.smo.internal;

import static dev.smmkit.smo.Category.ATMOSPHERE;
import static dev.smmkit.smo.Category.CONTENT_TRAVEL;
import static dev.smmkit.smo.Category.LINKABILITY;
import static dev.smmkit.smo.Category.OUTGOING_CHANNELS;
import static dev.smmkit.smo.Category.TAGGING_AND_BOOKMARKING;
import static dev.smmkit.smo.Category.USABILITY;
import static dev.smmkit.smo.Category.VISITOR_FRIENDLY;

import dev.smmkit.core.ContentLimits;
import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.ImageSize;
import dev.smmkit.core.Media;
import dev.smmkit.core.MediaKind;
import dev.smmkit.core.Platform;
import dev.smmkit.smo.Category;
import dev.smmkit.smo.ContentRule;
import dev.smmkit.smo.Outcome;
import dev.smmkit.smo.Parameter;
import java.text.Normalizer;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The built-in content-piece rules. */
final class ContentRules {
  private ContentRules() {}

  private static final Pattern HASHTAG =
      Pattern.compile("#?[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*");
  private static final Pattern STRONG_WORDS =
      Pattern.compile(
          "\\b(free|new|now|how|why|secret|proven|easy|best|mistakes?|ultimate|guide|tips?|you)\\b"
              + "|(бесплатн|новинк|новый|новая|как |почему|секрет|лучш|ошибк|простой|простые|советы|совет|скидк|вы |ваш)"
              + "|(miễn phí|mới|cách|tại sao|bí quyết|tốt nhất|sai lầm|dễ|mẹo|bạn)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}");

  static List<ContentRule> all() {
    List<ContentRule> r = new ArrayList<>();
    r.add(rule("content.text.length", USABILITY, 2, List.of(), ContentRules::textLength));
    r.add(
        rule(
            "content.headline.length",
            USABILITY,
            1,
            List.of(
                Parameter.of("max", 100, 10, 500, "longest headline where the platform sets none")),
            ContentRules::headlineLength));
    r.add(
        rule(
            "content.hashtags.count",
            TAGGING_AND_BOOKMARKING,
            1,
            List.of(),
            ContentRules::hashtagCount));
    r.add(
        rule(
            "content.hashtags.form",
            TAGGING_AND_BOOKMARKING,
            1,
            List.of(),
            ContentRules::hashtagForm));
    r.add(rule("content.image.size", ATMOSPHERE, 2, List.of(), ContentRules::imageSize));
    r.add(
        rule(
            "content.image.aspect",
            ATMOSPHERE,
            1,
            List.of(
                Parameter.of(
                    "tolerance",
                    0.03,
                    0,
                    0.5,
                    "allowed relative deviation from a recommended ratio")),
            ContentRules::imageAspect));
    r.add(rule("content.image.alt", USABILITY, 1, List.of(), ContentRules::imageAlt));
    r.add(rule("content.visual", ATMOSPHERE, 1, List.of(), ContentRules::visual));
    r.add(
        rule(
            "content.link",
            LINKABILITY,
            1,
            List.of(),
            (piece, platform, p) ->
                piece.links().isEmpty()
                    ? Outcome.fail("no links")
                    : Outcome.pass(
                        piece.links().get(0).toString(), "value", piece.links().get(0))));
    r.add(
        rule(
            "content.cta",
            CONTENT_TRAVEL,
            2,
            List.of(),
            (piece, platform, p) ->
                piece
                    .callToAction()
                    .map(c -> Outcome.pass(c, "value", c))
                    .orElseGet(() -> Outcome.fail("no call to action"))));
    r.add(rule("content.purpose", VISITOR_FRIENDLY, 1, List.of(), ContentRules::purpose));
    r.add(rule("content.headline.hooks", VISITOR_FRIENDLY, 1, List.of(), ContentRules::hooks));
    r.add(rule("content.schedule", OUTGOING_CHANNELS, 1, List.of(), ContentRules::schedule));
    r.add(rule("content.audience", VISITOR_FRIENDLY, 1, List.of(), ContentRules::audience));
    r.add(rule("content.platform", VISITOR_FRIENDLY, 1, List.of(), ContentRules::platform));
    return r;
  }

  private static ContentRule rule(
      String id,
      Category category,
      double weight,
      List<Parameter> params,
      BasicRules.ContentFn fn) {
    return new BasicRules.ContentRuleFn(id, category, weight, params, fn);
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static Outcome textLength(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    String body = piece.body().orElse("");
    if (body.isBlank() && piece.media().isEmpty()) {
      return Outcome.fail(
          "no text and no media", "length", 0, "max", platform.limits().maxTextLength());
    }
    int n = length(body);
    int max = platform.limits().maxTextLength();
    String evidence = n + " of " + max + " characters";
    return n <= max
        ? Outcome.pass(evidence, "length", n, "max", max, "platform", platform.name())
        : Outcome.fail(evidence, "length", n, "max", max, "platform", platform.name());
  }

  private static Outcome headlineLength(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    if (piece.headline().isEmpty()) {
      return Outcome.notApplicable("no headline");
    }
    int n = length(piece.headline().get());
    int platformMax = platform.limits().maxHeadlineLength();
    int max = platformMax > 0 ? platformMax : p.getInt("max");
    String evidence = n + " of " + max + " characters";
    if (n <= max) {
      return Outcome.pass(evidence, "length", n, "max", max);
    }
    return platformMax > 0
        ? Outcome.fail(evidence, "length", n, "max", max)
        : Outcome.warn(0.5, evidence, "length", n, "max", max);
  }

  private static Outcome hashtagCount(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    ContentLimits l = platform.limits();
    int n = piece.hashtags().size();
    Object[] args = {
      "count",
      n,
      "min",
      l.recommendedHashtagsMin(),
      "max",
      l.recommendedHashtagsMax(),
      "hardMax",
      l.maxHashtags(),
      "platform",
      platform.name()
    };
    String evidence =
        n
            + " hashtags; "
            + platform.name()
            + " recommends "
            + l.recommendedHashtagsMin()
            + "-"
            + l.recommendedHashtagsMax();
    if (n > l.maxHashtags()) {
      return Outcome.fail(evidence, args);
    }
    if (n >= l.recommendedHashtagsMin() && n <= l.recommendedHashtagsMax()) {
      return Outcome.pass(evidence, args);
    }
    return Outcome.warn(0.5, evidence, args);
  }

  /**
   * The form two hashtags share when readers take them for the same tag: NFKC (precomposed and
   * combining Vietnamese marks alike, full-width letters as ASCII), a locale-free case fold (lower,
   * upper, lower in {@link Locale#ROOT}: {@code ß} and {@code SS} alike), and dotted and dotless i
   * as one letter: a hashtag carries no language, and its upper-case forms lose the difference.
   */
  static String fold(String tag) {
    String nfkc = Normalizer.normalize(tag, Normalizer.Form.NFKC);
    String folded = nfkc.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    // ROOT lower-cases the dotted capital I to i + U+0307; the dotless i already became i above.
    return Normalizer.normalize(folded.replace("i\u0307", "i"), Normalizer.Form.NFC);
  }

  private static Outcome hashtagForm(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    if (piece.hashtags().isEmpty()) {
      return Outcome.notApplicable("no hashtags");
    }
    List<String> bad = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (String tag : piece.hashtags()) {
      if (!HASHTAG.matcher(tag).matches()) {
        bad.add(tag);
      }
      if (!seen.add(fold(tag.replaceFirst("^#", "")))) {
        duplicates.add(tag);
      }
    }
    if (!bad.isEmpty()) {
      return Outcome.fail(
          "not usable as hashtags: " + String.join(", ", bad), "tags", String.join(", ", bad));
    }
    if (!duplicates.isEmpty()) {
      return Outcome.warn(
          0.5, "repeated: " + String.join(", ", duplicates), "tags", String.join(", ", duplicates));
    }
    return Outcome.pass(
        String.join(" ", piece.hashtags()), "tags", String.join(" ", piece.hashtags()));
  }

  private static List<Media> visuals(ContentPiece piece) {
    List<Media> out = new ArrayList<>();
    for (Media m : piece.media()) {
      if ((m.kind() == MediaKind.IMAGE
              || m.kind() == MediaKind.ANIMATION
              || m.kind() == MediaKind.VIDEO)
          && m.size() != null) {
        out.add(m);
      }
    }
    return out;
  }

  private static Outcome imageSize(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    List<Media> visuals = visuals(piece);
    List<ImageSize> recommended = platform.limits().recommendedImageSizes();
    if (visuals.isEmpty() || recommended.isEmpty()) {
      return Outcome.notApplicable(
          visuals.isEmpty() ? "no images or video" : "the platform recommends no sizes");
    }
    for (Media m : visuals) {
      ImageSize s = m.size();
      boolean bigEnough = false;
      for (ImageSize r : recommended) {
        if (s.width() >= r.width() && s.height() >= r.height()) {
          bigEnough = true;
          break;
        }
      }
      if (!bigEnough) {
        return Outcome.fail(
            s.width()
                + "x"
                + s.height()
                + " is smaller than every recommended size: "
                + sizes(recommended),
            "size",
            s.width() + "x" + s.height(),
            "recommended",
            sizes(recommended));
      }
    }
    return Outcome.pass(
        visuals.get(0).size().width() + "x" + visuals.get(0).size().height(),
        "recommended",
        sizes(recommended));
  }

  private static String sizes(List<ImageSize> sizes) {
    List<String> s = new ArrayList<>();
    for (ImageSize i : sizes) {
      s.add(i.width() + "x" + i.height());
    }
    return String.join(", ", s);
  }

  private static Outcome imageAspect(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    List<Media> visuals = visuals(piece);
    List<ImageSize> recommended = platform.limits().recommendedImageSizes();
    if (visuals.isEmpty() || recommended.isEmpty()) {
      return Outcome.notApplicable(
          visuals.isEmpty() ? "no images or video" : "the platform recommends no sizes");
    }
    double tolerance = p.get("tolerance");
    for (Media m : visuals) {
      double ratio = m.size().aspectRatio();
      boolean fits = false;
      for (ImageSize r : recommended) {
        if (Math.abs(ratio / r.aspectRatio() - 1) <= tolerance) {
          fits = true;
          break;
        }
      }
      if (!fits) {
        String v = m.size().width() + "x" + m.size().height();
        return Outcome.warn(
            0.5,
            v
                + " (ratio "
                + String.format(Locale.ROOT, "%.2f", ratio)
                + ") matches none of "
                + sizes(recommended),
            "size",
            v,
            "recommended",
            sizes(recommended));
      }
    }
    return Outcome.pass(
        "every image matches a recommended ratio", "recommended", sizes(recommended));
  }

  private static Outcome imageAlt(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    int images = 0;
    int withAlt = 0;
    for (Media m : piece.media()) {
      if (m.kind() == MediaKind.IMAGE || m.kind() == MediaKind.ANIMATION) {
        images++;
        if (m.hasAltText()) {
          withAlt++;
        }
      }
    }
    if (images == 0) {
      return Outcome.notApplicable("no images");
    }
    String evidence = withAlt + " of " + images + " images have alt text";
    if (withAlt == images) {
      return Outcome.pass(evidence, "with", withAlt, "total", images);
    }
    return withAlt == 0
        ? Outcome.fail(evidence, "with", withAlt, "total", images)
        : Outcome.warn(withAlt / (double) images, evidence, "with", withAlt, "total", images);
  }

  private static Outcome visual(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    List<Media> v = visuals(piece);
    return v.isEmpty()
        ? Outcome.fail("text only")
        : Outcome.pass(v.size() + " images or videos", "count", v.size());
  }

  private static Outcome purpose(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    String purpose = piece.purpose().name();
    return switch (piece.purpose()) {
      case ADVERTISING, COMMERCIAL_OFFER -> Outcome.warn(0.5, purpose, "value", purpose);
      default -> Outcome.pass(purpose, "value", purpose);
    };
  }

  private static Outcome hooks(ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    String text =
        piece.headline().orElseGet(() -> piece.body().orElse("").lines().findFirst().orElse(""));
    if (text.isBlank()) {
      return Outcome.notApplicable("no headline or text");
    }
    List<String> hooks = new ArrayList<>();
    if (text.contains("?")) {
      hooks.add("question");
    }
    if (NUMBER.matcher(text).find()) {
      hooks.add("number");
    }
    var m = STRONG_WORDS.matcher(text);
    if (m.find()) {
      hooks.add("strong word \"" + m.group().trim() + "\"");
    }
    String list = String.join(", ", hooks);
    if (hooks.size() >= 2) {
      return Outcome.pass(text + ": " + list, "hooks", list);
    }
    return hooks.size() == 1
        ? Outcome.warn(0.6, text + ": " + list, "hooks", list)
        : Outcome.fail(text, "hooks", "");
  }

  private static Outcome schedule(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    if (piece.scheduledAt().isEmpty()) {
      return Outcome.notApplicable("not scheduled");
    }
    ZonedDateTime at = piece.scheduledAt().get();
    LocalTime local = at.toLocalTime();
    ContentLimits l = platform.limits();
    String window = l.activeFrom() + "-" + l.activeTo();
    String evidence = local + " " + at.getZone() + "; active hours " + window;
    return l.isActiveAt(local)
        ? Outcome.pass(evidence, "time", local, "window", window)
        : Outcome.fail(evidence, "time", local, "window", window);
  }

  private static Outcome audience(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    boolean persona = piece.persona().isPresent();
    boolean cluster = piece.semanticCluster().isPresent();
    String evidence =
        "persona "
            + piece.persona().orElse("-")
            + ", cluster "
            + piece.semanticCluster().orElse("-");
    if (persona && cluster) {
      return Outcome.pass(evidence);
    }
    return persona || cluster ? Outcome.warn(0.5, evidence) : Outcome.fail(evidence);
  }

  private static Outcome platform(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    if (piece.targetPlatforms().isEmpty()) {
      return Outcome.notApplicable("no target platforms");
    }
    List<String> names = new ArrayList<>();
    piece.targetPlatforms().forEach(x -> names.add(x.name()));
    String list = String.join(", ", names);
    return piece.targetPlatforms().contains(platform)
        ? Outcome.pass(list, "platform", platform.name(), "targets", list)
        : Outcome.fail(list, "platform", platform.name(), "targets", list);
  }
}
