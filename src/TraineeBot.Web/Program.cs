using TraineeBot.BotFramework;
using TraineeBot.Core;
using TraineeBot.Graph;
using TraineeBot.Infrastructure;
using TraineeBot.Infrastructure.Certificates;
using TraineeBot.Infrastructure.Coordinators.Registration;
using TraineeBot.Infrastructure.Coordinators.Reports;
using TraineeBot.Infrastructure.Outbox;
using TraineeBot.Infrastructure.Programme;
using TraineeBot.Web;
using TraineeBot.Web.Downloads;

// `--seed-demo` loads a demo programme (README, "Try every role"); it is not a configuration key.
const string SeedDemoFlag = "--seed-demo";
var seedDemo = args.Contains(SeedDemoFlag);
var builder = WebApplication.CreateBuilder([.. args.Where(a => a != SeedDemoFlag)]);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.AddTelemetry();
builder.Services.AddTraineeBot(builder.Configuration);
builder.Services.AddGraph(builder.Configuration);
builder.Services.AddStorage(builder.Configuration, builder.Environment);
builder.Services.AddOutbox(builder.Configuration);
builder.Services.AddCertificates(builder.Configuration);
builder.Services.AddOutcomeReports();
builder.Services.AddTraineeImport();
builder.Services.AddDownloads(builder.Configuration);

var app = builder.Build();

await app.Services.InitializeStorageAsync();
await TraineeBot.Core.Coordinators.Roles.CoordinatorRoster.RegisterConfiguredAsync(app.Services);
if (seedDemo)
{
    await DemoProgramme.SeedAsync(app.Services);
}

app.UsePlainErrors();
app.UseSecurityHeaders();
app.MapBotEndpoint("/api/messages");
app.MapHealthEndpoints();
app.MapDownloads();
app.MapGet("/", () => "TraineeBot is running. Activities go to POST /api/messages.").ExcludeFromDescription();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
