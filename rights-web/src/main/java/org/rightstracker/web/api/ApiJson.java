package org.rightstracker.web.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Currency;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.Share;

/**
 * How core value types read on the wire: money as a decimal string with its currency, shares as
 * decimal strings of percentages, currencies and media by their codes; no null inside a list and no
 * number for a choice.
 */
@Singleton
public class ApiJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule values = new SimpleModule("rights-values");
        values.addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money money, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeStartObject();
                json.writeStringField("amount", money.amount().toPlainString());
                json.writeStringField("currency", money.currency().getCurrencyCode());
                json.writeEndObject();
            }
        });
        values.addSerializer(Share.class, new JsonSerializer<>() {
            @Override
            public void serialize(Share share, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(share.value().toPlainString());
            }
        });
        values.addSerializer(Currency.class, new JsonSerializer<>() {
            @Override
            public void serialize(Currency currency, JsonGenerator json, SerializerProvider provider)
                    throws IOException {
                json.writeString(currency.getCurrencyCode());
            }
        });
        values.addSerializer(MediaSet.class, new JsonSerializer<>() {
            @Override
            public void serialize(MediaSet media, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(media.code());
            }
        });
        mapper.registerModule(values);
        // A null inside a list ("writers": [{...}, null]) is refused where Jackson meets it, naming the
        // element (writers[1]), for every list of every body.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // A number is no choice: Jackson would otherwise read "status": 6 as the seventh status.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
