package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The form tags read their optional parameters through {@code _args} ({@link TagArguments}): what they
 * write for given, missing, falsy and escaped parameters, and for errors kept as {@link FormErrors} or as
 * a map.
 */
@QuarkusTest
class FormTagsTest {

    @Inject
    Engine engine;

    private String render(String template, Map<String, Object> data) {
        var instance = engine.parse(template).instance();
        data.forEach(instance::data);
        return instance.render().replaceAll("\\s+", " ").trim();
    }

    @Test
    void aFieldWithOnlyItsNameAndLabelHasNoOptionalAttribute() {
        assertThat(render("{#field name=\"title\" label=\"Title\" /}", Map.of()))
                .isEqualTo("<div class=\"field\"> <label for=\"title\">Title</label>"
                        + " <input id=\"title\" name=\"title\" type=\"text\" value=\"\"> </div>");
    }

    @Test
    void optionalAttributesAreWrittenInOrderEscapedAndFalsyOnesLeftOut() {
        String html = render(
                "{#field name=\"fee\" id=\"x-fee\" label=\"Fee\" type=\"number\" value=v placeholder=p required=true"
                        + " min=0 step=\"0.01\" size=8 autocomplete=\"off\" inputmode=\"decimal\" hint=\"In USD\" /}",
                Map.of("v", "1 < 2", "p", "\"quoted\" & 'single'"));
        assertThat(html)
                .contains("<input id=\"x-fee\" name=\"fee\" type=\"number\" value=\"1 &lt; 2\" autocomplete=\"off\""
                        + " required placeholder=\"&quot;quoted&quot; &amp; &#39;single&#39;\" inputmode=\"decimal\""
                        + " step=\"0.01\" size=\"8\" aria-describedby=\"x-fee-hint\">")
                .contains("<p class=\"hint\" id=\"x-fee-hint\">In USD</p>")
                // min=0 is falsy, as {#if min??} read it.
                .doesNotContain("min=");
    }

    @Test
    void aFieldShowsItsMessageFromFormErrorsUnderItsKey() {
        FormErrors errors = FormErrors.single("quotedFee", "Enter the fee as a number.", List.of("quotedFee"));
        String html = render(
                "{#field name=\"quotedFee\" id=\"p-t-quotedFee\" key=\"quotedFee\" label=\"Quoted fee\" errors=e"
                        + " hint=\"USD\" /}{#field name=\"other\" label=\"Other\" errors=e /}",
                Map.of("e", errors));
        assertThat(html)
                .contains("<div class=\"field invalid\"> <label for=\"p-t-quotedFee\">")
                .contains("aria-invalid=\"true\" aria-describedby=\"p-t-quotedFee-error p-t-quotedFee-hint\"")
                .contains("<p class=\"error\" id=\"p-t-quotedFee-error\">Enter the fee as a number.</p>")
                .contains("<div class=\"field\"> <label for=\"other\">Other</label>");
    }

    @Test
    void aFieldShowsItsMessageFromAMapOfErrors() {
        String html = render(
                "{#field name=\"username\" label=\"User name\" errors=e required=true /}",
                Map.of("e", Map.of("username", "That name is taken.")));
        assertThat(html)
                .contains("<div class=\"field invalid\">")
                .contains(" required aria-invalid=\"true\" aria-describedby=\"username-error\">")
                .contains("<p class=\"error\" id=\"username-error\">That name is taken.</p>");
    }

    @Test
    void theErrorSummaryListsMessagesWithThePrefixAndIsEmptyWithoutErrors() {
        FormErrors errors = FormErrors.single("agreedFee", "Enter the agreed fee.", List.of("agreedFee"));
        assertThat(render("{#errorSummary errors=e prefix=\"item-7-\" /}", Map.of("e", errors)))
                .contains("There is a problem with what you entered.")
                .contains("<a href=\"#item-7-agreedFee\">Enter the agreed fee.</a>");
        assertThat(render("{#errorSummary errors=e /}", Map.of("e", FormErrors.none())))
                .isEmpty();
        assertThat(render("[{#errorSummary /}][{#conflict /}]", Map.of())).isEqualTo("[][]");
    }
}
