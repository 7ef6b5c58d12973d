package dev.smmkit.examples.cli;

import dev.smmkit.metrics.Aggregation;
import dev.smmkit.metrics.Denominator;
import dev.smmkit.metrics.InteractionSet;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters with messages that list the valid values. */
final class Converters {
  private Converters() {}

  static final class DenominatorConverter implements ITypeConverter<Denominator> {
    @Override
    public Denominator convert(String value) {
      try {
        return Denominator.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not one of reach, impressions, followers, views");
      }
    }
  }

  static final class AggregationConverter implements ITypeConverter<Aggregation> {
    @Override
    public Aggregation convert(String value) {
      try {
        return Aggregation.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not one of ratio-of-sums, mean-of-rates");
      }
    }
  }

  static final class InteractionsConverter implements ITypeConverter<InteractionSet> {
    @Override
    public InteractionSet convert(String value) {
      try {
        return InteractionSet.preset(value.trim());
      } catch (dev.smmkit.core.ValidationException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not one of likes-comments-shares, likes-comments-shares-saves, x-analytics");
      }
    }
  }

  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (!v.equals("en") && !v.equals("ru") && !v.equals("vi")) {
        throw new TypeConversionException("'" + value + "' is not one of en, ru, vi");
      }
      return Locale.forLanguageTag(v);
    }
  }
}
