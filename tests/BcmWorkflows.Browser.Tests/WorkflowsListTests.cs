using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BcmWorkflows.Browser.Tests.Support;
using BcmWorkflows.Server.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcmWorkflows.Browser.Tests;

/// <summary>The workflows list: shipped definitions with versions; create opens the designer; import and export JSON.</summary>
public sealed class WorkflowsListTests(BrowserFixture fixture) : BrowserTest(fixture), IClassFixture<BrowserFixture>
{
    private async Task<IPage> OpenListAsync()
    {
        await SignInAsAsync(Page, Roles.Coordinator);
        await OpenAsync("/workflows");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Workflows", Level = 1 })).ToBeVisibleAsync();
        return Page;
    }

    private ILocator Row(string name) =>
        Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    /// <summary>Chooses a file through the Import button's file chooser, as a user would.</summary>
    private async Task ImportAsync(string fileName, string json)
    {
        var chooser = await Page.RunAndWaitForFileChooserAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Import JSON…" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = fileName, MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) });
    }

    private async Task<HttpStatusCode> DefinitionStatusAsync(string definitionId)
    {
        using var response = await Api.GetAsync($"/api/workflow-definitions/{definitionId}");
        return response.StatusCode;
    }

    [Fact]
    public Task The_list_shows_every_shipped_definition_with_its_latest_and_published_version() => RunAsync(async page =>
    {
        var summaries = JsonNode.Parse(await Api.GetStringAsync("/api/workflow-definitions"))!.AsArray();
        Assert.NotEmpty(summaries);

        await OpenListAsync();

        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Workflow definitions" })).ToBeVisibleAsync();
        foreach (var summary in summaries)
        {
            var row = Row(summary!["name"]!.GetValue<string>());
            await Expect(row).ToHaveCountAsync(1);
            var cells = row.GetByRole(AriaRole.Cell);
            await Expect(cells.Nth(0)).ToContainTextAsync($"v{summary["latestVersion"]}");
            var published = summary["publishedVersion"];
            await Expect(cells.Nth(1)).ToHaveTextAsync(published is null ? "not published" : $"v{published}");
        }
        await Expect(Row("BC plan review cycle").GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("v1");
    });

    [Fact]
    public Task Creating_a_workflow_saves_version_1_and_opens_the_designer() => RunAsync(async page =>
    {
        await OpenListAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "New workflow" }).ClickAsync();
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("browser-created");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Created in the browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create and open designer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(ServerUrl, "/workflows/browser-created").ToString());
        await Expect(page.GetByText("Created in the browser").First).ToBeVisibleAsync();
        var saved = JsonNode.Parse(await Api.GetStringAsync("/api/workflow-definitions/browser-created"))!;
        Assert.Equal(1, saved["version"]!.GetValue<int>());
        Assert.Equal("Created in the browser", saved["name"]!.GetValue<string>());
    });

    [Fact]
    public Task Importing_an_invalid_definition_lists_every_problem_and_saves_nothing() => RunAsync(async page =>
    {
        const string json = """
            { "definitionId": "browser-bad-import", "name": "Bad import",
              "root": { "type": "Flowchart",
                "activities": [ { "id": "a", "type": "NoSuchActivity" }, { "id": "a", "type": "Log" }, { "id": "", "type": "End" } ],
                "connections": [ { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "ghost" } } ] } }
            """;
        // What the server finds wrong with it (a PUT of an invalid definition saves nothing either).
        using var check = await Api.PutAsync("/api/workflow-definitions/browser-bad-import", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, check.StatusCode);
        var paths = JsonNode.Parse(await check.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.True(paths.Count >= 2, $"Expected several problems, the server found: {string.Join(", ", paths)}");

        await OpenListAsync();
        await ImportAsync("bad-import.json", json);

        var problems = page.GetByRole(AriaRole.List, new() { Name = "Validation problems" });
        await Expect(problems).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("nothing was saved", new() { IgnoreCase = true });
        await Expect(problems.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(await CountMessagesAsync(check));
        foreach (var path in paths) await Expect(problems).ToContainTextAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, await DefinitionStatusAsync("browser-bad-import"));
        await Expect(Row("Bad import")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Importing_a_file_that_is_not_json_says_so_and_saves_nothing() => RunAsync(async page =>
    {
        await OpenListAsync();
        await ImportAsync("notes.json", "this is { not json");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not valid JSON");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("nothing was saved", new() { IgnoreCase = true });
    });

    [Fact]
    public Task Importing_a_valid_definition_adds_it_to_the_list() => RunAsync(async page =>
    {
        const string json = """
            { "definitionId": "browser-imported", "name": "Imported in the browser",
              "root": { "type": "Flowchart",
                "activities": [ { "id": "hello", "type": "Log", "inputs": { "message": { "type": "Literal", "value": "hello" } },
                                  "designer": { "x": 40, "y": 40 } } ],
                "connections": [] } }
            """;
        await OpenListAsync();
        await ImportAsync("browser-imported.json", json);

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported 'browser-imported' as version 1");
        await Expect(Row("Imported in the browser")).ToHaveCountAsync(1);
        await Expect(Row("Imported in the browser").GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("not published");
        Assert.Equal(HttpStatusCode.OK, await DefinitionStatusAsync("browser-imported"));
    });

    [Fact]
    public Task Export_downloads_the_definition_as_json() => RunAsync(async page =>
    {
        await OpenListAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Export BC plan review cycle as JSON" }).ClickAsync());

        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("plan-review-cycle", download.SuggestedFilename, StringComparison.Ordinal);
        await using var stream = await download.CreateReadStreamAsync();
        var exported = (await JsonNode.ParseAsync(stream))!;
        var stored = JsonNode.Parse(await Api.GetStringAsync("/api/workflow-definitions/plan-review-cycle"))!;
        Assert.Equal("plan-review-cycle", exported["definitionId"]!.GetValue<string>());
        Assert.Equal(stored["root"]!["activities"]!.AsArray().Count, exported["root"]!["activities"]!.AsArray().Count);
        Assert.Equal(stored["root"]!["connections"]!.AsArray().Count, exported["root"]!["connections"]!.AsArray().Count);
    });

    private static async Task<int> CountMessagesAsync(HttpResponseMessage problem) =>
        JsonNode.Parse(await problem.Content.ReadAsStringAsync())!["errors"]!.AsObject().Sum(e => e.Value!.AsArray().Count);
}
