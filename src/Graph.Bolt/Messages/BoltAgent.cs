using System.Runtime.InteropServices;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>The <c>bolt_agent</c> dictionary of HELLO (Bolt 5.3+): what this client is and where it runs.</summary>
internal sealed record BoltAgent(string Product, string Platform, string Language, string LanguageDetails)
{
    public static BoltAgent Current { get; } = new(
        $"Graph.Bolt/{typeof(BoltAgent).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"}",
        $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
        $"C#/{Environment.Version.ToString(2)}",
        RuntimeInformation.FrameworkDescription);

    public void Write(PackStreamWriter writer)
    {
        writer.WriteMapHeader(4);
        writer.WriteString("product");
        writer.WriteString(Product);
        writer.WriteString("platform");
        writer.WriteString(Platform);
        writer.WriteString("language");
        writer.WriteString(Language);
        writer.WriteString("language_details");
        writer.WriteString(LanguageDetails);
    }
}
