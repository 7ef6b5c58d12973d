package dev.smmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTest {

  @Test
  void builtIns_coverTheDocumentsNetworksAndTheUsualOthers() {
    assertThat(Platform.builtIns())
        .extracting(Platform::id)
        .containsExactly(
            "facebook",
            "instagram",
            "x",
            "youtube",
            "tumblr",
            "snapchat",
            "vkontakte",
            "odnoklassniki",
            "telegram",
            "tiktok",
            "linkedin",
            "pinterest");
    assertThat(Platform.builtIns()).allMatch(Platform::isBuiltIn);
  }

  @Test
  void builtInLimits_comeFromTheData() {
    assertThat(Platform.X.limits().maxTextLength()).isEqualTo(280);
    assertThat(Platform.INSTAGRAM.limits().maxHashtags()).isEqualTo(30);
    assertThat(Platform.INSTAGRAM.limits().maxTextLength()).isEqualTo(2200);
    assertThat(Platform.TELEGRAM.limits().maxTextLength()).isEqualTo(4096);
    assertThat(Platform.YOUTUBE.limits().maxHeadlineLength()).isEqualTo(100);
    assertThat(Platform.FACEBOOK.limits().recommendedImageSizes())
        .contains(new ImageSize(1200, 630, "link"));
    assertThat(Platform.VKONTAKTE.name()).isEqualTo("VKontakte");
  }

  @Test
  void builtIn_findsByIdIgnoringCase_andTwitterIsX() {
    assertThat(Platform.builtIn("VKontakte")).contains(Platform.VKONTAKTE);
    assertThat(Platform.builtIn("twitter")).contains(Platform.X);
    assertThat(Platform.builtIn("myspace")).isEmpty();
  }

  @Test
  void callerDefinedPlatform_isOpen() {
    Platform dzen =
        Platform.builder("dzen")
            .name("Dzen")
            .limits(
                new ContentLimits(
                    10000, 120, 10, 0, 5, List.of(), LocalTime.of(7, 0), LocalTime.of(23, 0)))
            .build();
    assertThat(dzen.id()).isEqualTo("dzen");
    assertThat(dzen.isBuiltIn()).isFalse();
    assertThat(dzen.toBuilder().build()).isEqualTo(dzen).hasSameHashCodeAs(dzen);
    assertThat(dzen).hasToString("Platform[dzen]");
    Platform longerX = Platform.X.toBuilder().limits(dzen.limits()).build();
    assertThat(longerX).isNotEqualTo(Platform.X);
    assertThat(longerX.isBuiltIn()).isFalse();
  }

  @Test
  void builder_reportsEveryViolationAtOnce() {
    assertThatThrownBy(() -> Platform.builder("Bad Id!").name(" ").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            """
            Platform.id: must be 1-64 lower-case letters, digits, '_' or '-' (was \"Bad Id!\")
            Platform.name: must not be blank (was \" \")
            Platform.limits: must not be null (was null)""")
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .extracting(Violation::rule)
                    .containsExactly("Pattern", "NotBlank", "NotNull"));
  }

  @Test
  void contentLimits_rejectInconsistentNumbers() {
    assertThatThrownBy(
            () -> new ContentLimits(0, -1, 2, 3, 5, List.of(), LocalTime.NOON, LocalTime.MIDNIGHT))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ContentLimits.maxTextLength: must be >= 1 (was 0)\n"
                + "ContentLimits.maxHeadlineLength: must be >= 0 (was -1)\n"
                + "ContentLimits.recommendedHashtagsMax: must be between recommendedHashtagsMin"
                + " and maxHashtags (was 5)");
    assertThatThrownBy(() -> new ContentLimits(1, 0, 0, 0, 0, null, null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ContentLimits.recommendedImageSizes: must not be null")
        .hasMessageContaining("ContentLimits.activeTo: must not be null");
  }

  @Test
  void activeWindow_handlesMidnight() {
    ContentLimits day =
        new ContentLimits(1, 0, 0, 0, 0, List.of(), LocalTime.of(9, 0), LocalTime.of(21, 0));
    assertThat(day.isActiveAt(LocalTime.of(9, 0))).isTrue();
    assertThat(day.isActiveAt(LocalTime.of(21, 0))).isFalse();
    assertThat(day.isActiveAt(LocalTime.of(3, 0))).isFalse();
    ContentLimits night =
        new ContentLimits(1, 0, 0, 0, 0, List.of(), LocalTime.of(20, 0), LocalTime.of(2, 0));
    assertThat(night.isActiveAt(LocalTime.of(23, 30))).isTrue();
    assertThat(night.isActiveAt(LocalTime.of(1, 0))).isTrue();
    assertThat(night.isActiveAt(LocalTime.of(12, 0))).isFalse();
    ContentLimits always =
        new ContentLimits(1, 0, 0, 0, 0, List.of(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    assertThat(always.isActiveAt(LocalTime.of(4, 0))).isTrue();
  }

  @Test
  void imageSize_validatesAndDescribesItself() {
    assertThat(new ImageSize(1200, 630, "link")).hasToString("1200x630:link");
    assertThat(ImageSize.of(1080, 1080)).hasToString("1080x1080");
    assertThat(new ImageSize(1200, 600, "").aspectRatio()).isEqualTo(2.0);
    assertThatThrownBy(() -> ImageSize.of(0, 10))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ImageSize.width: must be >= 1 (was 0)");
    assertThatThrownBy(() -> ImageSize.of(10, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ImageSize.height: must be >= 1 (was -1)");
    assertThatThrownBy(() -> new ImageSize(1, 1, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ImageSize.use: must not be null (was null)");
  }
}
