namespace Graph.Bolt;

/// <summary>The server refused the credentials (<c>Neo.ClientError.Security.Unauthorized</c> and kin).</summary>
public sealed class AuthenticationException : ClientException
{
    public AuthenticationException(string code, string message)
        : base(code, message)
    {
    }
}
