package org.parindex.survey.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.parindex.survey.problem.ProblemException;
import org.parindex.survey.problem.rest.Problem;
import org.parindex.survey.problem.rest.ProblemMapper;

/**
 * The errors JAX-RS itself raises (an unknown path, a wrong method, an unsupported media type, an unreadable
 * body), as problems with the same status and a Vietnamese detail.
 */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "Yêu cầu không đọc được: kiểm tra nội dung JSON và các tham số.",
            404, "Không có tài nguyên nào ở địa chỉ này.",
            405, "Phương thức HTTP này không dùng được ở địa chỉ này.",
            406, "Không thể trả lời theo định dạng được yêu cầu (Accept).",
            415, "Định dạng nội dung (Content-Type) không được hỗ trợ ở địa chỉ này.");

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        ProblemException tooLarge = TooLarge.in(e);
        if (tooLarge != null) {
            return ProblemMapper.of(tooLarge, uri).toResponse();
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return FallbackMapper.internalError(e, uri);
        }
        Response.StatusType type = original.getStatusInfo();
        String detail = DETAILS.getOrDefault(status, type.getReasonPhrase());
        Problem problem = new Problem("about:blank", type.getReasonPhrase(), status, detail,
                ProblemMapper.instance(uri), null, null);
        Response.ResponseBuilder answer = Response.status(status).type(Problem.PROBLEM_JSON).entity(problem);
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}
