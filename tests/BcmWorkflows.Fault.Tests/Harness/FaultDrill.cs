namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// The workflow the cluster test runs a thousand times: a Delay and a WaitForEvent in parallel (so the event can be sent
/// as soon as the start returned), joined; then an email asking for an acknowledgement and a wait for it; then End.
/// One timer, one event and one acknowledgement per instance, each of which a killed node may have had in hand.
/// </summary>
public static class FaultDrill
{
    public const string DefinitionId = "fault-drill";
    public const string EventName = "fault.go";

    public static object Definition(string delay) => new
    {
        definitionId = DefinitionId,
        name = "Fault drill",
        description = "A timer, an event and an acknowledged email: what a killed node must not lose.",
        inputs = new[] { new { name = "email", type = "String", required = true } },
        root = new
        {
            type = "Flowchart",
            activities = new object[]
            {
                new { id = "delay", type = "Delay", inputs = new { duration = Literal(delay) } },
                new { id = "go", type = "WaitForEvent", inputs = new { eventName = Literal(EventName), correlationId = Expression("instance.correlationId") } },
                new { id = "join", type = "Join", inputs = new { mode = Literal("WaitAll") } },
                new
                {
                    id = "mail", type = "SendEmail",
                    inputs = new
                    {
                        to = Expression("input.email"),
                        subject = Literal("Fault drill"),
                        text = Literal("Please confirm: {{ ack.url }}"),
                        requestAcknowledgement = Literal(true),
                    },
                },
                new { id = "ack", type = "WaitForAcknowledgement", inputs = new { of = Literal("mail"), mode = Literal("Any") } },
                new { id = "end", type = "End" },
            },
            connections = new[]
            {
                Connect("delay", "Done", "join"),
                Connect("go", "Received", "join"),
                Connect("join", "Done", "mail"),
                Connect("mail", "Done", "ack"),
                Connect("ack", "Acknowledged", "end"),
            },
        },
    };

    private static object Literal(object value) => new { type = "Literal", value };

    private static object Expression(string value) => new { type = "Scriban", value };

    private static object Connect(string source, string port, string target) => new { source = new { activity = source, port }, target = new { activity = target } };
}
