package dev.smmkit.core.internal;

import dev.smmkit.core.ContentLimits;
import dev.smmkit.core.ImageSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the built-in platforms' names and limits from the bundled {@code platforms.properties}.
 * {@code Platform} builds its constants from them; this class does not know {@code Platform}, so
 * the two do not depend on each other in a cycle.
 */
public final class PlatformCatalog {
  private static final Map<String, String> DATA = load();

  private PlatformCatalog() {}

  private static Map<String, String> load() {
    Properties p = new Properties();
    try (InputStream in =
        PlatformCatalog.class.getResourceAsStream("/dev/smmkit/core/platforms.properties")) {
      if (in == null) {
        throw new IllegalStateException("platforms.properties is missing from smm-core");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> data = new HashMap<>();
    p.stringPropertyNames().forEach(key -> data.put(key, p.getProperty(key)));
    return Map.copyOf(data);
  }

  /**
   * The display name of the built-in platform with the given id.
   *
   * @param id the platform id
   * @return the name
   */
  public static String name(String id) {
    return get(id, "name");
  }

  /**
   * The content limits of the built-in platform with the given id.
   *
   * @param id the platform id
   * @return the limits
   */
  public static ContentLimits limits(String id) {
    String[] recommended = get(id, "hashtags.recommended").split("-", 2);
    String[] hours = get(id, "activeHours").split("-", 2);
    List<ImageSize> images = new ArrayList<>();
    for (String entry : get(id, "images").split(",", -1)) {
      String[] sizeAndUse = entry.trim().split(":", 2);
      String[] wh = sizeAndUse[0].split("x", 2);
      images.add(
          new ImageSize(
              Integer.parseInt(wh[0]),
              Integer.parseInt(wh[1]),
              sizeAndUse.length > 1 ? sizeAndUse[1] : ""));
    }
    return new ContentLimits(
        Integer.parseInt(get(id, "text.max")),
        Integer.parseInt(get(id, "headline.max")),
        Integer.parseInt(get(id, "hashtags.max")),
        Integer.parseInt(recommended[0]),
        Integer.parseInt(recommended[1]),
        images,
        LocalTime.parse(hours[0]),
        LocalTime.parse(hours[1]));
  }

  private static String get(String id, String key) {
    String value = DATA.get(id + "." + key);
    if (value == null) {
      throw new IllegalStateException("platforms.properties has no " + id + "." + key);
    }
    return value.trim();
  }
}
