using System.Net;
using System.Text;
using System.Text.Json;

namespace PartnerBot.Tests.Owner;

public class OwnerExportTests(OwnerAppFactory factory) : IClassFixture<OwnerAppFactory>
{
    private static readonly string[] Payloads = ["=HYPERLINK(\"http://evil.example\",\"klick\")", "+1+1", "-1+1", "@SUM(1)", "\tTAB", "\rCR", "\nLF"];

    [Fact]
    public async Task The_dashboard_csv_neutralises_every_formula_start_and_is_a_download()
    {
        var marker = "Inj" + Guid.NewGuid().ToString("N")[..6];
        foreach (var payload in Payloads)
        {
            await factory.Profiles.AddAsync(payload, marker + " " + payload, factory.Time.GetUtcNow());
        }

        using var client = await factory.SignedInAsync();
        using var response = await client.GetAsync($"/owner/export?format=csv-semicolon&q={marker}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var cells = Cells(Encoding.UTF8.GetString(bytes[3..]), ';');
        Assert.Equal(Payloads.Length, cells.Count(c => c.StartsWith(marker, StringComparison.Ordinal)));
        foreach (var payload in Payloads)
        {
            Assert.Contains("'" + payload, cells);
            Assert.DoesNotContain(payload, cells);
        }

        Assert.All(cells, c => Assert.False(c.Length > 0 && "=+-@\t\r\n".Contains(c[0]), $"cell starts with a formula character: {c}"));
    }

    [Fact]
    public async Task The_api_exports_csv_and_json_with_the_key_and_filters()
    {
        var marker = "Exp" + Guid.NewGuid().ToString("N")[..6];
        var won = await factory.Profiles.AddAsync("Ida " + marker, "Hochzeitstorte", factory.Time.GetUtcNow(), email: "ida@example.com");
        await factory.Profiles.SetFollowUpAsync(won.Id, "won", CancellationToken.None);
        await factory.Profiles.AddAsync("Jan " + marker, "Brot", factory.Time.GetUtcNow(), status: "in-progress");

        using var api = factory.CreateClient();
        using (var anonymous = await api.GetAsync("/api/owner/export.json"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        api.DefaultRequestHeaders.Authorization = new("Bearer", OwnerAppFactory.ApiKey);
        var json = JsonDocument.Parse(await api.GetStringAsync($"/api/owner/export.json?q={marker}&followUp=won")).RootElement;
        var item = Assert.Single(json.EnumerateArray());
        Assert.Equal("Ida " + marker, item.GetProperty("name").GetString());
        Assert.Equal(2, item.GetProperty("entries").GetArrayLength());

        var csv = await api.GetStringAsync($"/api/owner/export.csv?q={marker}");
        Assert.Contains("\"Jan " + marker + "\"", csv);
        Assert.Contains("\"Ida " + marker + "\"", csv);
        using var bad = await api.GetAsync("/api/owner/export.csv?status=bogus");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    /// <summary>Parses RFC 4180 CSV into its cells (quoted cells may hold separators, quotes and line breaks).</summary>
    private static List<string> Cells(string csv, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator || c == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        return cells;
    }
}
