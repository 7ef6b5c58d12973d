package dev.smmkit.smo;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The share metadata of a page as social networks would read it: each field with its value and the
 * source it came from, after the fallbacks real networks apply.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShareMetadata {
  private final Map<MetaField, MetaValue> fields;

  /**
   * Creates metadata from resolved fields.
   *
   * @param fields the resolved fields; absent fields are simply missing
   */
  public ShareMetadata(Map<MetaField, MetaValue> fields) {
    EnumMap<MetaField, MetaValue> copy = new EnumMap<>(MetaField.class);
    copy.putAll(fields);
    this.fields = Collections.unmodifiableMap(copy);
  }

  /**
   * One field.
   *
   * @param field the field
   * @return its value and source, empty when the page has none
   */
  public Optional<MetaValue> get(MetaField field) {
    return Optional.ofNullable(fields.get(field));
  }

  /**
   * One field's value.
   *
   * @param field the field
   * @return the value, empty when the page has none
   */
  public Optional<String> value(MetaField field) {
    return get(field).map(MetaValue::value);
  }

  /**
   * Every resolved field, in {@link MetaField} order.
   *
   * @return the fields
   */
  public Map<MetaField, MetaValue> asMap() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShareMetadata other && fields.equals(other.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "ShareMetadata" + fields;
  }
}
