using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Server.Security;

/// <summary>Authentication (API keys, JWT bearer), rate limits and CORS.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public const string Scheme = "Graph";
    private const string CorsPolicy = "GraphOrigins";

    public static IServiceCollection AddGraphSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>()
            .Bind(configuration.GetSection(AuthOptions.SectionName))
            .Validate(
                o => o.ApiKeys.All(k => k.Name.Length > 0 && k.Hash.Length == 64 && k.Hash.All(Uri.IsHexDigit) && Enum.IsDefined(k.Role)),
                "Each Graph:Auth:ApiKeys entry needs a Name, a 64-digit hex SHA-256 Hash and a Role (Reader, Writer, Admin).")
            .Validate(
                o => o.Jwt.SigningKey.Length == 0 || Encoding.UTF8.GetByteCount(o.Jwt.SigningKey) >= 32,
                "Graph:Auth:Jwt:SigningKey must be at least 32 bytes long.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphRateLimiter>();

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
                    ValidateIssuer = jwt.Issuer is not null,
                    ValidIssuer = jwt.Issuer,
                    ValidateAudience = jwt.Audience is not null,
                    ValidAudience = jwt.Audience,
                    ValidateIssuerSigningKey = true,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    RoleClaimType = GraphClaims.RoleClaim,
                    NameClaimType = "sub",

                    // Without a configured key no bearer token can validate: tokens are then simply refused.
                    IssuerSigningKey = jwt.SigningKey.Length == 0 ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                };
            });

        var origins = configuration.GetSection(CorsOptions.SectionName).Get<CorsOptions>()?.Origins ?? [];
        if (origins.Count > 0)
        {
            services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. origins])
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticationHandler.HeaderName)));
        }

        return services;
    }

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
