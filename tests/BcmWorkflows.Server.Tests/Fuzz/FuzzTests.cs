using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Features.InboundSms;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;
using Xunit.Abstractions;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>
/// Mutated valid inputs against the real server: workflow definitions, templates, people CSV and Twilio webhooks.
/// Every answer must be below 500, and every rejected (4xx) request must leave the store's fingerprint unchanged.
/// Seeded and sized by <see cref="FuzzSettings"/>; each test prints its summary line.
/// </summary>
public abstract class FuzzTests(ServerFixture server, ITestOutputHelper output)
{
    private static readonly JsonNode[] Shipped = [.. Directory.GetFiles(RepoPaths.Workflows, "*.json").Order(StringComparer.Ordinal)
        .Select(f => JsonNode.Parse(File.ReadAllText(f))!)];

    private async Task<FuzzTally> RunAsync(string kind, Func<Task<string>> fingerprint, Func<int, Task<(HttpResponseMessage Response, string What)>> send,
        Func<int, HttpStatusCode, string?>? checkStatus = null)
    {
        var tally = new FuzzTally(kind);
        var clock = Stopwatch.StartNew();
        var before = await fingerprint();
        for (var i = 0; i < FuzzSettings.PerKind; i++)
        {
            var (response, what) = await send(i);
            using (response)
            {
                var answer = await response.Content.ReadAsStringAsync();
                var after = await fingerprint();
                tally.Record(response.StatusCode, after != before, $"#{i} {what}", answer);
                if (checkStatus?.Invoke(i, response.StatusCode) is { } broken) tally.Violation(broken);
                before = after;
            }
        }
        output.WriteLine($"{tally.Summary()} provider={server.Provider} seconds={clock.Elapsed.TotalSeconds:0.0}");
        return tally;
    }

    [Fact]
    public async Task Mutated_definitions_never_fail_the_server_and_rejected_ones_store_nothing()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var random = FuzzSettings.For(1);
        var tally = await RunAsync("definitions", () => StoreFingerprint.DefinitionsAsync(server.Factory), async i =>
        {
            var id = $"fuzz-{i % 8}";
            var valid = FuzzText.Pick(random, Shipped).DeepClone();
            valid["definitionId"] = id;
            var (body, mutations) = JsonMutator.Mutate(valid, random);
            return (await client.PutJsonAsync(WorkflowApi.DefinitionUrl(id), body), $"PUT {id} {mutations}");
        });
        tally.AssertClean();
        Assert.True(tally.Rejected > tally.Requests / 2, tally.Summary()); // the mutations are mostly caught, not silently stored
    }

    [Fact]
    public async Task Mutated_template_previews_and_saves_never_fail_the_server_and_rejected_saves_store_nothing()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var random = FuzzSettings.For(2);
        string[] keys = ["fuzz-a", "fuzz-b", "incident-page", "Fuzz_C", "../x", "李"];
        string[] files = ["sms.sbn", "email.subject.sbn", "email.txt.sbn", "email.html.sbn", "sms.zh-cn.sbn", "sms.xx.sbn", "sms", "..%2Fsms.sbn"];
        var tally = await RunAsync("templates", () => StoreFingerprint.TemplatesAsync(server.Factory), async i =>
        {
            if (i % 2 == 0)
            {
                var preview = new JsonObject
                {
                    ["template"] = random.Next(3) == 0 ? "incident-page" : "Dear {{ person.name }}, {{ input.message }}",
                    ["channel"] = random.Next(2) == 0 ? "Sms" : "Email",
                    ["language"] = random.Next(2) == 0 ? "en" : "zh-CN",
                    ["model"] = new JsonObject { ["person"] = new JsonObject { ["name"] = "Ada" }, ["input"] = new JsonObject { ["message"] = "Go" } },
                    ["subject"] = "Subject {{ person.name }}",
                };
                var (body, mutations) = JsonMutator.Mutate(preview, random);
                return (await client.PostJsonAsync("/api/templates/preview", body), $"preview {mutations}");
            }
            var (key, file) = (FuzzText.Pick(random, keys), FuzzText.Pick(random, files));
            var (content, contentMutations) = JsonMutator.Mutate(new JsonObject { ["content"] = "Dear {{ person.name }}: {{ input.message }}" }, random);
            var url = $"/api/templates/{Uri.EscapeDataString(key)}/files/{file}";
            return (await client.PutJsonAsync(url, content), $"PUT {url} {contentMutations}");
        });
        tally.AssertClean();
    }

    [Fact]
    public async Task Mutated_people_csv_files_never_fail_the_server_and_rejected_ones_store_nothing()
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var random = FuzzSettings.For(3);
        var baseline = CsvMutator.Serialize(CsvMutator.Valid(random, -1), ",", "\n");
        await client.PostAsync("/api/people/import", CsvMutator.Content(System.Text.Encoding.UTF8.GetBytes(baseline))).ExpectAsync(HttpStatusCode.OK); // unmutated, the generator's file is valid
        var tally = await RunAsync("people-csv", () => StoreFingerprint.PeopleAsync(server.Factory), async i =>
        {
            var (bytes, mutation) = CsvMutator.Mutate(CsvMutator.Valid(random, i), random);
            return (await client.PostAsync("/api/people/import", CsvMutator.Content(bytes)), $"import {mutation}");
        });
        tally.AssertClean();
        using var list = await client.GetAsync("/api/people?take=1");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(await StoreFingerprint.PeopleAsync(server.Factory) is var f ? f.Split('/')[0] : "", list.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task Mutated_twilio_webhooks_never_fail_the_server_unsigned_ones_are_403_and_rejected_ones_store_nothing()
    {
        var client = server.Anonymous();
        var random = FuzzSettings.For(4);
        const string path = InboundSmsWebhook.Path;
        var tally = await RunAsync("webhooks", () => StoreFingerprint.InboundAsync(server.Factory), async i =>
        {
            var (form, mutation) = FormMutator.Mutate(random, i);
            var signing = i % 4; // 0, 1: signed over the mutated form; 2: unsigned; 3: signed with the wrong token
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
            if (signing != 2)
                request.Headers.Add(TwilioSignature.Header, TwilioSignature.Compute(signing == 3 ? "wrong-token" : TwilioWebhooks.AuthToken,
                    TwilioWebhooks.PublicBaseUrl + path, form));
            return (await client.SendAsync(request), $"{(signing < 2 ? "signed" : "unsigned or forged")} {mutation}");
        }, checkStatus: (i, status) => i % 4 >= 2 && status is not (HttpStatusCode.Forbidden or HttpStatusCode.RequestEntityTooLarge) ? $"unsigned or forged #{i} answered {(int)status}" : null);
        tally.AssertClean();
    }
}

public sealed class FuzzTests_Sqlite(SqliteFuzzServer server, ITestOutputHelper output) : FuzzTests(server, output), IClassFixture<SqliteFuzzServer>;

public sealed class FuzzTests_Postgres(PostgresFuzzServer server, ITestOutputHelper output) : FuzzTests(server, output), IClassFixture<PostgresFuzzServer>;
