package org.lumbar.analytics.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.analytics.webhooks.Webhooks;
import org.lumbar.commons.http.Page;
import org.lumbar.analytics.webhooks.DeliveryView;
import org.lumbar.analytics.webhooks.WebhookRequest;
import org.lumbar.analytics.webhooks.WebhookView;

@Path("/clinics/{clinicId}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "A clinic's signed feed of progress events, for the clinicians of that clinic")
public class WebhookResource {

    private final Webhooks webhooks;

    public WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook: URL, secret (HMAC-SHA256 key), event types")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public Response register(@PathParam("clinicId") String clinicId, @Valid @NotNull WebhookRequest request) {
        WebhookView created = webhooks.register(clinicId, request);
        return Response.created(URI.create("/clinics/" + clinicId + "/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The clinic's webhooks")
    public List<WebhookView> listWebhooks(@PathParam("clinicId") String clinicId) {
        return webhooks.list(clinicId);
    }

    @GET
    @Path("{webhookId}")
    @Operation(summary = "One webhook")
    public WebhookView getWebhook(@PathParam("clinicId") String clinicId, @PathParam("webhookId") String webhookId) {
        return webhooks.get(clinicId, webhookId);
    }

    @DELETE
    @Path("{webhookId}")
    @Operation(summary = "Delete a webhook and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("clinicId") @Parameter(example = "clinic-north") String clinicId,
            @PathParam("webhookId") @Parameter(example = "5b0e7f52-3c1a-4b8e-9d2f-6a7b8c9d0e1f") String webhookId) {
        webhooks.delete(clinicId, webhookId);
        return Response.noContent().build();
    }

    @POST
    @Path("{webhookId}/enable")
    @Operation(summary = "Enable a webhook again after it was disabled; its waiting deliveries go out")
    public WebhookView enable(@PathParam("clinicId") String clinicId, @PathParam("webhookId") String webhookId) {
        return webhooks.enable(clinicId, webhookId);
    }

    @GET
    @Path("{webhookId}/deliveries")
    @Operation(summary = "The delivery log, newest first")
    public Page<DeliveryView> deliveries(@PathParam("clinicId") String clinicId, @PathParam("webhookId") String webhookId,
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "pending",
                    "delivered", "failed" })) String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.deliveries(clinicId, webhookId, Params.oneOf("status", status, Webhooks.DELIVERY_STATUSES),
                Params.page(page), Params.size(size));
    }
}
