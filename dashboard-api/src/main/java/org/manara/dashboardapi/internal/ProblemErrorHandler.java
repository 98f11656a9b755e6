package org.manara.dashboardapi.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.manara.dashboardapi.api.ProblemDetail;
import org.manara.model.Json;

/**
 * Jetty's answer to errors that never reach Jersey (a malformed request line, an ambiguous or badly
 * encoded URI, oversized headers): a problem body instead of Jetty's HTML page, whatever the client
 * accepts. 5xx details are generic so nothing internal leaks.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request,
            Response response,
            int code,
            String message,
            Throwable cause,
            Callback callback) {
        byte[] body = body(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE));
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String message) {
        String detail =
                status >= 500 || message == null || message.isBlank()
                        ? "The request could not be handled."
                        : message;
        try {
            return Json.mapper().writeValueAsBytes(ProblemDetail.http(status, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body always serialises", e);
        }
    }
}
