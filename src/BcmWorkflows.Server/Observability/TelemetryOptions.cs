namespace BcmWorkflows.Server.Observability;

/// <summary><c>Bcm:Telemetry</c>: where traces and metrics go.</summary>
public sealed class TelemetryOptions
{
    /// <summary>
    /// An OTLP collector (e.g. <c>http://otel-collector:4317</c>). Without it, and without the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, nothing is exported (the instruments still work for <c>dotnet-counters</c>).
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The <c>service.name</c> resource attribute; every node also reports its machine and process as <c>service.instance.id</c>.</summary>
    public string ServiceName { get; set; } = "bcmworkflows";
}
