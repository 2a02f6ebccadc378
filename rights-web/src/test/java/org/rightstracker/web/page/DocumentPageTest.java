package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentStore;
import org.rightstracker.web.security.Role;

@QuarkusTest
class DocumentPageTest {

    @Inject
    PageWorld world;

    @Inject
    DocumentStore store;

    @Test
    void aDocumentIsUploadedListedDownloadedByAViewerAndDeleted() throws IOException {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Visitor viewer = world.visitor(Role.VIEWER, song.production());
        String content = "Master use licence " + song.tag();
        File file = file("Signed licence " + song.tag() + ".pdf", content);

        Response uploaded = supervisor.upload(
                "/cues/" + song.cue() + "/documents",
                file,
                "application/pdf",
                Map.of("kind", "LICENCE", "itemId", Long.toString(label), "description", "Countersigned"));

        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(supervisor.follow(uploaded).asString())
                .contains("Attached Signed licence " + song.tag() + ".pdf.")
                .contains("Countersigned")
                .contains("Label " + song.tag() + " <span class=\"muted\">(Master)</span>");
        Document document = QuarkusTransaction.requiringNew()
                .call(() -> Document.<Document>find("cue.id", song.cue()).singleResult());
        assertThat(store.contains(document.sha256)).isTrue();

        Response download = viewer.get("/documents/" + document.id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.asString()).isEqualTo(content);
        assertThat(viewer.upload("/cues/" + song.cue() + "/documents", file, "application/pdf", Map.of("kind", "QUOTE"))
                        .statusCode())
                .isEqualTo(403);

        Response deleted = supervisor.post(
                "/documents/" + document.id + "/delete", Map.of("version", Long.toString(document.version)));
        assertThat(deleted.statusCode()).isEqualTo(303);
        Document gone = QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(document.id));
        assertThat(gone).isNull();
        assertThat(store.contains(document.sha256)).isFalse();
        assertThat(viewer.get("/documents/" + document.id).statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadedPageIsHandedOverAsBytesNeverShownAsOurPage() throws IOException {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        File file = file("notes " + song.tag() + ".html", "<script>alert(1)</script>");

        supervisor.upload("/cues/" + song.cue() + "/documents", file, "text/html", Map.of("kind", "OTHER"));
        Document document = QuarkusTransaction.requiringNew()
                .call(() -> Document.<Document>find("cue.id", song.cue()).singleResult());

        Response download = supervisor.get("/documents/" + document.id);
        assertThat(download.contentType()).isEqualTo("application/octet-stream");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void anEmptyFileOrAnotherCuesLicenceIsRefusedOnTheCuePage() throws IOException {
        PageWorld.Song song = world.song();
        PageWorld.Song other = world.song();
        long foreign = world.item(other.cue(), other.label()).id;
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response empty = supervisor.upload(
                "/cues/" + song.cue() + "/documents",
                file("empty.pdf", ""),
                "application/pdf",
                Map.of("kind", "QUOTE"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.asString()).contains("The file empty.pdf is empty.").contains("id=\"documents\"");

        Response wrongItem = supervisor.upload(
                "/cues/" + song.cue() + "/documents",
                file("quote.pdf", "quote"),
                "application/pdf",
                Map.of("kind", "QUOTE", "itemId", Long.toString(foreign), "description", "typed description"));
        assertThat(wrongItem.statusCode()).isEqualTo(400);
        assertThat(wrongItem.asString())
                .contains("Choose one of this cue&#39;s licences, or none.")
                .contains("value=\"typed description\"");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.count("cue.id", song.cue())))
                .isZero();
    }

    private static File file(String name, String content) throws IOException {
        Path dir = Files.createTempDirectory("upload");
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        path.toFile().deleteOnExit();
        return path.toFile();
    }
}
