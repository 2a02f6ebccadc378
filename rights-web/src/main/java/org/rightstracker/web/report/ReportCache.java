package org.rightstracker.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.rightstracker.core.production.Production;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.web.page.RevisionCache;

/**
 * Built reports and their files, kept under the production's revision (see {@link RevisionCache}), so a
 * 1,000-cue checklist is built once per change and its PDF rendered once however many people ask for
 * it at the same time. Only reports whose every input is covered by the production's version and
 * clearance revision may use it; the viewer's name ("prepared by") is part of the key.
 */
@ApplicationScoped
public class ReportCache {

    /** Built reports: a handful of productions' checklists at a time. */
    private final RevisionCache<ReportOutput> outputs = new RevisionCache<>(16);

    /** Their renditions (page body, print view, PDF, CSV, XLSX), each about as large as the report. */
    private final RevisionCache<Object> renditions = new RevisionCache<>(48);

    /** What a cached report is told apart by besides the production. */
    private record Variant(String slug, String preparedBy) {}

    private record RenditionVariant(Variant report, String rendition) {}

    /**
     * The report of {@code production} (read by this request before anything {@code build} reads) with
     * renditions shared by every request for the same revision, day and viewer name.
     */
    Renditions of(Production production, String slug, String preparedBy, Supplier<ReportOutput> build) {
        Variant variant = new Variant(slug, preparedBy);
        ReportOutput output = outputs.get(RevisionCache.Key.of(production, variant), () -> memoized(build.get()))
                .value();
        return new Renditions() {
            @Override
            public ReportOutput output() {
                return output;
            }

            @Override
            public RevisionCache.Lookup<Object> get(String rendition, Supplier<Object> render) {
                return renditions.get(
                        RevisionCache.Key.of(production, new RenditionVariant(variant, rendition)), render);
            }
        };
    }

    /** A report and its renditions, each produced once per key. */
    interface Renditions {

        ReportOutput output();

        RevisionCache.Lookup<Object> get(String rendition, Supplier<Object> render);

        /** A report rendered afresh for every request (reports whose inputs the revision does not cover). */
        static Renditions uncached(ReportOutput output) {
            return new Renditions() {
                @Override
                public ReportOutput output() {
                    return output;
                }

                @Override
                public RevisionCache.Lookup<Object> get(String rendition, Supplier<Object> render) {
                    return new RevisionCache.Lookup<>(render.get(), RevisionCache.Source.COMPUTED);
                }

                @Override
                public boolean cached() {
                    return false;
                }
            };
        }

        /** Whether the response should say how the file was obtained ({@code X-Report-Cache}). */
        default boolean cached() {
            return true;
        }
    }

    /** The same report whose body and table are produced at most once, whoever asks first. */
    private static ReportOutput memoized(ReportOutput output) {
        return new ReportOutput(
                output.name(),
                output.runningTitle(),
                output.fileBase(),
                once(output.bodySource()),
                output.table() == null ? null : once(output.table()));
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
