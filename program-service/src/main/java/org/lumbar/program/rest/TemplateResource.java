package org.lumbar.program.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lumbar.program.programs.ProgramService;
import org.lumbar.program.programs.TemplateView;

@Path("/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates", description = "Routines from the seeds")
public class TemplateResource {

    private final ProgramService service;

    public TemplateResource(ProgramService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Every template")
    public List<TemplateView> listTemplates() {
        return service.templates().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One template")
    public TemplateView getTemplate(@PathParam("id") String id) {
        return TemplateView.of(service.template(id));
    }
}
