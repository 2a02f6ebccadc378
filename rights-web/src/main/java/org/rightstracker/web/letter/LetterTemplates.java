package org.rightstracker.web.letter;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.rightstracker.core.audit.Actor;
import org.rightstracker.core.letter.LetterKind;
import org.rightstracker.core.letter.LetterTemplate;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.TextLimit;

/**
 * The letter templates: an administrator's saved text, else the default that ships in
 * {@code letters/*.txt} (first line "Subject: ...", then the body). Templates are Qute source rendered by
 * an engine of their own (plain text, no HTML escaping, every property must resolve), and a change is
 * saved only when it parses and renders against {@link Letter#sample()}.
 */
@ApplicationScoped
public class LetterTemplates {

    private static final String SUBJECT_PREFIX = "Subject:";

    /** Strict: an unknown property is an error, not an empty text in a letter sent to a licensor. */
    private final Engine engine = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .strictRendering(true)
            .build();

    @Inject
    Actor actor;

    /** The text in use for a kind: saved (with version and who saved it) or the default. */
    public record Text(
            LetterKind kind,
            String subject,
            String body,
            boolean customised,
            long version,
            String updatedBy,
            Instant updatedAt) {}

    public Text current(LetterKind kind) {
        Optional<LetterTemplate> saved = LetterTemplate.findByKind(kind);
        if (saved.isPresent()) {
            LetterTemplate t = saved.get();
            return new Text(kind, t.subject, t.body, true, t.version, t.updatedBy, t.updatedAt);
        }
        return defaultText(kind);
    }

    public Text defaultText(LetterKind kind) {
        String source = read(kind.defaultResource());
        int end = source.indexOf('\n');
        String first = source.substring(0, end).strip();
        if (!first.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException(kind.defaultResource() + " must start with \"Subject:\"");
        }
        return new Text(
                kind,
                first.substring(SUBJECT_PREFIX.length()).strip(),
                source.substring(end + 1),
                false,
                0,
                null,
                null);
    }

    /** Renders the kind's current template for one letter. */
    public RenderedLetter render(LetterKind kind, Letter letter) {
        Text text = current(kind);
        return new RenderedLetter(
                engine.parse(text.subject()).data("letter", letter).render().strip(),
                engine.parse(text.body()).data("letter", letter).render());
    }

    /**
     * Saves an administrator's text after checking it parses and renders against a sample letter; a
     * syntax error or unknown property is refused naming the field and line, and nothing is saved.
     *
     * @param version the version the form was opened with (0 for the default text)
     */
    @Transactional
    public Text save(LetterKind kind, long version, String subject, String body) {
        Errors errors = new Errors();
        String checkedSubject = errors.required(TextLimit.LETTER_TEMPLATE_SUBJECT, subject);
        String checkedBody = errors.required(TextLimit.LETTER_TEMPLATE_BODY, body);
        if (checkedSubject != null) {
            check(errors, "subject", "Subject", checkedSubject);
        }
        if (checkedBody != null) {
            check(errors, "body", "Body", checkedBody);
        }
        errors.throwIfAny();
        LetterTemplate template = LetterTemplate.findByKind(kind).orElse(null);
        if (template == null) {
            if (version != 0) {
                throw new ConflictException("The " + kind.label().toLowerCase()
                        + " template was reset to the default meanwhile; review it and save again.");
            }
            template = new LetterTemplate();
            template.kind = kind;
        } else {
            template.requireVersion(version, "The " + kind.label().toLowerCase() + " template");
        }
        template.subject = checkedSubject.strip();
        // Kept as typed (only line ends made uniform): leading indentation and blank lines are layout.
        template.body = body.replace("\r\n", "\n");
        template.updatedBy = TextLimit.LETTER_TEMPLATE_UPDATED_BY.shortened(actor.name());
        template.persist();
        LetterTemplate.flush();
        return current(kind);
    }

    /** Goes back to the default text: the administrator's version is removed. */
    @Transactional
    public Text reset(LetterKind kind, long version) {
        LetterTemplate.findByKind(kind).ifPresent(template -> {
            template.requireVersion(version, "The " + kind.label().toLowerCase() + " template");
            template.delete();
        });
        return defaultText(kind);
    }

    private void check(Errors errors, String field, String label, String source) {
        try {
            Template template = engine.parse(source);
            template.data("letter", Letter.sample()).render();
        } catch (TemplateException e) {
            String line = e.getOrigin() == null ? "" : ", line " + e.getOrigin().getLine();
            errors.add(field, label + line + ": " + plain(e));
        }
    }

    /** Qute's message without the template's generated id, which means nothing to the administrator. */
    private static String plain(TemplateException e) {
        String message = e.getMessage() == null ? "cannot be read" : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static String read(String resource) {
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The default letter " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
