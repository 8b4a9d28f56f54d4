namespace MongoPatterns.Server;

/// <summary>Decides whether the end of standard input should stop the server.</summary>
internal static class StandardInput
{
    /// <summary>
    /// Gets a value indicating whether stdin is a pipe from a parent process (whose closing means "stop"), rather than a
    /// terminal or <c>/dev/null</c> (a background service, which must keep running).
    /// </summary>
    /// <returns>True for a pipe or redirected file other than /dev/null.</returns>
    public static bool IsPipe()
    {
        if (!Console.IsInputRedirected)
        {
            return false;
        }

        if (OperatingSystem.IsLinux())
        {
            try
            {
                var target = new FileInfo("/proc/self/fd/0").LinkTarget;
                return target is not null && target != "/dev/null";
            }
            catch (IOException)
            {
                return true;
            }
        }

        return true;
    }
}
