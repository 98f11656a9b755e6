package org.manara.dashboardapi.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.manara.model.Json;
import org.manara.model.Problem;

/**
 * Reads the records of an ingest body as it streams in, stopping as soon as there are more than
 * {@code maxPosts}. A JSON array must be well-formed as a whole (otherwise the body is invalid);
 * NDJSON lines are independent, so an unreadable line becomes an unreadable record and the others
 * still count. Blank NDJSON lines are skipped and do not take an index.
 */
public final class PostBatchReader {
    private static final ObjectMapper MAPPER = Json.mapper();

    /** A line holding two JSON values must not silently lose the second. */
    private static final ObjectReader LINE_READER =
            MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final int maxPosts;

    public PostBatchReader(int maxPosts) {
        this.maxPosts = maxPosts;
    }

    public List<IncomingRecord> read(InputStream body, BodyFormat format)
            throws IOException, InvalidBodyException, TooManyPostsException {
        return switch (format) {
            case JSON_ARRAY -> readArray(body);
            case NDJSON -> readLines(body);
        };
    }

    private List<IncomingRecord> readArray(InputStream body)
            throws IOException, InvalidBodyException, TooManyPostsException {
        List<IncomingRecord> records = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidBodyException("The body is empty; send a JSON array of posts.");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new InvalidBodyException(
                        "The body must be a JSON array of posts (or NDJSON sent as"
                                + " application/x-ndjson), not a single JSON "
                                + kind(first)
                                + ".");
            }
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    break;
                }
                if (records.size() == maxPosts) {
                    throw new TooManyPostsException(maxPosts);
                }
                JsonNode node = MAPPER.readTree(parser);
                records.add(IncomingRecord.of(node));
            }
            if (parser.nextToken() != null) {
                throw new InvalidBodyException(
                        "Unexpected content after the JSON array" + at(parser.currentLocation()));
            }
        } catch (JsonProcessingException e) {
            throw new InvalidBodyException(
                    "The body is not valid JSON: " + e.getOriginalMessage() + at(e.getLocation()));
        }
        return records;
    }

    private List<IncomingRecord> readLines(InputStream body)
            throws IOException, InvalidBodyException, TooManyPostsException {
        List<IncomingRecord> records = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int lineNumber = 1;
        int n;
        while ((n = body.read(buffer)) != -1) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, start, i - start);
                    addLine(records, line.toByteArray(), lineNumber++);
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(buffer, start, n - start);
        }
        addLine(records, line.toByteArray(), lineNumber);
        if (records.isEmpty()) {
            throw new InvalidBodyException(
                    "The body holds no posts; send one JSON post object per line.");
        }
        return records;
    }

    private void addLine(List<IncomingRecord> records, byte[] raw, int lineNumber)
            throws TooManyPostsException {
        int end = raw.length;
        if (end > 0 && raw[end - 1] == '\r') {
            end--;
        }
        byte[] bytes = Arrays.copyOf(raw, end);
        if (isBlank(bytes)) {
            return;
        }
        if (records.size() == maxPosts) {
            throw new TooManyPostsException(maxPosts);
        }
        try {
            records.add(IncomingRecord.of(LINE_READER.readTree(bytes)));
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : "";
            records.add(
                    IncomingRecord.unreadable(
                            new Problem("$", "line " + lineNumber + " is not valid JSON: " + why)));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "value";
        };
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
