namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>Runs the registered steps in order, each under a numbered heading.</summary>
internal sealed class TourRunner(IEnumerable<ITourStep> steps)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var number = 0;
        foreach (var step in steps)
        {
            TourConsole.Heading(++number, step.Title);
            await step.RunAsync(cancellationToken);
        }
    }
}
