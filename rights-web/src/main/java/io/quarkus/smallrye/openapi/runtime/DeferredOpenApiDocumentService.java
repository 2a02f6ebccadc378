package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares the API description (/q/openapi, Swagger UI) when it is first asked for instead of at start-up.
 *
 * <p>Quarkus prepares every document while the application starts: it reads the description generated at
 * build time, runs the runtime filters ({@code ProblemResponsesFilter}) and writes the result as JSON and as
 * YAML. On a two-core machine that was about a fifth of the main thread's start-up work and kept the JIT
 * compilers busy with the JSON and YAML writers, all before the first request could be answered, for a
 * page few users ever open. Here the same preparation runs, unchanged, on the first request for a document.
 *
 * <p>Why this package: the method Quarkus calls at start-up is package-private, so only a subclass in the
 * same package can take it over, and only when both classes come from the same class loader. That holds for
 * the packaged application (one class loader); dev mode and {@code @QuarkusTest} load application classes
 * apart from the libraries, so there the override would not be called and Quarkus' own service stays in use
 * ({@code @UnlessBuildProfile}). {@code @Override} makes a Quarkus upgrade that changes the method fail the
 * build; {@code StartupIT} checks, on the packaged jar, that the whole document is served.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable // Quarkus looks the service up by type at run time; nothing injects it
@UnlessBuildProfile(anyOf = {"dev", "test"})
public class DeferredOpenApiDocumentService extends OpenApiDocumentService {

    /** The preparations Quarkus asked for at start-up, run on the first request for a document. */
    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    synchronized void prepareDocument(
            AutoSecurityFilter autoSecurityFilter,
            Map<OpenApiFilter.RunStage, List<String>> filtersByStage,
            String documentName) {
        // The thread's class loader is the application's at start-up; the request thread may have another.
        ClassLoader startupLoader = Thread.currentThread().getContextClassLoader();
        waiting.add(() -> withClassLoader(
                startupLoader, () -> super.prepareDocument(autoSecurityFilter, filtersByStage, documentName)));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        prepareWaiting();
        return super.getDocument(documentName, format);
    }

    private synchronized void prepareWaiting() {
        for (Runnable preparation : waiting) {
            preparation.run();
        }
        waiting.clear();
    }

    private static void withClassLoader(ClassLoader loader, Runnable work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
