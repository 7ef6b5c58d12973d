package dev.smmkit.archrules;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A set of top-level classes that depend on each other in a cycle (a strongly connected component
 * of the class dependency graph, nested classes counted as their top-level class), with one
 * dependency per edge as evidence. Immutable and thread-safe.
 */
final class ClassCycle {
  private final Set<String> classes;
  private final Set<String> packages;
  private final List<String> evidence;

  private ClassCycle(Set<String> classes, Set<String> packages, List<String> evidence) {
    this.classes = classes;
    this.packages = packages;
    this.evidence = evidence;
  }

  /** The packages the cycle's classes lie in. */
  Set<String> packages() {
    return packages;
  }

  @Override
  public String toString() {
    return "Cycle between "
        + classes
        + " in "
        + packages
        + ":\n    "
        + String.join("\n    ", evidence);
  }

  /** Every cycle among the given classes, found by Tarjan's algorithm. */
  static List<ClassCycle> find(JavaClasses imported) {
    SortedMap<String, Set<String>> graph = new TreeMap<>();
    Map<String, String> evidence = new HashMap<>();
    Map<String, String> packageOf = new HashMap<>();
    for (JavaClass c : imported) {
      String from = topLevel(c);
      packageOf.put(from, c.getPackageName());
      graph.computeIfAbsent(from, k -> new TreeSet<>());
    }
    for (JavaClass c : imported) {
      String from = topLevel(c);
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = topLevel(d.getTargetClass().getBaseComponentType());
        if (!to.equals(from) && graph.containsKey(to)) {
          graph.get(from).add(to);
          evidence.putIfAbsent(from + " -> " + to, d.getDescription());
        }
      }
    }
    List<ClassCycle> cycles = new ArrayList<>();
    new Object() {
      final Map<String, Integer> index = new HashMap<>();
      final Map<String, Integer> low = new HashMap<>();
      final Deque<String> stack = new ArrayDeque<>();
      final Set<String> onStack = new TreeSet<>();

      void run() {
        for (String v : graph.keySet()) {
          if (!index.containsKey(v)) {
            connect(v);
          }
        }
      }

      void connect(String v) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.get(v)) {
          if (!index.containsKey(w)) {
            connect(w);
            low.put(v, Math.min(low.get(v), low.get(w)));
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
        }
        if (low.get(v).equals(index.get(v))) {
          Set<String> members = new TreeSet<>();
          String w;
          do {
            w = stack.pop();
            onStack.remove(w);
            members.add(w);
          } while (!w.equals(v));
          if (members.size() > 1) {
            Set<String> packages = new TreeSet<>();
            List<String> edges = new ArrayList<>();
            for (String m : members) {
              packages.add(packageOf.get(m));
              for (String t : graph.get(m)) {
                if (members.contains(t) && !packageOf.get(m).equals(packageOf.get(t))) {
                  edges.add(evidence.get(m + " -> " + t));
                }
              }
            }
            cycles.add(
                new ClassCycle(Set.copyOf(members), Set.copyOf(packages), List.copyOf(edges)));
          }
        }
      }
    }.run();
    return cycles;
  }

  private static String topLevel(JavaClass c) {
    String name = c.getName();
    int dollar = name.indexOf('$');
    return dollar < 0 ? name : name.substring(0, dollar);
  }
}
