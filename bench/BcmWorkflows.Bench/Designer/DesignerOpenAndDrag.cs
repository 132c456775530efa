using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using BcmWorkflows.BrowserSupport;
using BcmWorkflows.TestSupport;
using Microsoft.Playwright;

namespace BcmWorkflows.Bench.Designer;

/// <summary>
/// The designer in headless chromium against the real server (the browser tests' harness): time to interactive for a
/// large workflow against a 10-activity baseline opened in the same run, frame times while dragging a node on the large
/// one, and the size of the built bundle.
/// <para>Time to interactive: from the start of the navigation to <c>/workflows/{id}</c> (performance.now() = 0) until a
/// node clicked right after every node was shown (in the DOM and measured) is drawn as selected.</para>
/// </summary>
public static class DesignerOpenAndDrag
{
    private const int Runs = 5;
    private const int Baseline = 10;

    public static async Task<int> RunAsync(int activities)
    {
        await using var server = await BrowserServer.StartAsync();
        using var admin = await server.SignInAsync(BrowserServer.AdminEmail, BrowserServer.AdminPassword);
        await SaveAsync(admin, "bench-small", Baseline);
        await SaveAsync(admin, "bench-large", activities);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await context.AddCookiesAsync([new Cookie { Name = SignedInClient.CookieName, Value = admin.SessionCookie, Url = server.Url.GetLeftPart(UriPartial.Authority) }]);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);

        await OpenAsync(page, server, "bench-small", Baseline); // warm-up: bundle in the HTTP cache, server JIT
        var small = new List<(double Shown, double Interactive)>();
        var large = new List<(double Shown, double Interactive)>();
        for (var run = 0; run < Runs; run++)
        {
            small.Add(await OpenAsync(page, server, "bench-small", Baseline));
            large.Add(await OpenAsync(page, server, "bench-large", activities));
        }
        await OpenAsync(page, server, "bench-small", Baseline);
        var smallDrag = await DragAsync(page);
        await OpenAsync(page, server, "bench-large", activities);
        var largeDrag = await DragAsync(page);
        var bundle = BundleSize();

