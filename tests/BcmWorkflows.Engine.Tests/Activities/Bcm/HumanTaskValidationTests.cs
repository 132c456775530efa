using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Tests.Support;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Engine.Tests.Activities.Bcm;

/// <summary>Design-time checks of UserTask and Approval, keyed by input path, and their ports.</summary>
public sealed class HumanTaskValidationTests : IAsyncLifetime
{
    private const string At = "$.root.activities[0].";
    private readonly EngineHost _host = new();

    private static JsonArray List(params string[] items) => new(items.Select(i => (JsonNode?)i).ToArray());

    private ValidationResult Validate(Flow flow) => _host.Validator.Validate(flow.Build());

    [Fact]
    public void Empty_assignees_duplicate_outcomes_unknown_comment_outcomes_and_bad_durations_are_errors_at_their_inputs()
    {
        var result = Validate(new Flow("x").Activity("t", "UserTask",
            ("assignees", In.Lit(List())),
            ("title", In.Lit("Review")),
            ("outcomes", In.Lit(List("Accept", "Accept"))),
            ("commentRequiredFor", In.Lit(List("Reject"))),
            ("remindEvery", In.Lit("-P1D")),
            ("dueIn", In.Lit("soon"))));

        var paths = result.Errors.Select(e => e.Path).ToHashSet();
        Assert.Contains(At + "inputs.assignees.value", paths);
        Assert.Contains(At + "inputs.outcomes.value[1]", paths);
        Assert.Contains(At + "inputs.commentRequiredFor.value[0]", paths);
        Assert.Contains(At + "inputs.remindEvery.value", paths);
        Assert.Contains(At + "inputs.dueIn.value", paths);
    }

    [Fact]
    public void Each_outcome_of_a_user_task_is_a_port_and_an_approval_has_Approved_and_Rejected()
    {
        var flow = new Flow("x")
            .Activity("t", "UserTask", ("assignees", In.Lit(List("role:crisis-manager"))), ("title", In.Lit("Decide")), ("outcomes", In.Lit(List("Invoke", "Wait"))))
            .Activity("a", "Approval", ("assignees", In.Lit(List("person:p1"))), ("title", In.Lit("Approve")))
            .Log("l", "done")
            .Connect("t", "Invoke", "a").Connect("a", "Approved", "l").Connect("a", "Rejected", "l");

        var result = Validate(flow);

        Assert.True(!result.Errors.Any(), string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Contains(Validate(flow.Connect("t", "Done", "l")).Errors, e => e.Message.Contains("Done", StringComparison.Ordinal));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
