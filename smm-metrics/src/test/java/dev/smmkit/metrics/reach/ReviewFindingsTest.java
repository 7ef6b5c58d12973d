package dev.smmkit.metrics.reach;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smmkit.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Defects found in the review of the smm-metrics public API; each test reproduces one. */
class ReviewFindingsTest {

  // header: magic (4), version (1), mode (1), lgK (1), exactUpTo (4); then the payload
  private static final int UNIQUE_REACH_PAYLOAD = 11;

  @Test
  void uniqueReach_fromBytes_negativeImageLength_isAValidationException() {
    byte[] bytes = UniqueReach.builder().exactUpTo(0).build().add(1L).toBytes();
    ByteBufferPatch.putInt(bytes, UNIQUE_REACH_PAYLOAD, -1);
    assertThatThrownBy(() -> UniqueReach.fromBytes(bytes))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("UniqueReach.bytes");
  }

  @Test
  void uniqueReach_fromBytes_hugeImageLength_isAValidationException() {
    byte[] bytes = UniqueReach.builder().exactUpTo(0).build().add(1L).toBytes();
    ByteBufferPatch.putInt(bytes, UNIQUE_REACH_PAYLOAD, Integer.MAX_VALUE);
    assertThatThrownBy(() -> UniqueReach.fromBytes(bytes))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("UniqueReach.bytes");
  }

  @Test
  void uniqueReach_fromBytes_negativeStringLength_isAValidationException() {
    byte[] bytes = UniqueReach.create().add("a").toBytes();
    // payload: longs count (4) = 0, strings count (4) = 1, then the first string's length
    ByteBufferPatch.putInt(bytes, UNIQUE_REACH_PAYLOAD + 8, -5);
    assertThatThrownBy(() -> UniqueReach.fromBytes(bytes))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("UniqueReach.bytes");
  }

  @Test
  void audienceSketch_fromBytes_negativeImageLength_isAValidationException() {
    byte[] bytes = AudienceSketch.create().add(1L).toBytes();
    // header: magic (4), version (1), lgK (1), then the image length
    ByteBufferPatch.putInt(bytes, 6, -1);
    assertThatThrownBy(() -> AudienceSketch.fromBytes(bytes))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("AudienceSketch.bytes");
  }
}
