using System.Diagnostics;
using System.Net;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BcmWorkflows.Server.Tests.Observability;

/// <summary>A server whose OpenTelemetry pipeline also writes to in-memory exporters the tests read.</summary>
public sealed class TelemetryServer() : ServerFixture("Sqlite", services: services =>
{
    services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(Spans));
    services.ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(Metrics));
})
{
    public static readonly List<Activity> Spans = [];
    public static readonly List<Metric> Metrics = [];
}

/// <summary>What an operator sees: traces of requests and workflow bursts, engine metrics, and the health report.</summary>
public sealed class TelemetryTests(TelemetryServer server) : IClassFixture<TelemetryServer>
{
    [Fact]
    public async Task Running_a_workflow_over_http_gives_request_and_burst_spans_and_engine_metrics()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var id = WorkflowApi.NewId("otel");
        await client.DeployAsync(Workflows.Simple(id));
        var instanceId = await client.StartIdAsync(id);

        Activity? burst = null;
        for (var i = 0; i < 50 && burst is null; i++)
        {
            if (i > 0) await Task.Delay(100);
            lock (TelemetryServer.Spans)
                burst = TelemetryServer.Spans.LastOrDefault(s => s.OperationName == "workflow.burst" && (string?)s.GetTagItem("workflow.instance.id") == instanceId);
        }
        Assert.NotNull(burst);
        Assert.Equal(id, burst.GetTagItem("workflow.definition.id"));
        Assert.Equal("Finished", burst.GetTagItem("workflow.status"));
        lock (TelemetryServer.Spans)
        {
            // The burst ran inside the request that started it: one trace from HTTP to engine.
            var request = TelemetryServer.Spans.Single(s => s.SpanId == burst.ParentSpanId);
            Assert.Equal(ActivityKind.Server, request.Kind);
            Assert.Contains("/instances", request.DisplayName);
        }

        var provider = server.Factory.Services.GetRequiredService<MeterProvider>();
        provider.ForceFlush();
        List<Metric> metrics;
        lock (TelemetryServer.Metrics) metrics = [.. TelemetryServer.Metrics];
        Assert.Contains(metrics, m => m.Name == "bcm.engine.bursts");
        var durations = metrics.Last(m => m.Name == "bcm.engine.activity.duration");
        var types = new List<string>();
        foreach (ref readonly var point in durations.GetMetricPoints())
            foreach (var tag in point.Tags) if (tag.Key == "activity.type") types.Add((string)tag.Value!);
        Assert.Contains("Log", types);
    }

    [Fact]
    public async Task The_health_report_lists_database_scheduler_and_outbox_and_liveness_answers_alone()
    {
        using var anonymous = server.Anonymous();
        // Quartz starts once the application has started: give it a moment to reach Running.
        var report = await Api.ExpectAsync(await anonymous.GetAsync("/health"), HttpStatusCode.OK);
        for (var i = 0; i < 50 && report.Str("status") != "Healthy"; i++)
        {
            await Task.Delay(100);
            report = await Api.ExpectAsync(await anonymous.GetAsync("/health"), HttpStatusCode.OK);
        }
        Assert.Equal("Healthy", report.Str("status"));
        var checks = report["checks"]!.AsArray().ToDictionary(c => c!.Str("name"), c => c!);
        Assert.Equal(["database", "outbox", "scheduler"], checks.Keys.Order());
        Assert.Equal("Running", checks["scheduler"]["data"]!["status"]!.GetValue<string>());
        Assert.Equal(0, checks["outbox"]["data"]!["lateMessages"]!.GetValue<int>());

        using var live = await anonymous.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
