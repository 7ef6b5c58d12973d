package dev.smmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every example program runs and prints what its comments promise, so that none of them rots. */
class ExamplesTest {

  private static String run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void personaAndSemanticCore_keepsRussianTextAndDeduplicatesQueries() {
    String out = run(PersonaAndSemanticCoreExample::run);
    assertThat(out)
        .contains("Persona: Renovating mother")
        .contains("обои отклеиваются через месяц")
        .contains(
            "Cluster Покупка обоев (TRANSACTIONAL): [купить обои в москве, обои с доставкой]");
  }

  @Test
  void campaign_isValidatedReviewedAndRoundTripsThroughJson() {
    String out = run(CampaignExample::run);
    assertThat(out)
        .contains("15000.00 RUB a month, 3 months, 45000.00 RUB in all")
        .contains("Rejected (3 violations):")
        .contains("Campaign.monthlyBudget")
        .contains("read back equal: true");
  }

  @Test
  void promotionMethods_refusesBlackHatAndExplainsGreyHat() {
    String out = run(PromotionMethodsExample::run);
    assertThat(out)
        .contains("WHITE")
        .contains("GREY")
        .contains("BLACK")
        .contains("Refused bought-subscribers")
        .contains("Refused account-hacking");
  }

  @Test
  void smoAudit_showsThePreviewTheScoreAndWhatToFixFirst() {
    String out = run(SmoAuditExample::run);
    assertThat(out)
        .contains(
            "Share preview: Моющиеся обои для детской: как выбрать и не пожалеть (from meta og:title)")
        .contains(
            "image https://oboi.example.ru/img/blog/detskaya-1200x630.jpg (from meta og:image)")
        .containsPattern("SMO score \\d+/100; fix these 3 first: \\+\\d+\\.\\d points")
        .contains("No share to messengers or e-mail")
        .contains("Post post-001 on VKontakte: ");
  }

  @Test
  void engagement_onTheUciData_showsTheTwoAggregations() {
    String out = run(EngagementExample::run);
    assertThat(out)
        .contains("ER by reach: 3.633721 % (100/2752)")
        .contains("ratio of sums 1.53 %, mean of rates 2.41 %")
        .contains("Photo    426 posts");
  }

  @Test
  void uniqueReach_estimatesWithinItsBounds() {
    String out = run(UniqueReachExample::run);
    assertThat(out).containsPattern("Unique reach of 3 posts: \\d+ \\(true 350000\\)");
    assertThat(out).contains("exact=false");
  }

  @Test
  void virality_simulationFollowsTheProjection() {
    String out = run(ViralityExample::run);
    assertThat(out).contains("K = 0.80").contains("seeds / (1 - K) = 5000");
    assertThat(out).contains("generation 10: expected   4571");
  }

  @Test
  void roi_andCostPerSubscriber() {
    String out = run(RoiExample::run);
    assertThat(out)
        .contains("ROI  = (return - cost) / cost = 1.8")
        .contains("cost per subscriber, gross = 18.75 RUB")
        .contains("cost per subscriber, net   = 20.00 RUB")
        .contains("800 subscribers at 18.75 RUB each: within the playbook's 20.00 RUB")
        .contains(
            "500 subscribers at 30.00 RUB each: a target subscriber costs 30.00 RUB, more than")
        .contains("no new subscribers: undefined");
  }

  @Test
  void everyExampleHasAMainThatRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      PersonaAndSemanticCoreExample.main(new String[0]);
      CampaignExample.main(new String[0]);
      PromotionMethodsExample.main(new String[0]);
      SmoAuditExample.main(new String[0]);
      EngagementExample.main(new String[0]);
      UniqueReachExample.main(new String[0]);
      ViralityExample.main(new String[0]);
      RoiExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Renovating mother")
        .contains("no new subscribers: undefined");
  }
}
