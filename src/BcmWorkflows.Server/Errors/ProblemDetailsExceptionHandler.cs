using System.Data.Common;
using System.Text.Json;
using BcmWorkflows.Data;
using BcmWorkflows.Domain;
using BcmWorkflows.Engine.Runtime;
using BcmWorkflows.Notifications.Templates;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BcmWorkflows.Server.Errors;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. The domain and the engine throw
/// their own exceptions; only this class knows HTTP status codes for them.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = DatabaseUnavailable(exception) ? Unavailable() : Map(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            logger.LogWarning("Database unavailable on {Method} {Path}: {Error}", httpContext.Request.Method, httpContext.Request.Path, Innermost(exception).Message);
        else if (problem.Status >= 500) logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        else logger.LogDebug(exception, "Request rejected with {Status}: {Detail}", problem.Status, problem.Detail);
        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Map(Exception exception) => exception switch
    {
        RequestValidationException v => Validation(v.Message, v.Errors, v.Warnings),
        TemplateRenderException t => TemplateProblem(t),
        DomainValidationException d => Validation("The request breaks a rule.", d.Errors.ToDictionary(), null),
        InvalidTransitionException t => Transition(t),
        DefinitionChangedException c => Changed(c),
        DomainForbiddenException f => Problem(StatusCodes.Status403Forbidden, "Forbidden", f.Message),
        DomainNotFoundException n => Problem(StatusCodes.Status404NotFound, "Not found", n.Message),
        WorkflowInputException i => Validation("The workflow input is not valid.", i.Errors.ToDictionary(), null),
        JsonException j => JsonProblem(j),
        BadHttpRequestException { InnerException: JsonException j } => JsonProblem(j),
        BadHttpRequestException b when RequestErrorText.Binding(b.Message) is { } bad =>
            Validation("A route or query value is not valid.", new Dictionary<string, string[]> { [bad.Name] = [bad.Message] }, null),
        BadHttpRequestException b when b.StatusCode == 400 && RequestErrorText.Unreadable(b.Message) is { } unreadable =>
            Validation("The request body is not valid JSON for this endpoint.", new Dictionary<string, string[]> { ["$"] = [unreadable] }, null),
        BadHttpRequestException b => Problem(b.StatusCode, b.StatusCode == 413 ? "Request too large" : "Bad request", b.Message),
        NotFoundException or WorkflowDefinitionNotFoundException or WorkflowInstanceNotFoundException =>
            Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
        NothingPublishedException or ConflictException or InvalidInstanceStateException or ConcurrencyConflictException =>
            Problem(StatusCodes.Status409Conflict, "Conflict", exception.Message),
        // PostgreSQL's text cannot hold U+0000 (22021) or a character its encoding lacks (22P05): the request's
        // text is at fault, not the database, and the failed statement stored nothing.
        Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: DbException { SqlState: "22021" or "22P05" } } or DbException { SqlState: "22021" or "22P05" } =>
            Problem(StatusCodes.Status400BadRequest, "Bad request", "The request contains a character that cannot be stored (such as U+0000); nothing was changed."),
        DbException or TimeoutException => Unavailable(),
        OperationCanceledException => Problem(499, "Request cancelled", "The client closed the request."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "An unexpected error occurred; it has been logged."),
    };

    private static ProblemDetails Unavailable() => Problem(StatusCodes.Status503ServiceUnavailable, "Database unavailable",
        "The database could not be reached, so the request may not have completed (a change is stored whole or not at all). Try again shortly.");

    // EF Core's execution strategy and SaveChanges wrap a lost connection (PostgreSQL restarting: 57P01 terminating,
    // 57P03 shutting down or starting up, a reset socket) in InvalidOperationException or DbUpdateException. Only a
    // transient database error counts: a wrapped constraint violation is not "unavailable".
    private static bool DatabaseUnavailable(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is TimeoutException) return true;
            if (inner is DbException db && (db.IsTransient || db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal))))
                return true;
        }
        return false;
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is { } inner) exception = inner;
        return exception;
    }

    private static ValidationProblemDetails Validation(string title, IDictionary<string, string[]> errors, IDictionary<string, string[]>? warnings)
    {
        var problem = new ValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest, Title = title, Detail = Summary(errors) };
        if (warnings is { Count: > 0 }) problem.Extensions["warnings"] = warnings;
        return problem;
    }

    // Where the template is wrong, for a person (errors) and for an editor placing a marker (extension members).
    private static ValidationProblemDetails TemplateProblem(TemplateRenderException t)
    {
        var problem = Validation("The template does not parse or render.", new Dictionary<string, string[]> { ["template"] = [t.Message] }, null);
        problem.Extensions["template"] = t.Template;
        problem.Extensions["file"] = t.File;
        problem.Extensions["line"] = t.Line;
        problem.Extensions["column"] = t.Column;
        problem.Extensions["problem"] = t.Problem;
        return problem;
    }

    // A state change the record does not allow: 409, naming the field and both states so a client can explain it.
    private static ProblemDetails Transition(InvalidTransitionException t)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Invalid state transition", t.Message);
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [t.Field] = [t.Message] };
        problem.Extensions["from"] = t.From;
        problem.Extensions["to"] = t.To;
        return problem;
    }

    // Someone else saved, published or retracted the workflow since the caller read it: 412, with what is there now.
    private static ProblemDetails Changed(DefinitionChangedException c)
    {
        var problem = Problem(StatusCodes.Status412PreconditionFailed, "Changed by someone else", c.Message);
        if (c.Current is { } now)
        {
            problem.Extensions["latestVersion"] = now.Version;
            problem.Extensions["isPublished"] = now.IsPublished;
            problem.Extensions["updatedAt"] = now.UpdatedAt;
            problem.Extensions["updatedBy"] = now.UpdatedBy;
        }
        return problem;
    }

    private static string Summary(IDictionary<string, string[]> errors) =>
        string.Join(" ", errors.Take(3).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")) + (errors.Count > 3 ? $" (+{errors.Count - 3} more)" : "");

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ValidationProblemDetails JsonProblem(JsonException j) => Validation("The request body is not valid JSON for this endpoint.",
        new Dictionary<string, string[]> { [j.Path ?? "$"] = [RequestErrorText.Json(j)] }, null);
}
