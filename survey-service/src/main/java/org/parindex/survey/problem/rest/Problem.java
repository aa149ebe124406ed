package org.parindex.survey.problem.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parindex.survey.problem.FieldError;

/**
 * The body of every error answer: an RFC 9457 problem ({@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}) with two extension members, {@code errors} (the fields at fault) and
 * {@code report} (e.g. the per-row report of a rejected import).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "report"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, Object report) {

    /** The media type of problem answers. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    /** The type URI of a problem kind, e.g. {@code urn:parindex:problem:not-found}. */
    public static String type(String kind) {
        return "urn:parindex:problem:" + kind;
    }

    public Response toResponse() {
        return Response.status(statusType(status)).type(PROBLEM_JSON).entity(this).build();
    }

    /** The status with its reason phrase, also for 422, which {@link Response.Status} lacks. */
    public static Response.StatusType statusType(int code) {
        Response.Status known = Response.Status.fromStatusCode(code);
        if (known != null) {
            return known;
        }
        String reason = code == 422 ? "Unprocessable Content" : "Error";
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }
}
