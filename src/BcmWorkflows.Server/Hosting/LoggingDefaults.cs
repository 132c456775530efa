namespace BcmWorkflows.Server.Hosting;

public static class LoggingDefaults
{
    /// <summary>
    /// Quiet defaults that hold wherever the server is started from (appsettings.json is read from the
    /// content root, which is the current directory): per-command EF Core and Quartz chatter off.
    /// </summary>
    public static WebApplicationBuilder AddBcmLoggingDefaults(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        return builder;
    }
}
