package org.rightstracker.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents, once for every API operation, the problem bodies it can answer with (400, 401, 403,
 * 404, 409), rather than repeating the same annotations on each resource.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_TYPE = "application/problem+json";

    static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: the body, a field or a parameter; each problem names its field.",
            "401", "Not signed in: use HTTP Basic with your user name and password.",
            "403", "Your role does not allow this change.",
            "404", "Not found, or not on one of your productions.",
            "409", "Someone else changed it since you read it, or the workflow does not allow the step.");

    @Override
    public Operation filterOperation(Operation operation) {
        for (Map.Entry<String, String> error : ERRORS.entrySet()) {
            if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(error.getKey())) {
                operation
                        .getResponses()
                        .addAPIResponse(
                                error.getKey(),
                                OASFactory.createAPIResponse()
                                        .description(error.getValue())
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        PROBLEM_TYPE,
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref("Problem")))));
            }
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("message", text);
        openAPI.getComponents()
                .addSchema(
                        "Problem",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .description("RFC 9457 problem details")
                                .addProperty("type", text)
                                .addProperty("title", text)
                                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                                .addProperty("detail", text)
                                .addProperty(
                                        "errors",
                                        OASFactory.createSchema()
                                                .addType(Schema.SchemaType.ARRAY)
                                                .items(fieldError)));
    }
}
