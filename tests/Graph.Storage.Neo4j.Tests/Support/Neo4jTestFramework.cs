using Graph.Storage.ContractTests;
using Graph.Storage.ContractTests.Analytics;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Graph.Storage.Neo4j.Tests.Support.Neo4jTestFramework", "Graph.Storage.Neo4j.Tests")]

namespace Graph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Reports every test of the store and analytics contract suites as skipped, with <see cref="Neo4jEnvironment.SkipReason"/>,
/// when no Neo4j server is configured. The suites' own tests are plain facts and theories, which cannot skip themselves at
/// run time; skipping them here keeps the gap visible in every test run instead of letting them pass or vanish.
/// </summary>
public sealed class Neo4jTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assembly, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var type = testMethod.TestClass.Class.ToRuntimeType();
            var isContract = typeof(GraphStoreContract).IsAssignableFrom(type) || typeof(AnalyticsContract).IsAssignableFrom(type);
            if (Neo4jEnvironment.IsConfigured || !isContract || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, TestMethodDisplay.Method, TestMethodDisplayOptions.None, testMethod, Neo4jEnvironment.SkipReason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
