namespace MongoPatterns.Embedded.Commands;

/// <summary>The base of every command handler.</summary>
internal abstract class CommandHandler
{
    /// <summary>Gets the names the command answers to (case-sensitive, as MongoDB).</summary>
    public abstract IReadOnlyList<string> Names { get; }

    /// <summary>Gets a value indicating whether the command needs an authenticated connection when auth is enabled.</summary>
    public virtual bool RequiresAuthentication => true;

    /// <summary>Gets a value indicating whether the command writes (its write concern is validated).</summary>
    public virtual bool IsWrite => false;

    /// <summary>Gets a value indicating whether the command may only run against the <c>admin</c> database.</summary>
    public virtual bool AdminOnly => false;

    /// <summary>Executes the command.</summary>
    /// <param name="context">The command.</param>
    /// <returns>The reply.</returns>
    public virtual ValueTask<CommandReply> ExecuteAsync(CommandContext context) => new(Execute(context));

    /// <summary>Executes the command synchronously (most commands).</summary>
    /// <param name="context">The command.</param>
    /// <returns>The reply.</returns>
    protected virtual CommandReply Execute(CommandContext context) => throw new NotSupportedException();
}
