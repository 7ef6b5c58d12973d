package dev.smmkit.metrics.reach;

import dev.smmkit.core.ValidationException;
import dev.smmkit.core.Violations;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.apache.datasketches.common.SketchesException;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.theta.CompactSketch;
import org.apache.datasketches.theta.SetOperation;
import org.apache.datasketches.theta.Sketch;
import org.apache.datasketches.theta.Union;

/**
 * The audience of one campaign or community as an Apache DataSketches Theta sketch, for set
 * operations between audiences: overlap, incremental reach and union ({@link AudienceOverlap}).
 *
 * <p><b>Formula:</b> the Theta sketch keeps the {@code k = 2^lgK} smallest id hashes below a
 * threshold {@code theta}; the estimate is {@code retained / theta}. Below {@code k} distinct ids
 * it holds every hash and the count is exact ({@link ReachEstimate#isExact()}). Above, the relative
 * standard error is about {@code 1 / sqrt(k)} (1.6 % at {@code lgK = 12}); the bounds are
 * DataSketches' binomial bounds. <b>Unit:</b> people. <b>Zero case:</b> an empty audience is the
 * exact estimate 0.
 *
 * <p>Prefer {@link UniqueReach} (HLL, smaller) for a count alone; use this class when audiences are
 * to be intersected or subtracted, which HLL cannot do with bounded error.
 *
 * <p><b>Source:</b> Apache DataSketches, "Theta Sketch Framework" and "Theta sketch accuracy",
 * https://datasketches.apache.org/docs/Theta/ThetaSketchFramework.html; Dasgupta, Lang, Rhodes,
 * Thaler, "A Framework for Estimating Stream Expression Cardinalities" (ICDT 2016).
 *
 * <p>Not thread-safe: use one per thread and merge them.
 */
public final class AudienceSketch {
  /** Default log2 of the nominal number of retained hashes ({@code k = 4096}). */
  public static final int DEFAULT_LG_K = 12;

  /** Smallest accepted {@code lgK} (DataSketches Theta limit). */
  public static final int MIN_LG_K = 4;

  /** Largest accepted {@code lgK} (DataSketches Theta limit). */
  public static final int MAX_LG_K = 26;

  private static final int MAGIC = 0x534d4153; // "SMAS"
  private static final byte VERSION = 1;

  private final int lgK;
  private final Union union;

  private AudienceSketch(int lgK) {
    this.lgK = lgK;
    this.union = SetOperation.builder().setLogNominalEntries(lgK).buildUnion();
  }

  /**
   * An empty audience with {@code lgK} {@value #DEFAULT_LG_K}.
   *
   * @return a new, empty sketch
   */
  public static AudienceSketch create() {
    return new AudienceSketch(DEFAULT_LG_K);
  }

  /**
   * An empty audience with the given size of sketch.
   *
   * @param lgK log2 of the nominal entries, from {@value #MIN_LG_K} to {@value #MAX_LG_K}; the
   *     sketch takes up to about {@code 16 × 2^lgK} bytes of heap and its image about {@code 8 ×
   *     2^lgK} bytes
   * @return a new, empty sketch
   * @throws ValidationException if {@code lgK} is out of range
   */
  public static AudienceSketch withLgK(int lgK) {
    new Violations("AudienceSketch")
        .check(
            lgK >= MIN_LG_K && lgK <= MAX_LG_K,
            "lgK",
            lgK,
            "Range",
            "must be between " + MIN_LG_K + " and " + MAX_LG_K)
        .throwIfAny();
    return new AudienceSketch(lgK);
  }

  /**
   * Adds one person.
   *
   * @param id the person's id
   * @return this sketch
   */
  public AudienceSketch add(long id) {
    union.update(id);
    return this;
  }

  /**
   * Adds one person given as text (hashed as UTF-8 bytes).
   *
   * @param id the person's id; must not be empty (DataSketches ignores empty strings)
   * @return this sketch
   * @throws ValidationException if {@code id} is empty
   */
  public AudienceSketch add(String id) {
    if (id.isEmpty()) {
      throw ValidationException.of("AudienceSketch.id", id, "NotEmpty", "must not be empty");
    }
    union.update(id);
    return this;
  }

  /**
   * Adds every person of another audience (set union). Sketches of different {@code lgK} merge; the
   * result keeps this sketch's {@code lgK} as the upper limit of retained entries.
   *
   * @param other the other audience; unchanged
   * @return this sketch
   */
  public AudienceSketch merge(AudienceSketch other) {
    if (other != this) {
      union.union(other.result());
    }
    return this;
  }

  /**
   * The number of distinct people, with bounds.
   *
   * @return the estimate; exact while fewer than about {@code 2^lgK} distinct ids were added
   */
  public ReachEstimate estimate() {
    return estimateOf(result());
  }

  /**
   * The log2 of the nominal number of retained hashes.
   *
   * @return {@code lgK}
   */
  public int lgK() {
    return lgK;
  }

  /**
   * Serialises this audience: a small SMMKit header (magic, version, {@code lgK}) and the
   * DataSketches compact Theta image.
   *
   * <p>No JVM option is needed.
   *
   * @return a new byte array; restore it with {@link #fromBytes(byte[])}
   */
  public byte[] toBytes() {
    CompactSketch sketch = result();
    byte[] image = sketch.toByteArray();
    return ByteBuffer.allocate(4 + 1 + 1 + 4 + image.length)
        .putInt(MAGIC)
        .put(VERSION)
        .put((byte) lgK)
        .putInt(image.length)
        .put(image)
        .array();
  }

  /**
   * Restores an audience serialised by {@link #toBytes()}.
   *
   * @param bytes the serialised form
   * @return a new sketch with the same content
   * @throws ValidationException if the bytes are not a valid SMMKit audience image
   */
  public static AudienceSketch fromBytes(byte[] bytes) {
    try {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      if (buf.getInt() != MAGIC || buf.get() != VERSION) {
        throw badBytes(bytes, "must start with the AudienceSketch magic number and version 1");
      }
      AudienceSketch audience = withLgK(buf.get());
      byte[] image = new byte[length(bytes, buf)];
      buf.get(image);
      if (buf.hasRemaining()) {
        throw badBytes(bytes, "must not have trailing bytes");
      }
      audience.union.union(Sketch.heapify(Memory.wrap(image)));
      return audience;
    } catch (BufferUnderflowException | IllegalArgumentException | SketchesException e) {
      throw badBytes(bytes, "must be a complete AudienceSketch image (" + e + ")");
    }
  }

  @Override
  public String toString() {
    return "AudienceSketch[lgK=" + lgK + ", " + estimate() + "]";
  }

  CompactSketch result() {
    return union.getResult();
  }

  static ReachEstimate estimateOf(Sketch sketch) {
    return ReachEstimate.ofSketch(
        sketch.getEstimate(),
        sketch::getLowerBound,
        sketch::getUpperBound,
        !sketch.isEstimationMode());
  }

  /** Reads a length that must fit in what is left of the image (no huge or negative array). */
  private static int length(byte[] bytes, ByteBuffer buf) {
    int length = buf.getInt();
    if (length < 0 || length > buf.remaining()) {
      throw badBytes(
          bytes,
          "must be a complete AudienceSketch image (a length of "
              + length
              + " with "
              + buf.remaining()
              + " bytes left)");
    }
    return length;
  }

  private static ValidationException badBytes(byte[] bytes, String message) {
    return ValidationException.of(
        "AudienceSketch.bytes", bytes.length + " bytes", "Format", message);
  }
}
