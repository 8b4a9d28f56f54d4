namespace MongoPatterns.Entities;

/// <summary>
/// Configures how an entity type is stored, in a class of its own; found by
/// <c>MongoPatternsBuilder.AddRepositoriesFromAssembly(...)</c>, which registers a repository for each.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public interface IEntityTypeConfiguration<T>
    where T : class
{
    /// <summary>Configures the entity.</summary>
    /// <param name="builder">The builder to configure.</param>
    void Configure(EntityTypeBuilder<T> builder);
}
