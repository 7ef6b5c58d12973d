package dev.smmkit.metrics.reach;

import java.nio.ByteBuffer;

final class ByteBufferPatch {
  private ByteBufferPatch() {}

  static void putInt(byte[] bytes, int offset, int value) {
    ByteBuffer.wrap(bytes).putInt(offset, value);
  }
}
