namespace BcmWorkflows.Bench.Notifications;

/// <summary>
/// One Notify to 10,000 people on PostgreSQL, sent through a real server process to a local Twilio stand-in:
/// messages per second with throttling off (target ≥ 1,000/s) and with a throttle of 100 segments/s (measured rate
/// within ±5% of it). Every recipient must get exactly one message.
/// </summary>
public static class FanOut
{
    public static async Task<int> RunAsync(int people)
    {
        Console.WriteLine($"# Fan-out: one Notify to {people} people by SMS through the Twilio stand-in (PostgreSQL, real server process)");
        var unthrottled = await RunOnceAsync(people, segmentsPerSecond: 0);
        var throttledPeople = 1_000;
        var throttled = await RunOnceAsync(throttledPeople, segmentsPerSecond: 100);

        var fastEnough = unthrottled.DispatchRate >= 1_000;
        var deviation = Math.Abs(throttled.DispatchRate - 100) / 100;
        var onRate = deviation <= 0.05;
        var exact = unthrottled.Duplicates == 0 && throttled.Duplicates == 0;
        Console.WriteLine($"throttle off: {people} messages, composed in {unthrottled.ComposeSeconds:F1} s (the Notify burst), " +
            $"dispatched at {unthrottled.DispatchRate:F0} messages/s, {unthrottled.TotalRate:F0}/s from start to last message, duplicates {unthrottled.Duplicates}  target>=1000/s {(fastEnough ? "PASS" : "FAIL")}");
        Console.WriteLine($"throttle 100/s: {throttledPeople} messages at {throttled.DispatchRate:F1}/s ({deviation:P1} off), duplicates {throttled.Duplicates}  target within 5% {(onRate ? "PASS" : "FAIL")}");
        return fastEnough && onRate && exact ? 0 : 1;
    }

    private sealed record Result(double ComposeSeconds, double DispatchRate, double TotalRate, int Duplicates);

    private static async Task<Result> RunOnceAsync(int people, double segmentsPerSecond)
    {
        await using var database = await BenchPostgres.CreateAsync();
        await using var twilio = await TwilioSink.StartAsync();
        await using var server = await NotificationServer.StartAsync(database, twilio, segmentsPerSecond);
        var ids = await NotificationServer.ImportPeopleAsync(server, people);
        await NotificationServer.DeployAsync(server, "fan-out", acknowledge: false);

        var started = twilio.Now;
        await NotificationServer.StartAsync(server, "fan-out", ids);
        var composed = twilio.Now;
        await twilio.WaitForAsync(people, TimeSpan.FromSeconds(60 + people / Math.Max(segmentsPerSecond, 200)));
        var arrivals = twilio.Arrivals;
        // Dispatch rate: from the first message to the last (n - 1 intervals), independent of how long composing took.
        var dispatch = (arrivals.Count - 1) / (arrivals[^1] - arrivals[0]);
        await Task.Delay(1_000); // anything sent twice would arrive now
        return new Result(composed - started, dispatch, people / (arrivals[^1] - started), twilio.Duplicates + Math.Max(0, twilio.Count - people));
    }
}
