using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerBot.Owner.Staff;

namespace PartnerBot.Owner.Handoff;

/// <summary>Registers and maps the live handoff: staff sign-in, the desk and its timeout, the live dashboard's events and script.</summary>
public static class HandoffExtensions
{
    /// <summary>Registers the handoff services (the stores and the bus come with the storage provider).</summary>
    public static IServiceCollection AddPartnerBotHandoff(this IServiceCollection services)
    {
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<HandoffHub>();
        services.AddSingleton<HandoffWording>();
        services.AddSingleton<HandoffAlert>();
        services.AddSingleton<HandoffMessenger>();
        services.AddSingleton<OpenHandoffs>();
        services.AddSingleton<HandoffDesk>();
        services.AddSingleton<HandoffBack>();
        // The listening conversation decides that a customer wants a person and asks this desk, in place of its default.
        services.Replace(ServiceDescriptor.Singleton<Interview.Listening.IHandoffDesk, ListeningHandoffDesk>());
        services.AddSingleton<Bots.IHandoffTurn, HandoffTurn>();
        services.AddHostedService<HandoffTimeoutService>();
        services.AddSingleton<PartnerBot.Privacy.ICustomerErasureHook, HandoffErasureHook>();
        return services;
    }

    /// <summary>Maps <c>/owner/live/events</c> (Server-Sent Events) and the live dashboard's script.</summary>
    public static IEndpointRouteBuilder MapHandoff(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/owner/live/events", HandoffEventStream.StreamAsync).RequireLive();
        endpoints.MapGet("/owner/assets/live.js", () => Results.Stream(
            typeof(HandoffExtensions).Assembly.GetManifestResourceStream("PartnerBot.Owner.Assets.live.js")!, "text/javascript; charset=utf-8"))
            .AllowAnonymous();
        return endpoints;
    }
}
