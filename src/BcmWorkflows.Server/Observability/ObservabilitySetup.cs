using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BcmWorkflows.Server.Observability;

/// <summary>
/// OpenTelemetry for the server: traces of HTTP requests (in and out) and workflow bursts, metrics of HTTP, the
/// engine (bursts, activity durations) and delivery (outbox lag, deliveries by result, acknowledgement latency).
/// Exported over OTLP when <c>Bcm:Telemetry:OtlpEndpoint</c> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class ObservabilitySetup
{
    public static IServiceCollection AddBcmObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Bcm:Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        var endpoint = options.OtlpEndpoint ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var export = !string.IsNullOrWhiteSpace(endpoint);

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName, serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithTracing(t =>
            {
                t.AddSource(EngineTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation();
                if (export) t.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!));
            })
            .WithMetrics(m =>
            {
                m.AddMeter(EngineTelemetry.Name, NotificationsTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (export) m.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!));
            });
        return services;
    }
}
