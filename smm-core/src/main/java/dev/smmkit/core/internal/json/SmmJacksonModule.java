package dev.smmkit.core.internal.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.smmkit.core.Campaign;
import dev.smmkit.core.Community;
import dev.smmkit.core.ContentLimits;
import dev.smmkit.core.ContentPiece;
import dev.smmkit.core.Goal;
import dev.smmkit.core.Money;
import dev.smmkit.core.Persona;
import dev.smmkit.core.Platform;
import dev.smmkit.core.PromotionMethod;
import dev.smmkit.core.SemanticCore;
import dev.smmkit.core.ValidationException;
import dev.smmkit.core.internal.BeanValidation;
import dev.smmkit.core.internal.Messages;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Configures a Jackson 2 mapper for the SMMKit domain types. Written against the oldest Jackson 2
 * line the SDK supports (2.18): use no API added later. The {@code java.time} types have their own
 * (de)serializers here, so no Jackson datatype module is needed.
 */
public final class SmmJacksonModule {
  private SmmJacksonModule() {}

  /**
   * Applies SMMKit's JSON form to a mapper builder: field-based writing, reading through the
   * builders, and the money, platform and time formats.
   *
   * @param builder the mapper builder
   * @return the same builder
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    SimpleModule module = new SimpleModule("smmkit-core");
    module.addSerializer(Money.class, new MoneySerializer());
    module.addDeserializer(Money.class, new MoneyDeserializer());
    module.addSerializer(Platform.class, new PlatformSerializer());
    module.addDeserializer(Platform.class, new PlatformDeserializer());
    addIso(
        module,
        ZonedDateTime.class,
        DateTimeFormatter.ISO_ZONED_DATE_TIME,
        ZonedDateTime::from,
        "ISO-8601 date-time with zone offset");
    addIso(
        module,
        LocalDate.class,
        DateTimeFormatter.ISO_LOCAL_DATE,
        LocalDate::from,
        "ISO-8601 date");
    addIso(
        module,
        LocalTime.class,
        DateTimeFormatter.ISO_LOCAL_TIME,
        LocalTime::from,
        "ISO-8601 time");
    module.addSerializer(Duration.class, new DurationSerializer());
    module.addDeserializer(Duration.class, new DurationDeserializer());
    builder
        .visibility(PropertyAccessor.ALL, Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, Visibility.ANY)
        .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
        .serializationInclusion(JsonInclude.Include.NON_NULL);
    Map.of(
            Persona.class, PersonaMixin.class,
            SemanticCore.class, SemanticCoreMixin.class,
            Community.class, CommunityMixin.class,
            ContentPiece.class, ContentPieceMixin.class,
            PromotionMethod.class, PromotionMethodMixin.class,
            Goal.class, GoalMixin.class,
            Campaign.class, CampaignMixin.class)
        .forEach(builder::addMixIn);
    for (Class<?> b :
        new Class<?>[] {
          Persona.Builder.class,
          SemanticCore.Builder.class,
          Community.Builder.class,
          ContentPiece.Builder.class,
          PromotionMethod.Builder.class,
          Goal.Builder.class,
          Campaign.Builder.class
        }) {
      builder.addMixIn(b, BuilderMixin.class);
    }
    return builder.addModule(module);
  }

  private static <T extends TemporalAccessor> void addIso(
      SimpleModule module,
      Class<T> type,
      DateTimeFormatter format,
      Function<TemporalAccessor, T> from,
      String expected) {
    module.addSerializer(type, new IsoSerializer<>(type, format));
    module.addDeserializer(type, new IsoDeserializer<>(type, format, from, expected));
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(fieldVisibility = Visibility.NONE, setterVisibility = Visibility.PUBLIC_ONLY)
  abstract static class BuilderMixin {
    @JsonIgnore
    abstract Object build(Locale locale);
  }

  @JsonDeserialize(builder = Persona.Builder.class)
  abstract static class PersonaMixin {}

  @JsonDeserialize(builder = SemanticCore.Builder.class)
  abstract static class SemanticCoreMixin {}

  @JsonDeserialize(builder = Community.Builder.class)
  abstract static class CommunityMixin {}

  @JsonDeserialize(builder = ContentPiece.Builder.class)
  abstract static class ContentPieceMixin {}

  @JsonDeserialize(builder = PromotionMethod.Builder.class)
  abstract static class PromotionMethodMixin {}

  @JsonDeserialize(builder = Goal.Builder.class)
  abstract static class GoalMixin {}

  @JsonDeserialize(builder = Campaign.Builder.class)
  abstract static class CampaignMixin {}

  static final class MoneySerializer extends JsonSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider ctxt)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.amount().toPlainString());
      gen.writeStringField("currency", value.currency());
      gen.writeEndObject();
    }
  }

  static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(
            Money.class, "money must be an object {\"amount\":\"10.00\",\"currency\":\"RUB\"}");
      }
      // Read token by token, not as a tree: a tree holds a JSON number as a double, which would
      // silently change an amount such as 12345678901234567.89 or 1.0000000000000001.
      String amount = null;
      String currency = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken value = p.nextToken();
        if (!name.equals("amount") && !name.equals("currency")) {
          ctxt.reportInputMismatch(Money.class, "unknown money property \"%s\"", name);
        }
        String text;
        if (value == JsonToken.VALUE_NULL) {
          text = null;
        } else if (value.isNumeric()) {
          text = p.getDecimalValue().toString();
        } else if (value.isScalarValue()) {
          text = p.getText();
        } else {
          return ctxt.reportInputMismatch(
              Money.class, "money property \"%s\" must be a string or a number", name);
        }
        if (name.equals("amount")) {
          amount = text;
        } else {
          currency = text;
        }
      }
      // A missing or null property is Money.of's ValidationException (Money.amount: must not be
      // null).
      return Money.of(amount, currency);
    }
  }

  static final class PlatformSerializer extends JsonSerializer<Platform> {
    @Override
    public void serialize(Platform value, JsonGenerator gen, SerializerProvider ctxt)
        throws IOException {
      if (value.isBuiltIn()) {
        gen.writeString(value.id());
        return;
      }
      gen.writeStartObject();
      gen.writeStringField("id", value.id());
      gen.writeStringField("name", value.name());
      gen.writeFieldName("limits");
      ctxt.defaultSerializeValue(value.limits(), gen);
      gen.writeEndObject();
    }
  }

  static final class PlatformDeserializer extends JsonDeserializer<Platform> {
    @Override
    public Platform deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String id = p.getText();
        return Platform.builtIn(id)
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "Platform.id",
                        id,
                        "BuiltIn",
                        Messages.text(
                            BeanValidation.currentLocale(), "smm.platform.builtIn", Map.of())));
      }
      JsonNode node = ctxt.readTree(p);
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String name = property.getKey();
        if (!name.equals("id") && !name.equals("name") && !name.equals("limits")) {
          ctxt.reportInputMismatch(Platform.class, "unknown platform property \"%s\"", name);
        }
      }
      String platformId = text(node, "id");
      if (platformId == null) {
        return ctxt.reportInputMismatch(
            Platform.class, "platform property \"id\" is missing or null");
      }
      Platform.Builder b = Platform.builder(platformId);
      String name = text(node, "name");
      if (name != null) {
        b.name(name);
      }
      JsonNode limits = node.get("limits");
      if (limits != null && !limits.isNull()) {
        b.limits(ctxt.readTreeAsValue(limits, ContentLimits.class));
      }
      return b.build();
    }

    private static @Nullable String text(JsonNode node, String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }

  /** Writes a {@code java.time} value as its ISO-8601 text. */
  static final class IsoSerializer<T extends TemporalAccessor> extends JsonSerializer<T> {
    private final Class<T> type;
    private final DateTimeFormatter format;

