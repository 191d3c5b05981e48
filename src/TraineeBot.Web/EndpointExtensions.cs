using Microsoft.AspNetCore.Diagnostics;
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

    /// <summary>
    /// No sniffing, no framing, no referrer, no caching, no content a browser may run (nothing here is meant for a
    /// browser; downloads are attachments). Set when the response starts, so error responses carry them too.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                headers.CacheControl = "no-store";
                headers.Remove("Server");
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// An unhandled exception is logged and answered with a bare 500 — no body, no stack trace, no exception type —
    /// in every environment (the developer exception page is not used, not even in Development).
    /// </summary>
    public static WebApplication UsePlainErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = static context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Task.CompletedTask;
            },
        });
        return app;
    }
}
