using PartnerBot.Profiles;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Reads every profile matching a query (for exports and the overview), page by page.</summary>
public sealed class ProfileLoader(IProfileStore profiles)
{
    /// <summary>More is not exported or counted in one go; a small business never gets near it.</summary>
    public const int Limit = 20_000;

    private const int PageSize = 200;

    /// <summary>The matching profiles, newest first; with their entries when <paramref name="withEntries"/>.</summary>
    public async Task<IReadOnlyList<PartnerProfile>> LoadAsync(ProfileQuery query, bool withEntries, CancellationToken cancellationToken)
    {
        var all = new List<PartnerProfile>();
        for (var skip = 0; skip < Limit; skip += PageSize)
        {
            var page = await profiles.QueryAsync(query with { Skip = skip, Take = PageSize }, cancellationToken);
            foreach (var header in page.Items)
            {
                all.Add(withEntries ? await profiles.GetAsync(header.Id, cancellationToken) ?? header : header);
            }

            if (page.Items.Count < PageSize)
            {
                break;
            }
        }

        return all;
    }
}
