package dev.smmkit.smo.internal;

import static dev.smmkit.smo.internal.Placeholder.integer;
import static dev.smmkit.smo.internal.Placeholder.text;

import dev.smmkit.smo.Category;
import dev.smmkit.smo.Status;
import java.util.ArrayList;
import java.util.List;

/** The engine's and the report's own keys, beside the rules' ones, with their placeholders. */
public final class EngineMessages {
  private EngineMessages() {}

  /**
   * Every key the engine and {@code SmoReport} render: report headings, status labels and messages,
   * category names.
   *
   * @return the keys
   */
  public static List<MessageKey> keys() {
    List<MessageKey> k = new ArrayList<>();
    k.add(MessageKey.of("report.title", text("subject"), text("profile")));
    k.add(MessageKey.of("report.score", text("score")));
    k.add(MessageKey.of("report.partial", text("notes")));
    k.add(MessageKey.of("report.top", integer("count"), text("points")));
    k.add(MessageKey.of("report.categories"));
    k.add(MessageKey.of("report.findings"));
    k.add(MessageKey.of("report.metadata"));
    for (Status s : Status.values()) {
      k.add(MessageKey.of("status." + s.name()));
    }
    k.add(MessageKey.of("status.na.message", text("evidence")));
    k.add(MessageKey.of("status.error.message", text("rule"), text("evidence")));
    for (Category c : Category.values()) {
      k.add(MessageKey.of("category." + c.name()));
    }
    return k;
  }
}
