using System.Collections.Concurrent;
using System.IO.Compression;

namespace PartnerBot.WebChat;

/// <summary>The chat's scripts and style sheet compressed once with Brotli and gzip (Web Chat's bundle shrinks from 1.9 MB to about
/// 0.5 MB), served to browsers that accept it; until the background compression is done, the files go out as they are.</summary>
/// <remarks>Only these static files: nothing secret is compressed, so HTTPS responses stay safe from compression side channels.</remarks>
public sealed class WebChatCompression(WebChatAssets assets, ILogger<WebChatCompression> logger)
{
    private static readonly string[] Names = [.. WebChatAssets.Scripts, "chat.css", "embed.js"];
    private readonly ConcurrentDictionary<string, (byte[] Brotli, byte[] Gzip, string Type)> _files = new(StringComparer.Ordinal);

    /// <summary>Compresses the files (once, at start, off the request path).</summary>
    public Task PrepareAsync() => Task.Run(() =>
    {
        foreach (var name in Names)
        {
            var path = Path.Combine(assets.Directory, name);
            if (!File.Exists(path))
            {
                continue;
            }

            var content = File.ReadAllBytes(path);
            _files[name] = (Compress(content, s => new BrotliStream(s, CompressionLevel.Optimal)), Compress(content, s => new GZipStream(s, CompressionLevel.Optimal)),
                name.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript");
        }

        logger.LogDebug("Compressed {Count} chat files.", _files.Count);
    });

    /// <summary>Answers a request for one of the files with its compressed form when the browser accepts one; false to let it pass.</summary>
    public async Task<bool> TryServeAsync(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method) || !_files.TryGetValue(name, out var file))
        {
            return false;
        }

        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        var encoding = accepted.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br" : accepted.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip" : null;
        context.Response.Headers.Vary = "Accept-Encoding";
        if (encoding is null)
        {
            return false;
        }

        var body = encoding == "br" ? file.Brotli : file.Gzip;
        context.Response.ContentType = file.Type + "; charset=utf-8";
        context.Response.Headers.ContentEncoding = encoding;
        context.Response.Headers.CacheControl = name == "embed.js" ? "public, max-age=3600" : WebChatAssets.CacheControl(context.Request);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
        return true;
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var stream = open(output))
        {
            stream.Write(content);
        }

        return output.ToArray();
    }
}
