using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;

namespace PartnerBot.Owner;

/// <summary>The dashboard's sign-in: a cookie (password sign-in), or Microsoft Entra ID (OpenID Connect) when <c>Owner:Entra</c> is configured.</summary>
public static class OwnerAuthentication
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string EntraScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string Policy = "PartnerBot.Owner";

    /// <summary>Registers cookie authentication (and Entra ID when configured), the owner policy and antiforgery.</summary>
    public static IServiceCollection AddOwnerAuthentication(this IServiceCollection services, OwnerEntraOptions entra)
    {
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieScheme;
            options.DefaultChallengeScheme = entra.IsEnabled ? EntraScheme : CookieScheme;
        });
        authentication.AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = "PartnerBot.Owner";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Entra ID returns by a cross-site POST; a Strict cookie would not be sent on the redirect that follows it.
            options.Cookie.SameSite = entra.IsEnabled ? SameSiteMode.Lax : SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/owner/signin";
            options.LogoutPath = "/owner/signout";
            options.AccessDeniedPath = "/owner/signin";
            options.ReturnUrlParameter = "returnUrl";
        });
        if (entra.IsEnabled)
        {
            authentication.AddOpenIdConnect(EntraScheme, options =>
            {
                options.Authority = $"{entra.Instance.TrimEnd('/')}/{entra.TenantId}/v2.0";
                options.ClientId = entra.ClientId;
                options.ClientSecret = entra.ClientSecret;
                options.CallbackPath = entra.CallbackPath;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.SignInScheme = CookieScheme;
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "roles";
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(Policy, policy =>
        {
            policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser();
            if (entra.IsEnabled && !string.IsNullOrWhiteSpace(entra.RequiredRole))
            {
                policy.RequireRole(entra.RequiredRole);
            }
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

    /// <summary>Marks an endpoint as the owner's (signed-in owners only).</summary>
    public static TBuilder RequireOwner<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute(Policy));
}
