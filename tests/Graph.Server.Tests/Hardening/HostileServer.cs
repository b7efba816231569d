namespace Graph.Server.Tests.Hardening;

/// <summary>The two configurations the catalogue runs against.</summary>
public enum HostileServer
{
    /// <summary>Defaults: reads open, introspection on, API keys for writes.</summary>
    Open,

    /// <summary>Reads need a key or token, introspection off, JWT with issuer and audience.</summary>
    Closed,
}
