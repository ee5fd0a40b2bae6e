using PartnerBot.Bots;
using PartnerBot.Hosting;
using PartnerBot.Interview;
using PartnerBot.Owner;
using PartnerBot.Privacy;
using PartnerBot.Storage;
using PartnerBot.Understanding;
using PartnerBot.WebChat;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPartnerBotHosting();
builder.Services.AddPartnerBotStorage();
builder.Services.AddPartnerBotUnderstanding();
builder.Services.AddPartnerBotInterview();
builder.Services.AddPartnerBotBot();
builder.Services.AddPartnerBotPrivacy();
builder.Services.AddPartnerBotOwner();
builder.Services.AddPartnerBotWebChat();

var app = builder.Build();

app.UsePartnerBotHosting();
app.MapHealth();
app.MapBotMessages();
app.MapOwner();
app.MapWebChat();

app.Run();

/// <summary>The application's entry point, visible to the HTTP tests.</summary>
public partial class Program;
