using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PartnerBot.Storage.Backup;

/// <summary>AES-256-GCM over a backup file in chunks, so a large file is never held in memory whole.</summary>
/// <remarks>Layout: a header (<c>PBBK</c>, version, chunk size, an 8-byte random nonce prefix), then chunks of ciphertext and tag.
/// Each chunk's nonce is the prefix and the chunk's number; its associated data are the header, the number and whether it is the
/// last chunk, so chunks cannot be reordered, dropped or cut off at the end without decryption failing. The last chunk is the
/// first one shorter than the chunk size (possibly empty).</remarks>
public static class BackupCipher
{
    private const int ChunkSize = 64 * 1024;
    private const int TagSize = 16;
    private const int HeaderSize = 17;
    private static readonly byte[] Magic = "PBBK"u8.ToArray();

    /// <summary>Encrypts <paramref name="plain"/> into <paramref name="encrypted"/> with the 32-byte <paramref name="key"/>.</summary>
    public static async Task EncryptAsync(Stream plain, Stream encrypted, byte[] key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(encrypted);
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        header[4] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(5), ChunkSize);
        RandomNumberGenerator.Fill(header.AsSpan(9, 8));
        await encrypted.WriteAsync(header, cancellationToken);

        using var aes = new AesGcm(key, TagSize);
        var input = new byte[ChunkSize];
        var output = new byte[ChunkSize + TagSize];
        for (uint index = 0; ; index++)
        {
            var read = await plain.ReadAtLeastAsync(input, ChunkSize, throwOnEndOfStream: false, cancellationToken);
            var last = read < ChunkSize;
            aes.Encrypt(Nonce(header, index), input.AsSpan(0, read), output.AsSpan(0, read), output.AsSpan(read, TagSize), Associated(header, index, last));
            await encrypted.WriteAsync(output.AsMemory(0, read + TagSize), cancellationToken);
            if (last)
            {
                return;
            }
        }
    }

    /// <summary>Decrypts what <see cref="EncryptAsync"/> wrote; a wrong key or a changed, cut or foreign file throws <see cref="CryptographicException"/>.</summary>
    public static async Task DecryptAsync(Stream encrypted, Stream plain, byte[] key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(encrypted);
        ArgumentNullException.ThrowIfNull(plain);
        var header = new byte[HeaderSize];
        if (await encrypted.ReadAtLeastAsync(header, HeaderSize, throwOnEndOfStream: false, cancellationToken) < HeaderSize
            || !header.AsSpan(0, 4).SequenceEqual(Magic) || header[4] != 1 || BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(5)) != ChunkSize)
        {
            throw new CryptographicException("This is not an encrypted PartnerBot backup.");
        }

        using var aes = new AesGcm(key, TagSize);
        var input = new byte[ChunkSize + TagSize];
        var output = new byte[ChunkSize];
        for (uint index = 0; ; index++)
        {
            var read = await encrypted.ReadAtLeastAsync(input, input.Length, throwOnEndOfStream: false, cancellationToken);
            if (read < TagSize)
            {
                throw new CryptographicException("The encrypted backup is cut off.");
            }

            var length = read - TagSize;
            var last = read < input.Length;
            aes.Decrypt(Nonce(header, index), input.AsSpan(0, length), input.AsSpan(length, TagSize), output.AsSpan(0, length), Associated(header, index, last));
            await plain.WriteAsync(output.AsMemory(0, length), cancellationToken);
            if (last)
            {
                return;
            }
        }
    }

    /// <summary>True when <paramref name="path"/> starts like an encrypted backup.</summary>
    public static bool LooksEncrypted(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[4];
        return stream.ReadAtLeast(start, 4, throwOnEndOfStream: false) == 4 && start.SequenceEqual(Magic);
    }

    private static byte[] Nonce(byte[] header, uint index)
    {
        var nonce = new byte[12];
        header.AsSpan(9, 8).CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(8), index);
        return nonce;
    }

    private static byte[] Associated(byte[] header, uint index, bool last)
    {
        var data = new byte[HeaderSize + 5];
        header.CopyTo(data, 0);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(HeaderSize), index);
        data[^1] = last ? (byte)1 : (byte)0;
        return data;
    }
}
