package dev.smmkit.metrics.io;

import dev.smmkit.metrics.PostStats;
import java.time.ZonedDateTime;

/**
 * One post of SMMKit's own CSV format: who, where, when, and its counts.
 *
 * @param row the 1-based data row it was read from
 * @param id the post id
 * @param platform the platform id, such as {@code vkontakte} (a {@link dev.smmkit.core.Platform} id
 *     or the caller's own)
 * @param type the post type, such as {@code photo}, {@code video}, {@code link}
 * @param publishedAt when it was published, with its offset or zone
 * @param stats the counts
 *     <p>Immutable and thread-safe.
 */
public record PostRecord(
    long row,
    String id,
    String platform,
    String type,
    ZonedDateTime publishedAt,
    PostStats stats) {}
