using System.Text;
using Graph.GraphQL.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Server.Security;

/// <summary>Authentication (API keys, JWT bearer), rate limits and CORS.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public const string Scheme = "Graph";
    private const string CorsPolicy = "GraphOrigins";
    private const string AuthenticationLogCategory = "Microsoft.AspNetCore.Authentication";

    public static IServiceCollection AddGraphSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>()
            .Bind(configuration.GetSection(AuthOptions.SectionName))
            .Validate(
                o => o.ApiKeys.All(k => k.Name.Length > 0 && k.Hash.Length == 64 && k.Hash.All(Uri.IsHexDigit)) && ApiKeyRolesAreNames(configuration),
                "Each Graph:Auth:ApiKeys entry needs a Name, a 64-digit hex SHA-256 Hash and a Role: Reader, Writer or Admin (no numbers or combinations).")
            .Validate(
                o => o.Jwt.SigningKey.Length == 0 || Encoding.UTF8.GetByteCount(o.Jwt.SigningKey) >= 32,
                "Graph:Auth:Jwt:SigningKey must be at least 32 bytes long.")
            .Validate(
                o => o.Jwt.RoleClaimType.Trim().Length > 0 && o.Jwt.MaxLifetime > TimeSpan.Zero,
                "Graph:Auth:Jwt:RoleClaimType must name a claim and Graph:Auth:Jwt:MaxLifetime must be positive.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphRateLimiter>();

        // A bad key or token is the client's mistake, answered with 401; ASP.NET Core logs each at Information, the token
        // ones with the validator's stack trace. Quiet unless the operator configures that category.
        foreach (var category in new[] { AuthenticationLogCategory, typeof(ApiKeyAuthenticationHandler).FullName! })
        {
            if (configuration[$"Logging:LogLevel:{category}"] is null)
            {
                services.AddLogging(logging => logging.AddFilter(category, LogLevel.Warning));
            }
        }

        var jwt = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>()?.Jwt ?? new JwtOptions();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, Scheme, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    // RFC 7519 section 4.1: when an issuer or audience is configured, a token without one is refused too.
                    ValidateIssuer = !string.IsNullOrEmpty(jwt.Issuer),
                    ValidIssuer = jwt.Issuer,
                    ValidateAudience = !string.IsNullOrEmpty(jwt.Audience),
                    ValidAudience = jwt.Audience,
                    ValidateIssuerSigningKey = true,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    RequireExpirationTime = true,
                    LifetimeValidator = (notBefore, expires, token, parameters) => TokenLifetime.IsAcceptable(notBefore, expires, token, parameters, jwt.MaxLifetime),
                    RoleClaimType = jwt.RoleClaimType.Trim(),
                    NameClaimType = "sub",

                    // Without a configured key no bearer token can validate: tokens are then simply refused.
                    IssuerSigningKey = jwt.SigningKey.Length == 0 ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                };
                options.Events = new JwtBearerEvents
                {
                    // A valid signature on a token whose role is not exactly one of ours is still not a credential.
                    OnTokenValidated = context =>
                    {
                        if (GraphClaims.RoleOf(context.Principal!) is null)
                        {
                            context.Fail($"The token must carry exactly one '{jwt.RoleClaimType}' claim: Reader, Writer or Admin.");
                        }

                        return Task.CompletedTask;
                    },
                };
            });

        var origins = configuration.GetSection(CorsOptions.SectionName).Get<CorsOptions>()?.Origins ?? [];
        if (origins.Count > 0)
        {
            services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. origins])
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticationHandler.HeaderName, "If-None-Match")

                // Fetch spec, "CORS-safelisted response-header name": a browser script reads no other header unless exposed.
                .WithExposedHeaders(Http.RequestIdMiddleware.HeaderName, "ETag", "Retry-After")));
        }

        return services;
    }

    /// <summary>Each configured key's role is written out as a name, not as a number or a list (which the binder would turn into flags).</summary>
    private static bool ApiKeyRolesAreNames(IConfiguration configuration) =>
        configuration.GetSection($"{AuthOptions.SectionName}:{nameof(AuthOptions.ApiKeys)}").GetChildren()
            .All(key => key[nameof(ApiKeyOptions.Role)] is not { } role || GraphClaims.Parse(role) is not null);

    /// <summary>CORS only when origins are configured: closed by default, no CORS headers at all.</summary>
    public static WebApplication UseGraphCors(this WebApplication app)
    {
        var origins = app.Configuration.GetSection(CorsOptions.SectionName).Get<CorsOptions>()?.Origins ?? [];
        if (origins.Count > 0)
        {
            app.UseCors(CorsPolicy);
        }

        return app;
    }
}
