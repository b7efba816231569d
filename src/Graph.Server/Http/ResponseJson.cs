using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Graph.Server.Http;

/// <summary>
/// How responses are encoded: UTF-8 with every script as itself (大连市, not <c>\u5927\u8FDE\u5E02</c>), readable in a
/// terminal and about a third of the bytes for Chinese text. The encoder still escapes what is unsafe where JSON may
/// land in HTML or script (<c>&lt; &gt; &amp; ' " + `</c>), control characters and unpaired surrogates, as
/// System.Text.Encodings.Web's JavaScriptEncoder does for every range it allows; unlike UnsafeRelaxedJsonEscaping.
/// </summary>
internal static class ResponseJson
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
}
