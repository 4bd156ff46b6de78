using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Evaluation.Onet;

/// <summary>
/// O*NET occupations as the matcher's role profiles, the way an import would map them: every skill with a level
/// above 0 that O*NET does not flag "Not Relevant" becomes a requirement at O*NET's Level (0–7 maps directly onto
/// our scale; decimals kept) and Importance (1–5). O*NET has no essential/desirable split, so none is essential.
/// Role ids are positions in occupation-code order, skill ids positions in element-id order.
/// </summary>
public static class OnetRoles
{
    public static List<RoleProfile> From(OnetData data)
    {
        var skillId = data.SkillElementIds.Select((e, i) => (e, i + 1)).ToDictionary(x => x.e, x => x.Item2);
        return [.. data.Occupations.Select((o, i) => new RoleProfile(
            i + 1, "onet", RoleTier.Tactical,
            [.. o.Skills.Where(s => s.Value.Level > 0 && !s.Value.LevelNotRelevant)
                .Select(s => new RoleRequirement(skillId[s.Key], s.Value.Level, s.Value.Importance, Essential: false))
                .OrderBy(q => q.SkillId)],
            []))];
    }
}
