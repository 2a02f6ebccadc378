package org.rightstracker.web.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rightstracker.web.security.Permissions;

/** Which part of the product the current page belongs to, so the main menu can mark it for everyone. */
@Named("navigation")
@RequestScoped
public class Navigation {

    /** The menu's sections, each marked current on its own path and below it. */
    private static final List<String> SECTIONS = List.of(
            "/series",
            "/works",
            "/recordings",
            "/parties",
            "/chase",
            "/digest",
            "/imports",
            "/admin/users",
            "/admin/letters",
            "/backup");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance menu(
                String here,
                boolean canImport,
                boolean canManageUsers,
                boolean canManageLetters,
                boolean canManageBackup);
    }

    /** Everything the rendered menu depends on. */
    private record MenuKey(
            String here,
            boolean canImport,
            boolean canManageUsers,
            boolean canManageLetters,
            boolean canManageBackup) {}

    /**
     * Rendered menus: a few dozen at most (a section times the permission flags), and every page shows
     * one, so rendering it once saves a page some twenty template expressions per request.
     */
    private static final ConcurrentMap<MenuKey, RawString> MENUS = new ConcurrentHashMap<>();

    @Inject
    CurrentVertxRequest request;

    @Inject
    Permissions permissions;

    /** "page" when the current path is {@code section} or below it, for {@code aria-current}; else null. */
    private String current(String section) {
        String path = path();
        boolean here = section.equals("/")
                ? path.equals("/") || path.startsWith("/productions") || path.startsWith("/cues")
                : path.equals(section) || path.startsWith(section + "/");
        return here ? "page" : null;
    }

    /** The main menu for this user, with the current section marked. */
    public RawString menu() {
        String here = current("/") != null
                ? "/"
                : SECTIONS.stream().filter(s -> current(s) != null).findFirst().orElse("");
        MenuKey key = new MenuKey(
                here,
                permissions.canImport(),
                permissions.canManageUsers(),
                permissions.canManageLetters(),
                permissions.canManageBackup());
        return MENUS.computeIfAbsent(
                key,
                k -> new RawString(Templates.menu(
                                k.here(), k.canImport(), k.canManageUsers(), k.canManageLetters(), k.canManageBackup())
                        .render()));
    }

    /** What the header's search box shows: the text searched for on the results page, else nothing. */
    public String searchQuery() {
        if (request.getCurrent() == null
                || !request.getCurrent().normalizedPath().equals("/search")) {
            return null;
        }
        return request.getCurrent().request().getParam("q");
    }

    private String path() {
        return request.getCurrent() == null ? "/" : request.getCurrent().normalizedPath();
    }
}
