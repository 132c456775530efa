namespace BcmWorkflows.Server.Errors;

public static class ProblemDetailsSetup
{
    /// <summary>Every error answer is <c>application/problem+json</c>, with the request's trace id.</summary>
    public static IServiceCollection AddBcmProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= $"{c.HttpContext.Request.Method} {c.HttpContext.Request.Path}";
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // A body or query value the endpoint cannot bind reaches the handler above in every environment (by default only
        // Development throws; elsewhere the answer was a bare 400 saying nothing of what was wrong).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Request bodies: a string with U+0000 is a 400 with its path on every database (PostgreSQL cannot store it).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new NulRejectingStringConverter()));
        return services;
    }

    public static WebApplication UseBcmProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
