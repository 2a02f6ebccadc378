package org.rightstracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs in the {@code integration-test} phase (maven-failsafe-plugin), after Quarkus has packaged the
 * application: everything docker/Dockerfile copies must now exist in rights-web/target/quarkus-app.
 */
class DockerFilesIT {

    @Test
    void everyPathTheDockerfileCopiesExistsAfterPackaging() {
        assertThat(DockerFilesTest.repositoryRoot().resolve(DockerFilesTest.QUARKUS_APP))
                .as("the quarkus-app layout built by the package phase")
                .isDirectory();
        assertThat(DockerFilesTest.dockerfileCopySources())
                .containsExactlyInAnyOrderElementsOf(DockerFilesTest.QUARKUS_APP_LAYOUT);

        DockerFilesTest.assertCopiedPathsExist();
    }
}
