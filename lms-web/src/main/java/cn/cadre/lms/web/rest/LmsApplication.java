package cn.cadre.lms.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api; its document is served by Payara Micro at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cadre network training platform",
            version = "0.1",
            description =
                "Organisation tree, cadres, accounts. Errors are application/problem+json (RFC 9457)"
                    + " with an 'errors' array of {field, code, message}. Authenticate with"
                    + " POST /api/auth/token, then send 'Authorization: Bearer <token>'."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class LmsApplication extends Application {}
