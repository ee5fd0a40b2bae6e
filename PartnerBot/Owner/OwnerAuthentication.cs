using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PartnerBot.Owner.Access;

namespace PartnerBot.Owner;

/// <summary>The dashboard's sign-in: a cookie (password sign-in), or Microsoft Entra ID (OpenID Connect) when <c>Owner:Entra</c> is configured.</summary>
public static class OwnerAuthentication
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string EntraScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string Policy = "PartnerBot.Owner";

    /// <summary>The live handoff's policy: the owner or a staff member.</summary>
    public const string LivePolicy = "PartnerBot.Live";

    /// <summary>Registers cookie authentication, Entra ID when <c>Owner:Entra</c> is configured, the owner policy and antiforgery.</summary>
    public static IServiceCollection AddOwnerAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieScheme).AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = "PartnerBot.Owner";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.SlidingExpiration = true;
            options.LoginPath = "/owner/signin";
            options.LogoutPath = "/owner/signout";
            options.AccessDeniedPath = "/owner/signin";
            options.ReturnUrlParameter = "returnUrl";
            options.EventsType = typeof(OwnerCookieEvents);
        });
        services.AddSingleton<OwnerCookieEvents>();

        // Entra ID is switched on by the options alone, so the schemes follow the configuration without reading it while registering.
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IOptions<OwnerOptions>>((cookie, owner) =>
        {
            cookie.ExpireTimeSpan = owner.Value.SessionIdleTimeout;
            if (owner.Value.Entra.IsEnabled)
            {
                // Entra ID answers by a cross-site POST; a Strict cookie would not be sent on the redirect that follows it.
                cookie.Cookie.SameSite = SameSiteMode.Lax;
            }
        });
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<OwnerOptions>>((authentication, owner) =>
        {
            if (owner.Value.Entra.IsEnabled)
            {
                authentication.AddScheme<OpenIdConnectHandler>(EntraScheme, "Microsoft Entra ID");
            }
        });
        services.AddOptions<OpenIdConnectOptions>(EntraScheme).Configure<IOptions<OwnerOptions>>((options, owner) =>
        {
            var entra = owner.Value.Entra;
            options.Authority = $"{entra.Instance.TrimEnd('/')}/{entra.TenantId}/v2.0";
            options.ClientId = entra.ClientId;
            options.ClientSecret = entra.ClientSecret;
            options.CallbackPath = entra.CallbackPath;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.SaveTokens = false;
            options.SignInScheme = CookieScheme;
            options.TokenValidationParameters.NameClaimType = "name";
            options.TokenValidationParameters.RoleClaimType = "roles";
            // A person the owner added as staff (matched by object id or e-mail) signs in as that staff member.
            options.Events.OnTokenValidated = Staff.StaffEntraMapping.MapAsync;
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<OwnerOptions>>((authorization, owner) =>
        {
            var role = owner.Value.Entra.IsEnabled && !string.IsNullOrWhiteSpace(owner.Value.Entra.RequiredRole) ? owner.Value.Entra.RequiredRole : null;
            bool IsOwner(System.Security.Claims.ClaimsPrincipal user) => !Staff.StaffClaims.IsStaff(user) && (role is null || user.IsInRole(role));
            // Staff see the live queue and the chats they take over; everything else of the dashboard is the owner's.
            authorization.AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser()
                .RequireAssertion(context => IsOwner(context.User)));
            authorization.AddPolicy(LivePolicy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser()
                .RequireAssertion(context => Staff.StaffClaims.IsStaff(context.User) || IsOwner(context.User)));
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "PartnerBot.Owner.Antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
        });
        return services;
    }

    /// <summary>Marks an endpoint as the live handoff's (the owner and staff).</summary>
    public static TBuilder RequireLive<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute(LivePolicy));

    /// <summary>Marks an endpoint as the owner's (signed-in owners only).</summary>
    public static TBuilder RequireOwner<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute(Policy));
}
