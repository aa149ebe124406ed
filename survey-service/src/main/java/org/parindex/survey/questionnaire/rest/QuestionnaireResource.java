package org.parindex.survey.questionnaire.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parindex.survey.platform.web.ClientAddress;
import org.parindex.survey.questionnaire.application.RespondentQuestionnaire;
import org.parindex.survey.questionnaire.domain.Submission;

/**
 * The respondent's questionnaire behind their link: read it with the draft so far, save changed answers, submit.
 * Wrong links answer 404 ({@code urn:parindex:problem:link-unknown}), revoked ones 410 ({@code link-revoked}).
 */
@Path("{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "questionnaire", description = "Phiếu khảo sát của người được điều tra (the respondent's questionnaire)")
@RequestScoped
public class QuestionnaireResource {

    private RespondentQuestionnaire questionnaire;
    private ClientAddress clients;

    @Context
    HttpServletRequest request;

    QuestionnaireResource() {
        // for the CDI proxy
    }

    @Inject
    public QuestionnaireResource(RespondentQuestionnaire questionnaire, ClientAddress clients) {
        this.questionnaire = questionnaire;
        this.clients = clients;
    }

    @PermitAll
    @GET
    @Operation(summary = "The questionnaire of a link: state, forms, units, the draft so far")
    public QuestionnaireJson.Page read(@PathParam("token") String token) {
        return QuestionnaireJson.Page.of(questionnaire.open(token, client()));
    }

    @PermitAll
    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save changed answers to the draft (an answer without option clears its cell)")
    public QuestionnaireJson.Saved saveDraft(@PathParam("token") String token, AnswersBody body) {
        RespondentQuestionnaire.Saved saved = questionnaire.saveDraft(token, client(), AnswersBody.parse(body));
        return new QuestionnaireJson.Saved(saved.savedAt(), saved.answered(), saved.total());
    }

    @PermitAll
    @POST
    @Path("submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the complete answers, once; they are stored without any link to the respondent")
    public Response submit(@PathParam("token") String token, AnswersBody body) {
        Submission s = questionnaire.submit(token, client(), AnswersBody.parse(body));
        return Response.status(Response.Status.CREATED).entity(new QuestionnaireJson.Submitted(s.submittedAt()))
                .build();
    }

    /** The client's address, by which wrong tokens are throttled (as for {@code /link}: a trusted proxy's hop). */
    private String client() {
        return clients.of(request);
    }
}
