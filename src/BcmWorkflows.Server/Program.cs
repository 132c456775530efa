using BcmWorkflows.Activities;
using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Notifications;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Auth.ApiKeys;
using BcmWorkflows.Server.Errors;
using BcmWorkflows.Server.Features;
using BcmWorkflows.Server.Features.Acknowledgements;
using BcmWorkflows.Server.Features.ActivityTypes;
using BcmWorkflows.Server.Features.ApiKeys;
using BcmWorkflows.Server.Features.Audit;
using BcmWorkflows.Server.Features.CallTrees;
using BcmWorkflows.Server.Features.Definitions;
using BcmWorkflows.Server.Features.Events;
using BcmWorkflows.Server.Features.Exercises;
using BcmWorkflows.Server.Features.Health;
using BcmWorkflows.Server.Observability;
using BcmWorkflows.Server.Features.ImprovementActions;
using BcmWorkflows.Server.Features.InboundSms;
using BcmWorkflows.Server.Features.Incidents;
using BcmWorkflows.Server.Features.Instances;
using BcmWorkflows.Server.Features.Organisation;
using BcmWorkflows.Server.Features.Outbox;
using BcmWorkflows.Server.Features.People;
using BcmWorkflows.Server.Features.Plans;
using BcmWorkflows.Server.Features.Processes;
using BcmWorkflows.Server.Features.Risks;
using BcmWorkflows.Server.Features.Tasks;
using BcmWorkflows.Server.Features.Templates;
using BcmWorkflows.Server.Features.Training;
using BcmWorkflows.Server.Features.Users;
using BcmWorkflows.Server.Hosting;
using BcmWorkflows.Server.Scheduling;
using BcmWorkflows.Server.Security;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ServerContentRoot.Resolve(args) });
builder.AddBcmLoggingDefaults();

builder.Services.AddBcmProblemDetails();
builder.Services.AddBcmData(builder.Configuration);
builder.Services.AddBcmNotifications(builder.Configuration);
builder.Services.AddBcmTemplatesFolder();
builder.Services.AddBcmDomainFeatures();
builder.Services.AddBcmActivities();
builder.Services.AddBcmEngineHosting(builder.Configuration);
builder.Services.AddBcmScheduling(builder.Configuration);
builder.Services.AddBcmAuth(builder.Configuration);
builder.Services.AddBcmApiKeys();
builder.Services.AddBcmRateLimits(builder.Configuration);
builder.Services.AddBcmHealth();
builder.Services.AddBcmObservability(builder.Configuration);
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseBcmSecurityHeaders();
app.UseBcmProblemDetails();
app.UseBcmDesigner();
app.UseRateLimiter();
app.UseAuthentication();
app.UseBcmCrossSiteRequestGuard();
app.UseAuthorization();

app.MapHealthApi();
app.MapOpenApi("/api/openapi.json").RequireAuthorization(); // like every /api/** but sign-in and the webhooks (contract)
app.MapAuthApi();
app.MapInboundSmsWebhook();
app.MapTwilioStatusCallback();
app.MapAcknowledgementPages();
app.MapGroup("/api").RequireAuthorization()
    .MapDefinitionsApi()
    .MapActivityTypesApi()
    .MapInstancesApi()
    .MapEventsApi()
    .MapTemplatesApi()
    .MapPeopleApi()
    .MapOutboxApi()
    .MapOrganisationApi()
    .MapTasksApi()
    .MapTrainingApi()
    .MapExercisesApi()
    .MapImprovementActionsApi()
    .MapIncidentsApi()
    .MapCallTreesApi()
    .MapProcessesApi()
    .MapRisksApi()
    .MapPlansApi()
    .MapAuditApi()
    .MapApiKeysApi()
    .MapUsersApi();

await app.PrepareBcmAsync();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
