using System.Text;
using CareerPaths.GraphQL.Relay;

namespace CareerPaths.GraphQL.Tests.Relay;

public class GlobalIdTests
{
    [Theory]
    [InlineData("Role", "12")]
    [InlineData("Skill", "0")]
    [InlineData("_Private9", "a:b:c")]
    [InlineData("Person", "Zoë ✓")]
    public void EncodedIdsDecodeToTheSameTypeAndKey(string typeName, string localId)
    {
        var id = GlobalId.Encode(typeName, localId);

        Assert.True(GlobalId.TryDecode(id, out var decoded, out var error), error);
        Assert.Equal(new GlobalId(typeName, localId), decoded);
        Assert.Equal(id, decoded.ToString());
    }

    [Fact]
    public void IdsAreUnpaddedBase64UrlOfTypeColonKey()
    {
        Assert.Equal("Um9sZToxMg", GlobalId.Encode("Role", 12));
        Assert.Equal("Role:12", Encoding.UTF8.GetString(Convert.FromBase64String("Um9sZToxMg==")));
    }

    [Theory]
    [InlineData("", "an id cannot be empty")]
    [InlineData("Um9sZToxMg==", "it is not canonical base64url text")]
    [InlineData("Um9sZT oxMg", "it is not canonical base64url text")]
    [InlineData("Um9sZToxMh", "it is not base64url text")]
    [InlineData("not an id!", "it is not base64url text")]
    [InlineData("U", "it is not base64url text")]
    [InlineData("Um9sZTEy", "it does not name a type and a key")]
    [InlineData("OjEy", "it does not name a type and a key")]
    [InlineData("Um9sZTo", "it does not name a type and a key")]
    [InlineData("MVJvbGU6MTI", "it does not name a type and a key")]
    [InlineData("Um8tbGU6MTI", "it does not name a type and a key")]
    [InlineData("_-8", "it does not decode to text")]
    public void MalformedIdsAreRefusedWithTheReason(string id, string reason)
    {
        Assert.False(GlobalId.TryDecode(id, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void OverlongIdsAreRefusedBeforeDecoding()
    {
        var id = GlobalId.Encode("Role", new string('1', 600));

        Assert.False(GlobalId.TryDecode(id, out _, out var error));
        Assert.Equal($"an id has at most {GlobalId.MaxLength} characters", error);
    }

    [Theory]
    [InlineData("12", true, 12)]
    [InlineData("-3", true, -3)]
    [InlineData("012", false, 0)]
    [InlineData("+12", false, 0)]
    [InlineData(" 12", false, 0)]
    [InlineData("-0", false, 0)]
    [InlineData("1e3", false, 0)]
    [InlineData("99999999999", false, 0)]
    public void IntKeysHaveOneSpelling(string text, bool valid, int expected)
    {
        Assert.Equal(valid, LocalId.TryParse<int>(text, out var key));
        Assert.Equal(expected, key);
    }

    [Fact]
    public void GuidKeysAreLowerCaseWithHyphens()
    {
        var guid = Guid.Parse("7b0c8f8e-4a55-4c1e-9a59-2f7f6f0c2d11");

        Assert.Equal("7b0c8f8e-4a55-4c1e-9a59-2f7f6f0c2d11", LocalId.Format(guid));
        Assert.True(LocalId.TryParse<Guid>("7b0c8f8e-4a55-4c1e-9a59-2f7f6f0c2d11", out var parsed));
        Assert.Equal(guid, parsed);
        Assert.False(LocalId.TryParse<Guid>("7B0C8F8E-4A55-4C1E-9A59-2F7F6F0C2D11", out _));
        Assert.False(LocalId.TryParse<Guid>("{7b0c8f8e-4a55-4c1e-9a59-2f7f6f0c2d11}", out _));
    }

    [Fact]
    public void CursorsAreOffsetsAndRefuseOtherIds()
    {
        Assert.True(Cursor.TryDecode(Cursor.Encode(41), out var offset));
        Assert.Equal(41, offset);
        Assert.False(Cursor.TryDecode(GlobalId.Encode("Role", 41), out _));
        Assert.False(Cursor.TryDecode(GlobalId.Encode("offset", "-1"), out _));
        Assert.False(Cursor.TryDecode(GlobalId.Encode("offset", "2000000000"), out _));
        Assert.False(Cursor.TryDecode("garbage", out _));
    }
}
