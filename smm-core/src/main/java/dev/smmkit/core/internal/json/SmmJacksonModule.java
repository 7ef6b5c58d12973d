package dev.smmkit.core.internal.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Configures a Jackson mapper for the SMMKit domain types. */
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
    module.addSerializer(ZonedDateTime.class, new ZonedSerializer());
    module.addDeserializer(ZonedDateTime.class, new ZonedDeserializer());
    return builder
        .changeDefaultVisibility(
            vc ->
                vc.withFieldVisibility(Visibility.ANY)
                    .withGetterVisibility(Visibility.NONE)
                    .withIsGetterVisibility(Visibility.NONE)
                    .withSetterVisibility(Visibility.NONE))
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
        .addMixIns(
            Map.of(
                Persona.class, PersonaMixin.class,
                SemanticCore.class, SemanticCoreMixin.class,
                Community.class, CommunityMixin.class,
                ContentPiece.class, ContentPieceMixin.class,
                PromotionMethod.class, PromotionMethodMixin.class,
                Goal.class, GoalMixin.class,
                Campaign.class, CampaignMixin.class))
        .addMixIns(
            Map.of(
                Persona.Builder.class, BuilderMixin.class,
                SemanticCore.Builder.class, BuilderMixin.class,
                Community.Builder.class, BuilderMixin.class,
                ContentPiece.Builder.class, BuilderMixin.class,
                PromotionMethod.Builder.class, BuilderMixin.class,
                Goal.Builder.class, BuilderMixin.class,
                Campaign.Builder.class, BuilderMixin.class))
        .addModule(module);
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

  static final class MoneySerializer extends ValueSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("amount", value.amount().toPlainString());
      gen.writeStringProperty("currency", value.currency());
      gen.writeEndObject();
    }
  }

  static final class MoneyDeserializer extends ValueDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(
            Money.class, "money must be an object {\"amount\":\"10.00\",\"currency\":\"RUB\"}");
      }
      // Read token by token, not as a tree: a tree holds a JSON number as a double, which would
      // silently change an amount such as 12345678901234567.89 or 1.0000000000000001.
      String amount = null;
      String currency = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
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
          text = p.getString();
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
      return Money.of(amount, currency);
    }
  }

  static final class PlatformSerializer extends ValueSerializer<Platform> {
    @Override
    public void serialize(Platform value, JsonGenerator gen, SerializationContext ctxt) {
      if (value.isBuiltIn()) {
        gen.writeString(value.id());
        return;
      }
      gen.writeStartObject();
      gen.writeStringProperty("id", value.id());
      gen.writeStringProperty("name", value.name());
      gen.writeName("limits");
      ctxt.writeValue(gen, value.limits());
      gen.writeEndObject();
    }
  }

  static final class PlatformDeserializer extends ValueDeserializer<Platform> {
    @Override
    public Platform deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String id = p.getString();
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
      Iterator<String> names = node.propertyNames().iterator();
      while (names.hasNext()) {
        String name = names.next();
        if (!name.equals("id") && !name.equals("name") && !name.equals("limits")) {
          ctxt.reportInputMismatch(Platform.class, "unknown platform property \"%s\"", name);
        }
      }
      Platform.Builder b = Platform.builder(text(node, "id"));
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

    private static String text(JsonNode node, String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? null : v.asString();
    }
  }

  static final class ZonedSerializer extends ValueSerializer<ZonedDateTime> {
    @Override
    public void serialize(ZonedDateTime value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(DateTimeFormatter.ISO_ZONED_DATE_TIME.format(value));
    }
  }

  static final class ZonedDeserializer extends ValueDeserializer<ZonedDateTime> {
    @Override
    public ZonedDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = p.getValueAsString();
      if (text == null) {
        return ctxt.reportInputMismatch(
            ZonedDateTime.class, "expected an ISO-8601 date-time text with zone");
      }
      try {
        return ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
      } catch (DateTimeParseException e) {
        return (ZonedDateTime)
            ctxt.handleWeirdStringValue(
                ZonedDateTime.class, text, "expected ISO-8601 date-time with zone offset");
      }
    }
  }
}
