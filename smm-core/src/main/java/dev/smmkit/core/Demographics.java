package dev.smmkit.core;

import dev.smmkit.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who a persona is: age range, optional gender, where they live and which languages they read.
 *
 * @param ageRange the age range
 * @param gender the gender, or {@code null} when the audience is any gender
 * @param locations places such as {@code Москва} or {@code Hà Nội}, free text, possibly empty
 * @param languages BCP 47 language tags such as {@code ru} or {@code vi-VN}, possibly empty
 *     <p>Immutable and thread-safe.
 */
public record Demographics(
    AgeRange ageRange, @Nullable Gender gender, List<String> locations, List<String> languages) {

  /**
   * Validates and copies.
   *
   * @param ageRange the age range
   * @param gender the gender or null
   * @param locations the locations
   * @param languages the language tags
   * @throws ValidationException listing every problem
   */
  public Demographics {
    Checks c = Checks.of("Demographics");
    c.check(
        ageRange != null,
        "ageRange",
        null,
        "NotNull",
        "jakarta.validation.constraints.NotNull.message");
    c.check(
        locations != null,
        "locations",
        null,
        "NotNull",
        "jakarta.validation.constraints.NotNull.message");
    c.check(
        languages != null,
        "languages",
        null,
        "NotNull",
        "jakarta.validation.constraints.NotNull.message");
    if (locations != null) {
      for (int i = 0; i < locations.size(); i++) {
        String l = locations.get(i);
        c.check(
            l != null && !l.isBlank(),
            "locations[" + i + "]",
            l,
            "NotBlank",
            "jakarta.validation.constraints.NotBlank.message");
      }
    }
    if (languages != null) {
      for (int i = 0; i < languages.size(); i++) {
        String tag = languages.get(i);
        c.check(isLanguageTag(tag), "languages[" + i + "]", tag, "LanguageTag", "smm.language.tag");
      }
    }
    c.throwIfAny();
    locations = List.copyOf(locations);
    languages = List.copyOf(languages);
  }

  /**
   * Demographics with only an age range.
   *
   * @param min youngest age
   * @param max oldest age
   * @return demographics with no gender, locations or languages
   */
  public static Demographics ages(int min, int max) {
    return new Demographics(new AgeRange(min, max), null, List.of(), List.of());
  }

  /**
   * The gender, if the audience has one.
   *
   * @return the gender or empty
   */
  public Optional<Gender> genderIfAny() {
    return Optional.ofNullable(gender);
  }

  private static boolean isLanguageTag(@Nullable String tag) {
    if (tag == null || tag.isBlank()) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(tag);
    return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(tag);
  }
}
