namespace TraineeBot.Core.Supervisors.Certificates;

/// <summary>Builds a trainee's draft certificate from the supervisor's answered certificate input.</summary>
public interface ICertificateDrafts
{
    /// <summary>
    /// The draft from the certificate input <paramref name="checkInId"/>, for the coordinator user
    /// <paramref name="askingUserId"/>; null when there is no answered input with that id, or the asker is not the
    /// trainee's coordinator (or their backup). A null never says which.
    /// </summary>
    Task<CertificateDraft?> DraftAsync(Guid checkInId, Guid askingUserId, CancellationToken cancellationToken);
}
