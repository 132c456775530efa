namespace BcmWorkflows.Server.Hosting;

public static class LoggingDefaults
{
    /// <summary>
    /// Quiet defaults that hold wherever the server is started from (appsettings.json is read from the
    /// content root, which is the current directory): per-command EF Core and Quartz chatter off, request lines off.
    /// </summary>
    public static WebApplicationBuilder AddBcmLoggingDefaults(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        // Request lines ("Request starting GET /ack/{token}") carry acknowledgement tokens in the path: kept off even
        // when configuration turns Microsoft.AspNetCore up (a rule added here comes after configuration's and wins).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        return builder;
    }
}
