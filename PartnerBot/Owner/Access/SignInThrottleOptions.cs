using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Owner.Access;

/// <summary>How failed dashboard sign-ins slow down further tries: per client address and, later and shorter, for the account.</summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failures in a row from one address before it has to wait.</summary>
    [Range(1, 100)]
    public int AddressFailures { get; set; } = 5;

    /// <summary>The first wait of an address; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AddressDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait of an address.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AddressMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failures in a row from all addresses together before the account has to wait (against guessing from many addresses).</summary>
    [Range(1, 10_000)]
    public int AccountFailures { get; set; } = 20;

    /// <summary>The first wait of the account; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AccountDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait of the account: kept short, so nobody can keep the owner out for long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AccountMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after <paramref name="failures"/> failures in a row: none below <paramref name="free"/>, then doubling up to <paramref name="max"/>.</summary>
    public static TimeSpan Delay(int failures, int free, TimeSpan first, TimeSpan max)
    {
        if (failures < free)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - free, 30);
        var delay = first * Math.Pow(2, doublings);
        return delay > max ? max : delay;
    }
}
