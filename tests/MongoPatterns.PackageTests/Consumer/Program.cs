// A consumer project that knows the MongoPatterns packages only from a local feed.
using System.Reflection;

foreach (var name in new[] { "MongoPatterns", "MongoPatterns.Driver", "MongoPatterns.Bson", "MongoPatterns.Embedded" })
{
    var assembly = Assembly.Load(name);
    Console.WriteLine($"loaded {assembly.GetName().Name} {assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
}

Console.WriteLine("consumer ran from the local feed");
