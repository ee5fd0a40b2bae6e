using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace PartnerBot.WebChat;

/// <summary>The browser files: Web Chat's bundle (copied from npm at build), the page script, the embed script and the style sheet.</summary>
/// <remarks>They sit in the build output's <c>wwwroot/webchat/</c> (run, test and publish alike), not in the source tree.</remarks>
public sealed class WebChatAssets
{
    /// <summary>The URL path the files are served under.</summary>
    public const string RequestPath = "/webchat";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The folder holding the files.</summary>
    public string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "webchat");

    /// <summary>True when the build copied the files (Web Chat's bundle included).</summary>
    public bool Available => Exists(Path.Combine(Directory, "webchat.js"));

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
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
    };

    private static bool Exists(string path) => System.IO.File.Exists(path);
}
