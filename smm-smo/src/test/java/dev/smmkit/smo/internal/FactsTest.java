package dev.smmkit.smo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smmkit.smo.Page;
import java.net.URI;
import org.junit.jupiter.api.Test;

class FactsTest {
  private static Page page(String title) {
    return Page.parse(
        "<html><head><title>"
            + title
            + "</title><link rel=canonical href=/"
            + title
            + "></head><body></body></html>",
        URI.create("https://example.com/" + title));
  }

  @Test
  void facts_areOwnedByEachPage_andComputedOnce() {
    // GIVEN two pages in one JVM
    Page a = page("a");
    Page b = page("b");

    // WHEN their rules look up the facts
    Facts factsA = Facts.of(a.document());
    Facts factsB = Facts.of(b.document());

    // THEN each page has its own facts, the same instance every time, from its own document
    assertThat(Facts.of(a.document())).isSameAs(factsA);
    assertThat(factsB).isNotSameAs(factsA);
    assertThat(factsA.metaLinks().attr("href")).isEqualTo("/a");
    assertThat(factsB.metaLinks().attr("href")).isEqualTo("/b");
  }

  @Test
  void facts_leaveNoTraceInTheDocumentsHtml() {
    Page a = page("a");
    Facts.of(a.document());

    assertThat(a.document().outerHtml()).doesNotContain("Facts").doesNotContain("smmkit");
  }

  @Test
  void documentWithoutAttachedFacts_getsFreshFactsEachTime() {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<link rel=canonical href=/x>");

    Facts first = Facts.of(doc);

    assertThat(first.metaLinks().attr("href")).isEqualTo("/x");
    assertThat(Facts.of(doc)).isNotSameAs(first);
  }
}
