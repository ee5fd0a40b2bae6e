using PartnerBot.Bots;
using PartnerBot.Hosting;
using PartnerBot.Interview;
using PartnerBot.Languages;
using PartnerBot.Owner;
using PartnerBot.Privacy;
using PartnerBot.Storage;
using PartnerBot.Storage.Backup;
using PartnerBot.Understanding;
using PartnerBot.WebChat;

if (RestoreCommand.IsRequested(args))
{
    // Restoring a backup is a command of its own: it never starts the web server.
    Environment.ExitCode = await RestoreCommand.RunAsync(args, Console.Out, Console.Error);
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPartnerBotHosting();
builder.Services.AddPartnerBotLanguages();
builder.Services.AddPartnerBotStorage();
builder.Services.AddPartnerBotUnderstanding();
builder.Services.AddPartnerBotInterview();
builder.Services.AddPartnerBotBot();
builder.Services.AddPartnerBotTurnPipeline();
builder.Services.AddPartnerBotPrivacy();
builder.Services.AddPartnerBotOwner();
builder.Services.AddPartnerBotWebChat();

var app = builder.Build();

// In order: client address, security headers (before anything answers), the chat's middleware, the dashboard's sign-in.
app.UsePartnerBotHosting();
app.UseOwnerSecurityHeaders();
app.UsePageSecurityHeaders();
app.UsePartnerBotWebChat();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealth();
app.MapBotMessages();
app.MapOwner();
app.MapWebChat();

app.Run();

/// <summary>The application's entry point, visible to the HTTP tests.</summary>
public partial class Program;
