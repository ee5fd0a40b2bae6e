using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace PartnerBot.WebChat;

/// <summary>The browser files: Web Chat's bundle (copied from npm at build), the page script, the embed script and the style sheet.</summary>
/// <remarks>They sit in the build output's <c>wwwroot/webchat/</c> (run, test and publish alike), not in the source tree.</remarks>
public sealed class WebChatAssets
{
    /// <summary>The URL path the files are served under.</summary>
    public const string RequestPath = "/webchat";

    /// <summary>The chat's Web Chat, built from npm at build time: the official Web Chat's components and Direct Line client with
    /// markdown-it (which renders the bot's Markdown with HTML off), nothing else (no Adaptive Cards, no speech, no polyfills). This
    /// script holds Web Chat's components; <see cref="BaseName"/> what they build on.</summary>
    public const string BundleName = "webchat.js";

    /// <summary>The first part of the chat's Web Chat: React, Web Chat's API and core, the Direct Line client and markdown-it. Two
    /// scripts, because the browser compiles them side by side while one would be compiled on one thread.</summary>
    public const string BaseName = "webchat-base.js";

    /// <summary>The chat's scripts in the order they run: Web Chat's two parts, the page's own.</summary>
    public static readonly IReadOnlyList<string> Scripts = [BaseName, BundleName, "chat.js"];

    /// <summary>A year: a URL with the right <c>?v=</c> never changes its content.</summary>
    private const string Immutable = "public, max-age=31536000, immutable";

    private static readonly Lazy<string> CurrentVersion = new(() => ComputeVersion(Path.Combine(AppContext.BaseDirectory, "wwwroot", "webchat")));

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The folder holding the files.</summary>
    public string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "webchat");

    /// <summary>True when the build copied the files (Web Chat's bundle included).</summary>
    public bool Available => Exists(Path.Combine(Directory, BaseName)) && Exists(Path.Combine(Directory, BundleName));

    /// <summary>The files' version (a hash of their content), put in their URLs as <c>?v=</c> so browsers may keep them for good.</summary>
    public static string Version => CurrentVersion.Value;

    /// <summary>The caching a response of <paramref name="request"/> gets: for good with the current <c>?v=</c>, an hour without.</summary>
    public static string CacheControl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Equals(request.Query["v"].ToString(), Version, StringComparison.Ordinal) ? Immutable : "public, max-age=3600";
    }

    /// <summary>A file from the folder as a response (404 when missing).</summary>
    public IResult File(string name)
    {
        var path = Path.Combine(Directory, name);
        if (!Exists(path))
        {
            return Results.NotFound();
        }

        return Results.File(path, ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream");
    }

    /// <summary>Static file serving for <see cref="RequestPath"/>.</summary>
    public StaticFileOptions StaticFiles() => new()
    {
        RequestPath = RequestPath,
        FileProvider = new PhysicalFileProvider(Directory),
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = CacheControl(context.Context.Request),
    };

    private static string ComputeVersion(string directory)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var name in (string[])[.. Scripts, "chat.css"])
        {
            var path = Path.Combine(directory, name);
            if (Exists(path))
            {
                hash.AppendData(System.IO.File.ReadAllBytes(path));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static bool Exists(string path) => System.IO.File.Exists(path);
}
