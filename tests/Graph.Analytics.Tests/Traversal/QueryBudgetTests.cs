using Graph.Analytics.Traversal;

namespace Graph.Analytics.Tests.Traversal;

public sealed class QueryBudgetTests
{
    [Fact]
    public void A_query_budget_runs_out_after_its_timeout()
    {
        using var budget = QueryBudget.Start(TimeSpan.FromMilliseconds(1), CancellationToken.None);

        // The timer fires on the thread pool, which a busy test run may keep waiting; ten seconds is far past 1 ms.
        Assert.True(SpinWait.SpinUntil(() => budget.Token.IsCancellationRequested, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_query_budget_ends_when_the_caller_goes_away()
    {
        using var caller = new CancellationTokenSource();
        using var budget = QueryBudget.Start(TimeSpan.FromMinutes(1), caller.Token);

        await caller.CancelAsync();

        Assert.True(budget.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_cancelled_caller_is_refused_before_any_work()
    {
        using var caller = new CancellationTokenSource();
        caller.Cancel();

        Assert.Throws<OperationCanceledException>(() => QueryBudget.Start(TimeSpan.FromMinutes(1), caller.Token));
    }
}
