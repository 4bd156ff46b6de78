using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// A POST body read into one pooled buffer, refusing more than the configured size: a declared
/// <c>Content-Length</c> over the limit is refused before reading, and a body without one (chunked) is read
/// only to the limit plus one byte. Dispose to return the buffer.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private byte[]? _rented;

    private RequestBody(byte[] rented, int length)
    {
        _rented = rented;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => _rented.AsMemory(0, Length);

    /// <summary>The body, or null with a 413 (or 400 for a broken body) problem.</summary>
    public static async Task<(RequestBody? Body, RequestProblem? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    return (null, TooLarge(limit));
                }

                if (read.IsCanceled)
                {
                    throw new OperationCanceledException("Reading the request body was cancelled.");
                }

                if (read.IsCompleted)
                {
                    var rented = ArrayPool<byte>.Shared.Rent((int)Math.Max(buffer.Length, 1));
                    buffer.CopyTo(rented);
                    var length = (int)buffer.Length;
                    reader.AdvanceTo(buffer.End);
                    return (new RequestBody(rented, length), null);
                }

                // Nothing consumed, everything examined: the next read returns all of it plus what arrived.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException exception)
        {
            // The server's own checks (a broken chunked encoding, its own body size limit).
            return (null, exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(limit)
                : RequestProblem.Malformed($"The request body could not be read: {exception.Message}"));
        }
    }

    public void Dispose()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static RequestProblem TooLarge(long limit) => new(
        RequestProblemKind.PayloadTooLarge, $"The request body is larger than the limit of {limit} bytes.");
}
