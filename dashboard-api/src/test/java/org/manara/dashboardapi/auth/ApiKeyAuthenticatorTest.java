package org.manara.dashboardapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticatorTest {
    private final GeneratedKey ingest = ApiKeys.generate();
    private final GeneratedKey admin = ApiKeys.generate();
    private final ApiKeyAuthenticator authenticator =
            new ApiKeyAuthenticator(
                    List.of(
                            new ConfiguredKey("feeder", ingest.sha256(), Set.of(Roles.INGEST)),
                            // Upper-case hex in the configuration is accepted.
                            new ConfiguredKey(
                                    "root",
                                    admin.sha256().toUpperCase(Locale.ROOT),
                                    Set.of(Roles.ADMIN, Roles.ANALYST))));

    @Test
    void aConfiguredKeyBecomesItsNamedPrincipalWithRoles() {
        ApiKeyPrincipal principal = authenticator.authenticate(admin.key()).orElseThrow();

        assertThat(principal.getName()).isEqualTo("root");
        assertThat(principal.roles()).containsExactlyInAnyOrder(Roles.ADMIN, Roles.ANALYST);
        assertThat(authenticator.authenticate(ingest.key()).orElseThrow().getName())
                .isEqualTo("feeder");
    }

    @Test
    void unknownEmptyOrHashedKeysAreRefused() {
        assertThat(authenticator.authenticate(ApiKeys.generate().key())).isEmpty();
        assertThat(authenticator.authenticate("")).isEmpty();
        assertThat(authenticator.authenticate(null)).isEmpty();
        // Knowing the stored hash is not enough: it is not the key.
        assertThat(authenticator.authenticate(ingest.sha256())).isEmpty();
    }

    @Test
    void roleAuthorizerAdmitsOnlyHeldRoles() {
        ApiKeyPrincipal principal = authenticator.authenticate(ingest.key()).orElseThrow();
        RoleAuthorizer authorizer = new RoleAuthorizer();

        assertThat(authorizer.authorize(principal, Roles.INGEST, null)).isTrue();
        assertThat(authorizer.authorize(principal, Roles.ADMIN, null)).isFalse();
    }
}
