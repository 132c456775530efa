namespace BcmWorkflows.Domain.Organisation;

public enum MemberKind
{
    Person,
    Role,
    OrgUnit,
}
