namespace MongoPatterns.Embedded.Auth;

/// <summary>A user's stored SCRAM credential for one mechanism (what a real server keeps instead of the password).</summary>
/// <param name="Algorithm">The mechanism.</param>
/// <param name="Salt">The salt.</param>
/// <param name="Iterations">The PBKDF2 iteration count.</param>
/// <param name="StoredKey">H(ClientKey).</param>
/// <param name="ServerKey">HMAC(SaltedPassword, "Server Key").</param>
internal sealed record ScramCredential(ScramAlgorithm Algorithm, byte[] Salt, int Iterations, byte[] StoredKey, byte[] ServerKey);
