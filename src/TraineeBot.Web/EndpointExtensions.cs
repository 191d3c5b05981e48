using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace TraineeBot.Web;

internal static class EndpointExtensions
{
    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c> and <c>/health</c>: the database answers too.
    /// Bodies say Healthy or Unhealthy and nothing else.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapHealthChecks("/health");
        return app;
    }

    /// <summary>No sniffing, no framing, no referrer; nothing here is meant for a browser.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            return next(context);
        });
        return app;
    }
}
