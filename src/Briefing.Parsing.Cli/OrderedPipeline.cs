namespace Briefing.Parsing.Cli;

/// <summary>
/// Runs a per-document job on the thread pool for many inputs at once and hands the results to one consumer in
/// input order. At most <c>window</c> documents (and about <c>byteBudget</c> bytes of input) are in flight, so memory
/// stays bounded however many files a folder holds; output streams out as soon as the oldest document is done.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>The default number of documents in flight: a few per core, so that reading overlaps parsing.</summary>
    public static int DefaultWindow => Math.Clamp(Environment.ProcessorCount * 4, 4, 64);

    /// <summary>Input bytes in flight beyond which no new document is started until the oldest is consumed.</summary>
    public const long DefaultByteBudget = 64L << 20;

    public static async Task RunAsync<T>(
        IReadOnlyList<Input> inputs,
        Func<Input, CancellationToken, T> work,
        Func<Input, T, ValueTask> consume,
        CancellationToken cancellationToken,
        int? window = null,
        long byteBudget = DefaultByteBudget)
    {
        int limit = Math.Max(1, window ?? DefaultWindow);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<(Input Input, Task<T> Task, long Bytes)>();
        long bytes = 0;
        try
        {
            foreach (var input in inputs)
            {
                // Standard input and files of unknown size count as a whole budget: they may be large.
                long cost = input.Length >= 0 ? input.Length : byteBudget;
                while (inFlight.Count > 0 && (inFlight.Count >= limit || bytes + cost > byteBudget))
                {
                    var head = inFlight.Dequeue();
                    bytes -= head.Bytes;
                    await consume(head.Input, await head.Task.ConfigureAwait(false)).ConfigureAwait(false);
                }
                cts.Token.ThrowIfCancellationRequested();
                var token = cts.Token;
                inFlight.Enqueue((input, Task.Run(() => work(input, token), token), cost));
                bytes += cost;
            }
            while (inFlight.Count > 0)
            {
                var head = inFlight.Dequeue();
                await consume(head.Input, await head.Task.ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
        finally
        {
            // On an output error (or cancellation) the documents still in flight are abandoned, not leaked.
            if (inFlight.Count > 0)
            {
                await cts.CancelAsync().ConfigureAwait(false);
                foreach (var (_, task, _) in inFlight)
                {
                    try
                    {
                        if (await task.ConfigureAwait(false) is IDisposable result) result.Dispose();
                    }
#pragma warning disable CA1031 // The batch is already failing; these results are thrown away.
                    catch (Exception)
#pragma warning restore CA1031
                    {
                    }
                }
            }
        }
    }
}
