package dev.smmkit.metrics.reach;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.datasketches.common.SketchesException;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.jspecify.annotations.Nullable;

/**
 * Unique reach: the number of distinct people (ids) reached across posts, days and campaigns.
 *
 * <p><b>Formula:</b> {@code |ids|}, the cardinality of the set of ids added. Up to {@link
 * #exactUpTo()} distinct ids it is counted exactly with a hash set; past that threshold the ids
 * move into an Apache DataSketches HLL sketch of {@code 2^lgK} registers and the count becomes an
 * estimate with error bounds ({@link ReachEstimate}). <b>Unit:</b> people. <b>Zero case:</b> no ids
 * gives the exact estimate 0.
 *
 * <p><b>Estimator and merge law.</b> In sketch mode the estimate is DataSketches'
 * <em>composite</em> HLL estimator (the one it uses after a union), never the order-dependent HIP
 * estimator. The composite estimate is a function of the sketch registers alone, and the registers
 * of a union are the same whatever the order or partitioning of the ids. Therefore {@link
 * #merge(UniqueReach)} is associative and commutative, and merging partial accumulators gives the
 * same estimate as one accumulator over all ids: exactly (same set) in exact mode, and the same
 * composite estimate and bounds in sketch mode. The price is accuracy: at {@code lgK = 12} the
 * relative standard error is about 1.6 % instead of the HIP estimator's 1.3 % (DataSketches, "HLL
 * sketch accuracy"); raise {@code lgK} by 1 to divide it by {@code sqrt(2)}.
 *
 * <p><b>Ids.</b> {@code add(long)} and {@code add(String)} are distinct id spaces: the long {@code
 * 5} and the string {@code "5"} are two people. Strings are hashed by DataSketches as UTF-8 bytes.
 *
 * <p><b>Source:</b> Flajolet et al., "HyperLogLog: the analysis of a near-optimal cardinality
 * estimation algorithm" (2007); Apache DataSketches HLL documentation,
 * https://datasketches.apache.org/docs/HLL/HLL.html.
 *
 * <p>Not thread-safe: use one accumulator per thread and merge them. The library opens no threads.
 */
public final class UniqueReach {
  /** Default number of distinct ids counted exactly before switching to a sketch. */
  public static final int DEFAULT_EXACT_UP_TO = 1024;

  /** Default log2 of the number of HLL registers (4096 registers, about 1.6 % error). */
  public static final int DEFAULT_LG_K = 12;

  /** Smallest accepted {@code lgK} (DataSketches HLL limit). */
  public static final int MIN_LG_K = 4;

  /** Largest accepted {@code lgK} (DataSketches HLL limit). */
  public static final int MAX_LG_K = 21;

  /** Largest accepted exact threshold. */
  public static final int MAX_EXACT_UP_TO = 1 << 20;

  private static final int MAGIC = 0x534d5255; // "SMRU"
  private static final byte VERSION = 1;
  private static final byte MODE_EXACT = 0;
  private static final byte MODE_SKETCH = 1;
  private static final TgtHllType TYPE = TgtHllType.HLL_8;

  private final int lgK;
  private final int exactUpTo;
  private @Nullable Set<Long> longIds = new HashSet<>();
  private @Nullable Set<String> stringIds = new HashSet<>();
  private @Nullable HllSketch sketch;

  private UniqueReach(int lgK, int exactUpTo) {
    this.lgK = lgK;
    this.exactUpTo = exactUpTo;
    if (exactUpTo == 0) {
      toSketch();
    }
  }