    IsoSerializer(Class<T> type, DateTimeFormatter format) {
      this.type = type;
      this.format = format;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider ctxt) throws IOException {
      gen.writeString(format.format(value));
    }
  }

  /** Reads a {@code java.time} value from its ISO-8601 text; anything else is an input error. */
  static final class IsoDeserializer<T extends TemporalAccessor> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final DateTimeFormatter format;
    private final Function<TemporalAccessor, T> from;
    private final String expected;

    IsoDeserializer(
        Class<T> type,
        DateTimeFormatter format,
        Function<TemporalAccessor, T> from,
        String expected) {
      this.type = type;
      this.format = format;
      this.from = from;
      this.expected = expected;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(type, "expected an %s text", expected);
      }
      String text = p.getText();
      try {
        return from.apply(format.parse(text));
      } catch (DateTimeParseException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "expected %s", expected));
      }
    }
  }

  /** Writes a duration as ISO-8601 ({@code PT1M35S}). */
  static final class DurationSerializer extends JsonSerializer<Duration> {
    @Override
    public void serialize(Duration value, JsonGenerator gen, SerializerProvider ctxt)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads an ISO-8601 duration ({@code PT1M35S}). */
  static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            Duration.class, "expected an ISO-8601 duration text such as \"PT1M35S\"");
      }
      String text = p.getText();
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        return (Duration)
            ctxt.handleWeirdStringValue(
                Duration.class, text, "expected an ISO-8601 duration such as PT1M35S");
      }
    }
  }
}
