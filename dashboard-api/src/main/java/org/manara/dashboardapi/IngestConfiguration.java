package org.manara.dashboardapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.manara.dashboardapi.core.IngestLimits;
import org.manara.model.PostValidator;

/** The {@code ingest} section: limits on one {@code POST /api/v1/ingest/posts} request. */
public class IngestConfiguration {
    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 1, unit = io.dropwizard.util.DataSizeUnit.GIBIBYTES)
    private DataSize maxRequestSize = DataSize.mebibytes(5);

    @Min(1)
    @Max(100_000)
    private int maxPostsPerRequest = 1_000;

    @Min(1)
    @Max(1_000_000)
    private int maxTextLength = PostValidator.DEFAULT_MAX_TEXT_LENGTH;

    @JsonProperty
    public DataSize getMaxRequestSize() {
        return maxRequestSize;
    }

    @JsonProperty
    public void setMaxRequestSize(DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    @JsonProperty
    public int getMaxPostsPerRequest() {
        return maxPostsPerRequest;
    }

    @JsonProperty
    public void setMaxPostsPerRequest(int maxPostsPerRequest) {
        this.maxPostsPerRequest = maxPostsPerRequest;
    }

    @JsonProperty
    public int getMaxTextLength() {
        return maxTextLength;
    }

    @JsonProperty
    public void setMaxTextLength(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    public IngestLimits limits() {
        return new IngestLimits(maxRequestSize.toBytes(), maxPostsPerRequest, maxTextLength);
    }
}
