package org.parindex.survey.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parindex.survey.platform.health.OutOfMemory;
import org.parindex.survey.platform.persistence.DatabaseUnavailable;
import org.parindex.survey.platform.persistence.LockConflictRetry;
import org.parindex.survey.problem.ConflictException;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.problem.ProblemException;
import org.parindex.survey.problem.rest.Problem;
import org.parindex.survey.problem.rest.ProblemMapper;

/**
 * Everything else. Exceptions wrapped by the container (a transaction, an EJB) are unwrapped first, so that a
 * problem raised inside a transaction still answers with its own status; a JSON body that cannot be bound answers
 * 400, a concurrent change 409, a deadlock or lock time-out 503 with {@code Retry-After}, an unreachable database
 * ({@link DatabaseUnavailable}) 503 with {@code Retry-After} and a problem that says so. Only a real fault answers 500, with an incident id that is also logged with the
 * stack trace, which never reaches the client.
 */
@Provider
public class FallbackMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackMapper.class.getName());
    private static final String RETRY_AFTER_SECONDS = "2";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        OutOfMemory.recordIfAny(e);
        ProblemException tooLarge = TooLarge.in(e);
        if (tooLarge != null) {
            return ProblemMapper.of(tooLarge, uri).toResponse();
        }
        if (DatabaseUnavailable.isCause(e)) {
            LOG.log(Level.WARNING, "Database unavailable at " + ProblemMapper.instance(uri) + ": answered 503 ("
                    + e + ")");
            return Response.fromResponse(new Problem(Problem.type(DatabaseUnavailable.KIND), DatabaseUnavailable.TITLE,
                            503, DatabaseUnavailable.DETAIL, ProblemMapper.instance(uri), null, null).toResponse())
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ProblemException p) {
                return ProblemMapper.of(p, uri).toResponse();
            }
            if (c instanceof JsonbException) {
                return ProblemMapper.of(new MalformedRequestException(
                        "Nội dung JSON không đọc được: kiểm tra cú pháp và kiểu của các trường.",
                        List.of(FieldError.of("body", "JSON không hợp lệ hoặc sai kiểu dữ liệu"))), uri).toResponse();
            }
            if (c instanceof ConstraintViolationException v) {
                List<FieldError> errors = v.getConstraintViolations().stream()
                        .map(cv -> FieldError.of(lastNode(cv.getPropertyPath().toString()), cv.getMessage()))
                        .toList();
                if (!errors.isEmpty()) {
                    return ProblemMapper.of(new InvalidInputException("Dữ liệu không hợp lệ.", errors), uri)
                            .toResponse();
                }
            }
            if (c instanceof SQLException sql && LockConflictRetry.isLockConflict(sql)) {
                // A deadlock or lock timeout: nothing was stored; the same request may simply be sent again.
                LOG.log(Level.INFO, "Database lock conflict (SQLState " + sql.getSQLState() + ") at "
                        + ProblemMapper.instance(uri) + ": answered 503, retry");
                return Response.fromResponse(new Problem(Problem.type("busy"), "Máy chủ đang bận (Service busy)", 503,
                                "Máy chủ đang bận xử lý yêu cầu khác; không có gì bị lưu. Hãy thử lại sau giây lát.",
                                ProblemMapper.instance(uri), null, null).toResponse())
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            if (c instanceof OptimisticLockException || isConstraintViolation(c)) {
                return ProblemMapper.of(new ConflictException(
                        "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại."), uri).toResponse();
            }
        }
        return internalError(e, uri);
    }

    private static boolean isConstraintViolation(Throwable c) {
        return (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"))
                || (c instanceof PersistenceException && c.getCause() instanceof SQLException s
                    && s.getSQLState() != null && s.getSQLState().startsWith("23"));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static Response internalError(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + ProblemMapper.instance(uri), e);
        return new Problem("about:blank", "Internal Server Error", 500,
                "Lỗi hệ thống; mã sự cố " + incident + " (đã ghi vào nhật ký máy chủ).",
                ProblemMapper.instance(uri), null, null).toResponse();
    }
}
