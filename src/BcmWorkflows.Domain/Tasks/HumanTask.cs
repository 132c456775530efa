namespace BcmWorkflows.Domain.Tasks;

/// <summary>
/// A decision or a piece of work a workflow waits for a person to do (approve a plan revision, revise a plan, verify
/// an action). Created by the <c>UserTask</c>/<c>Approval</c> activities; completed through the task inbox by an
/// assignee or a delegate with one of its <see cref="Outcomes"/>. The state rules live here: see
/// <see cref="Complete"/>, <see cref="Delegate"/>, <see cref="Escalate"/> and <see cref="Cancel"/>.
/// </summary>
public sealed class HumanTask
{
    public required string Id { get; set; }

    /// <summary>The workflow instance and the activity waiting for this task.</summary>
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }

    /// <summary>1 for the first task this activity created in its instance, 2 for the next (a review loop), ...</summary>
    public int Ordinal { get; set; } = 1;

    public required string Title { get; set; }

    /// <summary>The rendered description (plain text).</summary>
    public string? Description { get; set; }

    /// <summary>What the task is about: an audit subject such as <c>plan:{id}</c>; its trail shows the decision.</summary>
    public string? Subject { get; set; }

    /// <summary>For plan subjects: the revision number the decision is about.</summary>
    public int? SubjectRevision { get; set; }

    /// <summary>The member references as the workflow gave them (<c>role:crisis-manager</c>, <c>person:…</c>).</summary>
    public List<string> Assignees { get; set; } = [];

    /// <summary>Assignees (resolved person ids) and delegates.</summary>
    public List<TaskParticipant> Participants { get; set; } = [];

    public List<string> Outcomes { get; set; } = [];

    /// <summary>Outcomes that need a comment (<c>Rejected</c>: say why).</summary>
    public List<string> CommentRequiredFor { get; set; } = [];

    public HumanTaskStatus Status { get; set; } = HumanTaskStatus.Open;
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>A BCM role key whose holders are added as assignees when the task becomes overdue.</summary>
    public string? EscalateTo { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public int RemindersSent { get; set; }

    /// <summary>How many rounds of messages went out for this task (assigned, reminders, escalation, delegation); makes each round's outbox rows distinct.</summary>
    public int MessageRounds { get; set; }

    public string? Outcome { get; set; }
    public string? Comment { get; set; }

    /// <summary>The deciding user's email.</summary>
    public string? CompletedBy { get; set; }
    public string? CompletedByPersonId { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Optimistic concurrency: two people completing at the same moment cannot both win.</summary>
    public int Revision { get; set; }

    /// <summary>The person ids who may complete the task (assignees and delegates), each once.</summary>
    public IReadOnlyList<string> ParticipantIds => Participants.Select(p => p.PersonId).Distinct(StringComparer.Ordinal).ToList();

    public bool IsParticipant(string? personId) => personId is not null && Participants.Any(p => p.PersonId == personId);

    public bool IsAssignee(string? personId) =>
        personId is not null && Participants.Any(p => p.PersonId == personId && p.Kind == ParticipantKind.Assignee);

    /// <summary>
    /// Who still has to act, for reminders: delegates, and assignees who have not handed the task to a delegate.
    /// </summary>
    public IReadOnlyList<string> PeopleToRemind()
    {
        var delegators = Participants.Where(p => p.Kind == ParticipantKind.Delegate && p.DelegatedByPersonId is not null)
            .Select(p => p.DelegatedByPersonId!).ToHashSet(StringComparer.Ordinal);
        return Participants.Where(p => p.Kind == ParticipantKind.Delegate || !delegators.Contains(p.PersonId))
            .Select(p => p.PersonId).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Records the decision. Only a participant may decide (403), only while the task is open (409), with one of the
    /// outcomes (400 on <c>outcome</c>) and a comment when the outcome requires one (400 on <c>comment</c>).
    /// Checks everything before changing anything.
    /// </summary>
    public void Complete(string? outcome, string? comment, string? personId, string completedBy, DateTimeOffset now)
    {
        if (!IsParticipant(personId))
            throw new DomainForbiddenException("personId", "Only an assignee or a delegate of this task may complete it.");
        EnsureOpen(HumanTaskStatus.Completed);
        var chosen = Outcomes.FirstOrDefault(o => string.Equals(o, outcome?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainValidationException("outcome", $"Choose one of {string.Join(", ", Outcomes)}; got '{outcome}'.");
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is null && CommentRequiredFor.Contains(chosen, StringComparer.Ordinal))
            throw new DomainValidationException("comment", $"A comment is required when the outcome is {chosen}.");
        if (text?.Length > TaskLimits.Comment)
            throw new DomainValidationException("comment", $"At most {TaskLimits.Comment} characters.");

        Status = HumanTaskStatus.Completed;
        Outcome = chosen;
        Comment = text;
        CompletedBy = completedBy;
        CompletedByPersonId = personId;
        CompletedAt = now;
        Revision++;
    }

    /// <summary>
    /// Lets <paramref name="delegatePersonId"/> complete the task too. Only while open (409); by an assignee or a
    /// coordinator (<paramref name="byManager"/>) (403); not to someone who may already complete it (400 on <c>personId</c>).
    /// The caller checks that the person exists.
    /// </summary>
    public TaskParticipant Delegate(string delegatePersonId, string? byPersonId, bool byManager, string delegatedBy, string? comment, DateTimeOffset now)
    {
        if (!byManager && !IsAssignee(byPersonId))
            throw new DomainForbiddenException("personId", "Only an assignee of this task or a coordinator may delegate it.");
        EnsureOpen(HumanTaskStatus.Open, "delegate");
        if (IsParticipant(delegatePersonId))
            throw new DomainValidationException("personId", "This person may already complete the task.");
        if (comment?.Length > TaskLimits.Comment)
            throw new DomainValidationException("comment", $"At most {TaskLimits.Comment} characters.");
        var participant = new TaskParticipant
        {
            TaskId = Id,
            PersonId = delegatePersonId,
            Kind = ParticipantKind.Delegate,
            AddedAt = now,
            AddedBy = delegatedBy,
            DelegatedByPersonId = IsAssignee(byPersonId) ? byPersonId : null,
            Note = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        };
        Participants.Add(participant);
        Revision++;
        return participant;
    }

    /// <summary>
    /// Marks an open, overdue task escalated and adds <paramref name="roleHolders"/> as assignees; returns the people
    /// newly added. The task stays open. Does nothing (returns none) when already escalated or no longer open.
    /// </summary>
    public IReadOnlyList<string> Escalate(IEnumerable<string> roleHolders, string actor, DateTimeOffset now)
    {
        if (Status != HumanTaskStatus.Open || EscalatedAt is not null) return [];
        EscalatedAt = now;
        Revision++;
        var added = new List<string>();
        foreach (var personId in roleHolders.Distinct(StringComparer.Ordinal))
        {
            if (IsAssignee(personId)) continue;
            Participants.Add(new TaskParticipant
            {
                TaskId = Id, PersonId = personId, Kind = ParticipantKind.Assignee, AddedAt = now, AddedBy = actor, Note = "escalated",
            });
            added.Add(personId);
        }
        return added;
    }

    /// <summary>Open → Cancelled (409 otherwise).</summary>
    public void Cancel(DateTimeOffset now)
    {
        EnsureOpen(HumanTaskStatus.Cancelled);
        Status = HumanTaskStatus.Cancelled;
        CompletedAt = now;
        Revision++;
    }

    private void EnsureOpen(HumanTaskStatus to, string? verb = null)
    {
        if (Status == HumanTaskStatus.Open) return;
        throw new InvalidTransitionException("status", Status.ToString(), verb ?? to.ToString(),
            $"The task is {Status}, not Open: it cannot be {(verb is null ? to.ToString().ToLowerInvariant() : verb + "d")}.");
    }
}