        return Print(activities, small, large, smallDrag, largeDrag, bundle) ? 0 : 1;
    }

    private static async Task SaveAsync(SignedInClient admin, string definitionId, int activities)
    {
        using var response = await admin.Http.PutAsJsonAsync($"/api/workflow-definitions/{definitionId}", LargeDefinition.Create(definitionId, activities));
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Saving {definitionId} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<(double Shown, double Interactive)> OpenAsync(IPage page, BrowserServer server, string definitionId, int activities)
    {
        await page.GotoAsync(server.UrlFor($"/workflows/{definitionId}"), new() { WaitUntil = WaitUntilState.Commit });
        var polling = new PageWaitForFunctionOptions { PollingInterval = null, Timeout = 60_000 };
        await page.WaitForFunctionAsync(PageProbes.AllNodesShown, activities, polling);
        var (id, x, y) = await CentralNodeAsync(page);
        await page.Mouse.ClickAsync(x, y);
        await page.WaitForFunctionAsync(PageProbes.NodeSelected, id, polling);
        var times = await page.EvaluateAsync<double[]>(PageProbes.Times);
        return (times[0], times[1]);
    }

    private static async Task<(string Id, float X, float Y)> CentralNodeAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[]?>(PageProbes.CentralNode) ?? throw new InvalidOperationException("No node lies wholly on screen.");
        return (found[0], float.Parse(found[1], CultureInfo.InvariantCulture), float.Parse(found[2], CultureInfo.InvariantCulture));
    }

    /// <summary>Drags the node nearest the middle for about 2 s (a mouse move every ~16 ms) while recording frame times.</summary>
    private static async Task<(double[] Frames, int Moves)> DragAsync(IPage page)
    {
        const string Transform = "n => n.style.transform";
        var (id, x, y) = await CentralNodeAsync(page);
        var node = page.Locator($".react-flow__node[data-id=\"{id}\"]");
        var before = await node.EvaluateAsync<string>(Transform);
        await page.EvaluateAsync(PageProbes.StartFrames);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        var watch = Stopwatch.StartNew();
        var moves = 0;
        for (var i = 1; watch.Elapsed < TimeSpan.FromSeconds(2); i++, moves++)
        {
            var angle = i / 20.0;
            await page.Mouse.MoveAsync((float)(x + 150 * Math.Sin(angle)), (float)(y + 80 * (1 - Math.Cos(angle))));
            var due = TimeSpan.FromMilliseconds(i * 16);
            if (watch.Elapsed < due) await Task.Delay(due - watch.Elapsed);
        }
        var frames = await page.EvaluateAsync<double[]>(PageProbes.StopFrames);
        // Mid-drag (the path ends near where it started): the node must have followed the mouse.
        var during = await node.EvaluateAsync<string>(Transform);
        await page.Mouse.UpAsync();
        if (during == before) throw new InvalidOperationException($"The node did not move while dragged ({before}).");
        return (frames, moves);
    }

    /// <summary>Every .js/.css file, and the entry (<c>index-*</c>: what the first page loads; other pages are chunks loaded on first visit).</summary>
    private static (long Raw, long Gzip, int Files, long EntryRaw, long EntryGzip) BundleSize()
    {
        var assets = new DirectoryInfo(Path.Combine(RepoPaths.Root, "src", "BcmWorkflows.Server", "wwwroot", "assets"));
        var files = assets.EnumerateFiles().Where(f => f.Extension is ".js" or ".css").ToList();
        var all = Sizes(files);
        var entry = Sizes(files.Where(f => f.Name.StartsWith("index-", StringComparison.Ordinal)).ToList());
        return (all.Raw, all.Gzip, files.Count, entry.Raw, entry.Gzip);
    }

    private static (long Raw, long Gzip) Sizes(IReadOnlyList<FileInfo> files)
    {
        long gzip = 0;
        foreach (var file in files)
        {
            using var sink = new MemoryStream();
            using (var zip = new GZipStream(sink, CompressionLevel.SmallestSize, leaveOpen: true)) zip.Write(File.ReadAllBytes(file.FullName));
            gzip += sink.Length;
        }
        return (files.Sum(f => f.Length), gzip);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Prints the tables; true when both targets are met (open &lt; 1.5 s; smooth drag = p95 frame ≤ 33 ms).</summary>
    private static bool Print(int activities, List<(double Shown, double Interactive)> small, List<(double Shown, double Interactive)> large,
        (double[] Frames, int Moves) smallDrag, (double[] Frames, int Moves) largeDrag, (long Raw, long Gzip, int Files, long EntryRaw, long EntryGzip) bundle)
    {
        static string Ms(double v) => v.ToString("F0", CultureInfo.InvariantCulture) + " ms";
        var (smallShown, smallReady) = (Median(small.Select(s => s.Shown)), Median(small.Select(s => s.Interactive)));
        var (largeShown, largeReady) = (Median(large.Select(s => s.Shown)), Median(large.Select(s => s.Interactive)));
        Console.WriteLine($"Designer in headless chromium, median of {Runs} opens each (after one warm-up open)");
        Console.WriteLine("| workflow | all nodes shown | interactive (node selected) |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| {Baseline} activities (baseline) | {Ms(smallShown)} | {Ms(smallReady)} |");
        Console.WriteLine($"| {activities} activities | {Ms(largeShown)} | {Ms(largeReady)} |");
        Console.WriteLine($"| ratio | {largeShown / smallShown:F2}x | {largeReady / smallReady:F2}x |");
        Console.WriteLine($"each {activities}-activity open (interactive): {string.Join(", ", large.Select(l => Ms(l.Interactive)))}; target < 1500 ms: {(largeReady < 1500 ? "PASS" : "NOT MET")}");
        Console.WriteLine();
        Console.WriteLine("Dragging the node nearest the middle for 2 s, a mouse move every 16 ms (each move waits until the page handled it)");
        Console.WriteLine("| workflow | mouse moves | frames | p50 | p95 | max | frames > 33 ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var smooth = true;
        foreach (var (name, (frames, moves)) in new[] { ($"{Baseline} activities", smallDrag), ($"{activities} activities", largeDrag) })
        {
            var sorted = frames.Order().ToArray();
            smooth = Percentile(sorted, 0.95) <= 33.4;
            Console.WriteLine($"| {name} | {moves} | {frames.Length} | {sorted[sorted.Length / 2]:F1} ms | {Percentile(sorted, 0.95):F1} ms | " +
                $"{sorted[^1]:F1} ms | {frames.Count(f => f > 33.4)} |");
        }
        Console.WriteLine();
        Console.WriteLine($"smooth drag ({activities} activities: p95 frame ≤ 33 ms): {(smooth ? "PASS" : "NOT MET")}");
        Console.WriteLine();
        Console.WriteLine($"Bundle (wwwroot/assets, {bundle.Files} .js/.css files): {bundle.Raw / 1024.0:F1} KiB raw, {bundle.Gzip / 1024.0:F1} KiB gzip; loaded first (index-*.js/.css): {bundle.EntryRaw / 1024.0:F1} KiB raw, {bundle.EntryGzip / 1024.0:F1} KiB gzip");
        return largeReady < 1500 && smooth;
    }
}