  /**
   * An empty accumulator with the defaults ({@value #DEFAULT_EXACT_UP_TO} exact ids, {@code lgK}
   * {@value #DEFAULT_LG_K}).
   *
   * @return a new, empty accumulator
   */
  public static UniqueReach create() {
    return new UniqueReach(DEFAULT_LG_K, DEFAULT_EXACT_UP_TO);
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds one id; adding an id again does not change the count.
   *
   * @param id the person's id
   * @return this accumulator
   */
  public UniqueReach add(long id) {
    HllSketch s = sketch;
    if (s != null) {
      s.update(id);
    } else if (exactSet(longIds).add(id)) {
      switchIfFull();
    }
    return this;
  }

  /**
   * Adds one id given as text (hashed as UTF-8 bytes in sketch mode).
   *
   * @param id the person's id; must not be empty (DataSketches ignores empty strings, so they are
   *     rejected rather than silently dropped)
   * @return this accumulator
   * @throws ValidationException if {@code id} is empty
   */
  public UniqueReach add(String id) {
    if (id.isEmpty()) {
      throw ValidationException.of("UniqueReach.id", id, "NotEmpty", "must not be empty");
    }
    HllSketch s = sketch;
    if (s != null) {
      s.update(id);
    } else if (exactSet(stringIds).add(id)) {
      switchIfFull();
    }
    return this;
  }

  /**
   * Adds every id of another accumulator to this one (set union).
   *
   * <p>Associative and commutative; see the class comment for what holds in sketch mode.
   *
   * @param other an accumulator with the same {@code lgK} and {@code exactUpTo}; unchanged
   * @return this accumulator
   * @throws ValidationException if the configurations differ
   */
  public UniqueReach merge(UniqueReach other) {
    new Violations("UniqueReach")
        .check(other.lgK == lgK, "lgK", other.lgK, "SameConfig", "must equal " + lgK + " to merge")
        .check(
            other.exactUpTo == exactUpTo,
            "exactUpTo",
            other.exactUpTo,
            "SameConfig",
            "must equal " + exactUpTo + " to merge")
        .throwIfAny();
    if (other == this) {
      return this;
    }
    HllSketch mine = sketch;
    HllSketch theirs = other.sketch;
    if (mine == null && theirs == null) {
      exactSet(longIds).addAll(exactSet(other.longIds));
      exactSet(stringIds).addAll(exactSet(other.stringIds));
      switchIfFull();
    } else if (theirs == null) {
      other.replayInto(exactSketch(mine));
    } else {
      if (mine == null) {
        mine = toSketch();
      }
      Union union = new Union(lgK);
      union.update(mine);
      union.update(theirs);
      sketch = union.getResult(TYPE);
    }
    return this;
  }

  /**
   * The unique reach so far, with its error bounds.
   *
   * @return an exact count in exact mode, else the composite HLL estimate with DataSketches' bounds
   */
  public ReachEstimate estimate() {
    HllSketch s = sketch;
    if (s == null) {
      return ReachEstimate.exact((long) exactSet(longIds).size() + exactSet(stringIds).size());
    }
    // A union of the sketch with itself leaves the registers unchanged and marks the result
    // "out of order", so DataSketches reports the composite estimate and its matching bounds.
    Union union = new Union(lgK);
    union.update(s);
    union.update(s);
    HllSketch composite = union.getResult(TYPE);
    return ReachEstimate.ofSketch(
        composite.getEstimate(), composite::getLowerBound, composite::getUpperBound, false);
  }

  /**
   * Whether the count is still exact (at most {@code exactUpTo} distinct ids so far; once past the
   * threshold, the accumulator stays in sketch mode).
   *
   * @return true in exact mode
   */
  public boolean isExact() {
    return sketch == null;
  }

  /**
   * The log2 of the number of HLL registers.
   *
   * @return {@code lgK}
   */
  public int lgK() {
    return lgK;
  }

  /**
   * The number of distinct ids counted exactly before switching to a sketch.
   *
   * @return {@code exactUpTo}
   */
  public int exactUpTo() {
    return exactUpTo;
  }

  /**
   * An independent copy of this accumulator.
   *
   * @return a new accumulator with the same content
   */
  public UniqueReach copy() {
    UniqueReach copy = new UniqueReach(lgK, exactUpTo);
    HllSketch s = sketch;
    if (s == null) {
      copy.sketch = null;
      copy.longIds = new HashSet<>(exactSet(longIds));
      copy.stringIds = new HashSet<>(exactSet(stringIds));
    } else {
      copy.longIds = null;
      copy.stringIds = null;
      copy.sketch = s.copy();
    }
    return copy;
  }

  /**
   * Serialises this accumulator: a small SMMKit header (magic, version, mode, {@code lgK}, {@code
   * exactUpTo}) followed by the sorted exact ids or the DataSketches compact HLL image.
   *
   * <p>The sketch image is the standard DataSketches compact HLL form, which other DataSketches
   * users (Spark's {@code hll_union_agg}, for example) read. No JVM option is needed.
   *
   * @return a new byte array; restore it with {@link #fromBytes(byte[])}
   */
  public byte[] toBytes() {
    HllSketch s = sketch;
    if (s != null) {
      byte[] image = s.toCompactByteArray();
      ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + 4 + image.length);
      putHeader(buf, MODE_SKETCH).putInt(image.length).put(image);
      return buf.array();
    }
    long[] longs = exactSet(longIds).stream().mapToLong(Long::longValue).sorted().toArray();
    List<byte[]> strings = new ArrayList<>();
    exactSet(stringIds).stream()
        .sorted()
        .forEach(t -> strings.add(t.getBytes(StandardCharsets.UTF_8)));
    int size = 4 + 8 * longs.length + 4;
    for (byte[] t : strings) {
      size += 4 + t.length;
    }
    ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + size);
    putHeader(buf, MODE_EXACT).putInt(longs.length);
    for (long id : longs) {
      buf.putLong(id);
    }
    buf.putInt(strings.size());
    for (byte[] t : strings) {
      buf.putInt(t.length).put(t);
    }
    return buf.array();
  }

  /**
   * Restores an accumulator serialised by {@link #toBytes()}.
   *
   * @param bytes the serialised form
   * @return a new accumulator equal in content to the one serialised
   * @throws ValidationException if the bytes are not a valid SMMKit unique-reach image
   */
  public static UniqueReach fromBytes(byte[] bytes) {
    try {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      if (buf.getInt() != MAGIC || buf.get() != VERSION) {
        throw badBytes(bytes, "must start with the UniqueReach magic number and version 1");
      }
      byte mode = buf.get();
      int lgK = buf.get();
      int exactUpTo = buf.getInt();
      UniqueReach reach = builder().lgK(lgK).exactUpTo(exactUpTo).build();
      if (mode == MODE_SKETCH) {
        byte[] image = new byte[length(bytes, buf)];
        buf.get(image);
        HllSketch s = HllSketch.heapify(image);
        if (s.getLgConfigK() != lgK) {
          throw badBytes(bytes, "must hold a sketch with lgK " + lgK);
        }
        reach.toSketch();
        Union union = new Union(lgK);
        union.update(s);
        reach.sketch = union.getResult(TYPE);
      } else if (mode == MODE_EXACT) {
        reach.sketch = null;
        reach.longIds = new HashSet<>();
        reach.stringIds = new HashSet<>();
        int longs = buf.getInt();
        for (int i = 0; i < longs; i++) {
          reach.add(buf.getLong());
        }
        int strings = buf.getInt();
        for (int i = 0; i < strings; i++) {
          byte[] t = new byte[length(bytes, buf)];
          buf.get(t);
          reach.add(new String(t, StandardCharsets.UTF_8));
        }
      } else {
        throw badBytes(bytes, "must have mode 0 (exact) or 1 (sketch)");
      }
      if (buf.hasRemaining()) {
        throw badBytes(bytes, "must not have trailing bytes");
      }
      return reach;
    } catch (BufferUnderflowException | IllegalArgumentException | SketchesException e) {
      throw badBytes(bytes, "must be a complete UniqueReach image (" + e + ")");
    }
  }

  @Override
  public String toString() {
    return "UniqueReach[lgK=" + lgK + ", exactUpTo=" + exactUpTo + ", " + estimate() + "]";
  }

  /** Magic, version, mode, lgK and exactUpTo. */
  private static final int HEADER_BYTES = 4 + 1 + 1 + 1 + 4;

  private ByteBuffer putHeader(ByteBuffer buf, byte mode) {
    return buf.putInt(MAGIC).put(VERSION).put(mode).put((byte) lgK).putInt(exactUpTo);
  }

  /** Reads a length that must fit in what is left of the image (no huge or negative array). */
  private static int length(byte[] bytes, ByteBuffer buf) {
    int length = buf.getInt();
    if (length < 0 || length > buf.remaining()) {
      throw badBytes(
          bytes,
          "must be a complete UniqueReach image (a length of "
              + length
              + " with "
              + buf.remaining()
              + " bytes left)");
    }
    return length;
  }

  private static ValidationException badBytes(byte[] bytes, String message) {
    return ValidationException.of("UniqueReach.bytes", bytes.length + " bytes", "Format", message);
  }

  private void switchIfFull() {
    if (exactSet(longIds).size() + exactSet(stringIds).size() > exactUpTo) {
      toSketch();
    }
  }

  private HllSketch toSketch() {
    HllSketch s = new HllSketch(lgK, TYPE);
    replayInto(s);
    longIds = null;
    stringIds = null;
    sketch = s;
    return s;
  }

  private void replayInto(HllSketch target) {
    Set<Long> longs = longIds;
    Set<String> strings = stringIds;
    if (longs != null) {
      for (long id : longs) {
        target.update(id);
      }
    }
    if (strings != null) {
      for (String id : strings) {
        target.update(id);
      }
    }
  }

  private static <T> Set<T> exactSet(@Nullable Set<T> set) {
    if (set == null) {
      throw new IllegalStateException("not in exact mode");
    }
    return set;
  }

  private static HllSketch exactSketch(@Nullable HllSketch sketch) {
    if (sketch == null) {
      throw new IllegalStateException("not in sketch mode");
    }
    return sketch;
  }

  /**
   * Configures a {@link UniqueReach}. Each setter rejects a bad value at once.
   *
   * <p>The builder hands out a new accumulator on every {@link #build()}.
   *
   * <p>Not thread-safe: use one builder per thread; {@code build()} returns an immutable value.
   */
  public static final class Builder {
    private int lgK = DEFAULT_LG_K;
    private int exactUpTo = DEFAULT_EXACT_UP_TO;

    private Builder() {}

    /**
     * Sets the log2 of the number of HLL registers: the sketch takes {@code 2^lgK} bytes and its
     * relative standard error is about {@code 1.04 / sqrt(2^lgK)}.
     *
     * @param lgK from {@value UniqueReach#MIN_LG_K} to {@value UniqueReach#MAX_LG_K}
     * @return this builder
     * @throws ValidationException if out of range
     */
    public Builder lgK(int lgK) {
      new Violations("UniqueReach")
          .check(
              lgK >= MIN_LG_K && lgK <= MAX_LG_K,
              "lgK",
              lgK,
              "Range",
              "must be between " + MIN_LG_K + " and " + MAX_LG_K)
          .throwIfAny();
      this.lgK = lgK;
      return this;
    }

    /**
     * Sets how many distinct ids are counted exactly before switching to the sketch; 0 starts in
     * sketch mode. Exact mode costs about 64 bytes of heap per id (a boxed hash-set entry).
     *
     * @param exactUpTo from 0 to {@value UniqueReach#MAX_EXACT_UP_TO}
     * @return this builder
     * @throws ValidationException if out of range
     */
    public Builder exactUpTo(int exactUpTo) {
      new Violations("UniqueReach")
          .check(
              exactUpTo >= 0 && exactUpTo <= MAX_EXACT_UP_TO,
              "exactUpTo",
              exactUpTo,
              "Range",
              "must be between 0 and " + MAX_EXACT_UP_TO)
          .throwIfAny();
      this.exactUpTo = exactUpTo;
      return this;
    }

    /**
     * Builds a new, empty accumulator.
     *
     * @return the accumulator
     */
    public UniqueReach build() {
      return new UniqueReach(lgK, exactUpTo);
    }
  }
}
