package org.manara.dashboardapi.auth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@code auth} section: the realm named in {@code WWW-Authenticate} and the API keys. */
public class AuthConfiguration {
    @NotBlank private String realm = "manara";

    @Valid @NotNull private List<ConfiguredKey> keys = new ArrayList<>();

    @JsonProperty
    public String getRealm() {
        return realm;
    }

    @JsonProperty
    public void setRealm(String realm) {
        this.realm = realm;
    }

    @JsonProperty
    public List<ConfiguredKey> getKeys() {
        return keys;
    }

    @JsonProperty
    public void setKeys(List<ConfiguredKey> keys) {
        this.keys = keys == null ? new ArrayList<>() : new ArrayList<>(keys);
    }

    /** Adds a key (for programmatic configuration, such as the local demo). */
    public AuthConfiguration addKey(String name, String sha256, Set<String> roles) {
        keys.add(new ConfiguredKey(name, sha256, roles));
        return this;
    }

    @JsonIgnore
    @ValidationMethod(message = "key names must be unique")
    public boolean isNamesUnique() {
        Set<String> seen = new HashSet<>();
        return keys.stream().allMatch(k -> k.getName() == null || seen.add(k.getName()));
    }

    @JsonIgnore
    @ValidationMethod(message = "each key hash may appear only once")
    public boolean isHashesUnique() {
        Set<String> seen = new HashSet<>();
        return keys.stream().allMatch(k -> k.getSha256() == null || seen.add(k.getSha256()));
    }
}
