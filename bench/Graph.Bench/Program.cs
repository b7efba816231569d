using Graph.Bench;

return await BenchCommands.RunAsync(args).ConfigureAwait(false);
