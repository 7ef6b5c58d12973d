package dev.smmkit.smo.internal;

import java.util.List;

/**
 * Word tests the rules run on every element: a few {@code contains} calls on short strings are much
 * faster than a regex alternation, and case-insensitive ones copy nothing.
 */
final class Words {
  private Words() {}

  /**
   * Whether a string contains one of the words.
   *
   * @param s the string, in the case of the words
   * @param words the words
   * @return whether one occurs
   */
  static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a string contains a word in any case, without copying the string.
   *
   * @param s the string
   * @param word the word, in lower-case ASCII
   * @return whether it occurs
   */
  static boolean containsIgnoreCase(String s, String word) {
    char first = word.charAt(0);
    char upper = Character.toUpperCase(first);
    for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
      char c = s.charAt(i);
      if ((c == first || c == upper) && s.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}
