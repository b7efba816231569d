namespace Graph.Server.Http;

/// <summary>HTTP caching of GET answers (configuration section <c>Graph:Caching</c>).</summary>
public sealed class ResponseCachingOptions
{
    public const string SectionName = "Graph:Caching";

    /// <summary>
    /// The <c>Cache-Control</c> of a successful GET answer, which also carries an <c>ETag</c>. The default lets a browser
    /// keep the answer and revalidate it every time (<c>If-None-Match</c>, answered 304 while nothing changed) without
    /// letting shared caches keep what one caller's credentials allowed.
    /// </summary>
    public string CacheControl { get; set; } = "private, no-cache";
}
