package org.manara.dashboardapi.auth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Set;

/**
 * One API key in the configuration: a name for logs and audit, the SHA-256 hex of the key (the key
 * itself is never configured) and its roles.
 */
public class ConfiguredKey {
    @NotBlank private String name;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}", message = "must be the 64-character hex SHA-256 of the key")
    private String sha256;

    @NotEmpty private Set<String> roles = Set.of();

    public ConfiguredKey() {}

    public ConfiguredKey(String name, String sha256, Set<String> roles) {
        setName(name);
        setSha256(sha256);
        setRoles(roles);
    }

    @JsonProperty
    public String getName() {
        return name;
    }

    @JsonProperty
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty
    public String getSha256() {
        return sha256;
    }

    /** Accepts upper- or lowercase hex. */
    @JsonProperty
    public void setSha256(String sha256) {
        this.sha256 = sha256 == null ? null : sha256.trim().toLowerCase(Locale.ROOT);
    }

    @JsonProperty
    public Set<String> getRoles() {
        return roles;
    }

    @JsonProperty
    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    @JsonIgnore
    @ValidationMethod(message = "roles must each be one of ingest, moderator, analyst, admin")
    public boolean isRolesKnown() {
        return Roles.ALL.containsAll(roles);
    }

    @JsonIgnore
    public ApiKeyPrincipal principal() {
        return new ApiKeyPrincipal(name, roles);
    }
}
