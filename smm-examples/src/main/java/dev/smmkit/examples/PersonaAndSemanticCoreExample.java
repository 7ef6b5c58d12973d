package dev.smmkit.examples;

import dev.smmkit.core.Persona;
import dev.smmkit.core.QueryCluster;
import dev.smmkit.core.SemanticCore;
import java.io.PrintStream;

/**
 * Step 1 and 2 of the playbook: know your customer (a persona with desires and pains) and collect
 * the queries they would type (a semantic core).
 */
public final class PersonaAndSemanticCoreExample {
  private PersonaAndSemanticCoreExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the example to a stream.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // A persona without a desire or a pain is rejected: the playbook says nothing works without
    // them.
    Persona mother = Examples.renovatingMother();
    out.println("Persona: " + mother.name());
    out.println("  wants:  " + mother.desires());
    out.println("  fears:  " + mother.pains());
    // Raw queries are normalised (NFC, lower case, single spaces) and de-duplicated:
    // "Купить обои в Москве" and "купить  обои в москве" become one query.
    SemanticCore core = Examples.semanticCore();
    for (QueryCluster c : core.clusters()) {
      out.println("Cluster " + c.name() + " (" + c.intent() + "): " + c.queries());
    }
  }
}
