package dev.smmkit.smo.internal;

import static dev.smmkit.smo.Category.ATMOSPHERE;
import static dev.smmkit.smo.Category.CONTENT_TRAVEL;
import static dev.smmkit.smo.Category.LINKABILITY;
import static dev.smmkit.smo.Category.OUTGOING_CHANNELS;
import static dev.smmkit.smo.Category.TAGGING_AND_BOOKMARKING;
import static dev.smmkit.smo.Category.USABILITY;
import static dev.smmkit.smo.Category.VISITOR_FRIENDLY;
import static dev.smmkit.smo.internal.Placeholder.integer;
import static dev.smmkit.smo.internal.Placeholder.phrases;
import static dev.smmkit.smo.internal.Placeholder.text;

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

  private static final MessageKey NONE = Evidence.NONE;
  private static final MessageKey VALUE = Evidence.VALUE;

  // Each rule's messages: the keys it renders and their placeholders.
  private static final RuleMessages TEXT_LENGTH =
      RuleMessages.of("content.text.length")
          .pass(integer("length"), text("platform"), integer("max"))
          .fail(integer("length"), text("platform"), integer("max"))
          .advice(integer("max"))
          .evidence("empty")
          .uses(Evidence.LENGTH_OF_MAX)
          .build();
  private static final RuleMessages HEADLINE_LENGTH =
      RuleMessages.of("content.headline.length")
          .pass(integer("length"), integer("max"))
          .warn(integer("length"), integer("max"))
          .fail(integer("length"), integer("max"))
          .advice(integer("max"))
          .evidence("na")
          .uses(Evidence.LENGTH_OF_MAX)
          .build();
  private static final RuleMessages HASHTAGS_COUNT =
      RuleMessages.of("content.hashtags.count")
          .pass(integer("count"), text("platform"), integer("min"), integer("max"))
          .warn(integer("count"), text("platform"), integer("min"), integer("max"))
          .fail(integer("count"), text("platform"), integer("hardMax"))
          .advice(integer("min"), integer("max"), text("platform"))
          .uses(NONE)
          .build();
  private static final RuleMessages HASHTAGS_FORM =
      RuleMessages.of("content.hashtags.form")
          .pass()
          .warn(text("tags"))
          .fail(text("tags"))
          .advice()
          .evidence("tags", text("tags"))
          .evidence("na")
          .uses(NONE)
          .build();
  private static final RuleMessages IMAGE_SIZE =
      RuleMessages.of("content.image.size")
          .pass(text("recommended"))
          .fail(text("size"), text("recommended"))
          .advice(text("recommended"))
          .evidence("size", text("size"))
          .uses(NONE, Evidence.NA_NO_VISUALS, Evidence.NA_NO_SIZES)
          .build();
  private static final RuleMessages IMAGE_ASPECT =
      RuleMessages.of("content.image.aspect")
          .pass()
          .warn(text("size"), text("recommended"))
          .advice(text("recommended"))
          .evidence("ratio", text("size"), text("ratio"))
          .uses(NONE, Evidence.NA_NO_VISUALS, Evidence.NA_NO_SIZES)
          .build();
  private static final RuleMessages IMAGE_ALT =
      RuleMessages.of("content.image.alt")
          .pass()
          .warn(integer("with"), integer("total"))
          .fail()
          .advice()
          .uses(Evidence.ALT_COUNT, Evidence.NA_NO_IMAGES)
          .build();
  private static final RuleMessages VISUAL =
      RuleMessages.of("content.visual")
          .pass()
          .fail()
          .advice()
          .evidence("count", integer("count"))
          .uses(NONE)
          .build();
  private static final RuleMessages LINK =
      RuleMessages.of("content.link").pass(text("value")).fail().advice().uses(VALUE, NONE).build();
  private static final RuleMessages CTA =
      RuleMessages.of("content.cta").pass(text("value")).fail().advice().uses(VALUE, NONE).build();
  private static final RuleMessages PURPOSE =
      RuleMessages.of("content.purpose")
          .pass(text("value"))
          .warn(text("value"))
          .advice()
          .uses(NONE)
          .build();
  private static final RuleMessages HOOKS =
      RuleMessages.of("content.headline.hooks")
          .pass(phrases("hooks"))
          .warn(phrases("hooks"))
          .fail()
          .advice()
          .phrase("question")
          .phrase("number")
          .phrase("strong", text("word"))
          .evidence("found", text("text"), phrases("hooks"))
          .evidence("text", text("text"))
          .evidence("na")
          .build();
  private static final RuleMessages SCHEDULE =
      RuleMessages.of("content.schedule")
          .pass(text("time"), text("window"))
          .fail(text("time"), text("window"))
          .advice(text("window"))
          .evidence("at", text("time"), text("zone"), text("window"))
          .evidence("na")
          .build();
  private static final RuleMessages AUDIENCE =
      RuleMessages.of("content.audience")
          .pass()
          .warn()
          .fail()
          .advice()
          .evidence("fields", text("persona"), text("cluster"))
          .build();
  private static final RuleMessages PLATFORM =
      RuleMessages.of("content.platform")
          .pass(text("platform"))
          .fail(text("targets"), text("platform"))
          .advice(text("platform"))
          .uses(NONE)
          .evidence("na")
          .build();

  static List<ContentRule> all() {
    List<ContentRule> r = new ArrayList<>();
    r.add(rule(TEXT_LENGTH, USABILITY, 2, List.of(), ContentRules::textLength));
    r.add(
        rule(
            HEADLINE_LENGTH,
            USABILITY,
            1,
            List.of(
                Parameter.of("max", 100, 10, 500, "longest headline where the platform sets none")),
            ContentRules::headlineLength));
    r.add(rule(HASHTAGS_COUNT, TAGGING_AND_BOOKMARKING, 1, List.of(), ContentRules::hashtagCount));
    r.add(rule(HASHTAGS_FORM, TAGGING_AND_BOOKMARKING, 1, List.of(), ContentRules::hashtagForm));
    r.add(rule(IMAGE_SIZE, ATMOSPHERE, 2, List.of(), ContentRules::imageSize));
    r.add(
        rule(
            IMAGE_ASPECT,
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
    r.add(rule(IMAGE_ALT, USABILITY, 1, List.of(), ContentRules::imageAlt));
    r.add(rule(VISUAL, ATMOSPHERE, 1, List.of(), ContentRules::visual));
    r.add(
        rule(
            LINK,
            LINKABILITY,
            1,
            List.of(),
            (piece, platform, p) ->
                piece.links().isEmpty()
                    ? LINK.fail(NONE.key())
                    : LINK.pass(VALUE.key(), "value", piece.links().get(0).toString())));
    r.add(
        rule(
            CTA,
            CONTENT_TRAVEL,
            2,
            List.of(),
            (piece, platform, p) ->
                piece
                    .callToAction()
                    .map(c -> CTA.pass(VALUE.key(), "value", c))
                    .orElseGet(() -> CTA.fail(NONE.key()))));
    r.add(rule(PURPOSE, VISITOR_FRIENDLY, 1, List.of(), ContentRules::purpose));
    r.add(rule(HOOKS, VISITOR_FRIENDLY, 1, List.of(), ContentRules::hooks));
    r.add(rule(SCHEDULE, OUTGOING_CHANNELS, 1, List.of(), ContentRules::schedule));
    r.add(rule(AUDIENCE, VISITOR_FRIENDLY, 1, List.of(), ContentRules::audience));
    r.add(rule(PLATFORM, VISITOR_FRIENDLY, 1, List.of(), ContentRules::platform));
    return r;
  }

  private static ContentRule rule(
      RuleMessages messages,
      Category category,
      double weight,
      List<Parameter> params,
      BasicRules.ContentFn fn) {
    return new BasicRules.ContentRuleFn(messages, category, weight, params, fn);
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static Outcome textLength(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    String body = piece.body().orElse("");
    int max = platform.limits().maxTextLength();
    if (body.isBlank() && piece.media().isEmpty()) {
      return TEXT_LENGTH.fail("empty", "length", 0, "max", max, "platform", platform.name());
    }
    int n = length(body);
    String ev = Evidence.LENGTH_OF_MAX.key();
    return n <= max
        ? TEXT_LENGTH.pass(ev, "length", n, "max", max, "platform", platform.name())
        : TEXT_LENGTH.fail(ev, "length", n, "max", max, "platform", platform.name());
  }

  private static Outcome headlineLength(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    RuleMessages m = HEADLINE_LENGTH;
    if (piece.headline().isEmpty()) {
      return m.notApplicable("na");
    }
    int n = length(piece.headline().get());
    int platformMax = platform.limits().maxHeadlineLength();
    int max = platformMax > 0 ? platformMax : p.getInt("max");
    String ev = Evidence.LENGTH_OF_MAX.key();
    if (n <= max) {
      return m.pass(ev, "length", n, "max", max);
    }
    return platformMax > 0
        ? m.fail(ev, "length", n, "max", max)
        : m.warn(0.5, ev, "length", n, "max", max);
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
      "platform",
      platform.name()
    };
    if (n > l.maxHashtags()) {
      List<Object> withMax = new ArrayList<>(List.of(args));
      withMax.addAll(List.of("hardMax", l.maxHashtags()));
      return HASHTAGS_COUNT.fail(NONE.key(), withMax.toArray());
    }
    if (n >= l.recommendedHashtagsMin() && n <= l.recommendedHashtagsMax()) {
      return HASHTAGS_COUNT.pass(NONE.key(), args);
    }
    return HASHTAGS_COUNT.warn(0.5, NONE.key(), args);
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
      return HASHTAGS_FORM.notApplicable("na");
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
      return HASHTAGS_FORM.fail(NONE.key(), "tags", String.join(", ", bad));
    }
    if (!duplicates.isEmpty()) {
      return HASHTAGS_FORM.warn(0.5, NONE.key(), "tags", String.join(", ", duplicates));
    }
    return HASHTAGS_FORM.pass("tags", "tags", String.join(" ", piece.hashtags()));
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
      return IMAGE_SIZE.notApplicable(
          (visuals.isEmpty() ? Evidence.NA_NO_VISUALS : Evidence.NA_NO_SIZES).key());
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
        return IMAGE_SIZE.fail(
            NONE.key(), "size", s.width() + "x" + s.height(), "recommended", sizes(recommended));
      }
    }
    return IMAGE_SIZE.pass(
        "size",
        "size",
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
      return IMAGE_ASPECT.notApplicable(
          (visuals.isEmpty() ? Evidence.NA_NO_VISUALS : Evidence.NA_NO_SIZES).key());
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
        return IMAGE_ASPECT.warn(
            0.5,
            "ratio",
            "size",
            v,
            "ratio",
            String.format(Locale.ROOT, "%.2f", ratio),
            "recommended",
            sizes(recommended));
      }
    }
    return IMAGE_ASPECT.pass(NONE.key());
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
      return IMAGE_ALT.notApplicable(Evidence.NA_NO_IMAGES.key());
    }
    String ev = Evidence.ALT_COUNT.key();
    if (withAlt == images) {
      return IMAGE_ALT.pass(ev, "with", withAlt, "total", images);
    }
    return withAlt == 0
        ? IMAGE_ALT.fail(ev, "with", withAlt, "total", images)
        : IMAGE_ALT.warn(withAlt / (double) images, ev, "with", withAlt, "total", images);
  }

  private static Outcome visual(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    List<Media> v = visuals(piece);
    return v.isEmpty() ? VISUAL.fail(NONE.key()) : VISUAL.pass("count", "count", v.size());
  }

  private static Outcome purpose(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    String purpose = piece.purpose().name();
    return switch (piece.purpose()) {
      case ADVERTISING, COMMERCIAL_OFFER -> PURPOSE.warn(0.5, NONE.key(), "value", purpose);
      default -> PURPOSE.pass(NONE.key(), "value", purpose);
    };
  }

  private static Outcome hooks(ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    String text =
        piece.headline().orElseGet(() -> piece.body().orElse("").lines().findFirst().orElse(""));
    if (text.isBlank()) {
      return HOOKS.notApplicable("na");
    }
    List<String> hooks = new ArrayList<>();
    List<Object> args = new ArrayList<>(List.of("text", text));
    if (text.contains("?")) {
      hooks.add("question");
    }
    if (NUMBER.matcher(text).find()) {
      hooks.add("number");
    }
    var m = STRONG_WORDS.matcher(text);
    if (m.find()) {
      hooks.add("strong");
      args.addAll(List.of("word", m.group().trim()));
    }
    if (hooks.isEmpty()) {
      return HOOKS.fail("text", "text", text);
    }
    args.addAll(List.of("hooks", HOOKS.phrases(hooks)));
    return hooks.size() >= 2
        ? HOOKS.pass("found", args.toArray())
        : HOOKS.warn(0.6, "found", args.toArray());
  }

  private static Outcome schedule(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    if (piece.scheduledAt().isEmpty()) {
      return SCHEDULE.notApplicable("na");
    }
    ZonedDateTime at = piece.scheduledAt().get();
    LocalTime local = at.toLocalTime();
    ContentLimits l = platform.limits();
    String window = l.activeFrom() + "-" + l.activeTo();
    Object[] args = {"time", local.toString(), "zone", at.getZone().toString(), "window", window};
    return l.isActiveAt(local) ? SCHEDULE.pass("at", args) : SCHEDULE.fail("at", args);
  }

  private static Outcome audience(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    boolean persona = piece.persona().isPresent();
    boolean cluster = piece.semanticCluster().isPresent();
    Object[] args = {
      "persona", piece.persona().orElse("-"), "cluster", piece.semanticCluster().orElse("-")
    };
    if (persona && cluster) {
      return AUDIENCE.pass("fields", args);
    }
    return persona || cluster ? AUDIENCE.warn(0.5, "fields", args) : AUDIENCE.fail("fields", args);
  }

  private static Outcome platform(
      ContentPiece piece, Platform platform, dev.smmkit.smo.Parameters p) {
    if (piece.targetPlatforms().isEmpty()) {
      return PLATFORM.notApplicable("na");
    }
    List<String> names = new ArrayList<>();
    piece.targetPlatforms().forEach(x -> names.add(x.name()));
    String list = String.join(", ", names);
    return piece.targetPlatforms().contains(platform)
        ? PLATFORM.pass(NONE.key(), "platform", platform.name())
        : PLATFORM.fail(NONE.key(), "platform", platform.name(), "targets", list);
  }
}
