package org.manara.dashboardapi.internal;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.ConfigurationValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Hands Dropwizard a configuration built in code instead of parsed from YAML, validated exactly as
 * a parsed one would be (so in-process starts fail as clearly as file-based ones).
 */
public final class PreparedConfigurationFactory<T> implements ConfigurationFactory<T> {
    private final T configuration;
    private final Validator validator;

    public PreparedConfigurationFactory(T configuration, Validator validator) {
        this.configuration = configuration;
        this.validator = validator;
    }

    @Override
    public T build(ConfigurationSourceProvider provider, String path)
            throws ConfigurationException {
        return build();
    }

    @Override
    public T build() throws ConfigurationException {
        Set<ConstraintViolation<T>> violations = validator.validate(configuration);
        if (!violations.isEmpty()) {
            throw new ConfigurationValidationException("in-process configuration", violations);
        }
        return configuration;
    }
}
