package dev.smmkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class FiguresAndPostTest {

  /** A tweet's figures: impressions, the fourteen parts and media views, and X's own total. */
  private static Figures tweet(long total) {
    Figures.Builder b =
        Figures.builder()
            .impressions(215)
            .reportedEngagements(InteractionSet.X_ANALYTICS, total)
            .count(Interaction.MEDIA_VIEW, 40);
    for (Interaction i : InteractionSet.X_ANALYTICS.members()) {
      b.count(i, 1);
    }
    return b.build();
  }

  @Test
  void xPreset_isExactlyThePlatformsFourteenParts() {
    assertThat(InteractionSet.X_ANALYTICS.members())
        .containsExactlyInAnyOrder(
            Interaction.SHARE,
            Interaction.COMMENT,
            Interaction.LIKE,
            Interaction.PROFILE_CLICK,
            Interaction.URL_CLICK,
            Interaction.HASHTAG_CLICK,
            Interaction.DETAIL_EXPAND,
            Interaction.PERMALINK_CLICK,
            Interaction.APP_OPEN,
            Interaction.APP_INSTALL,
            Interaction.FOLLOW,
            Interaction.EMAIL,
            Interaction.DIAL,
            Interaction.MEDIA_ENGAGEMENT);
    assertThat(InteractionSet.X_ANALYTICS.members())
        .doesNotContain(Interaction.MEDIA_VIEW, Interaction.SAVE, Interaction.PROFILE_VISIT);
  }

  @Test
  void absentIsNotZero_aSetNeedingAnAbsentKindIsRefusedNamingEachMissingKind() {
    Figures f =
        Figures.builder()
            .count(Interaction.LIKE, 79)
            .count(Interaction.COMMENT, 4)
            .count(Interaction.SHARE, 17)
            .impressions(5091)
            .build();
    assertThat(f.count(Interaction.LIKE)).hasValue(79);
    assertThat(f.count(Interaction.URL_CLICK)).isEmpty();
    assertThat(f.reach()).isEmpty();
    assertThat(f.engagements(InteractionSet.LIKES_COMMENTS_SHARES)).isEqualTo(100);
    assertThatThrownBy(() -> f.engagements(InteractionSet.X_ANALYTICS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "Figures.profile_click: is not in the source, and x-analytics needs it: choose a set"
                + " of the interactions the source has (a smaller sum is never given) (was null)")
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly(
                        "Figures.profile_click",
                        "Figures.url_click",
                        "Figures.hashtag_click",
                        "Figures.detail_expand",
                        "Figures.permalink_click",
                        "Figures.app_open",
                        "Figures.app_install",
                        "Figures.follow",
                        "Figures.email",
                        "Figures.dial",
                        "Figures.media_engagement"));
    assertThat(f.absent(InteractionSet.LIKES_COMMENTS_SHARES_SAVES))
        .containsExactly(Interaction.SAVE);
    assertThat(f.present())
        .containsExactlyInAnyOrder(Interaction.LIKE, Interaction.COMMENT, Interaction.SHARE);
  }

  @Test
  void theRateUsesThePlatformsTotal_whereItIsLargerThanThePublishedParts() {
    Figures f = tweet(23);
    assertThat(f.engagements(InteractionSet.X_ANALYTICS)).isEqualTo(23);
    assertThat(f.sumOfParts(InteractionSet.X_ANALYTICS)).isEqualTo(14);
    assertThat(f.unpublishedEngagements()).hasValue(9);
    assertThat(f.rate(InteractionSet.X_ANALYTICS, Denominator.IMPRESSIONS))
        .isEqualTo(Rate.of(23, 215));
    assertThat(EngagementRate.of(f, InteractionSet.X_ANALYTICS, Denominator.IMPRESSIONS))
        .isEqualTo(Rate.of(23, 215));
    // another set is summed from its parts
    assertThat(f.engagements(InteractionSet.LIKES_COMMENTS_SHARES)).isEqualTo(3);
    EngagementAccumulator acc =
        new EngagementAccumulator()
            .add(f, InteractionSet.X_ANALYTICS, Denominator.IMPRESSIONS)
            .add(tweet(14), InteractionSet.X_ANALYTICS, Denominator.IMPRESSIONS);
    assertThat(acc.snapshot().ratioOfSums()).isEqualTo(Rate.of(37, 430));
  }

  @Test
  void aTotalSmallerThanItsParts_isImpossible() {
    assertThatThrownBy(() -> tweet(13))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "Figures.reported_engagements: is impossible: the platform's total must not be"
                + " smaller than the sum of its published parts (")
        .hasMessageContaining("= 14) (was 13)");
    assertThat(tweet(14).unpublishedEngagements()).hasValue(0);
  }

  @Test
  void noTotalOrAnAbsentPart_meansNoUnpublishedFigure() {
    assertThat(Figures.builder().count(Interaction.LIKE, 1).build().unpublishedEngagements())
        .isEmpty();
    Figures partial =
        Figures.builder()
            .count(Interaction.LIKE, 1)
            .reportedEngagements(InteractionSet.X_ANALYTICS, 5)
            .build();
    assertThat(partial.unpublishedEngagements()).isEmpty();
    assertThat(partial.engagements(InteractionSet.X_ANALYTICS)).isEqualTo(5);
    assertThatThrownBy(() -> partial.sumOfParts(InteractionSet.X_ANALYTICS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Figures.share: is not in the source");
  }

  @Test
  void badFigures_areRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> Figures.builder().count(Interaction.LIKE, -1))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Figures.like: must be >= 0 (was -1)");
    assertThatThrownBy(() -> Figures.builder().impressions(-2))
        .hasMessage("Figures.impressions: must be >= 0 (was -2)");
    assertThatThrownBy(() -> Figures.builder().watchTime(Duration.ofSeconds(-1)))
        .hasMessage("Figures.watch_time: must be >= 0 (was PT-1S)");
    assertThatThrownBy(() -> Figures.builder().reach(10).impressions(9).build())
        .hasMessage("Figures.reach: is impossible: reach must not exceed impressions (9) (was 10)");
    assertThatThrownBy(() -> Figures.builder().reportedEngagements(InteractionSet.X_ANALYTICS, -1))
        .hasMessage("Figures.reported_engagements: must be >= 0 (was -1)");
  }

  @Test
  void denominators_andAnAbsentOne() {
    Figures f =
        Figures.builder()
            .reach(2)
            .impressions(3)
            .followers(4)
            .views(5)
            .watchTime(Duration.ofMinutes(7))
            .count(Interaction.LIKE, 1)
            .build();
    assertThat(f.value(Denominator.REACH)).hasValue(2);
    assertThat(f.value(Denominator.IMPRESSIONS)).hasValue(3);
    assertThat(f.value(Denominator.FOLLOWERS)).hasValue(4);
    assertThat(f.value(Denominator.VIEWS)).hasValue(5);
    assertThat(f.watchTime()).hasValue(Duration.ofMinutes(7));
    Figures noReach = Figures.builder().count(Interaction.LIKE, 1).build();
    assertThatThrownBy(
            () ->
                noReach.rate(
                    InteractionSet.of("likes", Set.of(Interaction.LIKE)), Denominator.REACH))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Figures.reach: is not in the source, so it cannot be the denominator (was null)");
  }

  @Test
  void toString_listsWhatIsPresent() {
    Figures f =
        Figures.builder()
            .impressions(215)
            .count(Interaction.LIKE, 1)
            .reportedEngagements(InteractionSet.X_ANALYTICS, 4)
            .build();
    assertThat(f).hasToString("Figures[impressions=215, like=1, reported=4 (x-analytics)]");
  }

  @Test
  void post_keepsTheIdAsWrittenAndTheZone() {
    ZonedDateTime at = ZonedDateTime.of(2021, 1, 30, 12, 56, 0, 0, ZoneId.of("Europe/Moscow"));
    Post p =
        Post.builder()
            .id("1355500244381949952")
            .platform("x")
            .type("tweet")
            .publishedAt(at)
            .figures(tweet(14))
            .build();
    assertThat(p.id()).isEqualTo("1355500244381949952");
    assertThat(p.publishedAt()).hasValue(at);
    assertThat(p.engagements(InteractionSet.X_ANALYTICS)).isEqualTo(14);
    assertThat(p.value(Denominator.IMPRESSIONS)).hasValue(215);
    assertThat(p.rate(InteractionSet.X_ANALYTICS, Denominator.IMPRESSIONS))
        .isEqualTo(Rate.of(14, 215));
    assertThat(p.toString()).startsWith("Post[x 1355500244381949952 tweet 2021-01-30T12:56+03:00");
    Post undated =
        Post.builder().id("1").platform("facebook").type("photo").figures(tweet(14)).build();
    assertThat(undated.publishedAt()).isEmpty();
    assertThat(undated.toString()).contains("undated");
  }

  @Test
  void post_badOrMissingFields_areNamed() {
    assertThatThrownBy(() -> Post.builder().id(" "))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Post.id: must not be blank (was \" \")");
    assertThatThrownBy(() -> Post.builder().build())
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly("Post.id", "Post.platform", "Post.type", "Post.figures"));
  }

  @Test
  void dailyActivity_isValidated() {
    Figures f = tweet(14);
    assertThat(new DailyActivity("x", LocalDate.of(2021, 1, 1), 9, f).postsPublished())
        .isEqualTo(9);
    assertThatThrownBy(() -> new DailyActivity("x", LocalDate.of(2021, 1, 1), -1, f))
        .isInstanceOf(ValidationException.class)
        .hasMessage("DailyActivity.postsPublished: must be >= 0 (was -1)");
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(Figures.class)
        .withPrefabValues(
            InteractionSet.class, InteractionSet.LIKES_COMMENTS_SHARES, InteractionSet.X_ANALYTICS)
        .verify();
    EqualsVerifier.forClass(Post.class)
        .withPrefabValues(Figures.class, tweet(14), tweet(15))
        .withNonnullFields("id", "platform", "type", "figures")
        .verify();
    assertThat(EnumSet.allOf(Interaction.class)).hasSize(17);
  }
}
